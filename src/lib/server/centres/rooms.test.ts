import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { describeEachDatabase } from '../../../../tests/support/database';
import { newCentre } from '../../../../tests/support/fixtures';
import { createPerson, type Actor } from '../identity/identity.service';
import { createDatabase, createPool, inCentre } from '../platform/database';
import { ForbiddenError, RuleError } from '../platform/errors';
import type { Database } from '../schema';
import type { Centre } from './centres.service';
import * as centresRepo from './centres.repository';
import { countVisitor, countsThisHour, headcountsBetween, hourStart, undoCount } from './headcount';
import {
	bookAsMember,
	bookingSpan,
	cancelOwnBooking,
	deskView,
	freeAtDesk,
	ownBookings,
	removeRoom,
	roomsAvailability,
	saveRoom,
	takeAtDesk,
	tonightWindow
} from './rooms';
import { bookingSchema, deskSchema, roomSchema } from './rooms.schemas';
import { uuidv7 } from '../platform/ids';
import { seedDemo } from '../demo/demo.service';
import type { Kysely } from 'kysely';

// Saturday 21 November 2026, 02:00 in London (GMT): Friday night's opening runs until 06:00.
const SATURDAY_2AM = new Date('2026-11-21T02:00:00Z');
const LONDON = 'Europe/London';

describe('the night', () => {
	it('runs from now until 08:00 in the small hours, and from 18:00 by day', () => {
		expect(tonightWindow(SATURDAY_2AM, LONDON)).toEqual({
			start: SATURDAY_2AM,
			end: new Date('2026-11-21T08:00:00Z')
		});
		expect(tonightWindow(new Date('2026-11-21T12:00:00Z'), LONDON)).toEqual({
			start: new Date('2026-11-21T18:00:00Z'),
			end: new Date('2026-11-22T08:00:00Z')
		});
	});

	it('reads "until" at or before "from" as the next day', () => {
		expect(bookingSpan({ date: '2026-11-20', from: '23:00', until: '06:00' }, LONDON)).toEqual({
			start: new Date('2026-11-20T23:00:00Z'),
			end: new Date('2026-11-21T06:00:00Z')
		});
	});

	it('counts hours on the centre’s clock, even half an hour off UTC and when clocks go back', () => {
		expect(hourStart(new Date('2026-11-21T02:59:00Z'), LONDON)).toEqual(SATURDAY_2AM);
		expect(hourStart(new Date('2026-11-21T02:10:00Z'), 'Asia/Kolkata')).toEqual(
			new Date('2026-11-21T01:30:00Z')
		);
		// 25 October 2026: 01:00–02:00 in London happens twice, first in BST, then in GMT.
		expect(hourStart(new Date('2026-10-25T00:30:00Z'), LONDON)).toEqual(
			new Date('2026-10-25T00:00:00Z')
		);
		expect(hourStart(new Date('2026-10-25T01:30:00Z'), LONDON)).toEqual(
			new Date('2026-10-25T01:00:00Z')
		);
	});
});

describe('room forms', () => {
	it('name each problem', () => {
		const room = roomSchema.safeParse({ name: '', kind: 'sauna', units: '0', hours: '' });
		expect(room.success).toBe(false);
		expect(room.error?.issues.map((issue) => issue.message).sort()).toEqual([
			'rooms.hoursRequired',
			'rooms.kindRequired',
			'rooms.nameRequired',
			'rooms.unitsInvalid'
		]);
		const booking = bookingSchema.safeParse({ date: '2026-02-30', from: '25:00', until: 'late' });
		expect(booking.error?.issues.map((issue) => issue.message)).toEqual([
			'rooms.dateInvalid',
			'rooms.fromInvalid',
			'rooms.untilInvalid'
		]);
		const desk = deskSchema.safeParse({ roomId: 'x', unit: 'two', until: 'dawn' });
		expect(desk.error?.issues.map((issue) => issue.message)).toEqual([
			'rooms.roomUnknown',
			'rooms.unitUnknown',
			'rooms.untilInvalid'
		]);
		expect(deskSchema.parse({ roomId: uuidv7(), unit: '', until: '' })).toMatchObject({
			unit: null,
			until: null
		});
	});
});

