import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { describeEachDatabase } from '../../../../tests/support/database';
import { newCentre } from '../../../../tests/support/fixtures';
import { en } from '../../i18n/messages/en';
import { inCentre } from '../platform/database';
import { ForbiddenError, NotFoundError, RuleError } from '../platform/errors';
import { uuidv7 } from '../platform/ids';
import { accessTerms, categoryCodes } from './categories';
import {
	applyImport,
	hsdsTime,
	parseHsdsDocument,
	previewImport,
	pruneStagedImports,
	readHsdsFile,
	readStagedImport,
	stageImport,
	type ParsedDocument,
	type Problem
} from './hsds-import';
import { readLocations, readOrganizations, readService, writeService } from './records';

const EXAMPLES = path.resolve(import.meta.dirname, '../../../../standards/hsds-3.0/examples');

function example(name: string): unknown {
	return JSON.parse(fs.readFileSync(path.join(EXAMPLES, name), 'utf8'));
}

function parsed(json: unknown): ParsedDocument {
	const result = parseHsdsDocument(json);
	if (!result.ok) throw new Error(`Not parsed: ${result.error}`);
	return result.value;
}

/** The same document with every identifier replaced, consistently, by a new one. */
function withNewIds(json: unknown): unknown {
	const fresh = new Map<string, string>();
	const text = JSON.stringify(json).replace(
		/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g,
		(id) => fresh.get(id) ?? (fresh.set(id, uuidv7()).get(id) as string)
	);
	return JSON.parse(text);
}

const bytes = (text: string) => new TextEncoder().encode(text);

/** A small valid service; `extra` changes or adds fields. */
function service(extra: Record<string, unknown> = {}): Record<string, unknown> {
	return {
		id: uuidv7(),
		name: 'Night drop-in',
		status: 'active',
		description: 'Tea and a place to rest.',
		...extra
	};
}

function problemKeys(document: ParsedDocument, index = 0): string[] {
	return (document.invalid[index]?.problems ?? []).map((problem: Problem) => problem.key);
}

describe('reading an HSDS file', () => {
	it('reads UTF-8 JSON, with or without a byte order mark', () => {
		expect(readHsdsFile(bytes('\uFEFF{"a": 1}'))).toEqual({ ok: true, value: { a: 1 } });
	});

	it('refuses a file over 1 MB, one that is not JSON, and one that is not UTF-8', () => {
		const big = `[${'"x",'.repeat(300_000)}"x"]`;
		expect(readHsdsFile(bytes(big))).toEqual({ ok: false, error: 'import.fileTooLarge' });
		expect(readHsdsFile(bytes('{"name": "cut off'))).toEqual({
			ok: false,
			error: 'import.fileNotJson'
		});
		expect(readHsdsFile(new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]))).toEqual({
			ok: false,
			error: 'import.fileNotJson'
		});
		expect(readHsdsFile(bytes(''))).toEqual({ ok: false, error: 'import.fileNotJson' });
	});

	it('refuses nesting far deeper than HSDS, without exhausting the stack', () => {
		const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
		expect(readHsdsFile(bytes(deep))).toEqual({ ok: false, error: 'import.fileNotHsds' });
	});

	it('makes text PostgreSQL refuses storable, and still reports it as hidden characters', () => {
		const read = readHsdsFile(
			bytes(JSON.stringify(service({ name: 'Null\u0000name', description: 'half \uD800' })))
		);
		if (!read.ok) throw new Error(read.error);
		const value = read.value as Record<string, string>;
		expect(value.name).toBe('Null\u0001name');
		expect(value.description).toBe('half \uFFFD');
		expect(problemKeys(parsed(value))).toContain('import.problemHiddenCharacters');
	});
});

