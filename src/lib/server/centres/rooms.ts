import { randomInt } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import { requireRole, type Actor } from '../identity/identity.service';
import { recordAudit } from '../platform/audit';
import { inCentre } from '../platform/database';
import { NotFoundError, RuleError } from '../platform/errors';
import { uuidv7 } from '../platform/ids';
import type { Database, Db } from '../schema';
import type { Centre } from './centres.service';
import * as centresRepo from './centres.repository';
import {
	addDays,
	instantToLocal,
	localToInstant,
	openingIntervals,
	type Interval,
	type OpeningException,
	type Weekday,
	type WeeklyOpening
} from './opening-hours';
import type { RoomInput } from './rooms.schemas';
import type { RoomKind } from './rooms.tables';

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;
/** The longest one booking may last: a night's rest, not a tenancy. */
export const LONGEST_BOOKING_MS = 14 * HOUR_MS;
/** How far ahead a member may book. */
export const FURTHEST_AHEAD_MS = 30 * DAY_MS;
/** Bookings are forgotten this long after they end: nobody needs to know who rested when. */
const KEPT_AFTER_END_MS = 2 * DAY_MS;
// Letters and digits that cannot be mistaken for one another when said aloud or written down.
const CODE_ALPHABET = 'ACDEFHJKMNPRTWXY3479';
const CODE_LENGTH = 4;

export type RoomOpening = WeeklyOpening & { id: string };

export interface Room {
	id: string;
	name: string;
	kind: RoomKind;
	description: string;
	units: number;
	usesCentreHours: boolean;
	membersBook: boolean;
	/** The room's own weekly hours; empty when it keeps the centre's. */
	weekly: RoomOpening[];
}

export interface Booking {
	id: string;
	roomId: string;
	unit: number;
	start: Date;
	end: Date;
	code: string;
	inOwnName: boolean;
}

export interface CentreHoursNow {
	weekly: WeeklyOpening[];
	exceptions: OpeningException[];
}

const wall = (time: string) => time.slice(0, 5);
const range = (start: Date, end: Date) => `[${start.toISOString()},${end.toISOString()})`;
const floorToMinute = (instant: Date) =>
	new Date(Math.floor(instant.getTime() / MINUTE_MS) * MINUTE_MS);

