import { randomBytes } from 'node:crypto';
import { beforeAll, expect, it } from 'vitest';
import type { Kysely } from 'kysely';
import { describeEachDatabase } from '../../../../tests/support/database';
import { newCentre } from '../../../../tests/support/fixtures';
import type { Centre } from '../centres/centres.service';
import { actorAt, createPerson, type Actor } from '../identity/identity.service';
import type { Role } from '../identity/identity.tables';
import { seal } from '../platform/crypto';
import { ForbiddenError, NotFoundError } from '../platform/errors';
import { uuidv7 } from '../platform/ids';
import type { Database } from '../schema';
import {
	correctOneToOne,
	deleteOneToOne,
	listCentrePeople,
	organisingRecord,
	ownOrganisingRecord,
	recordOneToOne,
	recordStep,
	removeStep
} from './one-to-ones';
import { parseOneToOneForm, parseStepForm } from './one-to-ones.schemas';

// A key made for these tests only: what is sealed with it opens with nothing else.
const KEY = randomBytes(32);
const TODAY = '2026-03-12';
const CONVERSATION = {
	heldOn: '2026-03-10',
	issues: 'Unpaid nights at Brightway',
	interest: 'Wants to talk to others there',
	nextStep: "Come to Thursday's meeting"
};

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

async function rejection(promise: Promise<unknown>): Promise<unknown> {
	return promise.then(
		() => undefined,
		(reason: unknown) => reason
	);
}

function form(fields: Record<string, string>): FormData {
	const data = new FormData();
	for (const [name, value] of Object.entries(fields)) data.set(name, value);
	return data;
}