describe('recognising HSDS documents', () => {
	it('reads each official example that holds services or organisations', () => {
		const counts = (name: string) => {
			const document = parsed(example(name));
			expect(document.invalid, name).toEqual([]);
			return [document.services.length, document.organizations.length, document.locations.length];
		};
		expect(counts('service_full.json')).toEqual([1, 1, 1]);
		expect(counts('service_list.json')).toEqual([1, 1, 0]);
		expect(counts('organization_full.json')).toEqual([1, 1, 1]);
		expect(counts('organization_list.json')).toEqual([0, 1, 0]);
		expect(counts('service_at_location_full.json')).toEqual([1, 1, 1]);
		expect(counts('service_at_location_list.json')).toEqual([1, 1, 1]);
	});

	it('reads a bare array of services and a page of them alike', () => {
		const list = [service(), service({ name: 'Legal clinic' })];
		expect(parsed(list).services.map((each) => each.fields.name)).toEqual([
			'Night drop-in',
			'Legal clinic'
		]);
		expect(parsed({ total_items: 2, contents: list }).services).toHaveLength(2);
	});

	it('says plainly when a file is not HSDS, is empty, or is too big', () => {
		expect(parseHsdsDocument(example('taxonomy.json'))).toEqual({
			ok: false,
			error: 'import.fileNotHsds'
		});
		expect(parseHsdsDocument(example('taxonomy_term_list.json'))).toEqual({
			ok: false,
			error: 'import.fileNotHsds'
		});
		expect(parseHsdsDocument('a service')).toEqual({ ok: false, error: 'import.fileNotHsds' });
		expect(parseHsdsDocument({ contents: [] })).toEqual({ ok: false, error: 'import.fileEmpty' });
		const many = Array.from({ length: 1001 }, () => service());
		expect(parseHsdsDocument(many)).toEqual({ ok: false, error: 'import.fileTooMany' });
		expect(parseHsdsDocument(many.slice(0, 1000)).ok).toBe(true);
	});

	it('keeps the fields Hearth models from the full service example', () => {
		const document = parsed(example('service_full.json'));
		const [first] = document.services;
		if (!first) throw new Error('No service');
		const { fields } = first;
		expect(fields).toMatchObject({
			id: 'ac148810-d857-441c-9679-408f346de14b',
			organizationId: 'd9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610',
			name: 'Community Counselling',
			status: 'active',
			url: 'http://example.com/counselling',
			email: 'email@example.com',
			phone: '"+44 1234 234567"',
			cost: 'fee',
			languages: ['ur'],
			interpretationNotes: 'Interpretation services are available in Urdu, Polish, and Slovak',
			isPublic: false,
			categories: [],
			locations: [
				{
					id: 'e94c9f38-1e8f-4564-91d4-d53501ab1765',
					locationId: '3a19ff88-4620-4d17-9830-ac1d859eb5d5'
				}
			]
		});
		expect(fields.description.endsWith('circumstances.')).toBe(true);
		expect(fields.documents).toEqual([
			{
				id: 'f6ad7e69-b9c8-42ce-92db-92cedb4c05c0',
				document: expect.stringMatching(/^Any official/)
			}
		]);
		expect(fields.weekly.map(({ weekday, opens, closes }) => [weekday, opens, closes])).toEqual([
			[4, '10:00', '18:00'],
			[5, '10:00', '18:00']
		]);
		expect(first.leftOut).toEqual(
			expect.arrayContaining([
				'alternate_name',
				'accreditations',
				'minimum_age',
				'service_areas',
				'funding',
				'contacts',
				'metadata',
				'phones[0].extension',
				'cost_options[0].option',
				'cost_options[0].amount',
				'cost_options[0].currency',
				'languages[].note',
				'schedules[].byweekno',
				'schedules[].notes',
				'service_at_locations[].contacts',
				'attributes[]'
			])
		);
		expect(first.leftOut).not.toContain('name');
		expect(first.leftOut).not.toContain('last_modified');

		const [organization] = document.organizations;
		expect(organization?.fields).toEqual({
			id: 'd9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610',
			name: 'Example Organization Inc.',
			description:
				'Example Org is a non-profit organization dedicated to providing services to qualified beneficiaries',
			email: 'email@example.com',
			website: 'http://example.com',
			phone: '"+44 1234 234567"'
		});
		expect(organization?.leftOut).toEqual(
			expect.arrayContaining(['alternate_name', 'legal_status', 'programs', 'funding'])
		);
		const [location] = document.locations;
		expect(location?.fields).toMatchObject({
			id: '3a19ff88-4620-4d17-9830-ac1d859eb5d5',
			organizationId: 'd9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610',
			name: 'MyCity Civic Center',
			address1: '1-30 Main Street',
			city: 'MyCity',
			postalCode: 'ABC 1234',
			country: 'US',
			accessibility: expect.stringMatching(/^The building is equipped/)
		});
		expect(location?.leftOut).toEqual(
			expect.arrayContaining(['latitude', 'addresses[0].state_province', 'accessibility[].details'])
		);
	});

	it('reads weekly schedules, overnight ones too, and reports the others as left out', () => {
		const scheduleId = uuidv7();
		const [night] = parsed([
			service({
				schedules: [
					{ id: scheduleId, freq: 'WEEKLY', byday: 'FR', opens_at: '22:00', closes_at: '06:00' },
					{
						id: uuidv7(),
						freq: 'weekly',
						byday: 'MO, TU',
						opens_at: '09:00:00Z',
						closes_at: '24:00'
					},
					{ id: uuidv7(), freq: 'MONTHLY', byday: '1MO', opens_at: '10:00', closes_at: '12:00' },
					{
						id: uuidv7(),
						freq: 'WEEKLY',
						interval: 2,
						byday: 'WE',
						opens_at: '10:00',
						closes_at: '12:00'
					}
				]
			})
		]).services;
		expect(night?.fields.weekly).toEqual([
			{ id: expect.any(String), weekday: 1, opens: '09:00', closes: '00:00' },
			{ id: expect.any(String), weekday: 2, opens: '09:00', closes: '00:00' },
			{ id: scheduleId, weekday: 5, opens: '22:00', closes: '06:00' }
		]);
		expect(night?.leftOut).toEqual(expect.arrayContaining(['schedules[2]', 'schedules[3]']));
		expect(hsdsTime('9:05')).toBe('09:05');
		expect(hsdsTime('09:30+01:00')).toBe('09:30');
		expect(hsdsTime('25:00')).toBeNull();
		expect(hsdsTime('10am')).toBeNull();
	});

	it('turns cost options and fees into Hearth’s cost', () => {
		const cost = (extra: Record<string, unknown>) =>
			parsed([service(extra)]).services[0]?.fields.cost;
		expect(cost({ cost_options: [{ id: uuidv7(), option: 'Free', amount: 0 }] })).toBe('free');
		expect(cost({ cost_options: [{ id: uuidv7(), option: 'LOW COST' }] })).toBe('low_cost');
		expect(cost({ cost_options: [{ id: uuidv7(), option: 'fee' }] })).toBe('fee');
		expect(cost({ cost_options: [{ id: uuidv7(), option: 'Students', amount: 0 }] })).toBe('free');
		expect(cost({ cost_options: [{ id: uuidv7(), option: 'Adults', amount: 5 }] })).toBe('fee');
		expect(cost({})).toBe('free');
		expect(cost({ fees_description: 'Free for everyone' })).toBe('free');
		expect(cost({ fees_description: '£5 a session' })).toBe('fee');
	});

	it('reads Hearth’s categories and access facts from attributes, by term id or by code', () => {
		const [first] = parsed([
			service({
				attributes: [
					{ id: uuidv7(), taxonomy_term_id: '0196a3c0-0000-7000-8000-000000000008' },
					{
						id: uuidv7(),
						taxonomy_term: {
							id: uuidv7(),
							code: 'legal',
							name: 'Legal help',
							taxonomy: 'Hearth needs'
						}
					},
					{ id: uuidv7(), taxonomy_term_id: accessTerms['no-id-asked'].id },
					{
						id: uuidv7(),
						taxonomy_term: {
							id: uuidv7(),
							code: 'walk-in',
							taxonomy_detail: { id: '0196a3c0-0000-7000-8000-000000000100' }
						}
					},
					{ id: uuidv7(), taxonomy_term: { id: uuidv7(), code: 'health', taxonomy: 'Other' } }
				]
			})
		]).services;
		expect(first?.fields).toMatchObject({
			categories: ['legal', 'housing'],
			noIdAsked: true,
			walkIn: true,
			interpretationAvailable: false
		});
		expect(first?.hasHearthAttributes).toBe(true);
		expect(first?.leftOut).toContain('attributes[]');
	});

	it('answers each invalid record with its problems in plain words, and keeps the valid', () => {
		const document = parsed([
			service({ name: '' }),
			service({ id: 'service-1' }),
			service({ status: 'open' }),
			service({ email: 'not an address', url: 'javascript:alert(1)' }),
			service({ name: 'Right\u202Eleft' }),
			service({ description: 'x'.repeat(2001) }),
			service({
				schedules: [
					{ id: uuidv7(), freq: 'WEEKLY', byday: 'MO,XX', opens_at: '25:00', closes_at: '10:00' },
					{ id: uuidv7(), freq: 'WEEKLY', byday: 'TU', opens_at: '10:00' }
				]
			}),
			service({ languages: [{ id: uuidv7(), code: 'not a code' }] }),
			'a string',
			service({ phones: 'none' }),
			service({ required_documents: [{ id: 'doc-1', document: 'Passport' }] }),
			service({
				schedules: [
					{
						id: uuidv7(),
						freq: 'WEEKLY',
						byday: 'FR',
						opens_at: '22:00',
						closes_at: '06:00',
						valid_from: '2026-06-01',
						valid_to: '2026-01-31'
					}
				]
			}),
			service({ name: 'Fine' })
		]);
		expect(document.services.map((each) => each.fields.name)).toEqual(['Fine']);
		const byIndex = new Map(
			document.invalid.map((each) => [each.index, each.problems.map((problem) => problem.key)])
		);
		expect(byIndex.get(0)).toEqual(['import.problemNoName']);
		expect(byIndex.get(1)).toEqual(['import.problemIdNotUuid']);
		expect(byIndex.get(2)).toEqual(['import.problemStatus']);
		expect(byIndex.get(3)).toEqual(['import.problemWebAddress', 'import.problemEmail']);
		expect(byIndex.get(4)).toEqual(['import.problemHiddenCharacters']);
		expect(byIndex.get(5)).toEqual(['import.problemTooLong']);
		expect(byIndex.get(6)).toEqual([
			'import.problemDay',
			'import.problemTime',
			'import.problemTimeMissing'
		]);
		expect(byIndex.get(7)).toEqual(['import.problemLanguage']);
		expect(byIndex.get(8)).toEqual(['import.problemNotRecord']);
		expect(byIndex.get(9)).toEqual(['import.problemNotList']);
		expect(byIndex.get(10)).toEqual(['import.problemChildIdNotUuid']);
		expect(byIndex.get(11)).toEqual(['import.problemEndsBeforeStart']);
		expect(document.invalid.find((each) => each.index === 11)?.problems[0]?.params).toEqual({
			field: 'schedules[0]'
		});
		const times = document.invalid.find((each) => each.index === 6);
		expect(times?.problems[1]).toEqual({
			key: 'import.problemTime',
			params: { field: 'schedules[0].opens_at', value: '25:00' }
		});
		expect(document.invalid.find((each) => each.index === 1)).toMatchObject({
			kind: 'service',
			id: 'service-1',
			name: 'Night drop-in'
		});
		// Every problem is a message in the catalogue.
		for (const each of document.invalid) {
			for (const problem of each.problems) expect(en).toHaveProperty([problem.key]);
		}
	});

	it('refuses a service twice in one file, and an id used by two services’ rows', () => {
		const id = uuidv7();
		const documentId = uuidv7();
		const document = parsed([
			service({ id }),
			service({ id }),
			service({ required_documents: [{ id: documentId, document: 'Passport' }] }),
			service({ required_documents: [{ id: documentId, document: 'Payslip' }] })
		]);
		expect(document.services).toHaveLength(2);
		expect(document.invalid.map((each) => [each.index, each.problems[0]?.key])).toEqual([
			[1, 'import.problemDuplicate'],
			[3, 'import.problemIdUsedTwice']
		]);
	});

	it('reads an organisation once however often it appears, and reports one that is invalid', () => {
		const organization = { id: uuidv7(), name: 'Law Centre', description: '' };
		const broken = { id: uuidv7(), name: '', description: '' };
		const document = parsed([
			service({ organization }),
			service({ organization }),
			service({ organization: broken })
		]);
		expect(document.organizations.map((each) => each.fields.name)).toEqual(['Law Centre']);
		expect(document.invalid).toMatchObject([
			{ kind: 'organization', id: broken.id, problems: [{ key: 'import.problemNoName' }] }
		]);
		expect(document.services.map((each) => each.fields.organizationId)).toEqual([
			organization.id,
			organization.id,
			null
		]);
		expect(document.services[2]?.leftOut).toContain('organization');
	});

	it('uses the term ids migration 0005 gives the categories', () => {
		const [first] = parsed([
			service({
				attributes: categoryCodes.map((code, index) => ({
					id: uuidv7(),
					taxonomy_term_id: `0196a3c0-0000-7000-8000-${(index + 1).toString(16).padStart(12, '0')}`
				}))
			})
		]).services;
		expect(first?.fields.categories).toEqual([...categoryCodes]);
	});
});

