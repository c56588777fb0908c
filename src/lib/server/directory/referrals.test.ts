import { randomBytes } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Kysely } from 'kysely';
import { describeEachDatabase } from '../../../../tests/support/database';
import { newCentre } from '../../../../tests/support/fixtures';
import type { Centre } from '../centres/centres.service';
import { actorAt, createPerson, setRoles, type Actor } from '../identity/identity.service';
import type { Role } from '../identity/identity.tables';
import { verifyAuditChain } from '../platform/audit';
import { open } from '../platform/crypto';
import { ForbiddenError, NotFoundError, RuleError } from '../platform/errors';
import { uuidv7 } from '../platform/ids';
import type { Database } from '../schema';
import {
	canReadReferral,
	consentRecord,
	consentText,
	createReferral,
	listReferrals,
	prepareReferral,
	readReferral,
	recordOutcome,
	setReferralStatus,
	withdrawConsent,
	type ReferralRequest
} from './referrals';

// A key made for these tests only: what is sealed with it opens with nothing else.
const KEY = randomBytes(32);
const NOTE = 'My landlord kept my deposit and I need help getting it back.';
const CONTACT = '07700 900123, after 6 in the evening';

async function person(
	db: Kysely<Database>,
	centre: Centre,
	chosenName: string,
	roles: Role[]
): Promise<Actor> {
	const id = await createPerson(db, centre.id, {
		chosenName,
		passphraseHash: 'not used by these tests',
		roles,
		languages: []
	});
	const actor = await actorAt(db, id, centre.id);
	if (!actor) throw new Error('The person does not belong to the centre');
	return actor;
}

async function service(db: Kysely<Database>, centre: Centre, name: string): Promise<string> {
	const id = uuidv7();
	await db
		.insertInto('services')
		.values({ centre_id: centre.id, id, organization_id: null, name, description: '' })
		.execute();
	return id;
}

/** What the promise rejected with, or undefined if it resolved. */
async function rejection(promise: Promise<unknown>): Promise<unknown> {
	return promise.then(
		() => undefined,
		(reason: unknown) => reason
	);
}

async function ruleCode(promise: Promise<unknown>): Promise<string | undefined> {
	const error = await rejection(promise);
	return error instanceof RuleError ? error.code : undefined;
}

function rawReferral(db: Kysely<Database>, id: string) {
	return db.selectFrom('referrals').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
}

function auditOf(db: Kysely<Database>, subjectId: string) {
	return db
		.selectFrom('audit_events')
		.select(['action', 'actor_id', 'subject_id', 'centre_id', 'detail'])
		.where('subject_id', '=', subjectId)
		.orderBy('seq')
		.execute();
}

