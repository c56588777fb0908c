import type { Generated, Insertable, Selectable } from 'kysely';

export interface CentresTable {
	id: string;
	slug: string;
	name: string;
	address: Generated<string>;
	directions: Generated<string>;
	time_zone: string;
	default_locale: string;
	locales: string[];
	is_demo: Generated<boolean>;
	created_at: Generated<Date>;
}

export interface OpeningHoursTable {
	centre_id: string;
	id: string;
	weekday: number;
	/** 'HH:MM:SS' as PostgreSQL returns a time. */
	opens: string;
	closes: string;
}

export interface OpeningExceptionsTable {
	centre_id: string;
	id: string;
	on_date: string;
	kind: 'closed' | 'open';
	opens: string | null;
	closes: string | null;
	note: Generated<string>;
}

export type CentreRow = Selectable<CentresTable>;
export type NewCentreRow = Insertable<CentresTable>;

export interface CentresTables {
	centres: CentresTable;
	opening_hours: OpeningHoursTable;
	opening_exceptions: OpeningExceptionsTable;
}
