import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import type { Db } from '../schema';
import { uuidv7 } from './ids';

/** What happened, in a short dotted name: 'identity.sign_in', 'identity.role_granted', … */
export interface AuditEvent {
	action: string;
	centreId?: string | null;
	actorId?: string | null;
	subjectId?: string | null;
	/** Identifiers and codes only: never a passphrase, token, or words a person wrote. */
	detail?: Record<string, string | number | boolean | null>;
}

function chainHash(previous: Buffer | null, row: Record<string, unknown>): Buffer {
	return createHash('sha256')
		.update(previous ?? Buffer.alloc(0))
		.update(JSON.stringify(row))
		.digest();
}

function canonical(
	id: string,
	event: AuditEvent,
	occurredAt: string
): Record<string, string | null | Record<string, unknown>> {
	return {
		id,
		centre_id: event.centreId ?? null,
		actor_id: event.actorId ?? null,
		action: event.action,
		subject_id: event.subjectId ?? null,
		// PostgreSQL keeps jsonb keys in its own order: hash them in a fixed order.
		detail: Object.fromEntries(
			Object.entries(event.detail ?? {}).sort(([a], [b]) => (a < b ? -1 : 1))
		),
		occurred_at: occurredAt
	};
}

/** Appends an event to the hash-chained audit log. Events are written in order, one at a time. */
export async function recordAudit(db: Db, event: AuditEvent): Promise<void> {
	const append = async (trx: Db) => {
		await sql`select pg_advisory_xact_lock(hashtext('hearth.audit'))`.execute(trx);
		const last = await trx
			.selectFrom('audit_events')
			.select('hash')
			.orderBy('seq', 'desc')
			.limit(1)
			.executeTakeFirst();
		const id = uuidv7();
		const occurredAt = new Date().toISOString();
		const previous = last?.hash ?? null;
		await trx
			.insertInto('audit_events')
			.values({
				id,
				centre_id: event.centreId ?? null,
				actor_id: event.actorId ?? null,
				action: event.action,
				subject_id: event.subjectId ?? null,
				detail: JSON.stringify(event.detail ?? {}) as unknown as Record<string, unknown>,
				occurred_at: new Date(occurredAt),
				previous_hash: previous,
				hash: chainHash(previous, canonical(id, event, occurredAt))
			})
			.execute();
	};
	if (db.isTransaction) await append(db);
	else await db.transaction().execute(append);
}

/** Recomputes the chain; returns the seq of the first row that does not match, or null. */
export async function verifyAuditChain(db: Db): Promise<number | null> {
	const rows = await db.selectFrom('audit_events').selectAll().orderBy('seq').execute();
	// The chain starts at the oldest row kept (older rows may have been archived).
	let previous: Buffer | null = rows[0]?.previous_hash ?? null;
	for (const row of rows) {
		const expected = chainHash(
			previous,
			canonical(
				row.id,
				{
					action: row.action,
					centreId: row.centre_id,
					actorId: row.actor_id,
					subjectId: row.subject_id,
					detail: row.detail as AuditEvent['detail']
				},
				row.occurred_at.toISOString()
			)
		);
		const linked =
			previous === null ? row.previous_hash === null : !!row.previous_hash?.equals(previous);
		if (!linked || !expected.equals(row.hash)) return row.seq;
		previous = row.hash;
	}
	return null;
}