describeEachDatabase('one-to-ones and the path', (database) => {
	let centre: Centre;
	let elsewhere: Centre;
	let organiser: Actor;
	let otherOrganiser: Actor;
	let coordinator: Actor;
	let grace: Actor;
	let mihai: Actor;
	let outsider: Actor;

	beforeAll(async () => {
		const { db } = database();
		centre = await newCentre(db, 'Organising Centre');
		elsewhere = await newCentre(db, 'Another Centre');
		organiser = await person(db, centre, 'Lucía', ['member', 'adviser', 'organiser']);
		otherOrganiser = await person(db, centre, 'Bea', ['member', 'organiser']);
		coordinator = await person(db, centre, 'Chidi', ['member', 'coordinator']);
		grace = await person(db, centre, 'Grace', ['member']);
		mihai = await person(db, centre, 'Mihai', ['member']);
		outsider = await person(db, elsewhere, 'Farah', ['member', 'organiser']);
	});

	it('keeps what was said sealed on disk and shows it to the organiser, audited by count', async () => {
		const { db } = database();
		const id = await recordOneToOne(db, organiser, grace.accountId, CONVERSATION, KEY);
		const stored = await db
			.selectFrom('one_to_ones')
			.selectAll()
			.where('id', '=', id)
			.executeTakeFirstOrThrow();
		expect(stored.organiser_id).toBe(organiser.accountId);
		for (const [column, words] of [
			['issues_sealed', CONVERSATION.issues],
			['interest_sealed', CONVERSATION.interest],
			['next_step_sealed', CONVERSATION.nextStep]
		] as const) {
			expect(stored[column]).not.toBe(words);
			expect(stored[column]).not.toContain('Brightway');
		}

		const record = await organisingRecord(db, otherOrganiser, grace.accountId, KEY);
		expect(record.person.chosenName).toBe('Grace');
		expect(record.oneToOnes).toEqual([
			{ id, ...CONVERSATION, organiserName: 'Lucía', canChange: false }
		]);
		const reads = await db
			.selectFrom('audit_events')
			.select(['actor_id', 'detail'])
			.where('action', '=', 'organising.one_to_ones_read')
			.where('subject_id', '=', grace.accountId)
			.execute();
		expect(reads).toEqual([{ actor_id: otherOrganiser.accountId, detail: { oneToOnes: 1 } }]);
		const everything = JSON.stringify(
			await db.selectFrom('audit_events').select('detail').execute()
		);
		expect(everything).not.toContain('Brightway');
	});

	it('lets the member read every one-to-one about them without a staff read in the log', async () => {
		const { db } = database();
		const before = await db
			.selectFrom('audit_events')
			.select((eb) => eb.fn.countAll<number>().as('count'))
			.executeTakeFirstOrThrow();
		const own = await ownOrganisingRecord(db, grace, KEY);
		expect(own.oneToOnes.map((entry) => entry.issues)).toEqual([CONVERSATION.issues]);
		expect(own.oneToOnes[0]?.canChange).toBe(false);
		const after = await db
			.selectFrom('audit_events')
			.select((eb) => eb.fn.countAll<number>().as('count'))
			.executeTakeFirstOrThrow();
		expect(Number(after.count)).toBe(Number(before.count));
		expect((await ownOrganisingRecord(db, mihai, KEY)).oneToOnes).toEqual([]);
	});

	it('lists newest first, and only the writer or a coordinator corrects or deletes', async () => {
		const { db } = database();
		const older = await recordOneToOne(
			db,
			otherOrganiser,
			mihai.accountId,
			{ ...CONVERSATION, heldOn: '2026-01-05' },
			KEY
		);
		const newer = await recordOneToOne(
			db,
			otherOrganiser,
			mihai.accountId,
			{ ...CONVERSATION, heldOn: '2026-02-05' },
			KEY
		);
		const listed = await organisingRecord(db, otherOrganiser, mihai.accountId, KEY);
		expect(listed.oneToOnes.map((entry) => entry.id)).toEqual([newer, older]);
		expect(listed.oneToOnes.every((entry) => entry.canChange)).toBe(true);

		expect(
			await rejection(correctOneToOne(db, organiser, mihai.accountId, older, CONVERSATION, KEY))
		).toBeInstanceOf(ForbiddenError);
		expect(await rejection(deleteOneToOne(db, organiser, mihai.accountId, older))).toBeInstanceOf(
			ForbiddenError
		);
		// The id must belong to the member in the address.
		expect(await rejection(deleteOneToOne(db, coordinator, grace.accountId, older))).toBeInstanceOf(
			NotFoundError
		);

		await correctOneToOne(
			db,
			otherOrganiser,
			mihai.accountId,
			older,
			{ ...CONVERSATION, nextStep: 'Bring a payslip' },
			KEY
		);
		await deleteOneToOne(db, coordinator, mihai.accountId, newer);
		const after = await organisingRecord(db, coordinator, mihai.accountId, KEY);
		expect(after.oneToOnes.map((entry) => [entry.id, entry.nextStep])).toEqual([
			[older, 'Bring a payslip']
		]);
	});

	it('draws the path from recorded steps and from the centre’s records', async () => {
		const { db } = database();
		const empty = await organisingRecord(db, organiser, mihai.accountId, KEY);
		expect(empty.path.map((stop) => [stop.step, stop.recordedOn, stop.fromRecords])).toEqual([
			['came_for_help', null, null],
			['took_part', null, null],
			['spoke_up', null, null],
			['leads', null, null]
		]);

		const opened = new Date('2026-01-02T10:00:00Z');
		await db
			.insertInto('cases')
			.values({
				centre_id: centre.id,
				id: uuidv7(),
				member_id: mihai.accountId,
				kind: 'unpaid_wages',
				summary: seal('Nights not paid', KEY),
				opened_by: organiser.accountId,
				opened_at: opened
			})
			.execute();
		const actionId = uuidv7();
		const actionStart = new Date('2026-02-01T19:00:00Z');
		await db
			.insertInto('actions')
			.values({
				centre_id: centre.id,
				id: actionId,
				campaign_id: null,
				kind: 'meeting',
				locales: ['en'],
				texts: { en: { title: 'Thursday meeting', details: '' } },
				starts_at: actionStart,
				ends_at: new Date('2026-02-01T21:00:00Z'),
				place: 'Main hall',
				capacity: null,
				created_by: organiser.accountId
			})
			.execute();
		await db
			.insertInto('action_sign_ups')
			.values({
				centre_id: centre.id,
				action_id: actionId,
				account_id: mihai.accountId,
				attended: true
			})
			.execute();
		const campaignId = uuidv7();
		await db
			.insertInto('campaigns')
			.values({
				centre_id: centre.id,
				id: campaignId,
				locales: ['en'],
				texts: { en: { title: 'Pay nights', goal: '', story: '' } },
				target_kind: 'employer',
				target_name: 'Brightway',
				employer_id: null,
				started_on: '2026-01-10',
				created_by: organiser.accountId
			})
			.execute();
		await db
			.insertInto('campaign_leads')
			.values({ centre_id: centre.id, campaign_id: campaignId, account_id: mihai.accountId })
			.execute();
		await recordStep(db, organiser, mihai.accountId, { step: 'spoke_up', reachedOn: '2026-02-20' });

		const { path } = await ownOrganisingRecord(db, mihai, KEY);
		expect(path).toEqual([
			{ step: 'came_for_help', recordedOn: null, fromRecords: { since: opened } },
			{ step: 'took_part', recordedOn: null, fromRecords: { since: actionStart } },
			{ step: 'spoke_up', recordedOn: '2026-02-20', fromRecords: null },
			{ step: 'leads', recordedOn: null, fromRecords: { since: null } }
		]);

		// Recording a step again moves its day; removing it leaves what the records show.
		await recordStep(db, organiser, mihai.accountId, {
			step: 'took_part',
			reachedOn: '2026-02-02'
		});
		await removeStep(db, organiser, mihai.accountId, 'spoke_up');
		await recordStep(db, organiser, mihai.accountId, {
			step: 'took_part',
			reachedOn: '2026-02-03'
		});
		const again = await organisingRecord(db, organiser, mihai.accountId, KEY);
		expect(again.path.map((stop) => [stop.step, stop.recordedOn])).toEqual([
			['came_for_help', null],
			['took_part', '2026-02-03'],
			['spoke_up', null],
			['leads', null]
		]);
		expect(await rejection(removeStep(db, organiser, mihai.accountId, 'spoke_up'))).toBeInstanceOf(
			NotFoundError
		);
	});

	it('keeps one centre’s people and records from another centre’s organisers', async () => {
		const { db } = database();
		expect(await rejection(organisingRecord(db, outsider, grace.accountId, KEY))).toBeInstanceOf(
			NotFoundError
		);
		expect(
			await rejection(recordOneToOne(db, outsider, grace.accountId, CONVERSATION, KEY))
		).toBeInstanceOf(NotFoundError);
		const theirs = await listCentrePeople(db, outsider, { query: '', page: 1 });
		expect(theirs.people.map((entry) => entry.chosenName)).toEqual(['Farah']);
	});

	it('refuses members and advisers who are not organisers', async () => {
		const { db } = database();
		const adviser = await person(db, centre, 'Amira', ['member', 'adviser']);
		for (const actor of [grace, adviser]) {
			expect(
				await rejection(recordOneToOne(db, actor, mihai.accountId, CONVERSATION, KEY))
			).toBeInstanceOf(ForbiddenError);
			expect(await rejection(organisingRecord(db, actor, mihai.accountId, KEY))).toBeInstanceOf(
				ForbiddenError
			);
			expect(await rejection(listCentrePeople(db, actor, { query: '', page: 1 }))).toBeInstanceOf(
				ForbiddenError
			);
		}
	});

	it('finds people by chosen name, alphabetically', async () => {
		const { db } = database();
		const all = await listCentrePeople(db, organiser, { query: '', page: 1 });
		expect(all.people.map((entry) => entry.chosenName)).toEqual([
			'Amira',
			'Bea',
			'Chidi',
			'Grace',
			'Lucía',
			'Mihai'
		]);
		const found = await listCentrePeople(db, organiser, { query: 'gra', page: 1 });
		expect(found.people).toEqual([{ accountId: grace.accountId, chosenName: 'Grace' }]);
		expect((await listCentrePeople(db, organiser, { query: '100%', page: 1 })).total).toBe(0);
	});
});

