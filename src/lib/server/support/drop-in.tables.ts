import type { Generated } from 'kysely';

export interface DropInOpeningsTable {
	centre_id: string;
	starts_at: Date;
	ends_at: Date;
	last_number: Generated<number>;
}

export interface DropInTicketsTable {
	centre_id: string;
	id: string;
	opening_starts_at: Date;
	number: number;
	/** SHA-256 of the secret in the person's ticket link. */
	token_hash: Buffer;
	chosen_name: Generated<string>;
	topic: string;
	/** The person's own words, sealed with the platform key. */
	words_sealed: string | null;
	language: string;
	checked_in_at: Generated<Date>;
	called_at: Date | null;
	called_by: string | null;
	desk: Generated<string>;
}

export interface DropInCallsTable {
	centre_id: string;
	id: string;
	opening_starts_at: Date;
	adviser_id: string;
	called_at: Date;
}

export interface DropInTables {
	drop_in_openings: DropInOpeningsTable;
	drop_in_tickets: DropInTicketsTable;
	drop_in_calls: DropInCallsTable;
}
