import type { Kysely } from 'kysely';
import {
	createCentre,
	type Centre,
	type CentreDetails
} from '../../src/lib/server/centres/centres.service';
import type { ServiceFields } from '../../src/lib/server/directory/records';
import { uuidv7 } from '../../src/lib/server/platform/ids';
import type { Database } from '../../src/lib/server/schema';

/** A plain English-speaking centre in London, for tests that need any centre. */
export function centreDetails(name: string): CentreDetails {
	return {
		name,
		address: '',
		directions: '',
		timeZone: 'Europe/London',
		defaultLocale: 'en',
		locales: ['en']
	};
}

export function newCentre(db: Kysely<Database>, name: string): Promise<Centre> {
	return createCentre(db, centreDetails(name));
}

/** A whole service with nothing but a name, for tests to give the fields that matter to them. */
export function serviceFields(fields: Partial<ServiceFields> & { name: string }): ServiceFields {
	return {
		id: uuidv7(),
		organizationId: null,
		description: '',
		texts: [],
		status: 'active',
		url: '',
		email: '',
		phone: '',
		eligibility: '',
		applicationProcess: '',
		cost: 'free',
		feesDescription: '',
		languages: [],
		interpretationAvailable: false,
		interpretationNotes: '',
		noIdAsked: false,
		walkIn: false,
		isPublic: false,
		documents: [],
		categories: [],
		locations: [],
		weekly: [],
		exceptions: [],
		...fields
	};
}
