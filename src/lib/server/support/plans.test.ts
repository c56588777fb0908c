import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Kysely } from 'kysely';
import { describeEachDatabase } from '../../../../tests/support/database';
import { newCentre } from '../../../../tests/support/fixtures';
import { centreIsLate, commitmentField, linesIn, PART_MAX } from '../../plan-form';
import { translator } from '../../i18n/translate';
import { formats } from '../../i18n/format';
import type { Centre } from '../centres/centres.service';
import { actorAt, createPerson, type Actor } from '../identity/identity.service';
import type { Role } from '../identity/identity.tables';
import { verifyAuditChain } from '../platform/audit';
import { open } from '../platform/crypto';
import { inCentre } from '../platform/database';
import { ForbiddenError, NotFoundError, RuleError } from '../platform/errors';
import type { Database } from '../schema';
import { chooseAdviser } from './advisers';
import {
	canReadPlan,
	erasePlan,
	planAsText,
	planHistory,
	plansSharedWith,
	readPlan,
	readPlanVersion,
	savePlan,
	sharePlan,
	stopSharingPlan,
	VERSIONS_PAGE,
	type PlanAccess
} from './plans';
import {
	CENTRE_KINDS,
	parsePlanForm,
	planFormValues,
	planLanguages,
	type Commitment,
	type PlanInput
} from './plans.schemas';

// A key made for these tests only: what is sealed with it opens with nothing else.
const KEY = randomBytes(32);
const I_CAN = 'I drove a delivery scooter for four years and speak Tagalog and English.';
const NOW = new Date('2026-11-20T10:00:00Z');

function plan(extra: Partial<PlanInput> = {}): PlanInput {
	return {
		language: 'en',
		basedOn: 0,
		parts: {
			iCan: I_CAN,
			iAm: 'A mother of two, new to London.',
			iWill: 'Go to the English class on Tuesdays.',
			iWant: 'Work in a care home, days only.'
		},
		commitments: [
			{ side: 'member', text: 'Write down the jobs I have done', done: false },
			{
				side: 'centre',
				kind: 'course',
				text: 'A place on the care certificate course',
				due: '2026-12-01',
				done: false
			}
		],
		...extra
	};
}

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

async function ruleCode(promise: Promise<unknown>): Promise<string | undefined> {
	const error = await rejection(promise);
	return error instanceof RuleError ? error.code : undefined;
}

describe('who may read a plan', () => {
	const centreId = 'c1';
	const member: Actor = { accountId: 'm', centreId, roles: ['member'] };
	const adviser: Actor = { accountId: 'a', centreId, roles: ['member', 'adviser'] };
	const otherAdviser: Actor = { accountId: 'b', centreId, roles: ['member', 'adviser'] };
	const coordinator: Actor = { accountId: 'k', centreId, roles: ['member', 'coordinator'] };
	const otherMember: Actor = { accountId: 'n', centreId, roles: ['member'] };
	const elsewhereCoordinator: Actor = { accountId: 'z', centreId: 'c2', roles: ['coordinator'] };
	const sameAccountElsewhere: Actor = { accountId: 'a', centreId: 'c2', roles: ['adviser'] };
	const formerAdviser: Actor = { accountId: 'a', centreId, roles: ['member'] };

	const shared = (choiceLive: boolean): PlanAccess => ({
		centreId,
		memberId: 'm',
		sharedWith: { adviserId: 'a', choiceLive }
	});
	const unshared: PlanAccess = { centreId, memberId: 'm', sharedWith: null };

	it('lets the member and the adviser it is shared with read it, and nobody else', () => {
		const cases: [string, Actor, PlanAccess, boolean][] = [
			['the member, unshared', member, unshared, true],
			['the member, shared', member, shared(true), true],
			['the adviser it is shared with', adviser, shared(true), true],
			['the adviser, before it is shared', adviser, unshared, false],
			['the adviser, after the member changed adviser', adviser, shared(false), false],
			['another adviser of the centre', otherAdviser, shared(true), false],
			['a coordinator of the centre', coordinator, shared(true), false],
			['another member', otherMember, shared(true), false],
			['a coordinator of another centre', elsewhereCoordinator, shared(true), false],
			['the same adviser acting at another centre', sameAccountElsewhere, shared(true), false],
			['the adviser after losing the adviser role', formerAdviser, shared(true), false]
		];
		for (const [who, actor, access, expected] of cases) {
			expect(canReadPlan(actor, access), who).toBe(expected);
		}
	});

	it('only ever lets the centre be late, never the member', () => {
		const today = '2026-12-02';
		expect(centreIsLate({ side: 'centre', done: false, due: '2026-12-01' }, today)).toBe(true);
		expect(centreIsLate({ side: 'centre', done: false, due: today }, today)).toBe(false);
		expect(centreIsLate({ side: 'centre', done: true, due: '2026-12-01' }, today)).toBe(false);
		expect(centreIsLate({ side: 'centre', done: false, due: null }, today)).toBe(false);
		expect(centreIsLate({ side: 'member', done: false, due: '2020-01-01' }, today)).toBe(false);
	});
});

