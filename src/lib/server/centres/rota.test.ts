import { beforeAll, describe, expect, it } from 'vitest';
import { describeEachDatabase } from '../../../../tests/support/database';
import { newCentre } from '../../../../tests/support/fixtures';
import { formEntries } from '../forms';
import { actorAt, createPerson, type Actor } from '../identity/identity.service';
import type { Role } from '../identity/identity.tables';
import { createDatabase, createPool } from '../platform/database';
import { ForbiddenError, NotFoundError, RuleError } from '../platform/errors';
import type { Database } from '../schema';
import { addOpening, getHours, type Centre, type CentreHours } from './centres.service';
import { addDays, localToInstant } from './opening-hours';
import {
	createShift,
	generateShifts,
	offerSwap,
	patternShifts,
	pruneEndedShifts,
	rotaFor,
	rotaGaps,
	setMySkills,
	shiftForCoordinator,
	signUp,
	stepDown,
	takeSwap,
	withdrawSwap,
	type ShiftInput
} from './rota';
import { parseShiftForm, shiftInstants } from './rota.schemas';

const LONDON = 'Europe/London';
// Thursday 19 November 2026, 20:00 in London (GMT in winter).
const THURSDAY = new Date('2026-11-19T20:00:00Z');
const HOUR = 3_600_000;

function form(fields: Record<string, string | string[]>): FormData {
	const data = new FormData();
	for (const [name, value] of Object.entries(fields)) {
		for (const one of Array.isArray(value) ? value : [value]) data.append(name, one);
	}
	return data;
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
	try {
		await promise;
	} catch (thrown) {
		return thrown;
	}
	return undefined;
}

describe('the shift form', () => {
	const good = {
		date: '2026-11-21',
		starts: '22:00',
		ends: '06:00',
		nextDay: 'yes',
		minPeople: '3',
		firstAid: '1',
		childcare: '',
		interpreters: ['ar']
	};

	it('reads a night shift that ends the next day', () => {
		const parsed = parseShiftForm(formEntries(form(good)));
		expect(parsed.ok).toBe(true);
		if (!parsed.ok) return;
		expect(parsed.data).toMatchObject({ minPeople: 3, firstAid: 1, childcare: 0 });
		const { startsAt, endsAt } = shiftInstants('2026-11-21', '22:00', '06:00', true, LONDON);
		expect(startsAt.toISOString()).toBe('2026-11-21T22:00:00.000Z');
		expect(endsAt.toISOString()).toBe('2026-11-22T06:00:00.000Z');
	});

	it('names a shift that ends before it starts on the end time, keeping what was typed', () => {
		const typed = { ...good, nextDay: [] as string[], minPeople: 'lots' };
		const parsed = parseShiftForm(formEntries(form(typed)));
		expect(parsed.ok).toBe(false);
		if (parsed.ok) return;
		expect(parsed.errors).toEqual({
			ends: 'rota.endsBeforeStarts',
			minPeople: 'rota.minPeopleInvalid'
		});
		expect(parsed.values).toMatchObject({ date: '2026-11-21', starts: '22:00', ends: '06:00' });
	});

	it('refuses "the next day" with a later end (longer than a day), and unreadable times', () => {
		const long = parseShiftForm(formEntries(form({ ...good, ends: '23:00' })));
		expect(long.ok || long.errors).toEqual({ ends: 'rota.tooLong' });
		const nonsense = parseShiftForm(
			formEntries(form({ ...good, date: '2026-02-30', starts: '25:00', firstAid: '-1' }))
		);
		expect(nonsense.ok || nonsense.errors).toEqual({
			date: 'rota.dateInvalid',
			starts: 'rota.startsInvalid',
			firstAid: 'rota.needInvalid'
		});
	});
});

