import type { Generated } from 'kysely';

export type ThresholdKind = 'members' | 'percent';

export interface MutualSettingsTable {
	centre_id: string;
	call_threshold_kind: Generated<ThresholdKind>;
	call_threshold_value: Generated<number>;
}

/** One spell of membership: leaving closes it, joining again opens another. */
export interface MutualMembersTable {
	centre_id: string;
	id: string;
	account_id: string;
	joined_at: Date;
	left_at: Date | null;
}

export interface MutualDeclinesTable {
	centre_id: string;
	account_id: string;
	declined_at: Date;
}

export interface MutualOfficersTable {
	centre_id: string;
	office: string;
	account_id: string;
	elected_at: Date;
}

export interface MutualTables {
	mutual_settings: MutualSettingsTable;
	mutual_members: MutualMembersTable;
	mutual_declines: MutualDeclinesTable;
	mutual_officers: MutualOfficersTable;
}