function newCode(): string {
	let code = '';
	for (let i = 0; i < CODE_LENGTH; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
	return code;
}

async function readRooms(trx: Db, centreId: string, ids?: string[]): Promise<Room[]> {
	if (ids && ids.length === 0) return [];
	let query = trx
		.selectFrom('rooms')
		.selectAll()
		.where('centre_id', '=', centreId)
		.orderBy('position')
		.orderBy('name')
		.orderBy('id');
	if (ids) query = query.where('id', 'in', ids);
	const rows = await query.execute();
	if (rows.length === 0) return [];
	const hours = await trx
		.selectFrom('room_hours')
		.select(['id', 'room_id', 'weekday', 'opens', 'closes'])
		.where('centre_id', '=', centreId)
		.where(
			'room_id',
			'in',
			rows.map((row) => row.id)
		)
		.orderBy('weekday')
		.orderBy('opens')
		.execute();
	return rows.map((row) => ({
		id: row.id,
		name: row.name,
		kind: row.kind,
		description: row.description,
		units: row.units,
		usesCentreHours: row.uses_centre_hours,
		membersBook: row.members_book,
		weekly: hours
			.filter((opening) => opening.room_id === row.id)
			.map((opening) => ({
				id: opening.id,
				weekday: opening.weekday as Weekday,
				opens: wall(opening.opens),
				closes: wall(opening.closes)
			}))
	}));
}

/** The centre's weekly hours and its exceptions from the day before `now` on. */
export async function readCentreHours(trx: Db, centre: Centre, now: Date): Promise<CentreHoursNow> {
	const yesterday = addDays(instantToLocal(now, centre.timeZone).date, -1);
	const [weekly, exceptions] = await Promise.all([
		centresRepo.weeklyHours(trx, centre.id),
		centresRepo.exceptionsFrom(trx, centre.id, yesterday)
	]);
	return {
		weekly: weekly.map((row) => ({
			weekday: row.weekday as Weekday,
			opens: wall(row.opens),
			closes: wall(row.closes)
		})),
		exceptions: exceptions.map((row) =>
			row.kind === 'closed'
				? { date: row.on_date, kind: 'closed' as const }
				: {
						date: row.on_date,
						kind: 'open' as const,
						opens: wall(row.opens ?? '00:00'),
						closes: wall(row.closes ?? '00:00')
					}
		)
	};
}

/**
 * When a room is open between two instants. A room with its own hours still shuts on the days
 * the whole centre is closed; the centre's extra openings reach only rooms on the centre's hours.
 */
export function roomIntervals(
	room: Room,
	centreHours: CentreHoursNow,
	from: Date,
	to: Date,
	timeZone: string
): Interval[] {
	if (room.usesCentreHours) {
		return openingIntervals(centreHours.weekly, centreHours.exceptions, from, to, timeZone);
	}
	const closedDays = centreHours.exceptions.filter((exception) => exception.kind === 'closed');
	return openingIntervals(room.weekly, closedDays, from, to, timeZone);
}

/**
 * "Tonight" as a person at the door means it: from now until 08:00 in the small hours, and from
 * 18:00 (or now, if later) until 08:00 tomorrow during the day.
 */
export function tonightWindow(now: Date, timeZone: string): Interval {
	const { date, time } = instantToLocal(now, timeZone);
	if (time < '08:00') return { start: now, end: localToInstant(date, '08:00', timeZone) };
	const evening = localToInstant(date, '18:00', timeZone);
	return {
		start: evening > now ? evening : now,
		end: localToInstant(addDays(date, 1), '08:00', timeZone)
	};
}

interface Span {
	roomId: string;
	unit: number;
	start: Date;
	end: Date;
}

async function bookedSpans(trx: Db, centreId: string, from: Date, to: Date): Promise<Span[]> {
	const rows = await trx
		.selectFrom('room_bookings')
		.select([
			'room_id',
			'unit',
			sql<Date>`lower(period)`.as('start'),
			sql<Date>`upper(period)`.as('end')
		])
		.where('centre_id', '=', centreId)
		.where(
			sql<boolean>`period && tstzrange(${from.toISOString()}::timestamptz, ${to.toISOString()}::timestamptz)`
		)
		.execute();
	return rows.map((row) => ({
		roomId: row.room_id,
		unit: row.unit,
		start: new Date(row.start),
		end: new Date(row.end)
	}));
}

const overlaps = (span: { start: Date; end: Date }, interval: Interval) =>
	span.start < interval.end && span.end > interval.start;

/** How many of a room's units have no booking touching any of these intervals. */
function freeUnits(room: Room, spans: Span[], intervals: Interval[]): number {
	const taken = new Set(
		spans
			.filter((span) => span.roomId === room.id && span.unit <= room.units)
			.filter((span) => intervals.some((interval) => overlaps(span, interval)))
			.map((span) => span.unit)
	);
	return room.units - taken.size;
}

export interface RoomAvailability {
	id: string;
	name: string;
	kind: RoomKind;
	description: string;
	units: number;
	membersBook: boolean;
	/** Open now: how many are free and when it closes; closed: null, and when it opens next. */
	now: { free: number; closesAt: Date } | null;
	opensAt: Date | null;
	/** The room's hours tonight, and how many are free through all of them; null when closed. */
	tonight: { start: Date; end: Date; free: number } | null;
}

/** What is free now and tonight in every room: for anyone, with nothing about who booked. */
export async function roomsAvailability(
	db: Kysely<Database>,
	centre: Centre,
	now: Date
): Promise<RoomAvailability[]> {
	return inCentre(db, centre.id, async (trx) => {
		const rooms = await readRooms(trx, centre.id);
		if (rooms.length === 0) return [];
		const hours = await readCentreHours(trx, centre, now);
		const tonight = tonightWindow(now, centre.timeZone);
		const lookAhead = new Date(now.getTime() + 8 * DAY_MS);
		const spans = await bookedSpans(trx, centre.id, now, tonight.end);
		return rooms.map((room) => {
			const intervals = roomIntervals(room, hours, now, lookAhead, centre.timeZone);
			const current = intervals.find((interval) => interval.start <= now && interval.end > now);
			const next = intervals.find((interval) => interval.start > now);
			const tonightOpen = intervals
				.filter((interval) => overlaps(interval, tonight))
				.map((interval) => ({
					start: interval.start > tonight.start ? interval.start : tonight.start,
					end: interval.end < tonight.end ? interval.end : tonight.end
				}));
			const nowInstant = { start: now, end: new Date(now.getTime() + 1) };
			return {
				id: room.id,
				name: room.name,
				kind: room.kind,
				description: room.description,
				units: room.units,
				membersBook: room.membersBook,
				now: current ? { free: freeUnits(room, spans, [nowInstant]), closesAt: current.end } : null,
				opensAt: current ? null : (next?.start ?? null),
				tonight:
					tonightOpen.length > 0
						? {
								start: tonightOpen[0]!.start,
								end: tonightOpen.at(-1)!.end,
								free: freeUnits(room, spans, tonightOpen)
							}
						: null
			};
		});
	});
}

export interface RoomDetail {
	room: Room;
	/** Openings over the next week, each with how many units are free through all of it. */
	openings: { start: Date; end: Date; free: number }[];
}

/** One room and its openings for the coming week, for the booking page. */
export async function roomDetail(
	db: Kysely<Database>,
	centre: Centre,
	roomId: string,
	now: Date
): Promise<RoomDetail> {
	return inCentre(db, centre.id, async (trx) => {
		const [room] = await readRooms(trx, centre.id, [roomId]);
		if (!room) throw new NotFoundError('room');
		const hours = await readCentreHours(trx, centre, now);
		const weekAhead = new Date(now.getTime() + 7 * DAY_MS);
		const intervals = roomIntervals(room, hours, now, weekAhead, centre.timeZone);
		const spans = await bookedSpans(trx, centre.id, now, weekAhead);
		return {
			room,
			openings: intervals.map((interval) => {
				const from = interval.start > now ? interval.start : now;
				return {
					start: interval.start,
					end: interval.end,
					free: freeUnits(room, spans, [{ start: from, end: interval.end }])
				};
			})
		};
	});
}

interface BookingRequest {
	roomId: string;
	start: Date;
	end: Date;
	/** null: the first unit free for the whole span. */
	unit: number | null;
	/** Only when a member chose to book in their own name. */
	accountId: string | null;
}

export interface Booked {
	id: string;
	roomId: string;
	roomName: string;
	kind: RoomKind;
	unit: number;
	start: Date;
	end: Date;
	code: string;
}

/**
 * Books one unit of a room. The room's row is locked while a free unit is chosen, so requests at
 * once are served one after another; the exclusion constraint on room_bookings is what makes a
 * double booking impossible even if this code were wrong.
 */
async function book(
	db: Kysely<Database>,
	centre: Centre,
	request: BookingRequest,
	now: Date,
	check?: (room: Room) => void
): Promise<Booked> {
	if (request.end <= request.start) throw new RuleError('rooms.endsBeforeStart');
	if (request.end.getTime() - request.start.getTime() > LONGEST_BOOKING_MS) {
		throw new RuleError('rooms.tooLong');
	}
	if (request.start < floorToMinute(now)) throw new RuleError('rooms.inThePast');
	if (request.start.getTime() - now.getTime() > FURTHEST_AHEAD_MS) {
		throw new RuleError('rooms.tooFarAhead');
	}
	try {
		return await inCentre(db, centre.id, async (trx) => {
			const locked = await trx
				.selectFrom('rooms')
				.select('id')
				.where('centre_id', '=', centre.id)
				.where('id', '=', request.roomId)
				.forUpdate()
				.executeTakeFirst();
			if (!locked) throw new NotFoundError('room');
			const [room] = await readRooms(trx, centre.id, [request.roomId]);
			if (!room) throw new NotFoundError('room');
			check?.(room);
			if (request.unit !== null && (request.unit < 1 || request.unit > room.units)) {
				throw new RuleError('rooms.unitUnknown');
			}
			const hours = await readCentreHours(trx, centre, now);
			const open = roomIntervals(room, hours, request.start, request.end, centre.timeZone);
			if (
				!open.some((interval) => interval.start <= request.start && interval.end >= request.end)
			) {
				throw new RuleError('rooms.outsideHours');
			}
			const spans = (await bookedSpans(trx, centre.id, request.start, request.end)).filter(
				(span) => span.roomId === room.id
			);
			const taken = new Set(spans.map((span) => span.unit));
			let unit = request.unit;
			if (unit === null) {
				for (let candidate = 1; candidate <= room.units && unit === null; candidate++) {
					if (!taken.has(candidate)) unit = candidate;
				}
				if (unit === null) throw new RuleError('rooms.full');
			} else if (taken.has(unit)) {
				throw new RuleError('rooms.unitTaken');
			}
			// Old bookings go as new ones come, so no job is needed to forget them.
			await trx
				.deleteFrom('room_bookings')
				.where('centre_id', '=', centre.id)
				.where(
					sql<boolean>`upper(period) < ${new Date(now.getTime() - KEPT_AFTER_END_MS).toISOString()}::timestamptz`
				)
				.execute();
			const id = uuidv7();
			const code = newCode();
			await trx
				.insertInto('room_bookings')
				.values({
					centre_id: centre.id,
					id,
					room_id: room.id,
					unit,
					period: range(request.start, request.end),
					code,
					account_id: request.accountId
				})
				.execute();
			return {
				id,
				roomId: room.id,
				roomName: room.name,
				kind: room.kind,
				unit,
				start: request.start,
				end: request.end,
				code
			};
		});
	} catch (thrown) {
		// Another request took the unit between our look and our insert.
		if ((thrown as { code?: string }).code === '23P01') {
			throw new RuleError(request.unit === null ? 'rooms.full' : 'rooms.unitTaken');
		}
		throw thrown;
	}
}

/**
 * A member books a slot. In their own name, they see it among their bookings and can cancel it;
 * otherwise the booking holds nothing about them, only the unit and the code they are shown.
 */
export async function bookAsMember(
	db: Kysely<Database>,
	actor: Actor,
	centre: Centre,
	input: { roomId: string; start: Date; end: Date; inOwnName: boolean },
	now: Date
): Promise<Booked> {
	requireRole(actor, 'member', 'adviser', 'organiser', 'coordinator');
	return book(
		db,
		centre,
		{
			roomId: input.roomId,
			start: input.start,
			end: input.end,
			unit: null,
			accountId: input.inOwnName ? actor.accountId : null
		},
		now,
		(room) => {
			if (!room.membersBook) throw new RuleError('rooms.walkInOnly');
		}
	);
}

/**
 * A member's choice of date and times, on the centre's clock, as instants. "Until" at or before
 * "from" is the next day, as a night's rest from 23:00 to 06:00 is written.
 */
export function bookingSpan(
	input: { date: string; from: string; until: string },
	timeZone: string
): { start: Date; end: Date } {
	const start = localToInstant(input.date, input.from, timeZone);
	const endDate = input.until > input.from ? input.date : addDays(input.date, 1);
	return { start, end: localToInstant(endDate, input.until, timeZone) };
}

/**
 * Staff at the desk take a bed or place for someone who walked in, from now: no name is asked,
 * and none can be given. Until closing time unless a time is given ('HH:MM', the next one to
 * come on the centre's clock).
 */
export async function takeAtDesk(
	db: Kysely<Database>,
	actor: Actor,
	centre: Centre,
	input: { roomId: string; unit: number | null; until: string | null },
	now: Date
): Promise<Booked> {
	requireRole(actor, 'adviser', 'organiser', 'coordinator');
	const start = floorToMinute(now);
	let end: Date;
	if (input.until) {
		const today = instantToLocal(now, centre.timeZone).date;
		end = localToInstant(today, input.until, centre.timeZone);
		if (end <= start) end = localToInstant(addDays(today, 1), input.until, centre.timeZone);
	} else {
		const closing = await inCentre(db, centre.id, async (trx) => {
			const [room] = await readRooms(trx, centre.id, [input.roomId]);
			if (!room) throw new NotFoundError('room');
			const hours = await readCentreHours(trx, centre, now);
			const intervals = roomIntervals(
				room,
				hours,
				start,
				new Date(start.getTime() + LONGEST_BOOKING_MS),
				centre.timeZone
			);
			return intervals.find((interval) => interval.start <= start && interval.end > start)?.end;
		});
		if (!closing) throw new RuleError('rooms.notOpen');
		end = new Date(Math.min(closing.getTime(), start.getTime() + LONGEST_BOOKING_MS));
	}
	return book(
		db,
		centre,
		{ roomId: input.roomId, start, end, unit: input.unit, accountId: null },
		now
	);
}

export interface DeskUnit {
	unit: number;
	/** The booking holding it now, if any. */
	current: { id: string; code: string; end: Date; inOwnName: boolean } | null;
}

export interface DeskRoom {
	room: Room;
	open: { closesAt: Date } | null;
	units: DeskUnit[];
	/** Bookings still to start in the next 24 hours. */
	coming: Booking[];
}

/** Every room and unit as the desk sees it now: which are taken, until when, with which code. */
export async function deskView(
	db: Kysely<Database>,
	actor: Actor,
	centre: Centre,
	now: Date
): Promise<DeskRoom[]> {
	requireRole(actor, 'adviser', 'organiser', 'coordinator');
	return inCentre(db, centre.id, async (trx) => {
		const rooms = await readRooms(trx, centre.id);
		if (rooms.length === 0) return [];
		const hours = await readCentreHours(trx, centre, now);
		const dayAhead = new Date(now.getTime() + DAY_MS);
		const bookings = await readBookings(trx, centre.id, now, dayAhead);
		return rooms.map((room) => {
			const intervals = roomIntervals(room, hours, now, dayAhead, centre.timeZone);
			const current = intervals.find((interval) => interval.start <= now && interval.end > now);
			const mine = bookings.filter((booking) => booking.roomId === room.id);
			return {
				room,
				open: current ? { closesAt: current.end } : null,
				units: Array.from({ length: room.units }, (_, index) => {
					const holding = mine.find(
						(booking) => booking.unit === index + 1 && booking.start <= now && booking.end > now
					);
					return {
						unit: index + 1,
						current: holding
							? {
									id: holding.id,
									code: holding.code,
									end: holding.end,
									inOwnName: holding.inOwnName
								}
							: null
					};
				}),
				coming: mine.filter((booking) => booking.start > now)
			};
		});
	});
}

async function readBookings(trx: Db, centreId: string, from: Date, to: Date): Promise<Booking[]> {
	const rows = await trx
		.selectFrom('room_bookings')
		.select([
			'id',
			'room_id',
			'unit',
			'code',
			'account_id',
			sql<Date>`lower(period)`.as('start'),
			sql<Date>`upper(period)`.as('end')
		])
		.where('centre_id', '=', centreId)
		.where(
			sql<boolean>`period && tstzrange(${from.toISOString()}::timestamptz, ${to.toISOString()}::timestamptz)`
		)
		.orderBy(sql`lower(period)`)
		.orderBy('unit')
		.execute();
	return rows.map(toBooking);
}

function toBooking(row: {
	id: string;
	room_id: string;
	unit: number;
	code: string;
	account_id: string | null;
	start: Date;
	end: Date;
}): Booking {
	return {
		id: row.id,
		roomId: row.room_id,
		unit: row.unit,
		start: new Date(row.start),
		end: new Date(row.end),
		code: row.code,
		inOwnName: row.account_id !== null
	};
}

/**
 * Ends a booking: one still to come is removed; one under way ends now, so the unit is free at
 * once and the time it was used is not rewritten.
 */
async function endBooking(trx: Db, centreId: string, booking: Booking, now: Date): Promise<void> {
	if (booking.end <= now) return;
	const at = floorToMinute(now);
	if (booking.start >= at) {
		await trx
			.deleteFrom('room_bookings')
			.where('centre_id', '=', centreId)
			.where('id', '=', booking.id)
			.execute();
		return;
	}
	await trx
		.updateTable('room_bookings')
		.set({ period: range(booking.start, at) })
		.where('centre_id', '=', centreId)
		.where('id', '=', booking.id)
		.execute();
}

async function readBooking(
	trx: Db,
	centreId: string,
	id: string
): Promise<(Booking & { accountId: string | null }) | null> {
	const row = await trx
		.selectFrom('room_bookings')
		.select([
			'id',
			'room_id',
			'unit',
			'code',
			'account_id',
			sql<Date>`lower(period)`.as('start'),
			sql<Date>`upper(period)`.as('end')
		])
		.where('centre_id', '=', centreId)
		.where('id', '=', id)
		.executeTakeFirst();
	return row ? { ...toBooking(row), accountId: row.account_id } : null;
}

/** Staff free a unit: the person left, or will not come. */
export async function freeAtDesk(
	db: Kysely<Database>,
	actor: Actor,
	bookingId: string,
	now: Date
): Promise<void> {
	requireRole(actor, 'adviser', 'organiser', 'coordinator');
	await inCentre(db, actor.centreId, async (trx) => {
		const booking = await readBooking(trx, actor.centreId, bookingId);
		if (!booking) throw new NotFoundError('booking');
		await endBooking(trx, actor.centreId, booking, now);
	});
}

export interface OwnBooking extends Booking {
	roomName: string;
	kind: RoomKind;
}

/** The bookings a member made in their own name that have not ended. */
export async function ownBookings(
	db: Kysely<Database>,
	actor: Actor,
	now: Date
): Promise<OwnBooking[]> {
	return inCentre(db, actor.centreId, async (trx) => {
		const rows = await trx
			.selectFrom('room_bookings')
			.innerJoin('rooms', (join) =>
				join
					.onRef('rooms.centre_id', '=', 'room_bookings.centre_id')
					.onRef('rooms.id', '=', 'room_bookings.room_id')
			)
			.select([
				'room_bookings.id',
				'room_bookings.room_id',
				'room_bookings.unit',
				'room_bookings.code',
				'room_bookings.account_id',
				'rooms.name as room_name',
				'rooms.kind',
				sql<Date>`lower(room_bookings.period)`.as('start'),
				sql<Date>`upper(room_bookings.period)`.as('end')
			])
			.where('room_bookings.centre_id', '=', actor.centreId)
			.where('room_bookings.account_id', '=', actor.accountId)
			.where(sql<boolean>`upper(room_bookings.period) > ${now.toISOString()}::timestamptz`)
			.orderBy(sql`lower(room_bookings.period)`)
			.execute();
		return rows.map((row) => ({ ...toBooking(row), roomName: row.room_name, kind: row.kind }));
	});
}

/** A member cancels a booking made in their own name; nobody else's. */
export async function cancelOwnBooking(
	db: Kysely<Database>,
	actor: Actor,
	bookingId: string,
	now: Date
): Promise<void> {
	await inCentre(db, actor.centreId, async (trx) => {
		const booking = await readBooking(trx, actor.centreId, bookingId);
		if (!booking || booking.accountId !== actor.accountId) throw new NotFoundError('booking');
		await endBooking(trx, actor.centreId, booking, now);
	});
}

// Setting up rooms: coordinators only.

export async function listRooms(db: Kysely<Database>, actor: Actor): Promise<Room[]> {
	requireRole(actor, 'adviser', 'organiser', 'coordinator');
	return inCentre(db, actor.centreId, (trx) => readRooms(trx, actor.centreId));
}

export async function roomForEditing(
	db: Kysely<Database>,
	actor: Actor,
	roomId: string
): Promise<Room> {
	requireRole(actor, 'coordinator');
	const [room] = await inCentre(db, actor.centreId, (trx) =>
		readRooms(trx, actor.centreId, [roomId])
	);
	if (!room) throw new NotFoundError('room');
	return room;
}

/** Saves a room from the coordinator's form: a new one when `roomId` is null. */
export async function saveRoom(
	db: Kysely<Database>,
	actor: Actor,
	roomId: string | null,
	input: RoomInput,
	now: Date
): Promise<string> {
	requireRole(actor, 'coordinator');
	return inCentre(db, actor.centreId, async (trx) => {
		const id = roomId ?? uuidv7();
		const values = {
			name: input.name,
			kind: input.kind,
			description: input.description,
			units: input.units,
			uses_centre_hours: input.hours === 'centre',
			members_book: input.membersBook
		};
		if (roomId) {
			const current = await trx
				.selectFrom('rooms')
				.select('id')
				.where('centre_id', '=', actor.centreId)
				.where('id', '=', roomId)
				.forUpdate()
				.executeTakeFirst();
			if (!current) throw new NotFoundError('room');
			// Fewer units must not strand a booking on a bed that no longer exists.
			const stranded = await trx
				.selectFrom('room_bookings')
				.select('id')
				.where('centre_id', '=', actor.centreId)
				.where('room_id', '=', roomId)
				.where('unit', '>', input.units)
				.where(sql<boolean>`upper(period) > ${now.toISOString()}::timestamptz`)
				.executeTakeFirst();
			if (stranded) throw new RuleError('rooms.unitsBooked');
			await trx
				.updateTable('rooms')
				.set(values)
				.where('centre_id', '=', actor.centreId)
				.where('id', '=', roomId)
				.execute();
		} else {
			const { last } = await trx
				.selectFrom('rooms')
				.select((eb) => eb.fn.max<number | null>('position').as('last'))
				.where('centre_id', '=', actor.centreId)
				.executeTakeFirstOrThrow();
			await trx
				.insertInto('rooms')
				.values({ centre_id: actor.centreId, id, position: (last ?? 0) + 1, ...values })
				.execute();
		}
		await recordAudit(trx, {
			action: 'centres.room_saved',
			centreId: actor.centreId,
			actorId: actor.accountId,
			subjectId: id
		});
		return id;
	});
}

/** Removes a room and every booking of it. */
export async function removeRoom(
	db: Kysely<Database>,
	actor: Actor,
	roomId: string
): Promise<void> {
	requireRole(actor, 'coordinator');
	await inCentre(db, actor.centreId, async (trx) => {
		const removed = await trx
			.deleteFrom('rooms')
			.where('centre_id', '=', actor.centreId)
			.where('id', '=', roomId)
			.executeTakeFirst();
		if (Number(removed.numDeletedRows) === 0) throw new NotFoundError('room');
		await recordAudit(trx, {
			action: 'centres.room_removed',
			centreId: actor.centreId,
			actorId: actor.accountId,
			subjectId: roomId
		});
	});
}

async function changeRoomHours(
	db: Kysely<Database>,
	actor: Actor,
	roomId: string,
	change: (trx: Db) => Promise<void>
): Promise<void> {
	requireRole(actor, 'coordinator');
	await inCentre(db, actor.centreId, async (trx) => {
		const room = await trx
			.selectFrom('rooms')
			.select('id')
			.where('centre_id', '=', actor.centreId)
			.where('id', '=', roomId)
			.executeTakeFirst();
		if (!room) throw new NotFoundError('room');
		await change(trx);
		await recordAudit(trx, {
			action: 'centres.room_hours_changed',
			centreId: actor.centreId,
			actorId: actor.accountId,
			subjectId: roomId
		});
	});
}

export function addRoomOpening(
	db: Kysely<Database>,
	actor: Actor,
	roomId: string,
	opening: WeeklyOpening
): Promise<void> {
	return changeRoomHours(db, actor, roomId, async (trx) => {
		await trx
			.insertInto('room_hours')
			.values({
				centre_id: actor.centreId,
				id: uuidv7(),
				room_id: roomId,
				weekday: opening.weekday,
				opens: opening.opens,
				closes: opening.closes
			})
			.execute();
	});
}

export function removeRoomOpening(
	db: Kysely<Database>,
	actor: Actor,
	roomId: string,
	openingId: string
): Promise<void> {
	return changeRoomHours(db, actor, roomId, async (trx) => {
		const removed = await trx
			.deleteFrom('room_hours')
			.where('centre_id', '=', actor.centreId)
			.where('room_id', '=', roomId)
			.where('id', '=', openingId)
			.executeTakeFirst();
		if (Number(removed.numDeletedRows) === 0) throw new NotFoundError('opening');
	});
}