describe('the plan form', () => {
	const languages = planLanguages(['en', 'es']);

	it('gives back every word of a plan of a megabyte, and says which part is too long', () => {
		const huge = 'ñ'.repeat(1024 * 1024);
		const values = { ...planFormValues({ ...plan(), version: 3 }, 'en'), iWant: huge };
		const form = parsePlanForm(values, languages);
		expect(form.ok).toBe(false);
		if (form.ok) return;
		expect(form.errors).toEqual({ iWant: 'plan.partTooLong' });
		expect(form.values.iWant).toBe(huge);
		expect(form.values.iCan).toBe(I_CAN);
	});

	it('takes a part of exactly the limit, counted in characters not bytes', () => {
		const values = { ...planFormValues(null, 'ar'), iCan: 'ب'.repeat(PART_MAX) };
		const form = parsePlanForm(values, languages);
		expect(form.ok).toBe(true);
	});

	it('refuses a language not on the list, and keeps the text', () => {
		for (const language of ['xx', 'klingon', '', 'en-GB<script>']) {
			const values = { ...planFormValues({ ...plan(), version: 1 }, 'en'), language };
			const form = parsePlanForm(values, languages);
			expect(form.ok, language).toBe(false);
			if (form.ok) continue;
			expect(form.errors).toEqual({ language: 'plan.languageUnknown' });
			expect(form.values.iCan).toBe(I_CAN);
		}
		expect(parsePlanForm({ ...planFormValues(null, 'tl') }, languages).ok).toBe(true);
	});

	it('names the line at fault among the commitments', () => {
		const values = {
			...planFormValues({ ...plan(), version: 1 }, 'en'),
			[commitmentField('centre', 0, 'due')]: '2026-02-30',
			[commitmentField('centre', 0, 'kind')]: 'sanction',
			[commitmentField('member', 1, 'text')]: 'x'.repeat(501)
		};
		const form = parsePlanForm(values, languages);
		expect(form.ok).toBe(false);
		if (form.ok) return;
		expect(form.errors).toEqual({
			'member-1-text': 'plan.commitmentTooLong',
			'centre-0-kind': 'plan.kindUnknown',
			'centre-0-due': 'plan.dueInvalid'
		});
	});

	it('drops empty lines and hidden direction marks are refused', () => {
		const values = {
			...planFormValues(null, 'en'),
			'member-0-text': '',
			'member-1-text': '  Call the union  ',
			'centre-4-text': 'An introduction to the riders’ branch',
			'centre-4-kind': 'introduction'
		};
		const form = parsePlanForm(values, languages);
		expect(form.ok && form.data.commitments).toEqual([
			{ side: 'member', text: 'Call the union', done: false },
			{
				side: 'centre',
				kind: 'introduction',
				text: 'An introduction to the riders’ branch',
				due: null,
				done: false
			}
		]);
		const hidden = parsePlanForm({ ...values, iAm: 'safe\u202Eevil' }, languages);
		expect(!hidden.ok && hidden.errors.iAm).toBe('form.hiddenCharacters');
	});

	it('counts lines up to the last with words, so a form sent back grows by one empty line only', () => {
		const values = {
			...planFormValues({ ...plan(), version: 1 }, 'en'),
			'member-1-text': '   ',
			'member-1-done': 'notYet',
			'centre-3-due': '2026-12-01'
		};
		expect(linesIn(values)).toEqual({ member: 1, centre: 1 });
	});

	it('reads back what it was filled with, for any plan', () => {
		const words = fc
			.string({ minLength: 1, maxLength: 40 })
			.map((text) => text.replace(/[\u0000-\u001F\u007F\u202A-\u202E\u2066-\u2069]/g, '').trim())
			.filter((text) => text.length > 0);
		const commitment: fc.Arbitrary<Commitment> = fc.oneof(
			fc.record({ side: fc.constant('member' as const), text: words, done: fc.boolean() }),
			fc.record({
				side: fc.constant('centre' as const),
				kind: fc.constantFrom(...CENTRE_KINDS),
				text: words,
				due: fc.option(
					fc
						.date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true })
						.map((date) => date.toISOString().slice(0, 10)),
					{ nil: null }
				),
				done: fc.boolean()
			})
		);
		fc.assert(
			fc.property(
				fc.constantFrom(...languages),
				fc.array(commitment, { maxLength: 12 }),
				fc.nat(1000),
				(language, commitments, version) => {
					const saved = { ...plan({ language, commitments }), version };
					const form = parsePlanForm(planFormValues(saved, 'en'), languages);
					expect(form.ok).toBe(true);
					if (!form.ok) return;
					const bySide = (side: string) => commitments.filter((item) => item.side === side);
					expect(form.data.commitments).toEqual([...bySide('member'), ...bySide('centre')]);
					expect(form.data.language).toBe(language);
					expect(form.data.basedOn).toBe(version);
				}
			)
		);
	});
});

