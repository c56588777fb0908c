import { beforeAll, describe, expect, it } from 'vitest';
import { describeEachDatabase } from '../../../../tests/support/database';
import { newCentre, serviceFields } from '../../../../tests/support/fixtures';
import { hsdsErrors } from '../../../../tests/support/hsds-schemas';
import { inCentre } from '../platform/database';
import { uuidv7 } from '../platform/ids';
import { accessTaxonomy, accessTerms, hearthTaxonomy } from './categories';
import { derivedId } from './hsds-ids';
import {
	exportOrganization,
	exportService,
	exportServiceAtLocation,
	exportTaxonomy,
	exportTaxonomyTerm,
	HsdsRequestError,
	listOrganizations,
	listServiceAtLocations,
	listServices,
	listTaxonomies,
	listTaxonomyTerms,
	parseDateTime,
	parseListQuery,
	webAddress,
	type ListQuery
} from './hsds-export';
import {
	ownOrganizationId,
	writeLocation,
	writeOrganization,
	writeService,
	type ServiceFields
} from './records';

const HEALTH_TERM = '0196a3c0-0000-7000-8000-000000000003';
const LEGAL_TERM = '0196a3c0-0000-7000-8000-000000000002';

function query(text = ''): ListQuery {
	return parseListQuery(new URLSearchParams(text));
}

function service(fields: Partial<ServiceFields> & { name: string }): ServiceFields {
	return serviceFields({ isPublic: true, ...fields });
}

const pause = () => new Promise((resolve) => setTimeout(resolve, 5));

describe('HSDS query parameters', () => {
	it('take defaults, and refuse what is not a page, a size, a date or an id', () => {
		expect(query()).toEqual({
			page: 1,
			perPage: 50,
			search: [],
			modifiedAfter: null,
			taxonomyTermId: null,
			taxonomyId: null
		});
		expect(query('page=3&per_page=200&search=  Clínica   noche ')).toMatchObject({
			page: 3,
			perPage: 200,
			search: ['Clínica', 'noche']
		});
		for (const bad of [
			'page=0',
			'page=-1',
			'page=1.5',
			'page=two',
			'page=1&page=2',
			'per_page=0',
			'per_page=201',
			'per_page=1e2',
			'modified_after=yesterday',
			'modified_after=2024-02-30',
			'modified_after=2024-01-01T25:00:00Z',
			'taxonomy_term_id=health',
			'taxonomy_id=1',
			`search=${'a'.repeat(201)}`
		]) {
			expect(() => query(bad), bad).toThrow(HsdsRequestError);
		}
	});

	it('read dates and times as ISO 8601, in UTC unless an offset is given', () => {
		expect(parseDateTime('2024-05-01')?.toISOString()).toBe('2024-05-01T00:00:00.000Z');
		expect(parseDateTime('2024-05-01T09:30:00Z')?.toISOString()).toBe('2024-05-01T09:30:00.000Z');
		expect(parseDateTime('2024-05-01T09:30')?.toISOString()).toBe('2024-05-01T09:30:00.000Z');
		expect(parseDateTime('2024-05-01T09:30:00.123+02:00')?.toISOString()).toBe(
			'2024-05-01T07:30:00.123Z'
		);
		// An unencoded '+' arrives as a space.
		expect(parseDateTime('2024-05-01T09:30:00 01:00')?.toISOString()).toBe(
			'2024-05-01T08:30:00.000Z'
		);
		expect(parseDateTime('2024-05-01T09:30:00-0500')?.toISOString()).toBe(
			'2024-05-01T14:30:00.000Z'
		);
		expect(parseDateTime('2023-02-29')).toBeNull();
	});

	it('give web addresses a scheme HSDS accepts, or leave them out', () => {
		expect(webAddress('https://example.org/a?b=c')).toBe('https://example.org/a?b=c');
		expect(webAddress('example.org')).toBe('https://example.org');
		expect(webAddress('https://example.org/a b')).toBe('https://example.org/a%20b');
		expect(webAddress('call us')).toBeUndefined();
		expect(webAddress('javascript:alert(1)')).toBeUndefined();
		expect(webAddress('')).toBeUndefined();
	});
});

