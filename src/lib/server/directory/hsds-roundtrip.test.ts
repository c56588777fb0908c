import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { describeEachDatabase } from '../../../../tests/support/database';
import { newCentre } from '../../../../tests/support/fixtures';
import { inCentre } from '../platform/database';
import { uuidv7 } from '../platform/ids';
import type { Db } from '../schema';
import { accessTerms } from './categories';
import { exportService, toHsdsLocation, toHsdsOrganization } from './hsds-export';
import { applyImport, parseHsdsDocument, previewImport, stageImport } from './hsds-import';
import { readLocations, readOrganizations, readService, writeService } from './records';

/**
 * The official HSDS examples imported into Hearth and exported again keep every field Hearth
 * models. The comparison reads the source document directly, not through the import, so that a
 * field the import drops shows up as a difference.
 */

const EXAMPLES = path.resolve(import.meta.dirname, '../../../../standards/hsds-3.0/examples');
const ACTOR = '00000000-0000-7000-8000-0000000000b1';

type Raw = Record<string, unknown>;

const isObject = (value: unknown): value is Raw =>
	value !== null && typeof value === 'object' && !Array.isArray(value);
const list = (value: unknown): Raw[] => (Array.isArray(value) ? value.filter(isObject) : []);
const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');

function example(name: string): unknown {
	return JSON.parse(fs.readFileSync(path.join(EXAMPLES, name), 'utf8'));
}

/** The same document with every identifier replaced, consistently, by a new one. */
function withNewIds(json: unknown): unknown {
	const fresh = new Map<string, string>();
	return JSON.parse(
		JSON.stringify(json).replace(
			/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g,
			(id) => fresh.get(id) ?? (fresh.set(id, uuidv7()).get(id) as string)
		)
	);
}

/** Every service, organisation and location a document holds, however it nests them. */
function recordsIn(json: unknown) {
	const services = new Map<string, Raw>();
	const organizations = new Map<string, Raw>();
	const locations = new Map<string, Raw>();
	const addService = (service: Raw, place?: Raw, organizationId?: unknown) => {
		const known = services.get(text(service.id));
		const places = [...list(known?.service_at_locations ?? service.service_at_locations)];
		if (place) places.push(place);
		services.set(text(service.id), {
			...service,
			organization_id: service.organization_id ?? organizationId,
			service_at_locations: places
		});
		if (isObject(service.organization)) addOrganization(service.organization);
		for (const each of places) if (isObject(each.location)) addLocation(each.location);
	};
	const addOrganization = (organization: Raw) => {
		if (!organizations.has(text(organization.id))) {
			organizations.set(text(organization.id), organization);
		}
		for (const each of list(organization.locations)) addLocation(each);
		for (const each of list(organization.services)) {
			addService(each, undefined, organization.id);
		}
	};
	const addLocation = (location: Raw) => {
		if (!locations.has(text(location.id))) locations.set(text(location.id), location);
	};
	const items = Array.isArray(json)
		? json
		: isObject(json) && Array.isArray(json.contents)
			? json.contents
			: [json];
	for (const item of list(items)) {
		if (isObject(item.service)) {
			const { service, ...place } = item;
			addService(service as Raw, place);
		} else if ('services' in item || 'website' in item) addOrganization(item);
		else addService(item);
	}
	return { services, organizations, locations };
}

const DAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

/** Weekly schedules as day, opening and closing, one per day, as HH:MM. */
function weekly(service: Raw): string[] {
	return list(service.schedules)
		.filter((each) => text(each.freq).toUpperCase() === 'WEEKLY')
		.flatMap((each) =>
			text(each.byday)
				.split(',')
				.map((day) => day.trim().toUpperCase())
				.filter((day) => DAYS.includes(day))
				.map(
					(day) => `${day} ${text(each.opens_at).slice(0, 5)} ${text(each.closes_at).slice(0, 5)}`
				)
		)
		.sort();
}

/** The cost by the rule docs/hsds.md gives, written again here from the words of the page. */
function cost(service: Raw): string {
	const [option] = list(service.cost_options);
	if (option) {
		const named = text(option.option).toLowerCase();
		if (named === 'free' || named === 'low cost' || named === 'fee') return named;
		return option.amount === 0 ? 'free' : 'fee';
	}
	const fees = text(service.fees_description);
	return fees === '' || /\bfree\b/i.test(fees) ? 'free' : 'fee';
}

