import type { Generated } from 'kysely';

export interface MinimumWageRatesTable {
	/** 'YYYY-MM-DD': the day this set of rates took effect. */
	effective_from: string;
	/** The age from which the National Living Wage applies (25, then 23, then 21). */
	living_wage_age: number;
	living_wage_pence: number;
	/** The band from 21 to the living-wage age; null once the living wage starts at 21. */
	young_adult_pence: number | null;
	age_18_to_20_pence: number;
	age_16_to_17_pence: number;
	apprentice_pence: number;
	/** Per day; null when not confirmed yet. */
	accommodation_offset_pence: number | null;
	updated_at: Generated<Date>;
}

export type EmployerKind = 'employer' | 'agency' | 'platform';

export interface EmployersTable {
	centre_id: string;
	id: string;
	name: string;
	trading_names: Generated<string[]>;
	sites: Generated<string[]>;
	kind: Generated<EmployerKind>;
	/** The agency or platform behind this employer, itself in the register. */
	behind_id: string | null;
	created_at: Generated<Date>;
}

export const EMPLOYER_PROBLEMS = [
	'unpaid_wages',
	'below_minimum_wage',
	'deductions',
	'no_breaks',
	'holiday_pay',
	'unsafe_work',
	'dismissal',
	'discrimination',
	'harassment',
	'other'
] as const;
export type EmployerProblem = (typeof EMPLOYER_PROBLEMS)[number];

export interface EmployerReportsTable {
	centre_id: string;
	id: string;
	employer_id: string;
	/** Never shown to anyone but the reporter. */
	reporter_id: string;
	problem: EmployerProblem;
	/** 'YYYY-MM-01': the month only, so a report cannot be matched to a visit. */
	reported_month: string;
	/** The reporter's own words, sealed; shown to nobody but the reporter. */
	words: string | null;
}

export type PayPeriodKind = 'week' | 'fortnight' | 'month';

export interface DiarySettingsTable {
	centre_id: string;
	account_id: string;
	/** 'YYYY-MM-DD', sealed. */
	date_of_birth: string | null;
	/** 'YYYY-MM-DD', sealed: the day an apprenticeship began. */
	apprentice_since: string | null;
	pay_period: Generated<PayPeriodKind>;
	/** Any day a pay period began, so the periods can be laid out. */
	period_starts_on: string | null;
	updated_at: Generated<Date>;
}

export type Accommodation = 'none' | 'free' | 'charged';

export interface DiaryShiftsTable {
	centre_id: string;
	id: string;
	account_id: string;
	/** Made on the phone when the shift was written, so a shift sent twice is stored once. */
	client_id: string;
	starts_at: Date;
	ends_at: Date;
	unpaid_break_minutes: Generated<number>;
	employer_id: string | null;
	/** The employer or platform as the member wrote it, sealed. */
	employer_name: string | null;
	/** Sealed. */
	site: string | null;
	promised_pence_per_hour: number | null;
	paid_pence: number | null;
	/** Deductions for the employer's benefit: uniform, tools, shortfalls. */
	deductions_pence: Generated<number>;
	accommodation: Generated<Accommodation>;
	accommodation_charged_pence: Generated<number>;
	/** Sealed. */
	note: string | null;
	created_at: Generated<Date>;
	updated_at: Generated<Date>;
}

export type EvidenceType = 'image/jpeg' | 'image/png' | 'image/webp' | 'application/pdf';

export interface DiaryPhotosTable {
	centre_id: string;
	id: string;
	shift_id: string;
	/** The file, sealed whole (sealBytes). */
	content: Buffer;
	content_type: EvidenceType;
	byte_size: number;
	added_at: Generated<Date>;
}

export interface CollectiveCasesTable {
	centre_id: string;
	id: string;
	employer_id: string;
	title: string;
	created_by: string;
	created_at: Generated<Date>;
}

export const CASE_KINDS = [
	'unpaid_wages',
	'unsafe_work',
	'dismissal',
	'discrimination',
	'housing',
	'family',
	'immigration_referral'
] as const;
export type CaseKind = (typeof CASE_KINDS)[number];

export interface CasesTable {
	centre_id: string;
	id: string;
	member_id: string;
	kind: CaseKind;
	/** What the case is about, in plain words, sealed. */
	summary: string;
	status: Generated<'open' | 'closed'>;
	employer_id: string | null;
	collective_id: string | null;
	/** 'YYYY-MM-DD': the act the claim is about (the last underpayment, the dismissal). */
	act_on: string | null;
	conciliation_started_on: string | null;
	conciliation_certificate_on: string | null;
	/** When the member agreed the case team may read their hours diary for this claim. */
	diary_consent_at: Date | null;
	/** Sealed. */
	outcome: string | null;
	recovered_pence: number | null;
	opened_by: string;
	opened_at: Generated<Date>;
	closed_at: Date | null;
}

export interface CaseTeamTable {
	centre_id: string;
	case_id: string;
	account_id: string;
	added_at: Generated<Date>;
}

export type CaseEventKind =
	| 'opened'
	| 'note'
	| 'task_added'
	| 'task_done'
	| 'evidence_added'
	| 'claim_calculated'
	| 'conciliation'
	| 'joined_collective'
	| 'left_collective'
	| 'team_changed'
	| 'outcome'
	| 'closed'
	| 'reopened';

export interface CaseEventsTable {
	centre_id: string;
	id: string;
	case_id: string;
	kind: CaseEventKind;
	/** Sealed. */
	body: string | null;
	author_id: string;
	at: Generated<Date>;
}

export interface CaseTasksTable {
	centre_id: string;
	id: string;
	case_id: string;
	/** Sealed. */
	title: string;
	due_on: string | null;
	done_at: Date | null;
	created_by: string;
	created_at: Generated<Date>;
}

export interface CaseEvidenceTable {
	centre_id: string;
	id: string;
	case_id: string;
	/** The file's name as sent, sealed. */
	name: string;
	/** The file, sealed whole (sealBytes). */
	content: Buffer;
	content_type: EvidenceType;
	byte_size: number;
	added_by: string;
	added_at: Generated<Date>;
}

export interface CaseWageClaimsTable {
	centre_id: string;
	case_id: string;
	period_from: string;
	period_to: string;
	/** The calculation's input and result as JSON, sealed. */
	calculation: string;
	owed_pence: number;
	owed_today_pence: number;
	calculated_at: Generated<Date>;
}

export interface CaseworkTables {
	minimum_wage_rates: MinimumWageRatesTable;
	employers: EmployersTable;
	employer_reports: EmployerReportsTable;
	diary_settings: DiarySettingsTable;
	diary_shifts: DiaryShiftsTable;
	diary_photos: DiaryPhotosTable;
	collective_cases: CollectiveCasesTable;
	cases: CasesTable;
	case_team: CaseTeamTable;
	case_events: CaseEventsTable;
	case_tasks: CaseTasksTable;
	case_evidence: CaseEvidenceTable;
	case_wage_claims: CaseWageClaimsTable;
}