describe('shifts from the opening hours', () => {
	const friday = { id: 'fri', weekday: 5 as const, opens: '22:00', closes: '06:00' };
	const saturdayDay = { id: 'sat-day', weekday: 6 as const, opens: '12:00', closes: '17:00' };

	it('makes the chosen openings of four weeks, split in equal parts, closed dates left out', () => {
		const hours: CentreHours = {
			weekly: [friday, saturdayDay],
			exceptions: [{ id: 'x', date: '2026-11-27', kind: 'closed', note: '' }]
		};
		const shifts = patternShifts(
			hours,
			{ openingIds: ['fri'], extras: false, parts: 2 },
			LONDON,
			THURSDAY
		);
		// Fridays 20 Nov, 4, 11 Dec (27 Nov is closed): two shifts each.
		expect(shifts.map((shift) => shift.startsAt.toISOString())).toEqual([
			'2026-11-20T22:00:00.000Z',
			'2026-11-21T02:00:00.000Z',
			'2026-12-04T22:00:00.000Z',
			'2026-12-05T02:00:00.000Z',
			'2026-12-11T22:00:00.000Z',
			'2026-12-12T02:00:00.000Z'
		]);
		expect(shifts[1]?.endsAt.toISOString()).toBe('2026-11-21T06:00:00.000Z');
	});

	it('keeps the night the clocks go back whole: nine hours, split on the hour', () => {
		// Saturday 24 October 2026: 22:00 BST to 06:00 GMT.
		const hours: CentreHours = {
			weekly: [{ id: 'sat', weekday: 6, opens: '22:00', closes: '06:00' }],
			exceptions: []
		};
		const now = new Date('2026-10-20T12:00:00Z');
		const [first] = patternShifts(
			hours,
			{ openingIds: ['sat'], extras: false, parts: 1 },
			LONDON,
			now
		);
		expect(first?.startsAt.toISOString()).toBe('2026-10-24T21:00:00.000Z');
		expect(first?.endsAt.toISOString()).toBe('2026-10-25T06:00:00.000Z');
	});

	it('leaves out an opening already begun', () => {
		const hours: CentreHours = { weekly: [friday], exceptions: [] };
		const duringFriday = new Date('2026-11-21T01:00:00Z');
		const shifts = patternShifts(
			hours,
			{ openingIds: ['fri'], extras: false, parts: 1 },
			LONDON,
			duringFriday
		);
		expect(shifts[0]?.startsAt.toISOString()).toBe('2026-11-27T22:00:00.000Z');
	});
});