describeEachDatabase('the HSDS export', (database) => {
	const ids = {
		clinic: '',
		shelter: '',
		legal: '',
		later: [] as string[],
		partner: '',
		hidden: '',
		own: '',
		clinicLocation: '',
		safeHouse: '',
		clinicPlace: '',
		shelterPlace: ''
	};
	let between: Date;

	beforeAll(async () => {
		const { db } = database();
		const first = await newCentre(db, 'HSDS First Centre');
		const second = await newCentre(db, 'HSDS Second Centre');
		ids.partner = uuidv7();
		ids.clinicLocation = uuidv7();
		ids.safeHouse = uuidv7();
		ids.clinicPlace = uuidv7();
		ids.shelterPlace = uuidv7();
		await inCentre(db, first.id, async (trx) => {
			await writeOrganization(trx, first.id, {
				id: ids.partner,
				name: 'Partner Health Trust',
				description: 'A health charity working with the centre.',
				email: 'hello@partner.example.org',
				website: 'partner.example.org',
				phone: '020 7946 0000'
			});
			await writeLocation(trx, first.id, {
				id: ids.clinicLocation,
				organizationId: ids.partner,
				name: 'Canal Street clinic',
				address1: '12 Canal Street',
				city: 'London',
				postalCode: 'E1 6AA',
				country: 'GB',
				transportation: 'Two minutes from Whitechapel station.',
				accessibility: 'Step-free entrance.\n\nHearing loop at the desk.'
			});
			await writeLocation(trx, first.id, {
				id: ids.safeHouse,
				organizationId: ids.partner,
				name: 'Safe house',
				address1: '1 Secret Road',
				city: 'London',
				postalCode: 'E2 0AA',
				country: 'GB',
				transportation: '',
				accessibility: ''
			});
			const clinic = service({
				name: 'Clínica nocturna',
				description: 'Tests and treatment at night, no judgement.',
				organizationId: ids.partner,
				url: 'https://clinic.example.org/night',
				email: 'night@clinic.example.org',
				phone: '020 7946 0001',
				eligibility: 'Anyone who works at night.',
				applicationProcess: 'Walk in.',
				interpretationAvailable: true,
				interpretationNotes: 'Spanish and Arabic on Fridays.',
				noIdAsked: true,
				walkIn: true,
				languages: ['en', 'es', 'ar'],
				documents: [{ id: uuidv7(), document: 'Nothing: come as you are' }],
				categories: ['health', 'sexual-health'],
				locations: [{ id: ids.clinicPlace, locationId: ids.clinicLocation }],
				weekly: [
					{ id: uuidv7(), weekday: 5, opens: '22:00', closes: '06:00' },
					{ id: uuidv7(), weekday: 6, opens: '22:00', closes: '06:00' }
				]
			});
			ids.clinic = clinic.id;
			await writeService(trx, first.id, clinic);
			const shelter = service({
				name: 'Private shelter',
				organizationId: ids.partner,
				isPublic: false,
				categories: ['health'],
				noIdAsked: true,
				locations: [{ id: ids.shelterPlace, locationId: ids.safeHouse }]
			});
			ids.shelter = shelter.id;
			await writeService(trx, first.id, shelter);
		});
		await pause();
		between = new Date();
		await pause();
		await inCentre(db, second.id, async (trx) => {
			ids.own = await ownOrganizationId(trx, second.id);
			ids.hidden = uuidv7();
			await writeOrganization(trx, second.id, {
				id: ids.hidden,
				name: 'Hidden Partner',
				description: '',
				email: '',
				website: '',
				phone: ''
			});
			await writeService(
				trx,
				second.id,
				service({ name: 'Hidden partner service', organizationId: ids.hidden, isPublic: false })
			);
			const legal = service({
				name: 'Legal advice clinic',
				organizationId: ids.own,
				cost: 'fee',
				feesDescription: '£10 a session',
				categories: ['legal'],
				url: 'not a web address'
			});
			ids.legal = legal.id;
			await writeService(trx, second.id, legal);
			for (const name of ['Food bank', 'Hot meals', 'Showers']) {
				const meal = service({ name, organizationId: ids.own, cost: 'low_cost' });
				ids.later.push(meal.id);
				await writeService(trx, second.id, meal);
			}
		});
	});

	const publicIds = () => [ids.clinic, ids.legal, ...ids.later];
	const privateNames = [
		'Private shelter',
		'Hidden partner service',
		'Hidden Partner',
		'Safe house'
	];
	const leaks = (document: unknown) =>
		privateNames.filter((name) => JSON.stringify(document).includes(name));

	it('list public services only, from every centre, each a valid HSDS service_list item', async () => {
		const { db } = database();
		const page = await listServices(db, query());
		expect(hsdsErrors('page', page)).toEqual([]);
		for (const item of page.contents)
			expect(hsdsErrors('compiled/service_list.json', item)).toEqual([]);
		expect(page.contents.map((item) => item.id).sort()).toEqual(publicIds().sort());
		expect(page).toMatchObject({
			total_items: 5,
			total_pages: 1,
			page_number: 1,
			size: 5,
			first_page: true,
			last_page: true,
			empty: false
		});
		expect(leaks(page)).toEqual([]);
		const legal = page.contents.find((item) => item.id === ids.legal);
		// A web address HSDS cannot carry is left out rather than making the document invalid.
		expect(legal).not.toHaveProperty('url');
		expect(legal?.organization).toMatchObject({ id: ids.own, name: 'HSDS Second Centre' });
	});

	it('page through services without repeating or losing one', async () => {
		const { db } = database();
		const seen: string[] = [];
		for (let number = 1; number <= 3; number += 1) {
			const page = await listServices(db, query(`per_page=2&page=${number}`));
			expect(hsdsErrors('page', page)).toEqual([]);
			expect(page).toMatchObject({
				total_items: 5,
				total_pages: 3,
				page_number: number,
				size: number === 3 ? 1 : 2,
				first_page: number === 1,
				last_page: number === 3,
				empty: false
			});
			seen.push(...page.contents.map((item) => item.id));
		}
		expect(seen.sort()).toEqual(publicIds().sort());
		const beyond = await listServices(db, query('per_page=2&page=4'));
		expect(beyond).toMatchObject({ size: 0, empty: true, last_page: true, contents: [] });
	});

	it('search without minding case or accents, every word, the way the directory folds', async () => {
		const { db } = database();
		const names = async (text: string) =>
			(await listServices(db, query(`search=${encodeURIComponent(text)}`))).contents.map(
				(item) => item.name
			);
		expect((await names('clinic')).sort()).toEqual(['Clínica nocturna', 'Legal advice clinic']);
		expect(await names('clinica')).toEqual(['Clínica nocturna']);
		expect(await names('CLÍNICA NOCTURNA')).toEqual(['Clínica nocturna']);
		expect(await names('nocturna clinica')).toEqual(['Clínica nocturna']);
		expect(await names('shelter')).toEqual([]);
		// Typed wildcards match only themselves.
		expect(await names('%')).toEqual([]);
		expect(await names('_')).toEqual([]);
	});

	it('list what changed since a moment, and by taxonomy term', async () => {
		const { db } = database();
		const since = await listServices(
			db,
			query(`modified_after=${encodeURIComponent(between.toISOString())}`)
		);
		expect(since.contents.map((item) => item.id).sort()).toEqual([ids.legal, ...ids.later].sort());
		const future = await listServices(db, query('modified_after=2999-01-01'));
		expect(future.total_items).toBe(0);

		const health = await listServices(db, query(`taxonomy_term_id=${HEALTH_TERM}`));
		expect(health.contents.map((item) => item.id)).toEqual([ids.clinic]);
		const legal = await listServices(db, query(`taxonomy_term_id=${LEGAL_TERM}`));
		expect(legal.contents.map((item) => item.id)).toEqual([ids.legal]);
		const noId = await listServices(db, query(`taxonomy_term_id=${accessTerms['no-id-asked'].id}`));
		expect(noId.contents.map((item) => item.id)).toEqual([ids.clinic]);
		const needs = await listServices(db, query(`taxonomy_id=${hearthTaxonomy.id}`));
		expect(needs.contents.map((item) => item.id).sort()).toEqual([ids.clinic, ids.legal].sort());
		await expect(listServices(db, query(`taxonomy_term_id=${uuidv7()}`))).rejects.toThrow(
			HsdsRequestError
		);
	});

	it('export a whole public service as a valid HSDS service, overnight hours and all', async () => {
		const { db } = database();
		const clinic = await exportService(db, ids.clinic);
		expect(clinic).not.toBeNull();
		expect(hsdsErrors('compiled/service.json', clinic)).toEqual([]);
		expect(leaks(clinic)).toEqual([]);
		expect(clinic).toMatchObject({
			id: ids.clinic,
			name: 'Clínica nocturna',
			status: 'active',
			url: 'https://clinic.example.org/night',
			email: 'night@clinic.example.org',
			eligibility_description: 'Anyone who works at night.',
			application_process: 'Walk in.',
			interpretation_services: 'Spanish and Arabic on Fridays.',
			organization_id: ids.partner,
			organization: {
				id: ids.partner,
				name: 'Partner Health Trust',
				website: 'https://partner.example.org',
				phones: [{ id: derivedId(ids.partner, 'phone'), number: '020 7946 0000' }]
			},
			phones: [{ id: derivedId(ids.clinic, 'phone'), number: '020 7946 0001' }],
			cost_options: [{ id: derivedId(ids.clinic, 'cost-option'), option: 'Free', amount: 0 }],
			required_documents: [{ document: 'Nothing: come as you are' }]
		});
		expect(clinic?.schedules).toEqual([
			expect.objectContaining({
				freq: 'WEEKLY',
				byday: 'FR',
				opens_at: '22:00',
				closes_at: '06:00'
			}),
			expect.objectContaining({
				freq: 'WEEKLY',
				byday: 'SA',
				opens_at: '22:00',
				closes_at: '06:00'
			})
		]);
		expect(clinic?.languages).toEqual([
			expect.objectContaining({ code: 'en', name: 'English' }),
			expect.objectContaining({ code: 'es', name: 'Spanish' }),
			expect.objectContaining({ code: 'ar', name: 'Arabic' })
		]);
		expect(clinic?.attributes.map((attribute) => attribute.taxonomy_term.code)).toEqual([
			'health',
			'sexual-health',
			'no-id-asked',
			'walk-in',
			'interpretation-available'
		]);
		expect(clinic?.attributes[0]).toMatchObject({
			taxonomy_term_id: HEALTH_TERM,
			taxonomy_term: { name: 'Health', taxonomy_id: hearthTaxonomy.id }
		});
		expect(clinic?.attributes[2]?.taxonomy_term.taxonomy_id).toBe(accessTaxonomy.id);
		expect(clinic?.service_at_locations).toEqual([
			expect.objectContaining({
				id: ids.clinicPlace,
				location: expect.objectContaining({
					id: ids.clinicLocation,
					location_type: 'physical',
					transportation: 'Two minutes from Whitechapel station.',
					addresses: [
						expect.objectContaining({
							address_1: '12 Canal Street',
							city: 'London',
							state_province: '',
							postal_code: 'E1 6AA',
							country: 'GB',
							address_type: 'physical'
						})
					],
					accessibility: [
						expect.objectContaining({
							description: 'Step-free entrance.\n\nHearing loop at the desk.'
						})
					]
				})
			})
		]);
		// The validator is a real one: it refuses what HSDS refuses.
		expect(hsdsErrors('compiled/service.json', { ...clinic, status: 'open' })).not.toEqual([]);
		expect(hsdsErrors('compiled/service.json', { ...clinic, url: 'clinic' })).not.toEqual([]);
		// The same record exports the same document every time.
		expect(await exportService(db, ids.clinic.toUpperCase())).toEqual(clinic);

		const legal = await exportService(db, ids.legal);
		expect(hsdsErrors('compiled/service.json', legal)).toEqual([]);
		expect(legal?.cost_options).toEqual([expect.objectContaining({ option: 'Fee' })]);
		expect(legal?.cost_options[0]).not.toHaveProperty('amount');
	});

	it('find no private service, and nothing for an id that is not one', async () => {
		const { db } = database();
		expect(await exportService(db, ids.shelter)).toBeNull();
		expect(await exportService(db, uuidv7())).toBeNull();
		expect(await exportService(db, 'not-an-id')).toBeNull();
		expect(await exportServiceAtLocation(db, ids.shelterPlace)).toBeNull();
		expect(await exportOrganization(db, ids.hidden)).toBeNull();
	});

	it('list organisations with a public service, and export one with its public services', async () => {
		const { db } = database();
		const page = await listOrganizations(db, query());
		expect(hsdsErrors('page', page)).toEqual([]);
		for (const item of page.contents) {
			expect(hsdsErrors('compiled/organization_list.json', item)).toEqual([]);
		}
		expect(page.contents.map((item) => item.name)).toEqual([
			'HSDS Second Centre',
			'Partner Health Trust'
		]);
		expect((await listOrganizations(db, query('search=partner'))).contents).toEqual([
			expect.objectContaining({ id: ids.partner })
		]);

		const partner = await exportOrganization(db, ids.partner);
		expect(hsdsErrors('compiled/organization.json', partner)).toEqual([]);
		expect(partner?.services?.map((item) => item.id)).toEqual([ids.clinic]);
		expect(leaks(partner)).toEqual([]);
		const own = await exportOrganization(db, ids.own);
		expect(hsdsErrors('compiled/organization.json', own)).toEqual([]);
		expect(own?.services).toHaveLength(4);
	});

	it('list and export the places public services are given', async () => {
		const { db } = database();
		const page = await listServiceAtLocations(db, query());
		expect(hsdsErrors('page', page)).toEqual([]);
		for (const item of page.contents) {
			expect(hsdsErrors('compiled/service_at_location_list.json', item)).toEqual([]);
		}
		expect(page.contents).toEqual([
			expect.objectContaining({
				id: ids.clinicPlace,
				service_id: ids.clinic,
				location_id: ids.clinicLocation,
				location: expect.objectContaining({ name: 'Canal Street clinic' }),
				service: expect.objectContaining({ name: 'Clínica nocturna' })
			})
		]);
		expect(leaks(page)).toEqual([]);
		expect((await listServiceAtLocations(db, query('search=legal'))).total_items).toBe(0);

		const place = await exportServiceAtLocation(db, ids.clinicPlace);
		expect(hsdsErrors('compiled/service_at_location.json', place)).toEqual([]);
		expect(place).toMatchObject({
			id: ids.clinicPlace,
			location: { id: ids.clinicLocation, addresses: [{ city: 'London' }] },
			service: { id: ids.clinic, schedules: [{ byday: 'FR' }, { byday: 'SA' }] }
		});
		expect(leaks(place)).toEqual([]);
	});

	it('serve both Hearth taxonomies and all their terms', async () => {
		const { db } = database();
		const taxonomies = listTaxonomies(query());
		expect(hsdsErrors('page', taxonomies)).toEqual([]);
		for (const item of taxonomies.contents) expect(hsdsErrors('taxonomy.json', item)).toEqual([]);
		expect(taxonomies.contents.map((item) => item.name)).toEqual(['Hearth needs', 'Hearth access']);
		expect(listTaxonomies(query('search=ACCESS')).contents).toHaveLength(1);
		expect(exportTaxonomy(hearthTaxonomy.id)?.name).toBe('Hearth needs');
		expect(exportTaxonomy(uuidv7())).toBeNull();

		const terms = await listTaxonomyTerms(db, query('per_page=200'));
		expect(hsdsErrors('page', terms)).toEqual([]);
		for (const item of terms.contents) expect(hsdsErrors('taxonomy_term.json', item)).toEqual([]);
		expect(terms.total_items).toBe(16);
		expect(terms.contents[0]).toMatchObject({ code: 'work-and-wages', name: 'Work and wages' });
		const access = await listTaxonomyTerms(db, query(`taxonomy_id=${accessTaxonomy.id}`));
		expect(access.contents.map((term) => term.code)).toEqual([
			'no-id-asked',
			'walk-in',
			'interpretation-available'
		]);
		expect((await listTaxonomyTerms(db, query('search=advice%20immigration'))).contents).toEqual([
			expect.objectContaining({ id: '0196a3c0-0000-7000-8000-00000000000c' })
		]);
		const health = await exportTaxonomyTerm(db, HEALTH_TERM);
		expect(hsdsErrors('taxonomy_term.json', health)).toEqual([]);
		expect(health?.name).toBe('Health');
		expect(await exportTaxonomyTerm(db, uuidv7())).toBeNull();
	});
});
