import type { Generated } from 'kysely';

export type Role = 'member' | 'adviser' | 'organiser' | 'coordinator';

export interface AccountsTable {
	id: string;
	chosen_name: string;
	name_key: string;
	passphrase_hash: string | null;
	languages: Generated<string[]>;
	is_steward: Generated<boolean>;
	created_at: Generated<Date>;
}

export interface CentrePeopleTable {
	centre_id: string;
	account_id: string;
	joined_at: Generated<Date>;
}

export interface CentreRolesTable {
	centre_id: string;
	account_id: string;
	role: Role;
	granted_at: Generated<Date>;
}

export interface ConsentsTable {
	centre_id: string;
	id: string;
	account_id: string;
	purpose: string;
	words_shown: string;
	recorded_by: string | null;
	given_at: Generated<Date>;
}

export interface SignInCodesTable {
	centre_id: string;
	id: string;
	account_id: string;
	code_hash: Buffer;
	purpose: 'enrol' | 'reset';
	issued_by: string | null;
	issued_at: Generated<Date>;
	expires_at: Date;
	used_at: Date | null;
}

export interface SessionsTable {
	id: string;
	token_hash: Buffer;
	account_id: string;
	created_at: Generated<Date>;
	last_seen_at: Generated<Date>;
	expires_at: Date;
}

export interface SignInFailuresTable {
	key_hash: Buffer;
	failed_at: Generated<Date>;
}

export interface IdentityTables {
	accounts: AccountsTable;
	centre_people: CentrePeopleTable;
	centre_roles: CentreRolesTable;
	consents: ConsentsTable;
	sign_in_codes: SignInCodesTable;
	sessions: SessionsTable;
	sign_in_failures: SignInFailuresTable;
}