describeEachDatabase('rooms and headcount', (database) => {
	interface Setting {
		centre: Centre;
		coordinator: Actor;
		adviser: Actor;
		member: Actor;
		restId: string;
		meetingId: string;
	}

	async function setting(db: Kysely<Database>, name: string, beds = 3): Promise<Setting> {
		const centre = await newCentre(db, name);
		const person = (chosenName: string, roles: Actor['roles']) =>
			createPerson(db, centre.id, {
				chosenName,
				passphraseHash: 'x',
				roles: [...roles],
				languages: []
			}).then((accountId) => ({ accountId, centreId: centre.id, roles }));
		const coordinator = await person(`${name} coordinator`, ['member', 'coordinator']);
		const adviser = await person(`${name} adviser`, ['member', 'adviser']);
		const member = await person(`${name} member`, ['member']);
		await inCentre(db, centre.id, async (trx) => {
			for (const [weekday, opens, closes] of [
				[5, '10:00', '19:00'],
				[5, '22:00', '06:00'],
				[6, '22:00', '06:00']
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
		const restId = await saveRoom(
			db,
			coordinator,
			null,
			{
				name: 'Rest area',
				kind: 'rest',
				description: 'Quiet beds',
				units: beds,
				hours: 'centre',
				membersBook: true
			},
			SATURDAY_2AM
		);
		const meetingId = await saveRoom(
			db,
			coordinator,
			null,
			{
				name: 'Kitchen',
				kind: 'kitchen',
				description: '',
				units: 10,
				hours: 'centre',
				membersBook: false
			},
			SATURDAY_2AM
		);
		return { centre, coordinator, adviser, member, restId, meetingId };
	}

	it('let a night worker take a bed at the desk at 02:00 with no name, until closing', async () => {
		const { db } = database();
		const { centre, adviser, member, restId } = await setting(db, 'Desk Centre');
		await expect(
			takeAtDesk(db, member, centre, { roomId: restId, unit: null, until: null }, SATURDAY_2AM)
		).rejects.toThrow(ForbiddenError);
		const taken = await takeAtDesk(
			db,
			adviser,
			centre,
			{ roomId: restId, unit: null, until: null },
			SATURDAY_2AM
		);
		expect(taken).toMatchObject({
			unit: 1,
			start: SATURDAY_2AM,
			end: new Date('2026-11-21T06:00:00Z')
		});
		expect(taken.code).toMatch(/^[A-Z0-9]{4}$/);

		const [rest] = await roomsAvailability(db, centre, SATURDAY_2AM);
		expect(rest).toMatchObject({
			name: 'Rest area',
			now: { free: 2, closesAt: new Date('2026-11-21T06:00:00Z') },
			tonight: { free: 2 }
		});

		// A bed a person asks for by number, and one already taken.
		await expect(
			takeAtDesk(db, adviser, centre, { roomId: restId, unit: 1, until: '04:00' }, SATURDAY_2AM)
		).rejects.toThrow(new RuleError('rooms.unitTaken'));
		await expect(
			takeAtDesk(db, adviser, centre, { roomId: restId, unit: 9, until: null }, SATURDAY_2AM)
		).rejects.toThrow(new RuleError('rooms.unitUnknown'));
		const third = await takeAtDesk(
			db,
			adviser,
			centre,
			{ roomId: restId, unit: 3, until: '04:00' },
			SATURDAY_2AM
		);
		expect(third.end).toEqual(new Date('2026-11-21T04:00:00Z'));

		const [desk] = await deskView(db, adviser, centre, SATURDAY_2AM);
		expect(desk?.units.map((unit) => unit.current?.code ?? null)).toEqual([
			taken.code,
			null,
			third.code
		]);

		// The person leaves early: the bed is free at once.
		await freeAtDesk(db, adviser, taken.id, new Date('2026-11-21T03:00:00Z'));
		const later = await roomsAvailability(db, centre, new Date('2026-11-21T03:00:00Z'));
		expect(later[0]?.now?.free).toBe(2);
	});

	it('refuse a booking outside the hours, in the past, too long, or of a walk-in room', async () => {
		const { db } = database();
		const { centre, coordinator, member, restId, meetingId } = await setting(db, 'Rules Centre');
		const at = (start: string, end: string) => ({
			roomId: restId,
			start: new Date(start),
			end: new Date(end),
			inOwnName: false
		});
		await expect(
			bookAsMember(
				db,
				member,
				centre,
				at('2026-11-21T12:00:00Z', '2026-11-21T13:00:00Z'),
				SATURDAY_2AM
			)
		).rejects.toThrow(new RuleError('rooms.outsideHours'));
		await expect(
			bookAsMember(
				db,
				member,
				centre,
				at('2026-11-21T05:00:00Z', '2026-11-21T07:00:00Z'),
				SATURDAY_2AM
			)
		).rejects.toThrow(new RuleError('rooms.outsideHours'));
		await expect(
			bookAsMember(
				db,
				member,
				centre,
				at('2026-11-20T23:00:00Z', '2026-11-21T01:00:00Z'),
				SATURDAY_2AM
			)
		).rejects.toThrow(new RuleError('rooms.inThePast'));
		await expect(
			bookAsMember(
				db,
				member,
				centre,
				at('2026-11-21T22:00:00Z', '2026-11-21T21:00:00Z'),
				SATURDAY_2AM
			)
		).rejects.toThrow(new RuleError('rooms.endsBeforeStart'));
		await expect(
			bookAsMember(
				db,
				member,
				centre,
				{ ...at('2026-11-21T22:00:00Z', '2026-11-22T06:00:00Z'), roomId: meetingId },
				SATURDAY_2AM
			)
		).rejects.toThrow(new RuleError('rooms.walkInOnly'));
		const tonight = await bookAsMember(
			db,
			member,
			centre,
			at('2026-11-21T22:00:00Z', '2026-11-22T06:00:00Z'),
			SATURDAY_2AM
		);
		expect(tonight.unit).toBe(1);
		const second = await bookAsMember(
			db,
			member,
			centre,
			at('2026-11-21T23:00:00Z', '2026-11-22T06:00:00Z'),
			SATURDAY_2AM
		);
		expect(second.unit).toBe(2);
		// Fewer beds than one already booked would strand that booking.
		await expect(
			saveRoom(
				db,
				coordinator,
				restId,
				{
					name: 'Rest area',
					kind: 'rest',
					description: '',
					units: 1,
					hours: 'centre',
					membersBook: true
				},
				SATURDAY_2AM
			)
		).rejects.toThrow(new RuleError('rooms.unitsBooked'));
	});

	it('keep a member’s name off a booking unless they choose to put it there', async () => {
		const { db } = database();
		const { centre, member, adviser, restId } = await setting(db, 'Privacy Centre');
		const span = {
			roomId: restId,
			start: new Date('2026-11-21T22:00:00Z'),
			end: new Date('2026-11-22T06:00:00Z')
		};
		const unnamed = await bookAsMember(
			db,
			member,
			centre,
			{ ...span, inOwnName: false },
			SATURDAY_2AM
		);
		const named = await bookAsMember(
			db,
			member,
			centre,
			{ ...span, inOwnName: true },
			SATURDAY_2AM
		);
		await takeAtDesk(
			db,
			adviser,
			centre,
			{ roomId: restId, unit: null, until: null },
			SATURDAY_2AM
		);
		for (const group of ['adults', 'adults', 'first_visit'] as const) {
			await countVisitor(db, adviser, centre, group, SATURDAY_2AM);
		}

		const bookings = await db
			.selectFrom('room_bookings')
			.selectAll()
			.where('centre_id', '=', centre.id)
			.execute();
		expect(bookings).toHaveLength(3);
		expect(bookings.filter((row) => row.account_id !== null).map((row) => row.id)).toEqual([
			named.id
		]);
		expect(bookings.find((row) => row.id === named.id)?.account_id).toBe(member.accountId);

		// No column of these tables can hold a name, an address or a person.
		const columns = await sql<{ table_name: string; column_name: string }>`
			select table_name, column_name from information_schema.columns
			where table_name in ('room_bookings', 'headcounts') order by table_name, ordinal_position
		`.execute(db);
		expect(columns.rows.map((row) => `${row.table_name}.${row.column_name}`)).toEqual([
			'headcounts.centre_id',
			'headcounts.hour_start',
			'headcounts.visitor_group',
			'headcounts.count',
			'room_bookings.centre_id',
			'room_bookings.id',
			'room_bookings.room_id',
			'room_bookings.unit',
			'room_bookings.period',
			'room_bookings.code',
			'room_bookings.account_id'
		]);
		const counts = await db
			.selectFrom('headcounts')
			.selectAll()
			.where('centre_id', '=', centre.id)
			.execute();
		expect(counts.map(({ visitor_group, count }) => [visitor_group, count]).sort()).toEqual([
			['adults', 2],
			['first_visit', 1]
		]);
		const stored = JSON.stringify([bookings, counts]);
		expect(stored).not.toContain('Privacy Centre member');
		expect(stored).not.toContain(adviser.accountId);
		expect(JSON.stringify(bookings.filter((row) => row.id !== named.id))).not.toContain(
			member.accountId
		);

		// Nothing in the audit log ties the member, or the desk, to a booking or a count.
		const audited = await db
			.selectFrom('audit_events')
			.selectAll()
			.where('centre_id', '=', centre.id)
			.execute();
		const trail = JSON.stringify(audited);
		expect(trail).not.toContain(member.accountId);
		for (const booking of bookings) expect(trail).not.toContain(booking.id);
		expect(audited.map((event) => event.action)).not.toContain('centres.room_booked');

		// The member sees and cancels only the booking in their name.
		const own = await ownBookings(db, member, SATURDAY_2AM);
		expect(own.map((booking) => booking.id)).toEqual([named.id]);
		await expect(cancelOwnBooking(db, member, unnamed.id, SATURDAY_2AM)).rejects.toThrow();
		await cancelOwnBooking(db, member, named.id, SATURDAY_2AM);
		expect(await ownBookings(db, member, SATURDAY_2AM)).toEqual([]);
	});

	it('give exactly one booking when 50 ask at once for the last bed', async () => {
		const { db, url } = database();
		const { centre, adviser, member, restId } = await setting(db, 'Last Bed Centre', 2);
		await takeAtDesk(db, adviser, centre, { roomId: restId, unit: 1, until: null }, SATURDAY_2AM);
		const pool = createPool(url, 20);
		const racing = createDatabase<Database>(pool);
		try {
			const results = await Promise.allSettled(
				Array.from({ length: 50 }, (_, index) =>
					index % 2 === 0
						? takeAtDesk(
								racing,
								adviser,
								centre,
								{ roomId: restId, unit: null, until: null },
								SATURDAY_2AM
							)
						: bookAsMember(
								racing,
								member,
								centre,
								{
									roomId: restId,
									start: SATURDAY_2AM,
									end: new Date('2026-11-21T05:00:00Z'),
									inOwnName: false
								},
								SATURDAY_2AM
							)
				)
			);
			expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
			for (const result of results) {
				if (result.status === 'rejected')
					expect(result.reason).toEqual(new RuleError('rooms.full'));
			}
			// The same bed asked for by number, 50 times at once, on the exclusion constraint alone.
			const byNumber = await Promise.allSettled(
				Array.from({ length: 50 }, () =>
					takeAtDesk(
						racing,
						adviser,
						centre,
						{ roomId: restId, unit: 2, until: '23:00' },
						new Date('2026-11-21T22:00:00Z')
					)
				)
			);
			expect(byNumber.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
		} finally {
			await racing.destroy();
		}
		const { count } = await db
			.selectFrom('room_bookings')
			.select((eb) => eb.fn.countAll<number>().as('count'))
			.where('centre_id', '=', centre.id)
			.executeTakeFirstOrThrow();
		expect(Number(count)).toBe(3);
	});

	it('make overlapping bookings of one unit impossible in the database itself', async () => {
		const { db } = database();
		const { centre, restId } = await setting(db, 'Constraint Centre');
		const insert = (period: string) =>
			inCentre(db, centre.id, (trx) =>
				trx
					.insertInto('room_bookings')
					.values({
						centre_id: centre.id,
						id: uuidv7(),
						room_id: restId,
						unit: 1,
						period,
						code: 'ACDE',
						account_id: null
					})
					.execute()
			);
		await insert('[2026-11-21T22:00:00Z,2026-11-22T02:00:00Z)');
		await insert('[2026-11-22T02:00:00Z,2026-11-22T06:00:00Z)');
		await expect(insert('[2026-11-22T01:00:00Z,2026-11-22T03:00:00Z)')).rejects.toMatchObject({
			code: '23P01'
		});
	});

	it('count the door per hour, undo a press within the hour, and never anything more', async () => {
		const { db } = database();
		const { centre, adviser, member } = await setting(db, 'Door Centre');
		await expect(countVisitor(db, member, centre, 'adults', SATURDAY_2AM)).rejects.toThrow(
			ForbiddenError
		);
		const pressed = await Promise.all(
			Array.from({ length: 20 }, () => countVisitor(db, adviser, centre, 'children', SATURDAY_2AM))
		);
		expect(Math.max(...pressed.map((press) => press.count))).toBe(20);
		await countVisitor(db, adviser, centre, 'adults', new Date('2026-11-21T02:40:00Z'));
		await countVisitor(db, adviser, centre, 'adults', new Date('2026-11-21T03:05:00Z'));
		await undoCount(
			db,
			adviser,
			centre,
			'children',
			SATURDAY_2AM,
			new Date('2026-11-21T02:50:00Z')
		);
		await expect(
			undoCount(db, adviser, centre, 'adults', SATURDAY_2AM, new Date('2026-11-21T03:10:00Z'))
		).rejects.toThrow(new RuleError('headcount.undoTooLate'));
		const { hours, totals } = await headcountsBetween(
			db,
			adviser,
			new Date('2026-11-21T00:00:00Z'),
			new Date('2026-11-21T08:00:00Z')
		);
		expect(hours.map((hour) => [hour.hourStart.toISOString(), hour.counts])).toEqual([
			['2026-11-21T02:00:00.000Z', { adults: 1, children: 19, first_visit: 0 }],
			['2026-11-21T03:00:00.000Z', { adults: 1, children: 0, first_visit: 0 }]
		]);
		expect(totals).toEqual({ adults: 2, children: 19, first_visit: 0 });
		expect(
			(await countsThisHour(db, adviser, centre, new Date('2026-11-21T03:30:00Z'))).counts
		).toEqual({ adults: 1, children: 0, first_visit: 0 });
	});

	it('remove a room and its bookings, for a coordinator only', async () => {
		const { db } = database();
		const { centre, coordinator, adviser, restId } = await setting(db, 'Remove Centre');
		await takeAtDesk(
			db,
			adviser,
			centre,
			{ roomId: restId, unit: null, until: null },
			SATURDAY_2AM
		);
		await expect(removeRoom(db, adviser, restId)).rejects.toThrow(ForbiddenError);
		await removeRoom(db, coordinator, restId);
		const left = await db
			.selectFrom('room_bookings')
			.select('id')
			.where('centre_id', '=', centre.id)
			.execute();
		expect(left).toEqual([]);
	});

	it('show the demo centre’s rooms believably at 02:00 on a Saturday', async () => {
		const { db } = database();
		const demo = await seedDemo(db, SATURDAY_2AM);
		const rooms = await roomsAvailability(db, demo, SATURDAY_2AM);
		expect(rooms.map((room) => room.kind)).toEqual([
			'rest',
			'quiet',
			'prayer',
			'shower',
			'kitchen',
			'meeting',
			'childcare'
		]);
		expect(rooms[0]).toMatchObject({ now: { free: 3 }, tonight: { free: 3 } });
		// The meeting room keeps day hours of its own, so it is closed in the night.
		expect(rooms[5]).toMatchObject({ now: null, tonight: null });
		const coordinator = await db
			.selectFrom('centre_roles')
			.select('account_id')
			.where('centre_id', '=', demo.id)
			.where('role', '=', 'coordinator')
			.executeTakeFirstOrThrow();
		const { hours } = await headcountsBetween(
			db,
			{ accountId: coordinator.account_id, centreId: demo.id, roles: ['coordinator'] },
			new Date(SATURDAY_2AM.getTime() - 7 * 86_400_000),
			SATURDAY_2AM
		);
		expect(hours.length).toBeGreaterThan(20);
	});
});
