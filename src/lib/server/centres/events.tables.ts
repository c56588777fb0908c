import type { Generated } from 'kysely';

export type EventKind = 'social' | 'meal' | 'film' | 'meeting' | 'other';

export interface EventsTable {
	centre_id: string;
	id: string;
	kind: EventKind;
	title: string;
	description: Generated<string>;
	place: Generated<string>;
	starts_at: Date;
	ends_at: Date;
	/** Null: no limit, and no sign-up. */
	capacity: number | null;
	members_only: Generated<boolean>;
	cancelled_at: Date | null;
	/** iCalendar SEQUENCE: raised on every change. */
	revision: Generated<number>;
	created_at: Generated<Date>;
	updated_at: Generated<Date>;
}

export interface EventSignupsTable {
	centre_id: string;
	event_id: string;
	account_id: string;
	created_at: Generated<Date>;
}

export interface CalendarFeedsTable {
	centre_id: string;
	account_id: string;
	/** SHA-256 of the secret in the feed's address. */
	token_hash: Buffer;
	created_at: Generated<Date>;
}

export interface EventsTables {
	events: EventsTable;
	event_signups: EventSignupsTable;
	calendar_feeds: CalendarFeedsTable;
}
