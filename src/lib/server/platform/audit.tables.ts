import type { Generated } from 'kysely';

export interface AuditEventsTable {
	seq: Generated<number>;
	id: string;
	centre_id: string | null;
	actor_id: string | null;
	action: string;
	subject_id: string | null;
	detail: Generated<Record<string, unknown>>;
	occurred_at: Generated<Date>;
	previous_hash: Buffer | null;
	hash: Buffer;
}

export interface AuditTables {
	audit_events: AuditEventsTable;
}
