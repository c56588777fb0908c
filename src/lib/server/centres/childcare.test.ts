import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Kysely } from 'kysely';
import { describeEachDatabase } from '../../../../tests/support/database';
import { newCentre } from '../../../../tests/support/fixtures';
import { actorAt, createPerson, type Actor } from '../identity/identity.service';
import type { Role } from '../identity/identity.tables';
import { verifyAuditChain } from '../platform/audit';
import { createDatabase, createPool } from '../platform/database';
import { ForbiddenError, NotFoundError, RuleError } from '../platform/errors';
import type { Database } from '../schema';
import type { Centre } from './centres.service';
import {
	bookPlace,
	cancelBooking,
	checkIn,
	createSession,
	dutyList,
	pickUp,
	pruneChildcare,
	removeSession,
	sessionSummary,
	staffSessions,
	updateStaffing,
	upcomingSessions
} from './childcare';
import {
	normalisePickupCode,
	parseSessionForm,
	parseStaffingForm,
	parseWhole,
	type SessionInput
} from './childcare.schemas';

// A key made for these tests only: what is sealed or hashed with it means nothing without it.
const KEY = randomBytes(32);
// Friday 20 November 2026, 17:00 in London (winter: London is on UTC).
const FRIDAY_FIVE = new Date('2026-11-20T17:00:00Z');
const hours = (count: number) => new Date(FRIDAY_FIVE.getTime() + count * 3_600_000);

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

/** An evening session, 18:00 to 23:00, with the bands and staffing given. */
function evening(overrides: Partial<SessionInput> = {}): SessionInput {
	return {
		date: '2026-11-20',
		starts: '18:00',
		ends: '23:00',
		childrenPerStaff: 4,
		staffCount: 2,
		bands: [
			{ minAge: 0, maxAge: 2, capacity: 2 },
			{ minAge: 3, maxAge: 7, capacity: 6 }
		],
		...overrides
	};
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
	try {
		await promise;
		return undefined;
	} catch (thrown) {
		return thrown;
	}
}

const code = (shown: string) => normalisePickupCode(shown) as string;

describe('childcare forms', () => {
	it('reads ages and codes in the digits people type, Arabic-Indic included', () => {
		expect(parseWhole('٧', 0, 17)).toBe(7);
		expect(parseWhole(' 12 ', 0, 17)).toBe(12);
		expect(parseWhole('18', 0, 17)).toBeNull();
		expect(parseWhole('seven', 0, 17)).toBeNull();
		expect(parseWhole('2.5', 0, 17)).toBeNull();
		expect(normalisePickupCode('١٢٣٤ ٥٦٧٨')).toBe('12345678');
		expect(normalisePickupCode('1234-5678')).toBe('12345678');
		expect(normalisePickupCode('1234 567')).toBeNull();
	});

	it('names each problem of a session form and keeps what was typed', () => {
		const parsed = parseSessionForm({
			date: '2026-11-31',
			starts: '25:00',
			ends: '23:00',
			childrenPerStaff: '0',
			staffCount: 'two',
			minAge_0: '5',
			maxAge_0: '3',
			capacity_0: '4',
			minAge_1: '0',
			maxAge_1: '4',
			capacity_1: '4',
			minAge_2: '3',
			maxAge_2: '6',
			capacity_2: '0'
		});
		expect(parsed.ok).toBe(false);
		if (parsed.ok) return;
		expect(parsed.errors).toMatchObject({
			date: 'centres.dateInvalid',
			starts: 'childcare.startsInvalid',
			childrenPerStaff: 'childcare.ratioInvalid',
			staffCount: 'childcare.staffInvalid',
			maxAge_0: 'childcare.bandAgesReversed',
			capacity_2: 'childcare.capacityInvalid'
		});
		expect(parsed.values.minAge_1).toBe('0');

		const overlapping = parseSessionForm({
			date: '2026-11-20',
			starts: '18:00',
			ends: '23:00',
			childrenPerStaff: '4',
			staffCount: '1',
			minAge_0: '0',
			maxAge_0: '4',
			capacity_0: '4',
			minAge_1: '4',
			maxAge_1: '8',
			capacity_1: '4'
		});
		expect(overlapping.ok).toBe(false);
		if (!overlapping.ok) expect(overlapping.errors.minAge_1).toBe('childcare.bandsOverlap');

		const noBand = parseSessionForm({
			date: '2026-11-20',
			starts: '18:00',
			ends: '23:00',
			childrenPerStaff: '4',
			staffCount: '1'
		});
		expect(noBand.ok).toBe(false);
		if (!noBand.ok) expect(noBand.errors.minAge_0).toBe('childcare.bandRequired');

		const staffing = parseStaffingForm(
			{ childrenPerStaff: '3', staffCount: '2', capacity_a: '5', capacity_b: 'lots' },
			['a', 'b']
		);
		expect(staffing.ok).toBe(false);
		if (!staffing.ok) expect(staffing.errors).toEqual({ capacity_b: 'childcare.capacityInvalid' });
	});
});

