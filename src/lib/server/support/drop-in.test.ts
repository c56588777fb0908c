import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { describeEachDatabase } from '../../../../tests/support/database';
import { newCentre } from '../../../../tests/support/fixtures';
import type { Centre } from '../centres/centres.service';
import * as centresRepo from '../centres/centres.repository';
import { createPerson, type Actor } from '../identity/identity.service';
import type { Role } from '../identity/identity.tables';
import { createDatabase, createPool, inCentre } from '../platform/database';
import { RuleError } from '../platform/errors';
import { uuidv7 } from '../platform/ids';
import type { Database } from '../schema';
import type { Kysely } from 'kysely';
import {
	adviserQueue,
	callNext,
	checkIn,
	displayState,
	emptyClosedQueues,
	readTicket,
	settleTicket
} from './drop-in';
import { estimateWait, paceOf } from './drop-in-estimate';
import { checkInFields } from './drop-in.schemas';
import type { SupportTopic } from './topics';

const KEY = randomBytes(32);
// Friday 20 November 2026, 23:00 in London (GMT in winter): the night opening runs 22:00–06:00.
const FRIDAY_NIGHT = new Date('2026-11-20T23:00:00Z');
const MINUTE = 60_000;
const at = (minutes: number) => new Date(FRIDAY_NIGHT.getTime() + minutes * MINUTE);

async function rejection(promise: Promise<unknown>): Promise<unknown> {
	try {
		await promise;
	} catch (thrown) {
		return thrown;
	}
	return undefined;
}

describe('the wait estimate', () => {
	const paces = fc.array(fc.double({ min: 1, max: 120, noNaN: true }), {
		minLength: 1,
		maxLength: 6
	});

	it('is a range of whole five minutes, never a single number', () => {
		fc.assert(
			fc.property(fc.integer({ min: 0, max: 200 }), paces, (ahead, known) => {
				const range = estimateWait(ahead, known);
				expect(range).not.toBeNull();
				if (!range) return;
				expect(range.low % 5).toBe(0);
				expect(range.high % 5).toBe(0);
				expect(range.low).toBeGreaterThanOrEqual(0);
				expect(range.high).toBeGreaterThan(range.low);
			})
		);
	});

	it('never shortens when more people are ahead, nor lengthens when another adviser joins', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 0, max: 100 }),
				paces,
				fc.double({ min: 1, max: 120, noNaN: true }),
				(ahead, known, extra) => {
					const now = estimateWait(ahead, known);
					const later = estimateWait(ahead + 1, known);
					const helped = estimateWait(ahead, [...known, extra]);
					if (!now || !later || !helped) throw new Error('an estimate was expected');
					expect(later.low).toBeGreaterThanOrEqual(now.low);
					expect(later.high).toBeGreaterThanOrEqual(now.high);
					expect(helped.high).toBeLessThanOrEqual(now.high);
					expect(helped.low).toBeLessThanOrEqual(now.low);
				}
			)
		);
	});

	it('holds the true wait of a steady queue between its ends', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 0, max: 50 }),
				fc.integer({ min: 5, max: 40 }),
				fc.integer({ min: 1, max: 4 }),
				(ahead, pace, advisers) => {
					const range = estimateWait(ahead, Array(advisers).fill(pace));
					if (!range) throw new Error('an estimate was expected');
					// With every adviser mid-conversation, the wait lies between these two.
					expect(range.low).toBeLessThanOrEqual((ahead * pace) / advisers);
					expect(range.high).toBeGreaterThanOrEqual(((ahead + 1) * pace) / advisers);
				}
			)
		);
	});

	it('says nothing when nobody on duty could see the person, or no pace is known', () => {
		expect(estimateWait(3, [])).toBeNull();
		expect(estimateWait(3, [null, null])).toBeNull();
		expect(estimateWait(0, [20])).toEqual({ low: 0, high: 25 });
		expect(estimateWait(2, [20, 20])).toEqual({ low: 15, high: 40 });
	});

	it('reads an adviser’s pace from their recent calls, leaving breaks out', () => {
		expect(paceOf([])).toBeNull();
		expect(paceOf([at(0)])).toBeNull();
		expect(paceOf([at(40), at(0), at(20)])).toBe(20);
		// A two-hour break between 20 and 180 is not a conversation.
		expect(paceOf([at(0), at(20), at(180), at(195)])).toBe(17.5);
		expect(paceOf([at(0), at(0)])).toBe(1);
	});
});

