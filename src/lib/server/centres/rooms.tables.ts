import type { Generated } from 'kysely';

export const roomKinds = [
	'quiet',
	'prayer',
	'rest',
	'shower',
	'kitchen',
	'meeting',
	'childcare',
	'other'
] as const;
export type RoomKind = (typeof roomKinds)[number];

export const visitorGroups = ['adults', 'children', 'first_visit'] as const;
export type VisitorGroup = (typeof visitorGroups)[number];

export interface RoomsTable {
	centre_id: string;
	id: string;
	name: string;
	kind: RoomKind;
	description: Generated<string>;
	units: number;
	uses_centre_hours: Generated<boolean>;
	members_book: Generated<boolean>;
	position: Generated<number>;
	created_at: Generated<Date>;
}

export interface RoomHoursTable {
	centre_id: string;
	id: string;
	room_id: string;
	weekday: number;
	/** 'HH:MM:SS' as PostgreSQL returns a time. */
	opens: string;
	closes: string;
}

export interface RoomBookingsTable {
	centre_id: string;
	id: string;
	room_id: string;
	unit: number;
	/** A tstzrange, '[start,end)': read it with lower() and upper(). */
	period: string;
	code: string;
	/** Only when the member chose to book in their own name. */
	account_id: string | null;
}

export interface HeadcountsTable {
	centre_id: string;
	hour_start: Date;
	visitor_group: VisitorGroup;
	count: Generated<number>;
}

export interface RoomsTables {
	rooms: RoomsTable;
	room_hours: RoomHoursTable;
	room_bookings: RoomBookingsTable;
	headcounts: HeadcountsTable;
}