describeEachDatabase('childcare', (database) => {
	it('counts places per age band, capped by the ratio of children to staff', async () => {
		const { db } = database();
		const centre = await newCentre(db, 'Ratio Centre');
		const coordinator = await person(db, centre, 'Ratio coordinator', ['member', 'coordinator']);
		const parent = await person(db, centre, 'Ratio parent', ['member']);
		// Two bands of 2 and 6 places, but one member of staff for 3 children.
		const id = await createSession(
			db,
			coordinator,
			centre,
			evening({ childrenPerStaff: 3, staffCount: 1 }),
			FRIDAY_FIVE
		);
		const before = await sessionSummary(db, centre.id, id, FRIDAY_FIVE);
		expect(before.startsAt.toISOString()).toBe('2026-11-20T18:00:00.000Z');
		expect(before.bands.map((band) => band.left)).toEqual([2, 3]);
		expect(before.left).toBe(3);

		await bookPlace(db, parent, id, { childName: 'Sami', age: 1 }, KEY, FRIDAY_FIVE);
		await bookPlace(db, parent, id, { childName: 'Bea', age: 2 }, KEY, FRIDAY_FIVE);
		const babiesFull = await rejection(
			bookPlace(db, parent, id, { childName: 'Noor', age: 0 }, KEY, FRIDAY_FIVE)
		);
		expect(babiesFull).toEqual(new RuleError('childcare.bandFull'));
		await bookPlace(db, parent, id, { childName: 'Kit', age: 5 }, KEY, FRIDAY_FIVE);
		// The older band has places of its own, but three children already fill the ratio.
		const ratioFull = await rejection(
			bookPlace(db, parent, id, { childName: 'Ola', age: 6 }, KEY, FRIDAY_FIVE)
		);
		expect(ratioFull).toEqual(new RuleError('childcare.sessionFull'));

		// A second member of staff arrives: the ratio lets three more in.
		await updateStaffing(db, coordinator, id, {
			childrenPerStaff: 3,
			staffCount: 2,
			capacities: Object.fromEntries(before.bands.map((band) => [band.id, band.capacity]))
		});
		const after = await sessionSummary(db, centre.id, id, FRIDAY_FIVE);
		expect(after.bands.map((band) => band.left)).toEqual([0, 3]);
		await bookPlace(db, parent, id, { childName: 'Ola', age: 6 }, KEY, FRIDAY_FIVE);
	});

	it('refuses a child older than the session’s bands, or a session that is over', async () => {
		const { db } = database();
		const centre = await newCentre(db, 'Bands Centre');
		const coordinator = await person(db, centre, 'Bands coordinator', ['member', 'coordinator']);
		const parent = await person(db, centre, 'Bands parent', ['member']);
		const id = await createSession(db, coordinator, centre, evening(), FRIDAY_FIVE);
		await expect(
			bookPlace(db, parent, id, { childName: 'Yara', age: 9 }, KEY, FRIDAY_FIVE)
		).rejects.toEqual(new RuleError('childcare.ageNotInBand'));
		await expect(
			bookPlace(db, parent, id, { childName: 'Yara', age: 4 }, KEY, hours(6))
		).rejects.toEqual(new RuleError('childcare.sessionOver'));
		await expect(
			bookPlace(
				db,
				parent,
				'0196a3c0-0000-7000-8000-0000000000ff',
				{ childName: 'Yara', age: 4 },
				KEY,
				FRIDAY_FIVE
			)
		).rejects.toBeInstanceOf(NotFoundError);
		await expect(
			createSession(db, coordinator, centre, evening({ date: '2026-11-19' }), FRIDAY_FIVE)
		).rejects.toEqual(new RuleError('childcare.sessionInPast'));
		await expect(createSession(db, parent, centre, evening(), FRIDAY_FIVE)).rejects.toBeInstanceOf(
			ForbiddenError
		);
	});

	it('runs a session across midnight, on the centre’s clock', async () => {
		const { db } = database();
		const centre = await newCentre(db, 'Night Centre');
		const coordinator = await person(db, centre, 'Night coordinator', ['member', 'coordinator']);
		const id = await createSession(
			db,
			coordinator,
			centre,
			evening({ starts: '22:00', ends: '06:00' }),
			FRIDAY_FIVE
		);
		const session = await sessionSummary(db, centre.id, id, FRIDAY_FIVE);
		expect(session.startsAt.toISOString()).toBe('2026-11-20T22:00:00.000Z');
		expect(session.endsAt.toISOString()).toBe('2026-11-21T06:00:00.000Z');
		const listed = await upcomingSessions(db, centre, new Date('2026-11-21T02:00:00Z'));
		expect(listed.map((entry) => entry.id)).toEqual([id]);
	});

	it('gives exactly one booking when 50 parents ask at once for the last place', async () => {
		const { db, url } = database();
		const centre = await newCentre(db, 'Last Place Centre');
		const coordinator = await person(db, centre, 'Last coordinator', ['member', 'coordinator']);
		const parent = await person(db, centre, 'Last parent', ['member']);
		const id = await createSession(
			db,
			coordinator,
			centre,
			evening({ bands: [{ minAge: 0, maxAge: 11, capacity: 3 }] }),
			FRIDAY_FIVE
		);
		await bookPlace(db, parent, id, { childName: 'First', age: 4 }, KEY, FRIDAY_FIVE);
		await bookPlace(db, parent, id, { childName: 'Second', age: 5 }, KEY, FRIDAY_FIVE);

		const pool = createPool(url, 20);
		const racing = createDatabase<Database>(pool);
		try {
			const results = await Promise.allSettled(
				Array.from({ length: 50 }, (_, index) =>
					bookPlace(racing, parent, id, { childName: `Child ${index}`, age: 6 }, KEY, FRIDAY_FIVE)
				)
			);
			const booked = results.filter((result) => result.status === 'fulfilled');
			const refused = results.filter((result) => result.status === 'rejected');
			expect(booked).toHaveLength(1);
			expect(refused).toHaveLength(49);
			for (const result of refused) {
				expect((result as PromiseRejectedResult).reason).toEqual(
					new RuleError('childcare.bandFull')
				);
			}
		} finally {
			await racing.destroy();
		}
		const { count } = await db
			.selectFrom('childcare_bookings')
			.select((eb) => eb.fn.countAll<number>().as('count'))
			.where('session_id', '=', id)
			.executeTakeFirstOrThrow();
		expect(Number(count)).toBe(3);
	});

	it('hands a child over only for the right code, then erases the booking and keeps a count', async () => {
		const { db } = database();
		const centre = await newCentre(db, 'Pick-up Centre');
		const coordinator = await person(db, centre, 'Pick-up coordinator', ['member', 'coordinator']);
		const adviser = await person(db, centre, 'Pick-up adviser', ['member', 'adviser']);
		const parent = await person(db, centre, 'Pick-up parent', ['member']);
		const id = await createSession(db, coordinator, centre, evening(), FRIDAY_FIVE);
		const booked = await bookPlace(db, parent, id, { childName: 'Mo', age: 4 }, KEY, FRIDAY_FIVE);
		expect(booked.code).toMatch(/^\d{4} \d{4}$/);

		// Members cannot see the list of children.
		await expect(dutyList(db, parent, id, KEY, hours(1))).rejects.toBeInstanceOf(ForbiddenError);
		const list = await dutyList(db, adviser, id, KEY, hours(1));
		expect(list.children).toMatchObject([{ name: 'Mo', age: 4, checkedInAt: null }]);
		const child = list.children[0]?.id as string;

		// A child not yet checked in cannot be picked up.
		await expect(pickUp(db, adviser, id, child, code(booked.code), KEY)).rejects.toEqual(
			new RuleError('childcare.notCheckedIn')
		);
		await checkIn(db, adviser, id, child, hours(1));
		await checkIn(db, adviser, id, child, hours(1));
		expect((await sessionSummary(db, centre.id, id, hours(1))).caredFor).toBe(1);

		const wrongCode = code(booked.code) === '00000000' ? '11111111' : '00000000';
		expect(await pickUp(db, adviser, id, child, wrongCode, KEY)).toEqual({ ok: false });
		expect((await dutyList(db, adviser, id, KEY, hours(2))).children).toHaveLength(1);
		// The code of another session opens nothing here either.
		const other = await createSession(
			db,
			coordinator,
			centre,
			evening({ date: '2026-11-21' }),
			FRIDAY_FIVE
		);
		const elsewhere = await bookPlace(
			db,
			parent,
			other,
			{ childName: 'Mo', age: 4 },
			KEY,
			FRIDAY_FIVE
		);
		if (elsewhere.code !== booked.code) {
			expect(await pickUp(db, adviser, id, child, code(elsewhere.code), KEY)).toEqual({
				ok: false
			});
		}

		expect(await pickUp(db, adviser, id, child, code(booked.code), KEY)).toEqual({
			ok: true,
			childName: 'Mo'
		});
		expect((await dutyList(db, adviser, id, KEY, hours(3))).children).toEqual([]);
		expect((await sessionSummary(db, centre.id, id, hours(3))).caredFor).toBe(1);
		await expect(pickUp(db, adviser, id, child, code(booked.code), KEY)).rejects.toEqual(
			new RuleError('childcare.childGone')
		);
		expect(await verifyAuditChain(db)).toBeNull();
	});

	it('lets a parent give the place back with the code, and no one else', async () => {
		const { db } = database();
		const centre = await newCentre(db, 'Cancel Centre');
		const coordinator = await person(db, centre, 'Cancel coordinator', ['member', 'coordinator']);
		const parent = await person(db, centre, 'Cancel parent', ['member']);
		const id = await createSession(db, coordinator, centre, evening(), FRIDAY_FIVE);
		const booked = await bookPlace(db, parent, id, { childName: 'Lu', age: 1 }, KEY, FRIDAY_FIVE);
		const wrong = code(booked.code) === '12345678' ? '87654321' : '12345678';
		expect(await cancelBooking(db, parent, id, wrong, KEY)).toBe(false);
		expect(await cancelBooking(db, parent, id, code(booked.code), KEY)).toBe(true);
		expect((await sessionSummary(db, centre.id, id, FRIDAY_FIVE)).booked).toBe(0);
	});

	it('keeps no name, no address and nothing that links a booking to the parent’s account', async () => {
		const { db, pool } = database();
		const centre = await newCentre(db, 'Privacy Centre');
		const coordinator = await person(db, centre, 'Privacy coordinator', ['member', 'coordinator']);
		const parent = await person(db, centre, 'Amina Rider-Private', ['member']);
		const id = await createSession(db, coordinator, centre, evening(), FRIDAY_FIVE);
		const booked = await bookPlace(
			db,
			parent,
			id,
			{ childName: 'Zuzu-Nickname', age: 3 },
			KEY,
			FRIDAY_FIVE
		);

		// The columns are exactly these: none for a surname, photo, address or account.
		const { rows: columns } = await pool.query<{ table_name: string; column_name: string }>(
			`select table_name, column_name from information_schema.columns
			 where table_name like 'childcare%' order by table_name, ordinal_position`
		);
		expect(columns.map((row) => `${row.table_name}.${row.column_name}`)).toEqual([
			'childcare_bands.centre_id',
			'childcare_bands.id',
			'childcare_bands.session_id',
			'childcare_bands.min_age',
			'childcare_bands.max_age',
			'childcare_bands.capacity',
			'childcare_bookings.centre_id',
			'childcare_bookings.id',
			'childcare_bookings.session_id',
			'childcare_bookings.band_id',
			'childcare_bookings.child_name',
			'childcare_bookings.age',
			'childcare_bookings.pickup_hash',
			'childcare_bookings.checked_in_at',
			'childcare_sessions.centre_id',
			'childcare_sessions.id',
			'childcare_sessions.starts_at',
			'childcare_sessions.ends_at',
			'childcare_sessions.children_per_staff',
			'childcare_sessions.staff_count',
			'childcare_sessions.cared_for'
		]);

		// Every stored value, as text: no account, no chosen name, no child's name, no code.
		const { rows } = await pool.query<{ row: string }>(
			`select row_to_json(t)::text as row from childcare_sessions t
			 union all select row_to_json(t)::text from childcare_bands t
			 union all select row_to_json(t)::text from childcare_bookings t`
		);
		const stored = rows.map((row) => row.row).join('\n');
		expect(stored).toContain(id);
		for (const secret of [
			parent.accountId,
			'Amina',
			'Rider',
			'Zuzu',
			code(booked.code),
			booked.code
		]) {
			expect(stored).not.toContain(secret);
		}
		// Nor does the audit log tie the parent to childcare.
		const audited = await db
			.selectFrom('audit_events')
			.select(['action', 'actor_id', 'subject_id', 'detail'])
			.where('action', 'like', 'childcare.%')
			.execute();
		expect(audited.some((event) => event.actor_id === parent.accountId)).toBe(false);
		expect(JSON.stringify(audited)).not.toContain('Zuzu');
	});

	it('erases bookings when the session ends, and keeps a child still in the room a while longer', async () => {
		const { db } = database();
		const centre = await newCentre(db, 'Sweep Centre');
		const coordinator = await person(db, centre, 'Sweep coordinator', ['member', 'coordinator']);
		const parent = await person(db, centre, 'Sweep parent', ['member']);
		const id = await createSession(db, coordinator, centre, evening(), FRIDAY_FIVE);
		await bookPlace(db, parent, id, { childName: 'Came', age: 4 }, KEY, FRIDAY_FIVE);
		await bookPlace(db, parent, id, { childName: 'Stayed home', age: 5 }, KEY, FRIDAY_FIVE);
		const [came] = (await dutyList(db, coordinator, id, KEY, hours(1))).children;
		await checkIn(db, coordinator, id, came?.id as string, hours(1));

		await pruneChildcare(db, hours(5));
		expect((await dutyList(db, coordinator, id, KEY, hours(5))).children).toHaveLength(2);
		await pruneChildcare(db, hours(6));
		expect(
			(await dutyList(db, coordinator, id, KEY, hours(6))).children.map((child) => child.name)
		).toEqual(['Came']);
		expect((await staffSessions(db, coordinator, hours(6))).map((entry) => entry.here)).toEqual([
			1
		]);

		await pruneChildcare(db, hours(6 + 12));
		const after = await dutyList(db, coordinator, id, KEY, hours(20));
		expect(after.children).toEqual([]);
		expect(after.session.caredFor).toBe(1);
	});

	it('keeps each centre’s childcare to itself, and removes a session with its bookings', async () => {
		const { db } = database();
		const centre = await newCentre(db, 'Own Centre');
		const otherCentre = await newCentre(db, 'Other Centre');
		const coordinator = await person(db, centre, 'Own coordinator', ['member', 'coordinator']);
		const stranger = await person(db, otherCentre, 'Other coordinator', ['member', 'coordinator']);
		const id = await createSession(db, coordinator, centre, evening(), FRIDAY_FIVE);
		await bookPlace(db, coordinator, id, { childName: 'Desk', age: 4 }, KEY, FRIDAY_FIVE);
		await expect(dutyList(db, stranger, id, KEY, FRIDAY_FIVE)).rejects.toBeInstanceOf(
			NotFoundError
		);
		await expect(
			bookPlace(db, stranger, id, { childName: 'X', age: 4 }, KEY, FRIDAY_FIVE)
		).rejects.toBeInstanceOf(NotFoundError);
		expect(await upcomingSessions(db, otherCentre, FRIDAY_FIVE)).toEqual([]);

		await removeSession(db, coordinator, id);
		const { count } = await db
			.selectFrom('childcare_bookings')
			.select((eb) => eb.fn.countAll<number>().as('count'))
			.where('session_id', '=', id)
			.executeTakeFirstOrThrow();
		expect(Number(count)).toBe(0);
	});
});