describeEachDatabase('plans', (database) => {
	let centre: Centre;
	let elsewhere: Centre;
	let grace: Actor;
	let amira: Actor;
	let tomasz: Actor;
	let coordinator: Actor;
	let mihai: Actor;
	let outsider: Actor;

	/** The member chooses an adviser through the advisers module, as its page does. */
	const choose = (member: Actor, adviser: Actor, at: Date) =>
		inCentre(database().db, member.centreId, (trx) =>
			chooseAdviser(trx, member, adviser.accountId, at)
		);

	beforeAll(async () => {
		const { db } = database();
		centre = await newCentre(db, 'Planning Centre');
		elsewhere = await newCentre(db, 'Another Centre');
		grace = await person(db, centre, 'Grace', ['member']);
		amira = await person(db, centre, 'Amira', ['member', 'adviser']);
		tomasz = await person(db, centre, 'Tomasz', ['member', 'adviser']);
		coordinator = await person(db, centre, 'Kofi', ['member', 'coordinator']);
		mihai = await person(db, centre, 'Mihai', ['member']);
		outsider = await person(db, elsewhere, 'Zora', ['member', 'coordinator', 'adviser']);
	});

	it('starts empty, kept by the member alone until shared', async () => {
		const { db } = database();
		const empty = await readPlan(db, grace, grace.accountId, KEY);
		expect(empty.latest).toBeNull();
		expect(empty.adviser).toBeNull();
		expect(empty.sharedWithAdviser).toBe(false);
		expect(await ruleCode(sharePlan(db, grace, NOW))).toBe('plan.noAdviser');
	});

	it('keeps every save as a version with its writer, sealed at rest', async () => {
		const { db } = database();
		expect(await savePlan(db, grace, grace.accountId, plan(), KEY, NOW)).toBe(1);
		const rows = await db
			.selectFrom('plan_versions')
			.selectAll()
			.where('member_id', '=', grace.accountId)
			.execute();
		expect(rows).toHaveLength(1);
		const row = rows[0]!;
		expect(row.written_by).toBe(grace.accountId);
		expect(row.language).toBe('en');
		// The database holds no word of the plan: only the sealed form.
		expect(row.body).toMatch(/^v1\./);
		for (const word of ['scooter', 'Tagalog', 'care certificate', 'jobs I have done']) {
			expect(row.body).not.toContain(word);
		}
		const { rows: anywhere } = await database().pool.query<{ n: string }>(
			`select count(*) as n from plan_versions v join plans p using (centre_id, member_id)
			 where v.body like '%scooter%' or p::text like '%scooter%'`
		);
		expect(Number(anywhere[0]?.n)).toBe(0);
		expect(JSON.parse(open(row.body, KEY)).parts.iCan).toBe(I_CAN);

		const mine = await readPlan(db, grace, grace.accountId, KEY);
		expect(mine.latest?.parts.iCan).toBe(I_CAN);
		expect(mine.latest?.writer).toMatchObject({ isReader: true, isMember: true, name: 'Grace' });
		expect(mine.latest?.commitments).toEqual(plan().commitments);
	});

	it('refuses everyone but the member while it is not shared, the same whether or not it exists', async () => {
		const { db } = database();
		await choose(grace, amira, new Date(NOW.getTime() + 1000));
		for (const [who, actor, member] of [
			['her chosen adviser, before she shares', amira, grace],
			['another adviser', tomasz, grace],
			['a coordinator of the centre', coordinator, grace],
			['another member', mihai, grace],
			['a coordinator of another centre', outsider, grace],
			['an adviser, for a member with no plan', amira, mihai]
		] as const) {
			expect(await rejection(readPlan(db, actor, member.accountId, KEY)), who).toBeInstanceOf(
				ForbiddenError
			);
			expect(await rejection(planHistory(db, actor, member.accountId, 1)), who).toBeInstanceOf(
				ForbiddenError
			);
			expect(
				await rejection(savePlan(db, actor, member.accountId, plan({ basedOn: 1 }), KEY, NOW)),
				who
			).toBeInstanceOf(ForbiddenError);
		}
		const view = await readPlan(db, grace, grace.accountId, KEY);
		expect(view.adviser).toEqual({ id: amira.accountId, name: 'Amira' });
		expect(view.sharedWithAdviser).toBe(false);
	});

	it('lets the adviser it is shared with read and write it, each read audited', async () => {
		const { db } = database();
		expect(await sharePlan(db, grace, NOW)).toEqual({ adviserName: 'Amira' });
		expect((await readPlan(db, grace, grace.accountId, KEY)).sharedWithAdviser).toBe(true);
		const shared = await plansSharedWith(db, amira, 1);
		expect(shared.plans.map((item) => item.memberName)).toEqual(['Grace']);
		expect((await plansSharedWith(db, tomasz, 1)).plans).toEqual([]);

		const seen = await readPlan(db, amira, grace.accountId, KEY);
		expect(seen.latest?.parts.iCan).toBe(I_CAN);
		expect(seen.latest?.writer).toMatchObject({ isReader: false, isMember: true, name: 'Grace' });
		const reads = await db
			.selectFrom('audit_events')
			.select(['action', 'actor_id', 'detail'])
			.where('subject_id', '=', grace.accountId)
			.where('action', '=', 'support.plan_read')
			.execute();
		expect(reads).toEqual([
			{ action: 'support.plan_read', actor_id: amira.accountId, detail: { version: 1 } }
		]);

		const changed = plan({
			basedOn: 1,
			commitments: [
				...plan().commitments,
				{ side: 'centre', kind: 'budget', text: 'Ask for the course fee', due: null, done: true }
			]
		});
		expect(await savePlan(db, amira, grace.accountId, changed, KEY, NOW)).toBe(2);
		const latest = await readPlan(db, grace, grace.accountId, KEY);
		expect(latest.latest?.version).toBe(2);
		expect(latest.latest?.writer).toMatchObject({ isReader: false, name: 'Amira' });
		expect(latest.latest?.commitments).toHaveLength(3);
		// The member's own reads leave no trace in the audit log; the adviser's each do.
		const allReads = await db
			.selectFrom('audit_events')
			.select('actor_id')
			.where('subject_id', '=', grace.accountId)
			.where('action', '=', 'support.plan_read')
			.execute();
		expect(allReads.every((row) => row.actor_id === amira.accountId)).toBe(true);
		expect(await verifyAuditChain(db)).toBeNull();
	});

	it('lists the versions, newest first, with who wrote each, and opens an earlier one', async () => {
		const { db } = database();
		const history = await planHistory(db, grace, grace.accountId, 1);
		expect(history.total).toBe(2);
		expect(
			history.versions.map((item) => [item.version, item.writer.isReader, item.writer.name])
		).toEqual([
			[2, false, 'Amira'],
			[1, true, 'Grace']
		]);
		const first = await readPlanVersion(db, amira, grace.accountId, 1, KEY);
		expect(first.commitments).toHaveLength(2);
		expect(first.latestVersion).toBe(2);
		expect(await rejection(readPlanVersion(db, grace, grace.accountId, 9, KEY))).toBeInstanceOf(
			NotFoundError
		);
	});

	it('saves nothing over a version the writer has not seen', async () => {
		const { db } = database();
		const stale = plan({ basedOn: 1, parts: { ...plan().parts, iAm: 'Written on an old copy' } });
		expect(await ruleCode(savePlan(db, grace, grace.accountId, stale, KEY, NOW))).toBe(
			'plan.changedMeanwhile'
		);
		expect((await readPlan(db, grace, grace.accountId, KEY)).latest?.version).toBe(2);
		expect(await savePlan(db, grace, grace.accountId, { ...stale, basedOn: 2 }, KEY, NOW)).toBe(3);
	});

	it('ends the sharing when the member changes adviser; the new one sees nothing until shared', async () => {
		const { db } = database();
		await choose(grace, tomasz, new Date(NOW.getTime() + 2000));
		expect(await rejection(readPlan(db, amira, grace.accountId, KEY))).toBeInstanceOf(
			ForbiddenError
		);
		expect((await plansSharedWith(db, amira, 1)).plans).toEqual([]);
		expect(await rejection(readPlan(db, tomasz, grace.accountId, KEY))).toBeInstanceOf(
			ForbiddenError
		);
		const view = await readPlan(db, grace, grace.accountId, KEY);
		expect(view.adviser?.name).toBe('Tomasz');
		expect(view.sharedWithAdviser).toBe(false);

		await sharePlan(db, grace, NOW);
		expect((await readPlan(db, tomasz, grace.accountId, KEY)).latest?.version).toBe(3);
		expect(await rejection(readPlan(db, amira, grace.accountId, KEY))).toBeInstanceOf(
			ForbiddenError
		);

		// Going back to an earlier adviser does not bring back an old sharing.
		await choose(grace, amira, new Date(NOW.getTime() + 3000));
		expect(await rejection(readPlan(db, amira, grace.accountId, KEY))).toBeInstanceOf(
			ForbiddenError
		);
		expect(await rejection(readPlan(db, tomasz, grace.accountId, KEY))).toBeInstanceOf(
			ForbiddenError
		);
	});

	it('stops sharing when the member asks', async () => {
		const { db } = database();
		await sharePlan(db, grace, NOW);
		expect((await readPlan(db, amira, grace.accountId, KEY)).latest).not.toBeNull();
		await stopSharingPlan(db, grace);
		expect(await rejection(readPlan(db, amira, grace.accountId, KEY))).toBeInstanceOf(
			ForbiddenError
		);
		const actions = await db
			.selectFrom('audit_events')
			.select('action')
			.where('subject_id', '=', grace.accountId)
			.where('action', 'in', ['support.plan_shared', 'support.plan_unshared'])
			.orderBy('seq')
			.execute();
		expect(actions.map((row) => row.action)).toEqual([
			'support.plan_shared',
			'support.plan_shared',
			'support.plan_shared',
			'support.plan_unshared'
		]);
	});

	it('lets an adviser write the first version of a plan shared before it was written', async () => {
		const { db } = database();
		await choose(mihai, amira, NOW);
		await sharePlan(db, mihai, NOW);
		const listed = await plansSharedWith(db, amira, 1);
		expect(listed.plans.find((item) => item.memberName === 'Mihai')?.latestVersion).toBe(0);
		expect(await savePlan(db, amira, mihai.accountId, plan({ language: 'ro' }), KEY, NOW)).toBe(1);
		const view = await readPlan(db, mihai, mihai.accountId, KEY);
		expect(view.latest?.language).toBe('ro');
		expect(view.latest?.writer.name).toBe('Amira');
	});

	it('pages through many versions', async () => {
		const { db } = database();
		const member = await person(db, centre, 'Joana', ['member']);
		const count = VERSIONS_PAGE + 3;
		for (let version = 0; version < count; version += 1) {
			await savePlan(db, member, member.accountId, plan({ basedOn: version }), KEY, NOW);
		}
		const first = await planHistory(db, member, member.accountId, 1);
		const second = await planHistory(db, member, member.accountId, 2);
		expect([first.pages, first.versions.length, second.versions.length]).toEqual([
			2,
			VERSIONS_PAGE,
			3
		]);
		expect(second.versions.at(-1)?.version).toBe(1);
		expect((await planHistory(db, member, member.accountId, 99)).page).toBe(2);
	});

	it('writes the plan as a file with headings in its own language', async () => {
		const { db } = database();
		const version = await readPlanVersion(db, grace, grace.accountId, 3, KEY);
		const text = planAsText(
			{ ...version, memberName: 'Grace', centreName: 'Planning Centre' },
			translator('es'),
			formats('es', 'Europe/London'),
			'English'
		);
		expect(text).toContain('El plan de Grace en Planning Centre');
		expect(text).toContain('Puedo\r\n-----\r\n' + I_CAN);
		expect(text).toContain('[ ] Un curso: A place on the care certificate course');
		expect(text).toContain('Lo que aportará el centro');
	});

	it('erases every version at the member’s word, and nobody else’s', async () => {
		const { db } = database();
		expect(await erasePlan(db, amira)).toBe(false);
		expect((await readPlan(db, mihai, mihai.accountId, KEY)).latest).not.toBeNull();
		expect(await erasePlan(db, mihai)).toBe(true);
		const left = await db
			.selectFrom('plan_versions')
			.select('version')
			.where('member_id', '=', mihai.accountId)
			.execute();
		expect(left).toEqual([]);
		expect((await readPlan(db, mihai, mihai.accountId, KEY)).latest).toBeNull();
		expect(
			(await plansSharedWith(db, amira, 1)).plans.map((item) => item.memberName)
		).not.toContain('Mihai');
		expect((await readPlan(db, grace, grace.accountId, KEY)).latest?.version).toBe(3);
		expect(await erasePlan(db, mihai)).toBe(false);
	});
});
