import { expect, it } from 'vitest';
import { describeEachDatabase } from '../../../../tests/support/database';
import { recordAudit, verifyAuditChain } from './audit';

describeEachDatabase('audit log', (database) => {
	it('chains each event to the one before', async () => {
		const { db } = database();
		await Promise.all(
			Array.from({ length: 20 }, (_, i) =>
				recordAudit(db, { action: 'test.event', detail: { zone: 'x', i, also: true } })
			)
		);
		expect(await verifyAuditChain(db)).toBeNull();
		const rows = await db
			.selectFrom('audit_events')
			.select(['seq', 'previous_hash', 'hash'])
			.orderBy('seq')
			.execute();
		for (let i = 1; i < rows.length; i++) {
			expect(rows[i]?.previous_hash?.equals(rows[i - 1]?.hash as Buffer)).toBe(true);
		}
	});

	it('refuses changes and deletions, even by the owner', async () => {
		const { db, pool } = database();
		await recordAudit(db, { action: 'test.kept' });
		await expect(pool.query(`update audit_events set action = 'test.changed'`)).rejects.toThrow(
			/append-only/
		);
		await expect(pool.query(`delete from audit_events`)).rejects.toThrow(/append-only/);
		await expect(pool.query(`truncate audit_events`)).rejects.toThrow(/append-only/);
	});

	it('notices a row altered behind its back', async () => {
		const { db, pool } = database();
		await recordAudit(db, { action: 'test.before' });
		const client = await pool.connect();
		try {
			await client.query('alter table audit_events disable trigger audit_events_append_only');
			const { rows } = await client.query(
				`update audit_events set action = 'test.forged' where seq = (select max(seq) from audit_events) returning seq`
			);
			expect(await verifyAuditChain(db)).toBe(Number(rows[0].seq));
		} finally {
			await client.query(
				`update audit_events set action = 'test.before' where action = 'test.forged'`
			);
			await client.query('alter table audit_events enable trigger audit_events_append_only');
			client.release();
		}
		expect(await verifyAuditChain(db)).toBeNull();
	});
});

describeEachDatabase('audit log archiving', (database) => {
	it('checks the chain from the oldest row kept, and notices a row taken from the middle', async () => {
		const { db, pool } = database();
		for (const i of [1, 2, 3, 4]) await recordAudit(db, { action: 'test.archived', detail: { i } });
		const client = await pool.connect();
		try {
			await client.query('alter table audit_events disable trigger audit_events_append_only');
			await client.query(
				'delete from audit_events where seq = (select min(seq) from audit_events)'
			);
			expect(await verifyAuditChain(db)).toBeNull();
			const { rows } = await client.query(
				'delete from audit_events where seq = (select min(seq) + 1 from audit_events) returning seq'
			);
			expect(await verifyAuditChain(db)).toBe(Number(rows[0].seq) + 1);
		} finally {
			await client.query('alter table audit_events enable trigger audit_events_append_only');
			client.release();
		}
	});
});
