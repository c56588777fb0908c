import { randomBytes } from 'node:crypto';
import { beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../../../../tests/support/database';
import { newCentre } from '../../../../tests/support/fixtures';
import { seedDemoPetitions } from '../demo/demo-petitions';
import { translator } from '../../i18n/translate';
import type { Centre } from '../centres/centres.service';
import { createPerson, type Actor } from '../identity/identity.service';
import type { Role } from '../identity/identity.tables';
import { open } from '../platform/crypto';
import { inCentre } from '../platform/database';
import { ForbiddenError, NotFoundError, RuleError } from '../platform/errors';
import {
	ADDRESS_DAILY_LIMIT,
	addPaperSignature,
	createPetition,
	duplicateKey,
	exportCsv,
	forgetPetitionAddresses,
	listPetitions,
	matchingForm,
	petitionExport,
	petitionForStaff,
	petitionLocale,
	publicPetition,
	setPetitionState,
	signPetition
} from './petitions';
import {
	parsePetitionForm,
	parseSignatureForm,
	readContact,
	type PetitionInput,
	type SignatureInput
} from './petitions.schemas';

// A key made for these tests only: what is sealed with it opens with nothing else.
const KEY = randomBytes(32);
const NOW = new Date('2026-11-22T15:00:00Z');
const t = translator('en');

function form(fields: Record<string, string>): FormData {
	const data = new FormData();
	for (const [name, value] of Object.entries(fields)) data.append(name, value);
	return data;
}

function signature(name: string, area: string, extra: Partial<SignatureInput> = {}) {
	return { name, area, show: false, contact: null, ...extra } satisfies SignatureInput;
}

const PETITION: PetitionInput = {
	locales: ['pt', 'en'],
	texts: {
		pt: { title: 'Pagamento das horas noturnas', body: 'Pedimos o pagamento das noites.' },
		en: { title: 'Pay for night hours', body: 'We ask for the nights to be paid.' }
	},
	target: 'Harbour Kitchens Ltd',
	campaignId: null
};

it('compares names and areas whatever their width, case and spacing', () => {
	expect(matchingForm('  Vila   NOVA ')).toBe('vila nova');
	// Full-width letters, as some phone keyboards type them, are the same letters.
	expect(matchingForm('Ｍａｒｉａ')).toBe('maria');
	const id = '01900000-0000-7000-8000-000000000001';
	expect(duplicateKey(KEY, id, 'Maria', 'Vila Nova')).toEqual(
		duplicateKey(KEY, id, ' maria ', 'VILA  nova')
	);
	expect(duplicateKey(KEY, id, 'Maria', 'Vila Nova')).not.toEqual(
		duplicateKey(KEY, id, 'Maria', 'Vila Velha')
	);
	expect(duplicateKey(randomBytes(32), id, 'Maria', 'Vila Nova')).not.toEqual(
		duplicateKey(KEY, id, 'Maria', 'Vila Nova')
	);
});

it('reads an email or a phone number, and nothing else, as a contact', () => {
	expect(readContact(' ana@example.org ')).toEqual({ kind: 'email', value: 'ana@example.org' });
	expect(readContact('+351 912 345 678')).toEqual({ kind: 'phone', value: '+351912345678' });
	expect(readContact('07700 900123')).toEqual({ kind: 'phone', value: '07700900123' });
	for (const bad of ['ana@', 'ana@example', 'call me', '123', '+44 7700 900123 ext 5 please']) {
		expect(readContact(bad), bad).toBeNull();
	}
});

it('reads the signing form, asking for a contact only with updates ticked', () => {
	const plain = parseSignatureForm(form({ name: ' Ana  Sousa ', area: 'Alfama' }));
	expect(plain.ok && plain.data).toEqual({
		name: 'Ana Sousa',
		area: 'Alfama',
		show: false,
		contact: null
	});
	// A contact typed and then the tick taken off is dropped.
	const untick = parseSignatureForm(
		form({ name: 'Ana', area: 'Alfama', show: 'yes', contact: 'ana@example.org' })
	);
	expect(untick.ok && untick.data).toMatchObject({ show: true, contact: null });
	const noContact = parseSignatureForm(form({ name: 'Ana', area: 'Alfama', updates: 'yes' }));
	expect(!noContact.ok && noContact.errors).toEqual({ contact: 'petitions.contactRequired' });
	const badContact = parseSignatureForm(
		form({ name: 'Ana', area: 'Alfama', updates: 'yes', contact: 'ana@' })
	);
	expect(!badContact.ok && badContact.errors).toEqual({ contact: 'petitions.contactInvalid' });
	expect(!badContact.ok && badContact.values.contact).toBe('ana@');
	const empty = parseSignatureForm(form({ name: ' ', area: '' }));
	expect(!empty.ok && empty.errors).toEqual({
		name: 'petitions.nameRequired',
		area: 'petitions.areaRequired'
	});
});

it('needs a title and a text in every language of a petition, and its target', () => {
	const options = { centreLocales: ['en', 'pt', 'ar'] as const, main: 'en' as const };
	const parsed = parsePetitionForm(
		{
			locales: ['pt', 'en'],
			'title-pt': 'Título',
			'body-pt': 'Texto',
			'title-en': 'Title',
			'body-en': '',
			target: '',
			campaignId: 'not-an-id'
		},
		{ ...options, centreLocales: [...options.centreLocales], campaignIds: [] }
	);
	expect(!parsed.ok && parsed.errors).toEqual({
		'body-en': 'petitions.bodyRequired',
		target: 'petitions.targetRequired',
		campaignId: 'petitions.campaignUnknown'
	});
	const good = parsePetitionForm(
		{
			locales: ['pt', 'en'],
			'title-pt': 'Título',
			'body-pt': 'Texto',
			'title-en': 'Title',
			'body-en': 'Text',
			target: 'The council'
		},
		{ ...options, centreLocales: [...options.centreLocales], campaignIds: [] }
	);
	// The centre's main language comes first.
	expect(good.ok && good.data.locales).toEqual(['en', 'pt']);
	expect(
		parsePetitionForm({ locales: 'fr' }, { ...options, centreLocales: ['en'], campaignIds: [] })
	).toMatchObject({ ok: false, errors: { locales: 'petitions.languageUnknown' } });
});

it('shows a petition in the language asked for, the reader’s, or its main one', () => {
	const petition = { locales: ['pt', 'en'] };
	expect(petitionLocale(petition, 'en', 'pt')).toBe('en');
	expect(petitionLocale(petition, 'ar', 'en')).toBe('en');
	expect(petitionLocale(petition, null, 'ar')).toBe('pt');
});

describeEachDatabase('petitions', (database) => {
	let centre: Centre;
	let organiser: Actor;
	let member: Actor;

	async function person(name: string, roles: Role[]): Promise<Actor> {
		const accountId = await createPerson(database().db, centre.id, {
			chosenName: name,
			passphraseHash: 'x',
			roles,
			languages: []
		});
		return { accountId, centreId: centre.id, roles };
	}

	const sign = (id: string, input: SignatureInput, address = '203.0.113.7', now = NOW) =>
		signPetition(database().db, centre, id, input, { key: KEY, now, address });

	beforeAll(async () => {
		centre = await newCentre(database().db, 'Petitions centre');
		organiser = await person('Organiser P', ['member', 'organiser']);
		member = await person('Member P', ['member']);
	});

	it('counts each signature once, in the same transaction as the signature', async () => {
		const { db } = database();
		const id = await createPetition(db, organiser, PETITION);
		expect(await sign(id, signature('Ana', 'Alfama'))).toEqual({ outcome: 'signed', count: 1 });
		expect(await sign(id, signature(' ANA ', 'alfama  '))).toEqual({
			outcome: 'already',
			count: 1
		});
		expect(await sign(id, signature('Ana', 'Graça'))).toEqual({ outcome: 'signed', count: 2 });
		expect((await publicPetition(db, centre, id)).count).toBe(2);
		const rows = await inCentre(db, centre.id, (trx) =>
			trx
				.selectFrom('petition_signatures')
				.select(['shown_name', 'shown_area', 'contact_sealed', 'signed_on'])
				.where('petition_id', '=', id)
				.execute()
		);
		// Nobody agreed to show their name, so no name is kept at all.
		expect(rows).toEqual([
			{ shown_name: null, shown_area: null, contact_sealed: null, signed_on: '2026-11-22' },
			{ shown_name: null, shown_area: null, contact_sealed: null, signed_on: '2026-11-22' }
		]);
	});

	it('keeps a contact sealed, and never puts it or an unshown name in the export', async () => {
		const { db } = database();
		const id = await createPetition(db, organiser, PETITION);
		await sign(id, signature('Quiet Signer', 'Mouraria'));
		await sign(
			id,
			signature('Bea', 'Graça', {
				show: true,
				contact: { kind: 'email', value: 'bea@example.org' }
			})
		);
		await sign(id, signature('Caio', 'Alfama', { show: true }));
		const [stored] = await inCentre(db, centre.id, (trx) =>
			trx
				.selectFrom('petition_signatures')
				.select('contact_sealed')
				.where('petition_id', '=', id)
				.where('contact_sealed', 'is not', null)
				.execute()
		);
		expect(stored?.contact_sealed).not.toContain('bea@example.org');
		expect(open(stored?.contact_sealed ?? '', KEY)).toBe('bea@example.org');

		const exported = await petitionExport(db, organiser, id, 'en');
		expect(exported).toMatchObject({
			title: 'Pay for night hours',
			target: 'Harbour Kitchens Ltd',
			total: 3,
			signers: [
				{ name: 'Bea', area: 'Graça' },
				{ name: 'Caio', area: 'Alfama' }
			]
		});
		const csv = exportCsv(exported, t);
		expect(csv).toBe(
			'Name,Area\r\nBea,Graça\r\nCaio,Alfama\r\n\r\n3 people signed; 2 agreed to show their name.\r\n'
		);
		expect(csv).not.toContain('bea@example.org');
		expect(csv).not.toContain('Quiet Signer');
		expect(await petitionForStaff(db, organiser, id, 'pt')).toMatchObject({
			count: 3,
			shown: 2,
			wantUpdates: 1
		});
		const audit = await db
			.selectFrom('audit_events')
			.select('detail')
			.where('action', '=', 'petitions.exported')
			.where('subject_id', '=', id)
			.executeTakeFirstOrThrow();
		expect(audit.detail).toEqual({ total: 3, shown: 2 });
	});

	it('keeps a name that would run as a spreadsheet formula as text', () => {
		const csv = exportCsv(
			{
				id: 'x',
				title: 'T',
				target: 'X',
				total: 1,
				signers: [{ name: '=HYPERLINK("x")', area: '+1' }]
			},
			t
		);
		expect(csv).toContain(`"'=HYPERLINK(""x"")",'+1`);
	});

	it('takes at most the daily number from one address, then again the next day', async () => {
		const { db } = database();
		const id = await createPetition(db, organiser, PETITION);
		for (let index = 0; index < ADDRESS_DAILY_LIMIT; index += 1) {
			await sign(id, signature(`Signer ${index}`, 'Belém'), '198.51.100.9');
		}
		await expect(sign(id, signature('One too many', 'Belém'), '198.51.100.9')).rejects.toEqual(
			new RuleError('petitions.addressLimit')
		);
		// Signing again with a name already counted still says so, whatever the address did.
		expect(await sign(id, signature('Signer 0', 'Belém'), '198.51.100.9')).toEqual({
			outcome: 'already',
			count: ADDRESS_DAILY_LIMIT
		});
		// Another address, and paper signatures typed in by staff, are not held back.
		expect((await sign(id, signature('Neighbour', 'Belém'), '198.51.100.10')).outcome).toBe(
			'signed'
		);
		expect(
			await addPaperSignature(db, organiser, centre, id, signature('Paper', 'Belém'), {
				key: KEY,
				now: NOW
			})
		).toEqual({ outcome: 'signed', count: ADDRESS_DAILY_LIMIT + 2 });

		const tomorrow = new Date(NOW.getTime() + 24 * 3600 * 1000);
		expect(await forgetPetitionAddresses(db, NOW)).toBe(0);
		expect(await forgetPetitionAddresses(db, tomorrow)).toBeGreaterThanOrEqual(2);
		const left = await db
			.selectFrom('petition_address_counts')
			.select('address_key')
			.where('petition_id', '=', id)
			.execute();
		expect(left).toEqual([]);
		expect(
			(await sign(id, signature('One too many', 'Belém'), '198.51.100.9', tomorrow)).outcome
		).toBe('signed');
	});

	it('counts every signature when many come at once, and never one twice', async () => {
		const { db } = database();
		const id = await createPetition(db, organiser, PETITION);
		const results = await Promise.all(
			Array.from({ length: 12 }, (_, index) =>
				sign(id, signature(`Crowd ${index % 4}`, 'Baixa'), `192.0.2.${index}`)
			)
		);
		expect(results.filter((result) => result.outcome === 'signed')).toHaveLength(4);
		expect((await publicPetition(db, centre, id)).count).toBe(4);
	});

	it('moves open → closed → delivered, and is signed only while open', async () => {
		const { db } = database();
		const id = await createPetition(db, organiser, PETITION);
		await setPetitionState(db, organiser, id, 'closed', NOW);
		await expect(sign(id, signature('Late', 'Alfama'))).rejects.toEqual(
			new RuleError('petitions.closed')
		);
		await setPetitionState(db, organiser, id, 'open', NOW);
		await sign(id, signature('On time', 'Alfama'));
		await setPetitionState(db, organiser, id, 'delivered', NOW);
		const read = await petitionForStaff(db, organiser, id, 'en');
		expect(read).toMatchObject({ state: 'delivered', count: 1, deliveredAt: NOW });
		await expect(setPetitionState(db, organiser, id, 'open', NOW)).rejects.toEqual(
			new RuleError('petitions.cannotMove')
		);
		await expect(sign(id, signature('After', 'Alfama'))).rejects.toEqual(
			new RuleError('petitions.closed')
		);
	});

	it('lists petitions a page at a time, titled in the reader’s language', async () => {
		const { db } = database();
		const list = await listPetitions(db, organiser, { page: 1, locale: 'pt' });
		expect(list.total).toBeGreaterThan(0);
		expect(list.petitions[0]?.title).toBe('Pagamento das horas noturnas');
		expect((await listPetitions(db, organiser, { page: 99, locale: 'en' })).page).toBe(list.pages);
	});

	it('lets only organisers and coordinators run petitions', async () => {
		const { db } = database();
		await expect(createPetition(db, member, PETITION)).rejects.toThrow(ForbiddenError);
		await expect(listPetitions(db, member, { page: 1, locale: 'en' })).rejects.toThrow(
			ForbiddenError
		);
		const id = await createPetition(db, organiser, PETITION);
		await expect(petitionExport(db, member, id, 'en')).rejects.toThrow(ForbiddenError);
		await expect(
			addPaperSignature(db, member, centre, id, signature('X', 'Y'), { key: KEY, now: NOW })
		).rejects.toThrow(ForbiddenError);
	});

	it('seeds a demo petition whose count matches its signatures', async () => {
		const { db } = database();
		const demo = await newCentre(db, 'Demo petitions centre');
		await inCentre(db, demo.id, (trx) => seedDemoPetitions(trx, demo, NOW));
		const coordinator: Actor = { ...organiser, centreId: demo.id };
		const [petition] = (await listPetitions(db, coordinator, { page: 1, locale: 'en' })).petitions;
		const exported = await petitionExport(db, coordinator, petition?.id ?? '', 'en');
		expect(exported.total).toBe(7);
		expect(exported.signers.map((signer) => signer.name)).toEqual([
			'Ana',
			'Bilal',
			'Dorota',
			'Florin'
		]);
	});

	it('keeps each centre’s petitions to itself', async () => {
		const { db } = database();
		const other = await newCentre(db, 'Other petitions centre');
		const id = await createPetition(db, organiser, PETITION);
		await sign(id, signature('Ours', 'Alfama', { show: true }));
		const stranger: Actor = { ...organiser, centreId: other.id };
		await expect(petitionForStaff(db, stranger, id, 'en')).rejects.toThrow(NotFoundError);
		await expect(petitionExport(db, stranger, id, 'en')).rejects.toThrow(NotFoundError);
		await expect(publicPetition(db, other, id)).rejects.toThrow(NotFoundError);
		await expect(
			signPetition(db, other, id, signature('Theirs', 'Alfama'), {
				key: KEY,
				now: NOW,
				address: '203.0.113.50'
			})
		).rejects.toThrow(NotFoundError);
		// Row-level security hides the rows even from a query that forgets to ask for the centre.
		const seen = await inCentre(db, other.id, (trx) =>
			trx.selectFrom('petition_signatures').select('id').execute()
		);
		expect(seen).toEqual([]);
		const petitions = await inCentre(db, other.id, (trx) =>
			trx.selectFrom('petitions').select('id').execute()
		);
		expect(petitions).toEqual([]);
	});
});
