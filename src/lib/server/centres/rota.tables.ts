import type { Generated } from 'kysely';

export type RotaSkill = 'first_aid' | 'interpreter' | 'childcare';

export interface RotaShiftsTable {
	centre_id: string;
	id: string;
	starts_at: Date;
	ends_at: Date;
	min_people: number;
	created_at: Generated<Date>;
}

export interface RotaShiftNeedsTable {
	centre_id: string;
	shift_id: string;
	skill: RotaSkill;
	/** A language code for an interpreter; '' for the other skills. */
	language: Generated<string>;
	needed: number;
}

export interface RotaSkillsTable {
	centre_id: string;
	account_id: string;
	skill: RotaSkill;
	language: Generated<string>;
}

export interface RotaSignupsTable {
	centre_id: string;
	shift_id: string;
	account_id: string;
	signed_up_at: Generated<Date>;
	swap_offered_at: Date | null;
}

export interface RotaTables {
	rota_shifts: RotaShiftsTable;
	rota_shift_needs: RotaShiftNeedsTable;
	rota_skills: RotaSkillsTable;
	rota_signups: RotaSignupsTable;
}
