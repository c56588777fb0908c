import type { Generated } from 'kysely';
import type { SupportTopic } from './topics';

export type PartOfDay = 'day' | 'evening' | 'night';
export type AppointmentKind = 'introduction' | 'appointment';
export type AppointmentMode = 'in_person' | 'phone' | 'online';
export type PhotoType = 'image/jpeg' | 'image/png' | 'image/webp';

export interface AdviserProfilesTable {
	centre_id: string;
	account_id: string;
	about: Generated<string>;
	languages: Generated<string[]>;
	helps_with: Generated<string[]>;
	works_days: Generated<boolean>;
	works_evenings: Generated<boolean>;
	works_nights: Generated<boolean>;
	photo: Buffer | null;
	photo_type: PhotoType | null;
	updated_at: Generated<Date>;
}

export interface AdviserChoicesTable {
	centre_id: string;
	id: string;
	member_id: string;
	adviser_id: string;
	chosen_at: Generated<Date>;
	ended_at: Date | null;
}

export interface AdviserMeetingsTable {
	centre_id: string;
	id: string;
	member_id: string;
	language: string;
	topic: SupportTopic;
	own_words_sealed: string | null;
	visit_date: string;
	part_of_day: PartOfDay;
	drop_in_at: Date | null;
	created_at: Generated<Date>;
	decided_at: Date | null;
}

export interface AdviserMeetingAdvisersTable {
	centre_id: string;
	meeting_id: string;
	adviser_id: string;
	position: number;
}

export interface AdviserNoticesTable {
	centre_id: string;
	id: string;
	adviser_id: string;
	member_id: string;
	created_at: Generated<Date>;
}

export interface AppointmentsTable {
	centre_id: string;
	id: string;
	member_id: string;
	adviser_id: string;
	kind: AppointmentKind;
	mode: AppointmentMode;
	interpreter_language: string | null;
	starts_at: Date;
	ends_at: Date;
	meeting_id: string | null;
	booked_by: string;
	revision: Generated<number>;
	created_at: Generated<Date>;
	updated_at: Generated<Date>;
}

export interface AdvisersTables {
	adviser_profiles: AdviserProfilesTable;
	adviser_choices: AdviserChoicesTable;
	adviser_meetings: AdviserMeetingsTable;
	adviser_meeting_advisers: AdviserMeetingAdvisersTable;
	adviser_notices: AdviserNoticesTable;
	appointments: AppointmentsTable;
}
