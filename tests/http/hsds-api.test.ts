import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessTaxonomy, accessTerms } from '../../src/lib/server/directory/categories';
import {
	writeLocation,
	writeOrganization,
	writeService,
	type ServiceFields
} from '../../src/lib/server/directory/records';
import { createDatabase, createPool, inCentre } from '../../src/lib/server/platform/database';
import { uuidv7 } from '../../src/lib/server/platform/ids';
import type { Database } from '../../src/lib/server/schema';
import { newCentre, serviceFields } from '../support/fixtures';
import { hsdsErrors, hsdsValidator, type HsdsSchemaName } from '../support/hsds-schemas';
import { startHearth, type RunningHearth } from '../support/server';

const HEALTH_TERM = '0196a3c0-0000-7000-8000-000000000003';
const PRIVATE_NAME = 'Private night shelter (API test)';

function service(fields: Partial<ServiceFields> & { name: string }): ServiceFields {
	return serviceFields({ isPublic: true, ...fields });
}

/**
 * The coordinator's directory forms are not there yet, so the services are written straight into
 * the database the running Hearth uses, the way those forms will write them.
 */
async function addDirectory(db: Kysely<Database>) {
	const centre = await newCentre(db, 'HSDS API Centre');
	const ids = {
		organization: uuidv7(),
		location: uuidv7(),
		clinic: uuidv7(),
		place: uuidv7(),
		shelter: uuidv7(),
		shelterPlace: uuidv7()
	};
	await inCentre(db, centre.id, async (trx) => {
		await writeOrganization(trx, centre.id, {
			id: ids.organization,
			name: 'Night Health Partners',
			description: 'Nurses and counsellors who work nights.',
			email: 'nights@health.example.org',
			website: 'https://health.example.org',
			phone: '020 7946 0100'
		});
		await writeLocation(trx, centre.id, {
			id: ids.location,
			organizationId: ids.organization,
			name: 'Mile End clinic',
			address1: '3 Mile End Road',
			city: 'London',
			postalCode: 'E1 4AA',
			country: 'GB',
			transportation: 'Night buses N25 and N205.',
			accessibility: 'Step-free.'
		});
		await writeService(
			trx,
			centre.id,
			service({
				id: ids.clinic,
				name: 'Clínica de noche',
				description: 'Sexual health tests and treatment through the night.',
				organizationId: ids.organization,
				noIdAsked: true,
				walkIn: true,
				languages: ['en', 'pt'],
				documents: [{ id: uuidv7(), document: 'None' }],
				categories: ['health', 'sexual-health'],
				locations: [{ id: ids.place, locationId: ids.location }],
				weekly: [{ id: uuidv7(), weekday: 6, opens: '22:00', closes: '06:00' }]
			})
		);
		await writeService(
			trx,
			centre.id,
			service({
				id: ids.shelter,
				name: PRIVATE_NAME,
				organizationId: ids.organization,
				isPublic: false,
				categories: ['health'],
				locations: [{ id: ids.shelterPlace, locationId: ids.location }]
			})
		);
	});
	return ids;
}

const schemas: HsdsSchemaName[] = [
	'root',
	'page',
	'compiled/service.json',
	'compiled/service_list.json',
	'compiled/organization.json',
	'compiled/organization_list.json',
	'compiled/service_at_location.json',
	'compiled/service_at_location_list.json',
	'taxonomy.json',
	'taxonomy_term.json'
];