describeEachDatabase('importing HSDS', (database) => {
	const actor = '00000000-0000-7000-8000-0000000000a1';
	const other = '00000000-0000-7000-8000-0000000000a2';

	async function stage(centreId: string, json: unknown, by = actor): Promise<string> {
		return stageImport(database().db, centreId, by, 'directory.json', json);
	}

	async function preview(centreId: string, json: unknown) {
		return previewImport(database().db, centreId, parsed(json));
	}

	it('checks that the category term ids are the ones in the database', async () => {
		const { db } = database();
		const terms = await db
			.selectFrom('taxonomy_terms')
			.select(['id', 'code'])
			.orderBy('position')
			.execute();
		expect(terms.map((term) => term.code)).toEqual([...categoryCodes]);
		expect(terms.map((term) => term.id)).toEqual(
			categoryCodes.map(
				(_, index) => `0196a3c0-0000-7000-8000-${(index + 1).toString(16).padStart(12, '0')}`
			)
		);
	});

	it('adds the full example, and importing it again changes nothing', async () => {
		const { db } = database();
		const centre = await newCentre(db, 'Import Centre');
		const json = example('service_full.json');
		const first = await preview(centre.id, json);
		expect(first.added.map((each) => each.kind)).toEqual(['service', 'organization', 'location']);
		expect(first.invalid).toEqual([]);

		const counts = await applyImport(db, centre.id, actor, await stage(centre.id, json));
		expect(counts).toEqual({ added: 3, updated: 0, unchanged: 0, invalid: 0 });
		const saved = await inCentre(db, centre.id, (trx) =>
			readService(trx, centre.id, 'ac148810-d857-441c-9679-408f346de14b')
		);
		expect(saved).toMatchObject({
			name: 'Community Counselling',
			organizationId: 'd9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610',
			locations: [{ locationId: '3a19ff88-4620-4d17-9830-ac1d859eb5d5' }],
			isPublic: false
		});
		const searchText = await db
			.selectFrom('services')
			.select('search_text')
			.where('id', '=', 'ac148810-d857-441c-9679-408f346de14b')
			.executeTakeFirstOrThrow();
		expect(searchText.search_text).toContain('counselling');

		const again = await preview(centre.id, json);
		expect(again.added).toEqual([]);
		expect(again.updated).toEqual([]);
		expect(again.unchanged).toHaveLength(3);
		const stamps = async () =>
			Promise.all([
				db.selectFrom('services').select('updated_at').where('centre_id', '=', centre.id).execute(),
				db
					.selectFrom('organizations')
					.select('updated_at')
					.where('centre_id', '=', centre.id)
					.execute(),
				db.selectFrom('locations').select('updated_at').where('centre_id', '=', centre.id).execute()
			]);
		const before = await stamps();
		const second = await applyImport(db, centre.id, actor, await stage(centre.id, json));
		expect(second).toEqual({ added: 0, updated: 0, unchanged: 3, invalid: 0 });
		expect(await stamps()).toEqual(before);
	});

	it('updates what changed, names the fields, and keeps what only Hearth has', async () => {
		const { db } = database();
		const centre = await newCentre(db, 'Update Centre');
		const id = uuidv7();
		const original = service({
			id,
			schedules: [
				{ id: uuidv7(), freq: 'WEEKLY', byday: 'MO', opens_at: '10:00', closes_at: '12:00' }
			]
		});
		await applyImport(db, centre.id, actor, await stage(centre.id, [original]));
		// The coordinator publishes it, adds a category and a Spanish name in Hearth.
		await inCentre(db, centre.id, async (trx) => {
			const saved = await readService(trx, centre.id, id);
			if (!saved) throw new Error('Not saved');
			await writeService(trx, centre.id, {
				...saved,
				isPublic: true,
				categories: ['food'],
				texts: [{ locale: 'es', name: 'Acogida nocturna', description: '' }]
			});
		});

		const changed = { ...original, description: 'Tea, toast and a place to rest.' };
		const shown = await preview(centre.id, [changed]);
		expect(shown.updated).toEqual([
			expect.objectContaining({ kind: 'service', id, changes: ['description'] })
		]);
		await applyImport(db, centre.id, actor, await stage(centre.id, [changed]));
		const saved = await inCentre(db, centre.id, (trx) => readService(trx, centre.id, id));
		expect(saved).toMatchObject({
			description: 'Tea, toast and a place to rest.',
			isPublic: true,
			categories: ['food'],
			texts: [{ locale: 'es', name: 'Acogida nocturna' }],
			weekly: [{ weekday: 1, opens: '10:00', closes: '12:00' }]
		});

		// A file that uses Hearth's taxonomy says what the categories are.
		const categorised = {
			...changed,
			attributes: [{ id: uuidv7(), taxonomy_term_id: '0196a3c0-0000-7000-8000-000000000002' }]
		};
		expect((await preview(centre.id, [categorised])).updated[0]?.changes).toEqual(['attributes']);
	});

	it('applies the valid records and not the invalid ones, and audits the counts', async () => {
		const { db } = database();
		const centre = await newCentre(db, 'Partial Centre');
		const good = service({ name: 'Food bank' });
		const importId = await stage(centre.id, [good, service({ name: '' }), service({ id: 'x' })]);
		const counts = await applyImport(db, centre.id, actor, importId);
		expect(counts).toEqual({ added: 1, updated: 0, unchanged: 0, invalid: 2 });
		const names = await db
			.selectFrom('services')
			.select('name')
			.where('centre_id', '=', centre.id)
			.execute();
		expect(names).toEqual([{ name: 'Food bank' }]);
		const audit = await db
			.selectFrom('audit_events')
			.select(['action', 'actor_id', 'subject_id', 'detail'])
			.where('centre_id', '=', centre.id)
			.where('action', '=', 'directory.imported')
			.execute();
		expect(audit).toEqual([
			{
				action: 'directory.imported',
				actor_id: actor,
				subject_id: importId,
				detail: { added: 1, updated: 0, unchanged: 0, invalid: 2 }
			}
		]);
	});

	it('refuses an import by someone else, one already applied, and one that does not exist', async () => {
		const { db } = database();
		const centre = await newCentre(db, 'Refusing Centre');
		const importId = await stage(centre.id, [service()]);
		await expect(applyImport(db, centre.id, other, importId)).rejects.toBeInstanceOf(
			ForbiddenError
		);
		await expect(readStagedImport(db, centre.id, other, importId)).rejects.toBeInstanceOf(
			ForbiddenError
		);
		await applyImport(db, centre.id, actor, importId);
		const applied = await readStagedImport(db, centre.id, actor, importId);
		expect(applied.appliedAt).toBeInstanceOf(Date);
		expect(applied.document).toEqual({});
		await expect(applyImport(db, centre.id, actor, importId)).rejects.toEqual(
			new RuleError('import.alreadyApplied')
		);
		await expect(applyImport(db, centre.id, actor, uuidv7())).rejects.toBeInstanceOf(NotFoundError);
		await expect(applyImport(db, centre.id, actor, 'nonsense')).rejects.toBeInstanceOf(
			NotFoundError
		);
		const elsewhere = await newCentre(db, 'Elsewhere');
		await expect(applyImport(db, elsewhere.id, actor, importId)).rejects.toBeInstanceOf(
			NotFoundError
		);
	});

	it('refuses identifiers another centre holds, and links nothing to them', async () => {
		const { db } = database();
		const first = await newCentre(db, 'First Centre');
		const second = await newCentre(db, 'Second Centre');
		const organization = { id: uuidv7(), name: 'Shared partner', description: '' };
		const taken = service({ organization });
		await applyImport(db, first.id, actor, await stage(first.id, [taken]));

		const mine = service({ name: 'Mine', organization_id: organization.id });
		const shown = await preview(second.id, [taken, mine]);
		expect(shown.invalid.map((each) => [each.kind, each.problems[0]?.key])).toEqual([
			['service', 'import.problemOtherCentre'],
			['organization', 'import.problemOtherCentre']
		]);
		expect(shown.added).toEqual([
			expect.objectContaining({ name: 'Mine', leftOut: ['organization_id'] })
		]);
		const counts = await applyImport(db, second.id, actor, await stage(second.id, [taken, mine]));
		expect(counts).toEqual({ added: 1, updated: 0, unchanged: 0, invalid: 2 });
		const saved = await inCentre(db, second.id, (trx) =>
			readService(trx, second.id, mine.id as string)
		);
		expect(saved?.organizationId).toBeNull();
	});

	it('refuses a document id another service has, and gives weekly rows their own', async () => {
		const { db } = database();
		const centre = await newCentre(db, 'Ids Centre');
		const documentId = uuidv7();
		const scheduleId = uuidv7();
		const weekly = {
			id: scheduleId,
			freq: 'WEEKLY',
			byday: 'MO',
			opens_at: '09:00',
			closes_at: '17:00'
		};
		await applyImport(
			db,
			centre.id,
			actor,
			await stage(centre.id, [
				service({
					required_documents: [{ id: documentId, document: 'Payslip' }],
					schedules: [weekly]
				})
			])
		);
		const next = service({ name: 'Second', schedules: [weekly] });
		const clash = service({
			name: 'Third',
			required_documents: [{ id: documentId, document: 'Payslip' }]
		});
		const shown = await preview(centre.id, [next, clash]);
		expect(shown.invalid).toMatchObject([
			{ name: 'Third', problems: [{ key: 'import.problemIdTaken', params: { value: documentId } }] }
		]);
		await applyImport(db, centre.id, actor, await stage(centre.id, [next, clash]));
		const saved = await inCentre(db, centre.id, (trx) =>
			readService(trx, centre.id, next.id as string)
		);
		expect(saved?.weekly).toEqual([
			{ id: expect.not.stringMatching(scheduleId), weekday: 1, opens: '09:00', closes: '17:00' }
		]);
		expect((await preview(centre.id, [next])).unchanged).toHaveLength(1);
	});

	it('rolls everything back when the database refuses one record', async () => {
		const { db } = database();
		const centre = await newCentre(db, 'Rollback Centre');
		await sql`create function refuse_boom() returns trigger language plpgsql as $$
			begin
				if new.name = 'Boom' then raise exception 'refused'; end if;
				return new;
			end $$`.execute(db);
		await sql`create trigger refuse_boom before insert on services
			for each row execute function refuse_boom()`.execute(db);
		try {
			const organization = { id: uuidv7(), name: 'Partner', description: '' };
			const importId = await stage(centre.id, [
				service({ name: 'Fine', organization }),
				service({ name: 'Boom' })
			]);
			await expect(applyImport(db, centre.id, actor, importId)).rejects.toThrow('refused');
			expect(await inCentre(db, centre.id, (trx) => readOrganizations(trx, centre.id))).toEqual([]);
			const staged = await readStagedImport(db, centre.id, actor, importId);
			expect(staged.appliedAt).toBeNull();
		} finally {
			await sql`drop trigger refuse_boom on services`.execute(db);
			await sql`drop function refuse_boom()`.execute(db);
		}
	});

	it('imports an organisation with its services and locations', async () => {
		const { db } = database();
		const centre = await newCentre(db, 'Organisation Centre');
		const json = withNewIds(example('organization_full.json')) as { id: string };
		const counts = await applyImport(db, centre.id, actor, await stage(centre.id, json));
		expect(counts).toEqual({ added: 3, updated: 0, unchanged: 0, invalid: 0 });
		const [location] = await inCentre(db, centre.id, (trx) => readLocations(trx, centre.id));
		expect(location).toMatchObject({ name: 'MyCity Civic Center', organizationId: json.id });
	});

	it('forgets staged imports after a day', async () => {
		const { db } = database();
		const centre = await newCentre(db, 'Pruning Centre');
		const old = await stage(centre.id, [service()]);
		const fresh = await stage(centre.id, [service()]);
		await db
			.updateTable('directory_imports')
			.set({ created_at: new Date(Date.now() - 25 * 3_600_000) })
			.where('id', '=', old)
			.execute();
		expect(await pruneStagedImports(db)).toBeGreaterThanOrEqual(1);
		const left = await db
			.selectFrom('directory_imports')
			.select('id')
			.where('centre_id', '=', centre.id)
			.execute();
		expect(left).toEqual([{ id: fresh }]);
	});
});