describe('the check-in form', () => {
	const fields = checkInFields(['en', 'ar', 'pl']);

	it('asks for a need and a language, and nothing else is required', () => {
		const parsed = fields.safeParse({ topic: 'housing', language: 'ar' });
		expect(parsed.success && parsed.data).toEqual({
			chosenName: '',
			topic: 'housing',
			language: 'ar',
			words: ''
		});
	});

	it('names each problem: an unknown language, a missing need, words that are too long', () => {
		const parsed = fields.safeParse({
			chosenName: 'x'.repeat(61),
			topic: 'astrology',
			language: 'klingon',
			words: 'y'.repeat(201)
		});
		expect(parsed.success).toBe(false);
		const messages = Object.fromEntries(
			(parsed.error?.issues ?? []).map((issue) => [issue.path[0], issue.message])
		);
		expect(messages).toEqual({
			chosenName: 'dropIn.nameTooLong',
			topic: 'dropIn.topicRequired',
			language: 'dropIn.languageUnknown',
			words: 'dropIn.wordsTooLong'
		});
		const empty = fields.safeParse({ language: ' ' });
		expect(empty.error?.issues.map((issue) => issue.message)).toEqual([
			'dropIn.topicRequired',
			'dropIn.languageRequired'
		]);
	});
});

describeEachDatabase('the drop-in queue', (database) => {
	let db: Kysely<Database>;
	let centre: Centre;
	let coordinator: Actor;

	async function person(name: string, roles: Role[], languages: string[] = []): Promise<Actor> {
		const accountId = await createPerson(db, centre.id, {
			chosenName: `${name} ${uuidv7().slice(-6)}`,
			passphraseHash: 'not a real hash',
			roles,
			languages
		});
		return { accountId, centreId: centre.id, roles };
	}

	async function profile(actor: Actor, languages: string[], topics: SupportTopic[]) {
		await inCentre(db, centre.id, (trx) =>
			trx
				.insertInto('adviser_profiles')
				.values({
					centre_id: centre.id,
					account_id: actor.accountId,
					languages,
					helps_with: topics
				})
				.execute()
		);
	}

	function arrive(language: string, topic: SupportTopic, now = FRIDAY_NIGHT, chosenName = '') {
		return checkIn(db, centre, { chosenName, topic, language, words: '' }, now, KEY);
	}

	async function emptyQueue() {
		await emptyClosedQueues(db, new Date('2100-01-01T00:00:00Z'));
	}

	beforeAll(async () => {
		db = database().db;
		centre = await newCentre(db, 'Night Drop-in Centre');
		await inCentre(db, centre.id, async (trx) => {
			for (const [weekday, opens, closes] of [
				[5, '22:00', '06:00'],
				[6, '10:00', '18:00']
			] as const) {
				await centresRepo.insertOpening(trx, {
					centreId: centre.id,
					id: uuidv7(),
					weekday,
					opens,
					closes
				});
			}
		});
		coordinator = await person('Coordinator', ['member', 'coordinator']);
	});

	it('gives numbers in order for the night, and each person their place', async () => {
		await emptyQueue();
		const first = await arrive('en', 'housing', at(0), 'Rafa');
		const second = await arrive('ar', 'benefits', at(1));
		const third = await arrive('pl', 'debt', at(2));
		expect([first.number, second.number, third.number]).toEqual([1, 2, 3]);
		expect(first.token).not.toBe(second.token);
		const view = await readTicket(db, centre, third.token, at(3));
		expect(view).toMatchObject({ state: 'waiting', number: 3, place: 3, estimate: null });
		expect(await readTicket(db, centre, 'no-such-ticket-token-no-such-tick', at(3))).toBeNull();
		// Only a hash of the link is kept.
		const stored = await inCentre(db, centre.id, (trx) =>
			trx.selectFrom('drop_in_tickets').select('token_hash').execute()
		);
		expect(stored.map((row) => row.token_hash.toString('base64url'))).not.toContain(first.token);
	});

	it('refuses a ticket while the centre is closed', async () => {
		const thrown = await rejection(arrive('en', 'housing', new Date('2026-11-20T20:00:00Z')));
		expect(thrown).toBeInstanceOf(RuleError);
		expect((thrown as RuleError).code).toBe('dropIn.closedNow');
	});

	it('calls the person who fits the adviser’s languages and topics, then a language fit', async () => {
		await emptyQueue();
		const amira = await person('Amira', ['member', 'adviser'], ['en']);
		await profile(amira, ['ar', 'fr'], ['housing']);
		await arrive('en', 'housing');
		await arrive('ar', 'debt');
		const fits = await arrive('ar', 'housing');
		const choice = { desk: 'Desk 1', mode: 'fit' as const };
		expect(await callNext(db, amira, centre, choice, at(1))).toEqual({
			called: true,
			number: fits.number,
			fit: 'language-and-topic'
		});
		expect(await callNext(db, amira, centre, choice, at(2))).toEqual({
			called: true,
			number: fits.number - 1,
			fit: 'language'
		});
		// Only an English speaker is left: not Amira's language, unless she asks for anyone.
		expect(await callNext(db, amira, centre, choice, at(3))).toEqual({
			called: false,
			waiting: 1
		});
		expect(await callNext(db, amira, centre, { ...choice, mode: 'anyone' }, at(4))).toEqual({
			called: true,
			number: fits.number - 2,
			fit: 'anyone'
		});
	});

	it('lets an adviser with no profile call whoever is next', async () => {
		await emptyQueue();
		const newcomer = await person('Newcomer', ['member', 'adviser']);
		const first = await arrive('ti', 'family');
		await arrive('en', 'debt');
		expect(await callNext(db, newcomer, centre, { desk: '', mode: 'fit' }, at(1))).toEqual({
			called: true,
			number: first.number,
			fit: 'anyone'
		});
		const queue = await adviserQueue(db, newcomer, centre, at(2), KEY);
		expect(queue.hasProfile).toBe(false);
		expect(queue.withMe.map((ticket) => ticket.number)).toEqual([first.number]);
		expect(queue.waiting).toHaveLength(1);
	});

	it('never gives two advisers the same person, however many call at once', async () => {
		await emptyQueue();
		for (let index = 0; index < 50; index++) {
			await arrive(index % 2 ? 'en' : 'ar', index % 3 ? 'housing' : 'debt');
		}
		const advisers: Actor[] = [];
		for (let index = 0; index < 20; index++) {
			const adviser = await person(`Adviser ${index}`, ['member', 'adviser']);
			if (index % 2) await profile(adviser, index % 4 === 1 ? ['ar'] : ['en', 'ar'], ['debt']);
			advisers.push(adviser);
		}
		const pool = createPool(database().url, 20);
		const busy = createDatabase<Database>(pool);
		try {
			const called = await Promise.all(
				advisers.map(async (adviser, index) => {
					const numbers: number[] = [];
					for (;;) {
						const result = await callNext(
							busy,
							adviser,
							centre,
							{ desk: `Desk ${index}`, mode: 'anyone' },
							at(5)
						);
						if (!result.called) return numbers;
						numbers.push(result.number);
					}
				})
			);
			const all = called.flat().sort((a, b) => a - b);
			expect(all).toHaveLength(50);
			expect(new Set(all).size).toBe(50);
			const stored = await inCentre(db, centre.id, (trx) =>
				trx
					.selectFrom('drop_in_tickets')
					.select(['called_by'])
					.where('called_at', 'is', null)
					.execute()
			);
			expect(stored).toEqual([]);
			expect(called.filter((numbers) => numbers.length > 0).length).toBeGreaterThan(1);
		} finally {
			await busy.destroy();
		}
	});

	it('seals a person’s own words, and shows them only to the adviser who calls them', async () => {
		await emptyQueue();
		const lucia = await person('Lucía', ['member', 'adviser']);
		const other = await person('Other', ['member', 'adviser']);
		await checkIn(
			db,
			centre,
			{ chosenName: 'Marisol', topic: 'family', language: 'es', words: 'custodia de mi hija' },
			FRIDAY_NIGHT,
			KEY
		);
		const sealed = await inCentre(db, centre.id, (trx) =>
			trx.selectFrom('drop_in_tickets').select('words_sealed').executeTakeFirstOrThrow()
		);
		expect(sealed.words_sealed).not.toContain('custodia');
		await callNext(db, lucia, centre, { desk: '', mode: 'fit' }, at(1));
		const mine = await adviserQueue(db, lucia, centre, at(2), KEY);
		expect(mine.withMe[0]?.words).toBe('custodia de mi hija');
		const theirs = await adviserQueue(db, other, centre, at(2), KEY);
		expect(theirs.withMe).toEqual([]);
		expect(JSON.stringify(theirs)).not.toContain('custodia');
		const audit = await db
			.selectFrom('audit_events')
			.select(['action', 'actor_id'])
			.where('action', '=', 'drop_in.words_read')
			.execute();
		expect(audit).toEqual([{ action: 'drop_in.words_read', actor_id: lucia.accountId }]);
		// The waiting-room screen shows where to go, never who is going.
		const screen = await displayState(db, centre, at(3));
		expect(JSON.stringify(screen)).not.toContain('Marisol');
		expect(screen.calls[0]?.desk).toMatch(/^Lucía/);
	});

	it('sees, puts back and lets go, keeping nothing of who left', async () => {
		await emptyQueue();
		const adviser = await person('Kofi', ['member', 'adviser']);
		const first = await arrive('en', 'housing');
		const second = await arrive('en', 'debt');
		const third = await arrive('en', 'health');
		await callNext(db, adviser, centre, { desk: 'Room 3', mode: 'fit' }, at(1));
		let queue = await adviserQueue(db, adviser, centre, at(1), KEY);
		const firstId = queue.withMe[0]?.id as string;
		// Put back: waiting again, in its old place before the others.
		expect(await settleTicket(db, adviser, centre, firstId, 'back')).toBe(first.number);
		expect(await readTicket(db, centre, first.token, at(2))).toMatchObject({ place: 1 });
		expect(await rejection(settleTicket(db, adviser, centre, firstId, 'back'))).toBeInstanceOf(
			RuleError
		);
		await callNext(db, adviser, centre, { desk: 'Room 3', mode: 'fit' }, at(3));
		expect(await readTicket(db, centre, first.token, at(3))).toMatchObject({
			state: 'called',
			desk: 'Room 3'
		});
		await settleTicket(db, adviser, centre, firstId, 'seen');
		queue = await adviserQueue(db, adviser, centre, at(4), KEY);
		const secondId = queue.waiting[0]?.id as string;
		await settleTicket(db, adviser, centre, secondId, 'left');
		expect(await readTicket(db, centre, first.token, at(4))).toBeNull();
		expect(await readTicket(db, centre, second.token, at(4))).toBeNull();
		expect(await readTicket(db, centre, third.token, at(4))).toMatchObject({ place: 1 });
		const left = await inCentre(db, centre.id, (trx) =>
			trx.selectFrom('drop_in_tickets').select('number').execute()
		);
		expect(left.map((row) => row.number)).toEqual([third.number]);
		// Only advisers and coordinators work the queue.
		const member = await person('Member', ['member']);
		expect(
			(await rejection(callNext(db, member, centre, { desk: '', mode: 'fit' }, at(5)))) as Error
		).toHaveProperty('name', 'ForbiddenError');
		// An adviser elsewhere is nobody here.
		const elsewhere = { ...adviser, centreId: uuidv7() };
		expect(
			(await rejection(callNext(db, elsewhere, centre, { desk: '', mode: 'fit' }, at(5)))) as Error
		).toHaveProperty('name', 'ForbiddenError');
		expect(await callNext(db, coordinator, centre, { desk: '', mode: 'fit' }, at(5))).toMatchObject(
			{ called: true, number: third.number }
		);
	});

	it('estimates from tonight’s pace of the advisers who speak the person’s language', async () => {
		await emptyQueue();
		const adviser = await person('Pace', ['member', 'adviser']);
		await profile(adviser, ['en'], []);
		for (let index = 0; index < 6; index++) await arrive('en', 'housing', at(index));
		const waiting = await arrive('en', 'debt', at(6));
		const farsi = await arrive('fa', 'debt', at(6));
		// Calls every 20 minutes: 1, 2 and 3 are called; 4, 5, 6 are ahead of `waiting`.
		for (const minutes of [10, 30, 50]) {
			await callNext(db, adviser, centre, { desk: '', mode: 'fit' }, at(minutes));
		}
		const view = await readTicket(db, centre, waiting.token, at(55));
		expect(view).toMatchObject({ state: 'waiting', place: 4 });
		// Three ahead at 20 minutes each: between 60 and 80 minutes, widened either side.
		expect(view?.state === 'waiting' && view.estimate).toEqual({ low: 45, high: 100 });
		// Nobody on duty speaks Farsi: no estimate rather than a made-up one.
		const unmatched = await readTicket(db, centre, farsi.token, at(55));
		expect(unmatched?.state === 'waiting' && unmatched.estimate).toBeNull();
	});

	it('empties itself at closing, across midnight, and keeps nothing', async () => {
		await emptyQueue();
		const adviser = await person('Closing', ['member', 'adviser']);
		const late = await arrive('en', 'housing', at(0), 'Nightowl');
		await arrive('ar', 'debt', at(120));
		await callNext(db, adviser, centre, { desk: '', mode: 'fit' }, at(150));
		// Saturday 05:59: still the Friday night opening.
		const beforeSix = new Date('2026-11-21T05:59:00Z');
		expect(await emptyClosedQueues(db, beforeSix)).toBe(0);
		expect(await readTicket(db, centre, late.token, beforeSix)).not.toBeNull();
		const afterSix = new Date('2026-11-21T06:00:00Z');
		expect(await readTicket(db, centre, late.token, afterSix)).toBeNull();
		expect(await emptyClosedQueues(db, afterSix)).toBe(1);
		const counts = await inCentre(db, centre.id, async (trx) => ({
			openings: (await trx.selectFrom('drop_in_openings').selectAll().execute()).length,
			tickets: (await trx.selectFrom('drop_in_tickets').selectAll().execute()).length,
			calls: (await trx.selectFrom('drop_in_calls').selectAll().execute()).length
		}));
		expect(counts).toEqual({ openings: 0, tickets: 0, calls: 0 });
		// Saturday's day opening starts a new queue from number 1.
		const saturday = await arrive('en', 'housing', new Date('2026-11-21T11:00:00Z'));
		expect(saturday.number).toBe(1);
	});
});