describeEachDatabase('the night rota', (database) => {
	let centre: Centre;
	let coordinator: Actor;
	let amira: Actor;
	let mihai: Actor;
	let grace: Actor;

	async function person(name: string, roles: Role[], at = centre): Promise<Actor> {
		const { db } = database();
		const id = await createPerson(db, at.id, {
			chosenName: name,
			passphraseHash: 'not used by these tests',
			roles,
			languages: []
		});
		const actor = await actorAt(db, id, at.id);
		if (!actor) throw new Error('The person does not belong to the centre');
		return actor;
	}

	function saturdayNight(weeks = 0, minPeople = 3): ShiftInput {
		const date = addDays('2026-11-21', 7 * weeks);
		return {
			...shiftInstants(date, '22:00', '06:00', true, LONDON),
			minPeople,
			needs: [
				{ skill: 'first_aid', language: '', needed: 1 },
				{ skill: 'interpreter', language: 'ar', needed: 1 }
			]
		};
	}

	beforeAll(async () => {
		const { db } = database();
		centre = await newCentre(db, 'Rota Workers’ Centre');
		coordinator = await person('Rota coordinator', ['member', 'coordinator']);
		amira = await person('Rota Amira', ['member', 'adviser']);
		mihai = await person('Rota Mihai', ['member']);
		grace = await person('Rota Grace', ['member']);
	});

	it('shows what a shift still needs, covers it as people with skills sign up, and flags it 48 hours ahead', async () => {
		const { db } = database();
		const id = await createShift(db, coordinator, saturdayNight(), THURSDAY);
		await setMySkills(db, amira, { firstAid: true, childcare: false, languages: ['ar', 'fr'] });

		const before = (await rotaFor(db, mihai, centre, THURSDAY)).shifts.find((s) => s.id === id);
		expect(before).toMatchObject({
			date: '2026-11-21',
			starts: '22:00',
			ends: '06:00',
			endsNextDay: true,
			onShift: 0,
			short: 3,
			full: false,
			// Saturday 22:00 is 50 hours after Thursday 20:00: not yet flagged.
			flagged: false,
			mine: false
		});
		expect(before?.missing.map((need) => `${need.skill}:${need.language}`)).toEqual([
			'first_aid:',
			'interpreter:ar'
		]);
		const friday = new Date(THURSDAY.getTime() + 3 * HOUR);
		expect(
			(await rotaFor(db, mihai, centre, friday)).shifts.find((s) => s.id === id)?.flagged
		).toBe(true);

		await signUp(db, amira, id, THURSDAY);
		await signUp(db, grace, id, THURSDAY);
		const covered = await shiftForCoordinator(db, coordinator, centre, id, friday);
		expect(covered).toMatchObject({ onShift: 2, short: 1, missing: [], flagged: true });
		expect(covered.people.map((p) => p.name)).toEqual(['Rota Amira', 'Rota Grace']);

		await signUp(db, mihai, id, friday);
		// Asking twice changes nothing.
		await signUp(db, mihai, id, friday);
		const mine = (await rotaFor(db, mihai, centre, friday)).shifts.find((s) => s.id === id);
		expect(mine).toMatchObject({ onShift: 3, short: 0, full: true, flagged: false, mine: true });
		// A member's view names nobody.
		expect(mine).not.toHaveProperty('people');

		await stepDown(db, mihai, id, friday);
		const gaps = await rotaGaps(db, coordinator, centre, friday);
		expect(gaps.find((s) => s.id === id)).toMatchObject({ onShift: 2, short: 1, flagged: true });
	});

	it('refuses a shift that ends before it starts, one already over, and the same hours twice', async () => {
		const { db } = database();
		const night = saturdayNight(1);
		const backwards = { ...night, endsAt: new Date(night.startsAt.getTime() - HOUR) };
		expect(await rejection(createShift(db, coordinator, backwards, THURSDAY))).toEqual(
			new RuleError('endsBeforeStarts')
		);
		const past = saturdayNight(0);
		expect(
			await rejection(createShift(db, coordinator, past, new Date('2026-11-23T00:00:00Z')))
		).toEqual(new RuleError('shiftInPast'));
		await createShift(db, coordinator, night, THURSDAY);
		expect(await rejection(createShift(db, coordinator, night, THURSDAY))).toEqual(
			new RuleError('shiftExists')
		);
		expect(await rejection(createShift(db, mihai, saturdayNight(2), THURSDAY))).toBeInstanceOf(
			ForbiddenError
		);
	});

	it('keeps a person off two shifts at once, and off a shift that has ended', async () => {
		const { db } = database();
		const date = '2026-12-18';
		const early = await createShift(
			db,
			coordinator,
			{ ...shiftInstants(date, '22:00', '02:00', true, LONDON), minPeople: 2, needs: [] },
			THURSDAY
		);
		const overlapping = await createShift(
			db,
			coordinator,
			{ ...shiftInstants(date, '23:00', '03:00', true, LONDON), minPeople: 2, needs: [] },
			THURSDAY
		);
		const late = await createShift(
			db,
			coordinator,
			{ ...shiftInstants('2026-12-19', '02:00', '06:00', false, LONDON), minPeople: 2, needs: [] },
			THURSDAY
		);
		await signUp(db, grace, early, THURSDAY);
		expect(await rejection(signUp(db, grace, overlapping, THURSDAY))).toEqual(
			new RuleError('overlaps')
		);
		// Back to back is not at once.
		await signUp(db, grace, late, THURSDAY);
		const after = new Date('2026-12-20T00:00:00Z');
		expect(await rejection(signUp(db, mihai, early, after))).toEqual(new RuleError('shiftOver'));
	});

	it('a swap is offered, the person stays on until someone takes it, then it passes over', async () => {
		const { db } = database();
		const id = await createShift(db, coordinator, saturdayNight(3, 2), THURSDAY);
		await signUp(db, amira, id, THURSDAY);
		expect(await rejection(takeSwap(db, grace, id, THURSDAY))).toEqual(new RuleError('noSwap'));
		expect(await rejection(offerSwap(db, grace, id, THURSDAY))).toEqual(
			new RuleError('notOnShift')
		);

		await offerSwap(db, amira, id, THURSDAY);
		const offered = await shiftForCoordinator(db, coordinator, centre, id, THURSDAY);
		expect(offered.people).toEqual([{ name: 'Rota Amira', swapOffered: true }]);
		expect(
			(await rotaFor(db, grace, centre, THURSDAY)).shifts.find((s) => s.id === id)?.swapsOffered
		).toBe(1);
		expect(await rejection(takeSwap(db, amira, id, THURSDAY))).toEqual(new RuleError('alreadyOn'));
		await withdrawSwap(db, amira, id, THURSDAY);
		expect(await rejection(takeSwap(db, grace, id, THURSDAY))).toEqual(new RuleError('noSwap'));

		await offerSwap(db, amira, id, THURSDAY);
		await takeSwap(db, grace, id, THURSDAY);
		const taken = await shiftForCoordinator(db, coordinator, centre, id, THURSDAY);
		expect(taken.people).toEqual([{ name: 'Rota Grace', swapOffered: false }]);
	});

	it('gives an offered swap to exactly one of 50 people taking it at once', async () => {
		const { db, url } = database();
		const id = await createShift(db, coordinator, saturdayNight(4, 2), THURSDAY);
		const takers: Actor[] = [];
		for (let n = 0; n < 50; n++) takers.push(await person(`Rota taker ${n}`, ['member']));
		await signUp(db, amira, id, THURSDAY);
		await offerSwap(db, amira, id, THURSDAY);

		const pool = createPool(url, 20);
		const racing = createDatabase<Database>(pool);
		try {
			const results = await Promise.allSettled(
				takers.map((taker) => takeSwap(racing, taker, id, THURSDAY))
			);
			expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
			for (const result of results) {
				if (result.status === 'rejected') expect(result.reason).toEqual(new RuleError('noSwap'));
			}
		} finally {
			await racing.destroy();
		}
		const rows = await db
			.selectFrom('rota_signups')
			.select(['account_id', 'swap_offered_at'])
			.where('centre_id', '=', centre.id)
			.where('shift_id', '=', id)
			.execute();
		expect(rows).toHaveLength(1);
		expect(rows[0]?.account_id).not.toBe(amira.accountId);
		expect(rows[0]?.swap_offered_at).toBeNull();
	});

	it('makes the shifts of a pattern once: made again, it only fills in what is missing', async () => {
		const { db } = database();
		const other = await newCentre(db, 'Pattern Centre');
		const boss = await person('Pattern coordinator', ['member', 'coordinator'], other);
		await addOpening(db, boss, { weekday: 5, opens: '22:00', closes: '06:00' });
		await addOpening(db, boss, { weekday: 6, opens: '22:00', closes: '06:00' });
		const hours = await getHours(db, other, THURSDAY);
		const pattern = {
			openingIds: hours.weekly.map((opening) => opening.id),
			extras: false,
			parts: 2,
			minPeople: 2,
			needs: [{ skill: 'first_aid' as const, language: '', needed: 1 }]
		};
		expect(await generateShifts(db, boss, hours, LONDON, pattern, THURSDAY)).toEqual({
			made: 16,
			existing: 0
		});
		expect(await generateShifts(db, boss, hours, LONDON, pattern, THURSDAY)).toEqual({
			made: 0,
			existing: 16
		});
		const gaps = await rotaGaps(db, boss, other, THURSDAY);
		expect(gaps).toHaveLength(16);
		expect(gaps[0]).toMatchObject({ date: '2026-11-20', starts: '22:00', ends: '02:00' });
		expect(gaps[0]?.missing).toHaveLength(1);
		expect(
			await rejection(
				generateShifts(db, boss, hours, LONDON, { ...pattern, openingIds: ['nope'] }, THURSDAY)
			)
		).toEqual(new RuleError('openingUnknown'));

		// The other centre's rota is its own.
		expect(
			(await rotaGaps(db, coordinator, centre, THURSDAY)).some((s) => s.date === '2026-11-20')
		).toBe(false);
		expect(
			await rejection(shiftForCoordinator(db, coordinator, centre, gaps[0]?.id ?? '', THURSDAY))
		).toBeInstanceOf(NotFoundError);
		expect(await rejection(signUp(db, mihai, gaps[0]?.id ?? '', THURSDAY))).toBeInstanceOf(
			NotFoundError
		);
	});

	it('forgets a shift, and who was on it, a week after it ends', async () => {
		const { db } = database();
		const start = localToInstant('2026-11-27', '22:00', LONDON);
		const id = await createShift(
			db,
			coordinator,
			{ startsAt: start, endsAt: new Date(start.getTime() + 8 * HOUR), minPeople: 1, needs: [] },
			THURSDAY
		);
		await signUp(db, grace, id, THURSDAY);
		const kept = () => db.selectFrom('rota_shifts').select('id').where('id', '=', id).execute();
		await pruneEndedShifts(db, new Date('2026-12-04T05:00:00Z'));
		expect(await kept()).toHaveLength(1);
		await pruneEndedShifts(db, new Date('2026-12-05T07:00:00Z'));
		expect(await kept()).toHaveLength(0);
		const signups = await db
			.selectFrom('rota_signups')
			.select('account_id')
			.where('shift_id', '=', id)
			.execute();
		expect(signups).toEqual([]);
	});

	it('keeps no trace of who stepped down', async () => {
		const { db } = database();
		const start = localToInstant('2026-12-05', '22:00', LONDON);
		const id = await createShift(
			db,
			coordinator,
			{ startsAt: start, endsAt: new Date(start.getTime() + 8 * HOUR), minPeople: 1, needs: [] },
			THURSDAY
		);
		await signUp(db, mihai, id, THURSDAY);
		await stepDown(db, mihai, id, THURSDAY);
		const left = await db
			.selectFrom('rota_signups')
			.select('account_id')
			.where('account_id', '=', mihai.accountId)
			.where('shift_id', '=', id)
			.execute();
		expect(left).toEqual([]);
		const audit = await db
			.selectFrom('audit_events')
			.select('action')
			.where('actor_id', '=', mihai.accountId)
			.execute();
		expect(audit).toEqual([]);
	});
});
