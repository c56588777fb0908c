import type { Generated } from 'kysely';

export interface ServicesTable {
	centre_id: string;
	id: string;
	name: string;
	description: Generated<string>;
	created_at: Generated<Date>;
}

export interface DirectoryTables {
	services: ServicesTable;
}
