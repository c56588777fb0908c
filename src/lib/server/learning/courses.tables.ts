import type { Generated } from 'kysely';

export type CourseKind =
	'esol' | 'know-your-rights' | 'popular-education' | 'digital-skills' | 'training';
export type EsolLevel = 'pre-entry' | 'entry-1' | 'entry-2' | 'entry-3' | 'level-1' | 'level-2';
export type EnrolmentStatus = 'enrolled' | 'waiting';

export interface CoursesTable {
	centre_id: string;
	id: string;
	kind: CourseKind;
	level: EsolLevel | null;
	title: string;
	description: Generated<string>;
	places: number;
	created_at: Generated<Date>;
	updated_at: Generated<Date>;
}

export interface CourseSessionsTable {
	centre_id: string;
	id: string;
	course_id: string;
	starts_at: Date;
	ends_at: Date;
	place: Generated<string>;
	materials: Generated<string>;
	attendance_taken_at: Date | null;
}

export interface CourseEnrolmentsTable {
	centre_id: string;
	course_id: string;
	account_id: string;
	status: EnrolmentStatus;
	joined_at: Generated<Date>;
	finished_at: Date | null;
}

export interface CourseMissedSessionsTable {
	centre_id: string;
	session_id: string;
	account_id: string;
	course_id: string;
}

export interface CoursesTables {
	courses: CoursesTable;
	course_sessions: CourseSessionsTable;
	course_enrolments: CourseEnrolmentsTable;
	course_missed_sessions: CourseMissedSessionsTable;
}
