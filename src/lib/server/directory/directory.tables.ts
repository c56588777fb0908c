import type { Generated, Selectable } from 'kysely';

export interface ServicesTable {
	centre_id: string;
	id: string;
	name: string;
	description: Generated<string>;
	created_at: Generated<Date>;
}

export type ServiceRow = Selectable<ServicesTable>;

export interface DirectoryTables {
	services: ServicesTable;
}