it('answers bad input with messages, keeping what was typed', () => {
	const empty = parseOneToOneForm(form({ ...CONVERSATION, nextStep: '   ' }), TODAY);
	expect(empty.ok).toBe(false);
	if (!empty.ok) {
		expect(empty.errors).toEqual({ nextStep: 'oneToOnes.nextStepRequired' });
		expect(empty.values.issues).toBe(CONVERSATION.issues);
	}
	const future = parseOneToOneForm(form({ ...CONVERSATION, heldOn: '2026-03-13' }), TODAY);
	expect(future.ok ? {} : future.errors).toEqual({ heldOn: 'oneToOnes.dateFuture' });
	const nonsense = parseOneToOneForm(form({ ...CONVERSATION, heldOn: '2026-02-30' }), TODAY);
	expect(nonsense.ok ? {} : nonsense.errors).toEqual({ heldOn: 'oneToOnes.dateInvalid' });
	const long = parseOneToOneForm(form({ ...CONVERSATION, issues: 'x'.repeat(2001) }), TODAY);
	expect(long.ok ? {} : long.errors).toEqual({ issues: 'oneToOnes.noteTooLong' });
	expect(parseOneToOneForm(form({ ...CONVERSATION, heldOn: TODAY }), TODAY).ok).toBe(true);

	const step = parseStepForm(form({ step: 'score', reachedOn: '2099-01-01' }), TODAY);
	expect(step.ok ? {} : step.errors).toEqual({
		step: 'oneToOnes.stepRequired',
		reachedOn: 'oneToOnes.dateFuture'
	});
});
