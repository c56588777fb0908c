import type { Kysely } from 'kysely';
import {
	createCentre,
	type Centre,
	type CentreDetails
} from '../../src/lib/server/centres/centres.service';
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