describe('the HSDS API', () => {
	let hearth: RunningHearth;
	let db: Kysely<Database>;
	let ids: Awaited<ReturnType<typeof addDirectory>>;

	beforeAll(async () => {
		// Compiling the big schemas holds up this process for seconds: done between two requests,
		// it would let a kept-alive connection time out unnoticed and the next request fail.
		for (const schema of schemas) hsdsValidator(schema);
		hearth = await startHearth({ HEARTH_DEMO: '1' });
		db = createDatabase<Database>(createPool(hearth.databaseUrl, 2));
		ids = await addDirectory(db);
	});
	afterAll(async () => {
		await db?.destroy();
		await hearth?.stop();
	});

	async function get(path: string) {
		const response = await fetch(hearth.url + path, { redirect: 'manual' });
		const text = await response.text();
		expect(response.headers.get('content-type'), path).toMatch(/^application\/json/);
		return { status: response.status, headers: response.headers, text, body: JSON.parse(text) };
	}

	/** Fetches a document that must be there, checked against its HSDS schema. */
	async function document(path: string, schema: HsdsSchemaName) {
		const answer = await get(path);
		expect(answer.status, path).toBe(200);
		expect(answer.headers.get('cache-control'), path).toBe('public, max-age=60');
		expect(hsdsErrors(schema, answer.body), path).toEqual([]);
		expect(answer.text, path).not.toContain(PRIVATE_NAME);
		return answer.body;
	}

	/** Fetches a page, its items checked against the list's HSDS schema. */
	async function page(path: string, schema: HsdsSchemaName) {
		const body = await document(path, 'page');
		for (const item of body.contents) expect(hsdsErrors(schema, item), path).toEqual([]);
		return body as { total_items: number; contents: { id: string; name?: string }[] };
	}

	it('says which HSDS it speaks, at /api/hsds and /api/hsds/', async () => {
		for (const path of ['/api/hsds', '/api/hsds/']) {
			const root = await document(path, 'root');
			expect(root).toMatchObject({ version: '3.0' });
		}
	});

	it('lists and serves public services, whole and valid, and no private one', async () => {
		const services = await page('/api/hsds/services?per_page=200', 'compiled/service_list.json');
		expect(services.contents.map((item) => item.id)).toContain(ids.clinic);
		expect(services.contents.map((item) => item.id)).not.toContain(ids.shelter);

		const clinic = await document(`/api/hsds/services/${ids.clinic}`, 'compiled/service.json');
		expect(clinic).toMatchObject({
			name: 'Clínica de noche',
			organization: { id: ids.organization },
			schedules: [{ byday: 'SA', opens_at: '22:00', closes_at: '06:00' }],
			service_at_locations: [{ id: ids.place, location: { id: ids.location } }]
		});

		const found = await page(
			'/api/hsds/services?search=CL%C3%8DNICA',
			'compiled/service_list.json'
		);
		// The demo centre's services may match too; the private one never does.
		expect(found.contents.map((item) => item.id)).toContain(ids.clinic);
		const healthy = await page(
			`/api/hsds/services?taxonomy_term_id=${HEALTH_TERM}&per_page=200`,
			'compiled/service_list.json'
		);
		expect(healthy.contents.map((item) => item.id)).toContain(ids.clinic);
		const recent = await page(
			'/api/hsds/services?modified_after=2000-01-01T00:00:00Z&per_page=1&page=1',
			'compiled/service_list.json'
		);
		expect(recent.contents).toHaveLength(1);
	});

	it('serves organisations and the places services are given', async () => {
		const organizations = await page(
			'/api/hsds/organizations?per_page=200',
			'compiled/organization_list.json'
		);
		expect(organizations.contents.map((item) => item.id)).toContain(ids.organization);
		const organization = await document(
			`/api/hsds/organizations/${ids.organization}`,
			'compiled/organization.json'
		);
		expect(organization.services.map((item: { id: string }) => item.id)).toEqual([ids.clinic]);

		const places = await page(
			'/api/hsds/service_at_locations?per_page=200',
			'compiled/service_at_location_list.json'
		);
		expect(places.contents.map((item) => item.id)).toContain(ids.place);
		expect(places.contents.map((item) => item.id)).not.toContain(ids.shelterPlace);
		const place = await document(
			`/api/hsds/service_at_locations/${ids.place}`,
			'compiled/service_at_location.json'
		);
		expect(place).toMatchObject({ location: { id: ids.location }, service: { id: ids.clinic } });
	});

	it('serves the taxonomies and their terms', async () => {
		const taxonomies = await page('/api/hsds/taxonomies', 'taxonomy.json');
		expect(taxonomies.total_items).toBe(2);
		await document(`/api/hsds/taxonomies/${accessTaxonomy.id}`, 'taxonomy.json');
		const terms = await page('/api/hsds/taxonomy_terms?per_page=200', 'taxonomy_term.json');
		expect(terms.total_items).toBe(16);
		const term = await document(
			`/api/hsds/taxonomy_terms/${accessTerms['walk-in'].id}`,
			'taxonomy_term.json'
		);
		expect(term).toMatchObject({ code: 'walk-in', taxonomy_id: accessTaxonomy.id });
	});

	it('answers a bad parameter with 400 and an unknown id with 404, in JSON', async () => {
		for (const path of [
			'/api/hsds/services?page=0',
			'/api/hsds/services?page=abc',
			'/api/hsds/services?per_page=201',
			'/api/hsds/services?modified_after=last-week',
			'/api/hsds/services?taxonomy_term_id=health',
			`/api/hsds/services?taxonomy_term_id=${uuidv7()}`,
			'/api/hsds/service_at_locations?per_page=-5',
			'/api/hsds/organizations?page=1&page=2',
			'/api/hsds/taxonomy_terms?taxonomy_id=nope'
		]) {
			const answer = await get(path);
			expect(answer.status, path).toBe(400);
			expect(answer.body.error, path).toMatch(/^[A-Za-z_]+ .+\.$/);
		}
		for (const path of [
			`/api/hsds/services/${ids.shelter}`,
			`/api/hsds/services/${uuidv7()}`,
			'/api/hsds/services/not-an-id',
			`/api/hsds/service_at_locations/${ids.shelterPlace}`,
			`/api/hsds/organizations/${uuidv7()}`,
			`/api/hsds/taxonomies/${uuidv7()}`,
			'/api/hsds/taxonomy_terms/health',
			'/api/hsds/programs'
		]) {
			const answer = await get(path);
			expect(answer.status, path).toBe(404);
			expect(answer.body.error, path).toMatch(/\.$/);
		}
	});
});
