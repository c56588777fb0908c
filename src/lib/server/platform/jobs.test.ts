import { spawn } from 'node:child_process';
import path from 'node:path';
import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { describeEachDatabase } from '../../../../tests/support/database';
import { createPool } from './database';
import { addJob, startJobRunner, type TaskList } from './jobs';

async function until(check: () => Promise<boolean>, timeoutMs = 15_000): Promise<void> {
	const start = Date.now();
	while (!(await check())) {
		if (Date.now() - start > timeoutMs) throw new Error('timed out');
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
}

const root = path.resolve(import.meta.dirname, '../../../..');

describeEachDatabase('jobs', (database) => {
	const record: TaskList = {
		'test:record': async (payload, helpers) => {
			await helpers.withPgClient((client) =>
				client.query('insert into job_runs (label) values ($1)', [
					(payload as { label: string }).label
				])
			);
		}
	};

	async function runs(label: string): Promise<number> {
		const { rows } = await database().pool.query(
			'select count(*)::int as n from job_runs where label = $1',
			[label]
		);
		return rows[0].n;
	}

	it('are queued with the change that causes them, and dropped if it rolls back', async () => {
		const { db, pool } = database();
		await pool.query('create table if not exists job_runs (label text not null)');
		await expect(
			db.transaction().execute(async (trx) => {
				await addJob(trx, 'test:record', { label: 'rolled-back' });
				throw new Error('the change failed');
			})
		).rejects.toThrow('the change failed');
		const queued = await sql<{
			n: number;
		}>`select count(*)::int as n from graphile_worker.jobs`.execute(db);
		expect(queued.rows[0]?.n).toBe(0);
	});

	it('survive a restart and run exactly once, even with two workers', async () => {
		const { url, pool } = database();
		await pool.query('create table if not exists job_runs (label text not null)');

		// The first process queues the job and is killed before any worker runs it.
		const child = spawn(
			process.execPath,
			['--import', 'tsx', path.join(root, 'tests/support/queue-and-die.ts'), url, 'survivor'],
			{ cwd: root, stdio: 'inherit' }
		);
		const signal = await new Promise((resolve) =>
			child.once('exit', (_code, signal) => resolve(signal))
		);
		expect(signal).toBe('SIGKILL');

		// After the restart, two workers (two app processes) compete for it.
		const workers = [createPool(url, 3), createPool(url, 3)];
		const runners = await Promise.all(
			workers.map((p) => startJobRunner(p, record, { pollInterval: 100 }))
		);
		try {
			await until(async () => (await runs('survivor')) > 0);
			await new Promise((resolve) => setTimeout(resolve, 1000));
			expect(await runs('survivor')).toBe(1);
		} finally {
			await Promise.all(runners.map((runner) => runner.stop()));
			await Promise.all(workers.map((p) => p.end()));
		}
		const left = await pool.query('select count(*)::int as n from graphile_worker.jobs');
		expect(left.rows[0].n).toBe(0);
	});

	it('queue a keyed job only once while it waits', async () => {
		const { db } = database();
		await addJob(
			db,
			'test:record',
			{ label: 'keyed' },
			{ key: 'same', runAt: new Date(Date.now() + 3_600_000) }
		);
		await addJob(
			db,
			'test:record',
			{ label: 'keyed' },
			{ key: 'same', runAt: new Date(Date.now() + 3_600_000) }
		);
		const queued = await sql<{
			n: number;
		}>`select count(*)::int as n from graphile_worker.jobs where key = 'same'`.execute(db);
		expect(queued.rows[0]?.n).toBe(1);
	});
});
