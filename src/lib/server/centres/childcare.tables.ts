import type { Generated } from 'kysely';

export interface ChildcareSessionsTable {
	centre_id: string;
	id: string;
	starts_at: Date;
	ends_at: Date;
	children_per_staff: number;
	staff_count: number;
	/** Children checked in so far: all that stays of them once their bookings are erased. */
	cared_for: Generated<number>;
}

export interface ChildcareBandsTable {
	centre_id: string;
	id: string;
	session_id: string;
	/** Whole years, both ends included. */
	min_age: number;
	max_age: number;
	capacity: number;
}

export interface ChildcareBookingsTable {
	centre_id: string;
	id: string;
	session_id: string;
	band_id: string;
	/** Sealed: the child's first name or nickname, nothing more. */
	child_name: string;
	age: number;
	/** HMAC-SHA-256 of the pick-up code under the centre's key; the code itself is never kept. */
	pickup_hash: Buffer;
	checked_in_at: Date | null;
}

export interface ChildcareTables {
	childcare_sessions: ChildcareSessionsTable;
	childcare_bands: ChildcareBandsTable;
	childcare_bookings: ChildcareBookingsTable;
}
