import type { Generated } from 'kysely';

export interface PlansTable {
	centre_id: string;
	member_id: string;
	latest_version: Generated<number>;
	/** The member's choice of the adviser the plan is shared with; live only while it has not ended. */
	shared_choice_id: string | null;
	shared_at: Date | null;
	created_at: Generated<Date>;
	updated_at: Generated<Date>;
}

export interface PlanVersionsTable {
	centre_id: string;
	member_id: string;
	version: number;
	/** A BCP 47 language code: the language the member wrote in. */
	language: string;
	/** The parts and commitments as JSON, sealed. */
	body: string;
	written_by: string;
	written_at: Generated<Date>;
}

export interface PlansTables {
	plans: PlansTable;
	plan_versions: PlanVersionsTable;
}