function hearthTerms(service: Raw): string[] {
	const ours = new Set([
		...Array.from(
			{ length: 13 },
			(_, index) => `0196a3c0-0000-7000-8000-${(index + 1).toString(16).padStart(12, '0')}`
		),
		...Object.values(accessTerms).map((term) => term.id)
	]);
	return list(service.attributes)
		.map(
			(each) =>
				text(each.taxonomy_term_id) ||
				text(isObject(each.taxonomy_term) ? each.taxonomy_term.id : '')
		)
		.filter((id) => ours.has(id))
		.sort();
}

function modelledService(service: Raw) {
	return {
		id: text(service.id),
		name: text(service.name),
		description: text(service.description),
		status: text(service.status) || 'active',
		url: text(service.url),
		email: text(service.email),
		phone: text(list(service.phones)[0]?.number),
		eligibility: text(service.eligibility_description),
		applicationProcess: text(service.application_process),
		feesDescription: text(service.fees_description),
		cost: cost(service),
		interpretation: text(service.interpretation_services),
		languages: list(service.languages).map((each) => text(each.code)),
		documents: list(service.required_documents).map((each) => ({
			id: text(each.id),
			document: text(each.document)
		})),
		weekly: weekly(service),
		places: list(service.service_at_locations)
			.map((each) => ({
				id: text(each.id),
				location: text(isObject(each.location) ? each.location.id : each.location_id)
			}))
			.sort((a, b) => a.id.localeCompare(b.id)),
		organization: text(
			isObject(service.organization) ? service.organization.id : service.organization_id
		),
		attributes: hearthTerms(service)
	};
}

function modelledOrganization(organization: Raw) {
	return {
		id: text(organization.id),
		name: text(organization.name),
		description: text(organization.description),
		email: text(organization.email),
		website: text(organization.website),
		phone: text(list(organization.phones)[0]?.number)
	};
}

function modelledLocation(location: Raw) {
	const [address] = list(location.addresses);
	return {
		id: text(location.id),
		name: text(location.name),
		address1: text(address?.address_1),
		city: text(address?.city),
		postalCode: text(address?.postal_code),
		country: text(address?.country).toUpperCase(),
		transportation: text(location.transportation),
		accessibility: list(location.accessibility)
			.map((each) => text(each.description))
			.filter(Boolean)
			.join('\n\n')
	};
}

function parsedOrThrow(json: unknown) {
	const parsed = parseHsdsDocument(JSON.parse(JSON.stringify(json)));
	if (!parsed.ok) throw new Error(parsed.error);
	return parsed.value;
}

/** Publishes the imported services, so the export (public services only) includes them. */
async function publish(db: Db, centreId: string, ids: string[]) {
	await inCentre(db, centreId, async (trx) => {
		for (const id of ids) {
			const service = await readService(trx, centreId, id);
			if (service) await writeService(trx, centreId, { ...service, isPublic: true });
		}
	});
}

