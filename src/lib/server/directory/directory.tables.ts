import type { Generated } from 'kysely';

export type ServiceStatus = 'active' | 'inactive' | 'defunct' | 'temporarily closed';
export type ServiceCost = 'free' | 'low_cost' | 'fee';
export type ReferralStatus = 'made' | 'contacted' | 'seen' | 'closed';

export interface TaxonomyTermsTable {
	id: string;
	code: string;
	position: number;
}

export interface OrganizationsTable {
	centre_id: string;
	id: string;
	name: string;
	description: Generated<string>;
	email: Generated<string>;
	website: Generated<string>;
	phone: Generated<string>;
	is_own: Generated<boolean>;
	created_at: Generated<Date>;
	updated_at: Generated<Date>;
}

export interface LocationsTable {
	centre_id: string;
	id: string;
	organization_id: string | null;
	name: Generated<string>;
	address_1: Generated<string>;
	city: Generated<string>;
	postal_code: Generated<string>;
	country: Generated<string>;
	transportation: Generated<string>;
	accessibility: Generated<string>;
	created_at: Generated<Date>;
	updated_at: Generated<Date>;
}

export interface ServicesTable {
	centre_id: string;
	id: string;
	organization_id: string | null;
	name: string;
	description: Generated<string>;
	status: Generated<ServiceStatus>;
	url: Generated<string>;
	email: Generated<string>;
	phone: Generated<string>;
	eligibility: Generated<string>;
	application_process: Generated<string>;
	cost: Generated<ServiceCost>;
	fees_description: Generated<string>;
	languages: Generated<string[]>;
	interpretation_available: Generated<boolean>;
	interpretation_notes: Generated<string>;
	no_id_asked: Generated<boolean>;
	walk_in: Generated<boolean>;
	is_public: Generated<boolean>;
	search_text: Generated<string>;
	created_at: Generated<Date>;
	updated_at: Generated<Date>;
}

export interface ServiceTextsTable {
	centre_id: string;
	service_id: string;
	locale: string;
	name: string;
	description: Generated<string>;
}

export interface ServiceDocumentsTable {
	centre_id: string;
	id: string;
	service_id: string;
	document: string;
	position: number;
}

export interface ServiceCategoriesTable {
	centre_id: string;
	service_id: string;
	term_id: string;
}

export interface ServiceAtLocationsTable {
	centre_id: string;
	id: string;
	service_id: string;
	location_id: string;
}

export interface ServiceSchedulesTable {
	centre_id: string;
	id: string;
	service_id: string;
	weekday: number;
	opens: string;
	closes: string;
}

export interface ServiceScheduleExceptionsTable {
	centre_id: string;
	id: string;
	service_id: string;
	on_date: string;
	kind: 'closed' | 'open';
	opens: string | null;
	closes: string | null;
	note: Generated<string>;
}

export interface ReferralsTable {
	centre_id: string;
	id: string;
	member_id: string;
	service_id: string;
	made_by: string;
	status: Generated<ReferralStatus>;
	consent_words: string;
	consent_locale: string;
	/** Sealed. */
	shared_contact: string | null;
	/** Sealed. */
	shared_note: string | null;
	/** Sealed. */
	outcome: string | null;
	withdrawn_at: Date | null;
	created_at: Generated<Date>;
	updated_at: Generated<Date>;
}

export interface DirectoryImportsTable {
	centre_id: string;
	id: string;
	uploaded_by: string;
	file_name: string;
	document: unknown;
	created_at: Generated<Date>;
	applied_at: Date | null;
}

export interface DirectoryTables {
	taxonomy_terms: TaxonomyTermsTable;
	organizations: OrganizationsTable;
	locations: LocationsTable;
	services: ServicesTable;
	service_texts: ServiceTextsTable;
	service_documents: ServiceDocumentsTable;
	service_categories: ServiceCategoriesTable;
	service_at_locations: ServiceAtLocationsTable;
	service_schedules: ServiceSchedulesTable;
	service_schedule_exceptions: ServiceScheduleExceptionsTable;
	referrals: ReferralsTable;
	directory_imports: DirectoryImportsTable;
}