describeEachDatabase('referrals', (database) => {
	let centre: Centre;
	let elsewhere: Centre;
	let adviser: Actor;
	let otherAdviser: Actor;
	let coordinator: Actor;
	let member: Actor;
	let stranger: Actor;
	let outsider: Actor;
	let housing: string;

	const request = (extra: Partial<ReferralRequest> = {}): ReferralRequest => ({
		serviceId: housing,
		memberName: 'Dana Mihai',
		contact: CONTACT,
		note: NOTE,
		locale: 'en',
		...extra
	});

	beforeAll(async () => {
		const { db } = database();
		centre = await newCentre(db, 'Referring Centre');
		elsewhere = await newCentre(db, 'Another Centre');
		adviser = await person(db, centre, 'Amal', ['member', 'adviser']);
		otherAdviser = await person(db, centre, 'Bogdan', ['member', 'adviser']);
		coordinator = await person(db, centre, 'Chidi', ['member', 'coordinator']);
		member = await person(db, centre, 'Dana Mihai', ['member']);
		stranger = await person(db, centre, 'Eun-ji', ['member']);
		outsider = await person(db, elsewhere, 'Farah Elsewhere', ['member', 'adviser']);
		housing = await service(db, centre, 'Housing advice');
		await db
			.insertInto('service_texts')
			.values({ centre_id: centre.id, service_id: housing, locale: 'es', name: 'Vivienda' })
			.execute();
	});

	describe('consent', () => {
		it('shows the words in the language the member reads, naming what is shared', async () => {
			const { db } = database();
			const preview = await prepareReferral(db, adviser, request({ memberName: '  dana  MIHAI ' }));
			expect(preview.memberId).toBe(member.accountId);
			expect(preview.memberName).toBe('Dana Mihai');
			expect(preview.serviceName).toBe('Housing advice');
			expect(preview.consent.words).toEqual(
				consentText('en', {
					centre: 'Referring Centre',
					service: 'Housing advice',
					member: 'Dana Mihai',
					hasContact: true,
					hasNote: true
				}).words
			);
			expect(preview.consent.words.join(' ')).toContain('Referring Centre');
			expect(preview.consent.words.join(' ')).toContain('“Housing advice”');

			const spanish = await prepareReferral(db, adviser, request({ locale: 'es', contact: '' }));
			expect(spanish.serviceName).toBe('Vivienda');
			expect(spanish.consent.agree).toBe('Estoy de acuerdo');
			expect(spanish.consent.words).toHaveLength(4);
			const arabic = await prepareReferral(db, adviser, request({ locale: 'ar' }));
			expect(arabic.consent.dir).toBe('rtl');
		});

		it('stores nothing before the member agrees', async () => {
			const { db } = database();
			const before = await db.selectFrom('referrals').select('id').execute();
			await prepareReferral(db, adviser, request());
			expect(
				await ruleCode(createReferral(db, adviser, { ...request(), consent: false }, KEY))
			).toBe('consentRequired');
			expect(await db.selectFrom('referrals').select('id').execute()).toEqual(before);
		});

		it('keeps the exact words agreed to and their language, and seals what is shared', async () => {
			const { db } = database();
			const id = await createReferral(
				db,
				adviser,
				{ ...request({ locale: 'ro' }), consent: true },
				KEY
			);
			const row = await rawReferral(db, id);
			const shown = consentText('ro', {
				centre: 'Referring Centre',
				service: 'Housing advice',
				member: 'Dana Mihai',
				hasContact: true,
				hasNote: true
			});
			expect(row.consent_words).toBe(consentRecord(shown));
			expect(row.consent_words.endsWith('Sunt de acord')).toBe(true);
			expect(row.consent_locale).toBe('ro');
			expect(row.member_id).toBe(member.accountId);
			expect(row.made_by).toBe(adviser.accountId);
			expect(row.status).toBe('made');
			// At rest the note and the contact are not the text; the words agreed to never hold them.
			expect(row.shared_note).not.toBe(NOTE);
			expect(row.shared_note).toMatch(/^v1\./);
			expect(row.shared_note).not.toContain('deposit');
			expect(row.shared_contact).not.toContain('07700');
			expect(row.consent_words).not.toContain('deposit');
			expect(row.consent_words).not.toContain('07700');
			expect(open(row.shared_note as string, KEY)).toBe(NOTE);
			expect(open(row.shared_contact as string, KEY)).toBe(CONTACT);
			expect(row.outcome).toBeNull();
			const made = await auditOf(db, id);
			expect(made.map((event) => event.action)).toEqual(['directory.referral_made']);
			expect(made[0]?.actor_id).toBe(adviser.accountId);
		});

		it('stores nothing sealed when nothing optional is shared', async () => {
			const { db } = database();
			const id = await createReferral(
				db,
				adviser,
				{ ...request({ contact: '', note: '' }), consent: true },
				KEY
			);
			const row = await rawReferral(db, id);
			expect(row.shared_contact).toBeNull();
			expect(row.shared_note).toBeNull();
			expect(row.consent_words.split('\n')).toHaveLength(4);
		});
	});

	describe('who may refer whom', () => {
		it('finds the member by name only at this centre, and says the same for a name elsewhere', async () => {
			const { db } = database();
			expect(await ruleCode(prepareReferral(db, adviser, request({ memberName: 'Nobody' })))).toBe(
				'memberNotFound'
			);
			expect(
				await ruleCode(prepareReferral(db, adviser, request({ memberName: 'farah elsewhere' })))
			).toBe('memberNotFound');
		});

		it('lets only advisers refer someone else', async () => {
			const { db } = database();
			for (const actor of [coordinator, stranger]) {
				expect(await rejection(prepareReferral(db, actor, request()))).toBeInstanceOf(
					ForbiddenError
				);
				expect(
					await rejection(createReferral(db, actor, { ...request(), consent: true }, KEY))
				).toBeInstanceOf(ForbiddenError);
			}
		});

		it('refuses a service that is not this centre’s', async () => {
			const { db } = database();
			const theirs = await service(db, elsewhere, 'Their clinic');
			expect(
				await rejection(prepareReferral(db, adviser, request({ serviceId: theirs })))
			).toBeInstanceOf(NotFoundError);
			expect(
				await rejection(prepareReferral(db, adviser, request({ serviceId: uuidv7() })))
			).toBeInstanceOf(NotFoundError);
		});

		it('lets a member refer themselves', async () => {
			const { db } = database();
			const id = await createReferral(
				db,
				stranger,
				{ ...request({ memberName: null, locale: 'pl', contact: '' }), consent: true },
				KEY
			);
			const row = await rawReferral(db, id);
			expect(row.member_id).toBe(stranger.accountId);
			expect(row.made_by).toBe(stranger.accountId);
			expect(row.consent_locale).toBe('pl');
			expect(row.consent_words).toContain('Eun-ji');
			const mine = await readReferral(db, stranger, id, KEY);
			expect(mine.self).toBe(true);
			expect(mine.note).toBe(NOTE);
			expect(mine.may).toEqual({ setStatus: true, recordOutcome: true, withdraw: true });
			const lists = await listReferrals(db, stranger, KEY, 'en');
			expect(lists.own.map((referral) => referral.id)).toContain(id);
			expect(lists.made).toEqual([]);
		});
	});

	describe('reading', () => {
		let id: string;
		beforeAll(async () => {
			id = await createReferral(db(), adviser, { ...request(), consent: true }, KEY);
		});
		const db = () => database().db;

		it('opens what was shared for the member, and records the read without the words', async () => {
			const lists = await listReferrals(db(), member, KEY, 'es');
			const mine = lists.own.find((referral) => referral.id === id);
			expect(mine?.note).toBe(NOTE);
			expect(mine?.contact).toBe(CONTACT);
			expect(mine?.serviceName).toBe('Vivienda');
			expect(mine?.madeByName).toBe('Amal');
			expect(mine?.self).toBe(false);
			expect(mine?.readerIsMember).toBe(true);
			expect(lists.made).toEqual([]);
			const reads = (await auditOf(db(), id)).filter(
				(event) => event.action === 'directory.referral_read'
			);
			expect(reads).toHaveLength(1);
			expect(reads[0]).toMatchObject({ actor_id: member.accountId, centre_id: centre.id });
			expect(JSON.stringify(reads[0]?.detail)).not.toContain('deposit');
			expect(await verifyAuditChain(db())).toBeNull();
		});

		it('shows the adviser who made it their referrals, and opens one for them', async () => {
			const lists = await listReferrals(db(), adviser, KEY, 'en');
			const made = lists.made.find((referral) => referral.id === id);
			expect(made).toMatchObject({ memberName: 'Dana Mihai', serviceName: 'Housing advice' });
			expect(made).not.toHaveProperty('note');
			const opened = await readReferral(db(), adviser, id, KEY);
			expect(opened.note).toBe(NOTE);
			expect(opened.readerIsMember).toBe(false);
			expect(opened.may).toEqual({ setStatus: true, recordOutcome: true, withdraw: false });
			const reads = (await auditOf(db(), id)).filter(
				(event) =>
					event.action === 'directory.referral_read' && event.actor_id === adviser.accountId
			);
			expect(reads).toHaveLength(1);
		});

		it('is forbidden to everyone else, a coordinator included', async () => {
			for (const reader of [coordinator, otherAdviser, stranger]) {
				expect(await rejection(readReferral(db(), reader, id, KEY))).toBeInstanceOf(ForbiddenError);
				expect(await rejection(setReferralStatus(db(), reader, id, 'seen'))).toBeInstanceOf(
					ForbiddenError
				);
				expect(await rejection(recordOutcome(db(), reader, id, 'went well', KEY))).toBeInstanceOf(
					ForbiddenError
				);
				expect(await rejection(withdrawConsent(db(), reader, id))).toBeInstanceOf(ForbiddenError);
			}
			// From another centre the referral does not exist at all.
			expect(await rejection(readReferral(db(), outsider, id, KEY))).toBeInstanceOf(NotFoundError);
			expect(await rejection(readReferral(db(), member, uuidv7(), KEY))).toBeInstanceOf(
				NotFoundError
			);
			const row = await rawReferral(db(), id);
			expect(row.status).toBe('made');
			expect(row.outcome).toBeNull();
		});

		it('follows the rule in one place', () => {
			const referral = {
				centreId: centre.id,
				memberId: member.accountId,
				madeBy: adviser.accountId
			};
			expect(canReadReferral(member, referral)).toBe(true);
			expect(canReadReferral(adviser, referral)).toBe(true);
			expect(canReadReferral(coordinator, referral)).toBe(false);
			expect(canReadReferral(otherAdviser, referral)).toBe(false);
			expect(canReadReferral({ ...adviser, roles: ['member'] }, referral)).toBe(false);
			expect(canReadReferral({ ...member, centreId: elsewhere.id }, referral)).toBe(false);
		});

		it('stops an adviser reading once they are no longer an adviser', async () => {
			const { db: handle } = database();
			const former = await person(handle, centre, 'Gwen', ['member', 'adviser']);
			const theirs = await createReferral(handle, former, { ...request(), consent: true }, KEY);
			await setRoles(handle, coordinator, former.accountId, ['member']);
			const now = await actorAt(handle, former.accountId, centre.id);
			expect(await rejection(readReferral(handle, now as Actor, theirs, KEY))).toBeInstanceOf(
				ForbiddenError
			);
			const lists = await listReferrals(handle, now as Actor, KEY, 'en');
			expect(lists.made).toEqual([]);
		});
	});

	describe('status and outcome', () => {
		it('changes the status in any order, and records the outcome sealed', async () => {
			const { db } = database();
			const id = await createReferral(db, adviser, { ...request(), consent: true }, KEY);
			for (const status of ['seen', 'made', 'closed', 'contacted'] as const) {
				await setReferralStatus(db, adviser, id, status);
				expect((await rawReferral(db, id)).status).toBe(status);
			}
			await setReferralStatus(db, member, id, 'seen');
			expect((await rawReferral(db, id)).status).toBe('seen');
			expect(await ruleCode(setReferralStatus(db, adviser, id, 'went' as 'seen'))).toBe(
				'statusUnknown'
			);

			const words = 'They helped me write to the landlord. I got half of it back.';
			await recordOutcome(db, member, id, words, KEY);
			const row = await rawReferral(db, id);
			expect(row.outcome).not.toContain('landlord');
			expect(open(row.outcome as string, KEY)).toBe(words);
			expect((await readReferral(db, adviser, id, KEY)).outcome).toBe(words);
			await recordOutcome(db, adviser, id, '', KEY);
			expect((await rawReferral(db, id)).outcome).toBeNull();
			const actions = (await auditOf(db, id)).map((event) => event.action);
			expect(
				actions.filter((action) => action === 'directory.referral_status_changed')
			).toHaveLength(5);
			expect(
				actions.filter((action) => action === 'directory.referral_outcome_recorded')
			).toHaveLength(2);
		});
	});

	describe('withdrawing consent', () => {
		it('lets only the member withdraw, and erases what they shared', async () => {
			const { db } = database();
			const id = await createReferral(db, adviser, { ...request(), consent: true }, KEY);
			await setReferralStatus(db, adviser, id, 'contacted');
			expect(await rejection(withdrawConsent(db, adviser, id))).toBeInstanceOf(ForbiddenError);

			const done = await withdrawConsent(db, member, id);
			expect(done).toEqual({ erasedContact: true, erasedNote: true, alreadyWithdrawn: false });
			const row = await rawReferral(db, id);
			expect(row.shared_contact).toBeNull();
			expect(row.shared_note).toBeNull();
			expect(row.withdrawn_at).toBeInstanceOf(Date);
			expect(row.status).toBe('closed');
			expect(row.consent_words).not.toBe('');
			expect((await auditOf(db, id)).map((event) => event.action)).toContain(
				'directory.referral_withdrawn'
			);

			expect(await withdrawConsent(db, member, id)).toMatchObject({ alreadyWithdrawn: true });
			expect(await ruleCode(setReferralStatus(db, adviser, id, 'seen'))).toBe('withdrawn');
			expect(await ruleCode(setReferralStatus(db, member, id, 'seen'))).toBe('withdrawn');
			expect(await ruleCode(recordOutcome(db, adviser, id, 'noted', KEY))).toBe('withdrawn');
			// The outcome is the member's own words: they may still write it.
			await recordOutcome(db, member, id, 'I found help elsewhere.', KEY);
			const read = await readReferral(db, member, id, KEY);
			expect(read.note).toBeNull();
			expect(read.contact).toBeNull();
			expect(read.outcome).toBe('I found help elsewhere.');
			expect(read.may).toEqual({ setStatus: false, recordOutcome: true, withdraw: false });
		});

		it('says nothing was erased when nothing was shared', async () => {
			const { db } = database();
			const id = await createReferral(
				db,
				adviser,
				{ ...request({ contact: '', note: '' }), consent: true },
				KEY
			);
			expect(await withdrawConsent(db, member, id)).toEqual({
				erasedContact: false,
				erasedNote: false,
				alreadyWithdrawn: false
			});
		});
	});
});