/** A document in Hearth's own terms: Hearth's categories and access facts, hours past midnight. */
function hearthDocument(): unknown {
	const organization = {
		id: uuidv7(),
		name: 'Riverside Law Centre',
		description: 'Free legal help.'
	};
	return {
		contents: [
			{
				id: uuidv7(),
				name: 'Night legal clinic',
				status: 'active',
				description: 'Advice on wages, housing and papers.',
				organization,
				phones: [{ id: uuidv7(), number: '020 7946 0000' }],
				languages: [
					{ id: uuidv7(), code: 'ar' },
					{ id: uuidv7(), code: 'pt-BR' }
				],
				cost_options: [{ id: uuidv7(), option: 'Low cost' }],
				schedules: [
					{ id: uuidv7(), freq: 'WEEKLY', byday: 'FR,SA', opens_at: '22:00', closes_at: '06:00' },
					{ id: uuidv7(), freq: 'WEEKLY', byday: 'WE', opens_at: '18:00:00', closes_at: '21:30:00' }
				],
				required_documents: [{ id: uuidv7(), document: 'Nothing: no ID or status asked.' }],
				attributes: [
					{ id: uuidv7(), taxonomy_term_id: '0196a3c0-0000-7000-8000-000000000002' },
					{ id: uuidv7(), taxonomy_term_id: '0196a3c0-0000-7000-8000-00000000000c' },
					{ id: uuidv7(), taxonomy_term_id: accessTerms['no-id-asked'].id },
					{ id: uuidv7(), taxonomy_term_id: accessTerms['walk-in'].id }
				],
				service_at_locations: [
					{
						id: uuidv7(),
						location: {
							id: uuidv7(),
							location_type: 'physical',
							name: 'Canal Street hall',
							transportation: 'Bus 25 to Whitechapel.',
							addresses: [
								{
									id: uuidv7(),
									address_1: '12 Canal Street',
									city: 'London',
									postal_code: 'E1 6AA',
									country: 'gb',
									state_province: '',
									address_type: 'physical'
								}
							],
							accessibility: [
								{ id: uuidv7(), description: 'Step-free entrance.' },
								{ id: uuidv7(), description: 'Quiet room on request.' }
							]
						}
					}
				]
			}
		]
	};
}

describeEachDatabase('HSDS round trip', (database) => {
	const documents: [string, () => unknown][] = [
		...[
			'service_full.json',
			'service_list.json',
			'organization_full.json',
			'organization_list.json',
			'service_at_location_full.json',
			'service_at_location_list.json'
		].map((name): [string, () => unknown] => [name, () => withNewIds(example(name))]),
		['a document in Hearth’s own terms', hearthDocument]
	];

	for (const [name, make] of documents) {
		it(`imports and exports ${name} without losing what Hearth models`, async () => {
			const { db } = database();
			const centre = await newCentre(db, `Round trip ${name}`);
			const source = make();
			const counts = await applyImport(
				db,
				centre.id,
				ACTOR,
				await stageImport(db, centre.id, ACTOR, name, source)
			);
			expect(counts.invalid, name).toBe(0);
			const wanted = recordsIn(source);
			expect(counts.added).toBe(
				wanted.services.size + wanted.organizations.size + wanted.locations.size
			);

			await publish(db, centre.id, [...wanted.services.keys()]);
			const exported: Raw[] = [];
			for (const id of wanted.services.keys()) {
				const service = await exportService(db, id);
				expect(service, `${name}: service ${id} exported`).not.toBeNull();
				exported.push(service as unknown as Raw);
			}
			const got = recordsIn(exported);

			for (const [id, service] of wanted.services) {
				const back = got.services.get(id);
				expect(back, `${name}: service ${id}`).toBeDefined();
				expect(modelledService(back as Raw), `${name}: service ${id}`).toEqual(
					modelledService(service)
				);
			}

			const [organizations, locations] = await inCentre(db, centre.id, (trx) =>
				Promise.all([readOrganizations(trx, centre.id), readLocations(trx, centre.id)])
			);
			for (const [id, organization] of wanted.organizations) {
				const record = organizations.find((each) => each.id === id);
				expect(record, `${name}: organisation ${id}`).toBeDefined();
				const back = toHsdsOrganization(record!) as unknown as Raw;
				expect(modelledOrganization(back)).toEqual(modelledOrganization(organization));
				// Nested in an exported service, it is the same organisation.
				const nested = got.organizations.get(id);
				if (nested)
					expect(modelledOrganization(nested)).toEqual(modelledOrganization(organization));
			}
			for (const [id, location] of wanted.locations) {
				const record = locations.find((each) => each.id === id);
				expect(record, `${name}: location ${id}`).toBeDefined();
				const back = toHsdsLocation(record!) as unknown as Raw;
				expect(modelledLocation(back)).toEqual(modelledLocation(location));
				const nested = got.locations.get(id);
				if (nested) expect(modelledLocation(nested)).toEqual(modelledLocation(location));
			}

			// Hearth's export read back into the same centre is exactly what is there.
			const again = await previewImport(
				db,
				centre.id,
				parsedOrThrow([...exported, ...organizations.map((each) => toHsdsOrganization(each))])
			);
			expect(again.invalid).toEqual([]);
			expect([...again.added, ...again.updated]).toEqual([]);
		});
	}
});
