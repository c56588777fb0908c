import { createHmac, randomInt } from 'node:crypto';
import type { Kysely } from 'kysely';
import { requireRole, type Actor } from '../identity/identity.service';
import { recordAudit } from '../platform/audit';
import { open, seal } from '../platform/crypto';
import { inCentre } from '../platform/database';
import { NotFoundError, RuleError } from '../platform/errors';
import { isUuid, uuidv7 } from '../platform/ids';
import type { Database, Db } from '../schema';
import type { Centre } from './centres.service';
import {
	CODE_DIGITS,
	formatPickupCode,
	type BookingInput,
	type SessionInput,
	type StaffingInput
} from './childcare.schemas';
import { addDays, localToInstant } from './opening-hours';

/** How far ahead members and staff see sessions. */
export const DAYS_AHEAD = 14;
/**
 * A child checked in but not recorded as picked up stays on the staff's list this long after the
 * session ends, so nobody loses sight of a child still in the room; then the booking is erased.
 */
export const GRACE_HOURS = 12;

// Anyone the centre knows may book: members for their own child, staff at the desk for a parent.
const BOOKERS = ['member', 'adviser', 'organiser', 'coordinator'] as const;
const STAFF = ['adviser', 'organiser', 'coordinator'] as const;

export interface BandPlaces {
	id: string;
	minAge: number;
	maxAge: number;
	capacity: number;
	booked: number;
	/** What can still be booked: the band's own places, and no more than the ratio allows. */
	left: number;
}

export interface SessionSummary {
	id: string;
	startsAt: Date;
	endsAt: Date;
	childrenPerStaff: number;
	staffCount: number;
	caredFor: number;
	bands: BandPlaces[];
	booked: number;
	/** Children the staff on duty may look after at once: ratio × staff. */
	ratioLimit: number;
	left: number;
	over: boolean;
}

interface SessionRow {
	id: string;
	starts_at: Date;
	ends_at: Date;
	children_per_staff: number;
	staff_count: number;
	cared_for: number;
}

interface BandRow {
	id: string;
	session_id: string;
	min_age: number;
	max_age: number;
	capacity: number;
}

function summarise(
	session: SessionRow,
	bands: BandRow[],
	booked: Map<string, number>,
	now: Date
): SessionSummary {
	const ratioLimit = session.children_per_staff * session.staff_count;
	const total = bands.reduce((sum, band) => sum + (booked.get(band.id) ?? 0), 0);
	const left = Math.max(0, ratioLimit - total);
	return {
		id: session.id,
		startsAt: session.starts_at,
		endsAt: session.ends_at,
		childrenPerStaff: session.children_per_staff,
		staffCount: session.staff_count,
		caredFor: session.cared_for,
		bands: bands
			.filter((band) => band.session_id === session.id)
			.sort((a, b) => a.min_age - b.min_age)
			.map((band) => {
				const taken = booked.get(band.id) ?? 0;
				return {
					id: band.id,
					minAge: band.min_age,
					maxAge: band.max_age,
					capacity: band.capacity,
					booked: taken,
					left: Math.max(0, Math.min(band.capacity - taken, left))
				};
			}),
		booked: total,
		ratioLimit,
		left: Math.min(
			left,
			bands.reduce((sum, band) => sum + Math.max(0, band.capacity - (booked.get(band.id) ?? 0)), 0)
		),
		over: session.ends_at.getTime() <= now.getTime()
	};
}

async function readBands(trx: Db, centreId: string, sessionIds: string[]): Promise<BandRow[]> {
	if (sessionIds.length === 0) return [];
	return trx
		.selectFrom('childcare_bands')
		.select(['id', 'session_id', 'min_age', 'max_age', 'capacity'])
		.where('centre_id', '=', centreId)
		.where('session_id', 'in', sessionIds)
		.execute();
}

async function bookedByBand(
	trx: Db,
	centreId: string,
	sessionIds: string[]
): Promise<Map<string, number>> {
	if (sessionIds.length === 0) return new Map();
	const rows = await trx
		.selectFrom('childcare_bookings')
		.select(['band_id', (eb) => eb.fn.countAll<number>().as('count')])
		.where('centre_id', '=', centreId)
		.where('session_id', 'in', sessionIds)
		.groupBy('band_id')
		.execute();
	return new Map(rows.map((row) => [row.band_id, Number(row.count)]));
}

async function summaries(
	trx: Db,
	centreId: string,
	sessions: SessionRow[],
	now: Date
): Promise<SessionSummary[]> {
	const ids = sessions.map((session) => session.id);
	const [bands, booked] = await Promise.all([
		readBands(trx, centreId, ids),
		bookedByBand(trx, centreId, ids)
	]);
	return sessions.map((session) => summarise(session, bands, booked, now));
}

const SESSION_COLUMNS = [
	'id',
	'starts_at',
	'ends_at',
	'children_per_staff',
	'staff_count',
	'cared_for'
] as const;

async function readSession(
	trx: Db,
	centreId: string,
	sessionId: string,
	lock = false
): Promise<SessionRow | undefined> {
	if (!isUuid(sessionId)) return undefined;
	let query = trx
		.selectFrom('childcare_sessions')
		.select(SESSION_COLUMNS)
		.where('centre_id', '=', centreId)
		.where('id', '=', sessionId);
	if (lock) query = query.forUpdate();
	return query.executeTakeFirst();
}

/** Sessions not yet over that start within the next fortnight: what a parent can book. */
export async function upcomingSessions(
	db: Kysely<Database>,
	centre: Centre,
	now: Date
): Promise<SessionSummary[]> {
	return inCentre(db, centre.id, async (trx) => {
		const sessions = await trx
			.selectFrom('childcare_sessions')
			.select(SESSION_COLUMNS)
			.where('centre_id', '=', centre.id)
			.where('ends_at', '>', now)
			.where('starts_at', '<', new Date(now.getTime() + DAYS_AHEAD * 86_400_000))
			.orderBy('starts_at')
			.orderBy('id')
			.execute();
		return summaries(trx, centre.id, sessions, now);
	});
}

/** One session with its places, for the booking page; ended sessions too, so the page can say so. */
export async function sessionSummary(
	db: Kysely<Database>,
	centreId: string,
	sessionId: string,
	now: Date
): Promise<SessionSummary> {
	return inCentre(db, centreId, async (trx) => {
		const session = await readSession(trx, centreId, sessionId);
		if (!session) throw new NotFoundError('childcare session');
		const [summary] = await summaries(trx, centreId, [session], now);
		return summary as SessionSummary;
	});
}

/**
 * The pick-up code is an HMAC under the centre's key, bound to the session: without the key a
 * copy of the database cannot be searched for codes, and a code from one session means nothing in
 * another.
 */
export function pickupHash(key: Buffer, sessionId: string, code: string): Buffer {
	return createHmac('sha256', key).update(`childcare-pickup:${sessionId}:${code}`).digest();
}

function newCode(): string {
	let code = '';
	for (let i = 0; i < CODE_DIGITS; i++) code += String(randomInt(10));
	return code;
}

export interface Booked {
	childName: string;
	age: number;
	/** Shown once, to write down or print; only its hash is kept. */
	code: string;
	startsAt: Date;
	endsAt: Date;
}

/**
 * Books a place for a child known by a first name or nickname and an age. The session row is
 * locked for the length of the transaction, so however many ask at once, places are counted and
 * taken one booking at a time. Nothing here records who booked: a signed-in member is asked to
 * sign in only so that strangers cannot fill the places, and the parent's proof at pick-up is the
 * code, not an account.
 */
export async function bookPlace(
	db: Kysely<Database>,
	actor: Actor,
	sessionId: string,
	input: BookingInput,
	key: Buffer,
	now: Date
): Promise<Booked> {
	requireRole(actor, ...BOOKERS);
	return inCentre(db, actor.centreId, async (trx) => {
		const session = await readSession(trx, actor.centreId, sessionId, true);
		if (!session) throw new NotFoundError('childcare session');
		if (session.ends_at.getTime() <= now.getTime()) throw new RuleError('childcare.sessionOver');
		const [summary] = await summaries(trx, actor.centreId, [session], now);
		const band = summary?.bands.find(
			(entry) => entry.minAge <= input.age && input.age <= entry.maxAge
		);
		if (!summary || !band) throw new RuleError('childcare.ageNotInBand');
		if (band.left <= 0) {
			throw new RuleError(
				band.booked < band.capacity ? 'childcare.sessionFull' : 'childcare.bandFull'
			);
		}
		let code = newCode();
		// The lock on the session makes this check and the insert one step; a clash of two random
		// codes in one session is rare, and then another is drawn.
		while (
			await trx
				.selectFrom('childcare_bookings')
				.select('id')
				.where('centre_id', '=', actor.centreId)
				.where('session_id', '=', session.id)
				.where('pickup_hash', '=', pickupHash(key, session.id, code))
				.executeTakeFirst()
		) {
			code = newCode();
		}
		await trx
			.insertInto('childcare_bookings')
			.values({
				centre_id: actor.centreId,
				id: uuidv7(),
				session_id: session.id,
				band_id: band.id,
				child_name: seal(input.childName, key),
				age: input.age,
				pickup_hash: pickupHash(key, session.id, code),
				checked_in_at: null
			})
			.execute();
		return {
			childName: input.childName,
			age: input.age,
			code: formatPickupCode(code),
			startsAt: session.starts_at,
			endsAt: session.ends_at
		};
	});
}

/** A parent gives a place back with their code; false when no booking of this session has it. */
export async function cancelBooking(
	db: Kysely<Database>,
	actor: Actor,
	sessionId: string,
	code: string,
	key: Buffer
): Promise<boolean> {
	requireRole(actor, ...BOOKERS);
	if (!isUuid(sessionId)) throw new NotFoundError('childcare session');
	return inCentre(db, actor.centreId, async (trx) => {
		const deleted = await trx
			.deleteFrom('childcare_bookings')
			.where('centre_id', '=', actor.centreId)
			.where('session_id', '=', sessionId)
			.where('pickup_hash', '=', pickupHash(key, sessionId, code))
			// A child already in the room is handed over with the code, not cancelled.
			.where('checked_in_at', 'is', null)
			.executeTakeFirst();
		return Number(deleted.numDeletedRows) > 0;
	});
}

export interface StaffSessionItem extends SessionSummary {
	here: number;
}

/** Sessions for the staff: today's (including any still within their grace period) and ahead. */
export async function staffSessions(
	db: Kysely<Database>,
	actor: Actor,
	now: Date
): Promise<StaffSessionItem[]> {
	requireRole(actor, ...STAFF);
	return inCentre(db, actor.centreId, async (trx) => {
		const sessions = await trx
			.selectFrom('childcare_sessions')
			.select(SESSION_COLUMNS)
			.where('centre_id', '=', actor.centreId)
			.where('ends_at', '>', new Date(now.getTime() - GRACE_HOURS * 3_600_000))
			.where('starts_at', '<', new Date(now.getTime() + DAYS_AHEAD * 86_400_000))
			.orderBy('starts_at')
			.orderBy('id')
			.execute();
		const ids = sessions.map((session) => session.id);
		const here =
			ids.length === 0
				? []
				: await trx
						.selectFrom('childcare_bookings')
						.select(['session_id', (eb) => eb.fn.countAll<number>().as('count')])
						.where('centre_id', '=', actor.centreId)
						.where('session_id', 'in', ids)
						.where('checked_in_at', 'is not', null)
						.groupBy('session_id')
						.execute();
		const hereBy = new Map(here.map((row) => [row.session_id, Number(row.count)]));
		return (await summaries(trx, actor.centreId, sessions, now)).map((summary) => ({
			...summary,
			here: hereBy.get(summary.id) ?? 0
		}));
	});
}

export interface ChildOnList {
	id: string;
	name: string;
	age: number;
	bandId: string;
	checkedInAt: Date | null;
}

/**
 * The staff's list for one session: each child's name opened from its seal. Reading names is a
 * read of sealed records, so it is audited (who looked, which session: never which child).
 */
export async function dutyList(
	db: Kysely<Database>,
	actor: Actor,
	sessionId: string,
	key: Buffer,
	now: Date
): Promise<{ session: SessionSummary; children: ChildOnList[] }> {
	requireRole(actor, ...STAFF);
	return inCentre(db, actor.centreId, async (trx) => {
		const session = await readSession(trx, actor.centreId, sessionId);
		if (!session) throw new NotFoundError('childcare session');
		const [summary] = await summaries(trx, actor.centreId, [session], now);
		const rows = await trx
			.selectFrom('childcare_bookings')
			.select(['id', 'child_name', 'age', 'band_id', 'checked_in_at'])
			.where('centre_id', '=', actor.centreId)
			.where('session_id', '=', session.id)
			.orderBy('id')
			.execute();
		if (rows.length > 0) {
			await recordAudit(trx, {
				action: 'childcare.list_read',
				centreId: actor.centreId,
				actorId: actor.accountId,
				subjectId: session.id,
				detail: { children: rows.length }
			});
		}
		const children = rows
			.map((row) => ({
				id: row.id,
				name: open(row.child_name, key),
				age: row.age,
				bandId: row.band_id,
				checkedInAt: row.checked_in_at
			}))
			.sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
		return { session: summary as SessionSummary, children };
	});
}

/** The child has arrived: counted once among the children the session cared for. */
export async function checkIn(
	db: Kysely<Database>,
	actor: Actor,
	sessionId: string,
	bookingId: string,
	now: Date
): Promise<void> {
	requireRole(actor, ...STAFF);
	if (!isUuid(sessionId) || !isUuid(bookingId)) throw new NotFoundError('childcare booking');
	await inCentre(db, actor.centreId, async (trx) => {
		const updated = await trx
			.updateTable('childcare_bookings')
			.set({ checked_in_at: now })
			.where('centre_id', '=', actor.centreId)
			.where('session_id', '=', sessionId)
			.where('id', '=', bookingId)
			.where('checked_in_at', 'is', null)
			.executeTakeFirst();
		if (Number(updated.numUpdatedRows) === 0) {
			const exists = await trx
				.selectFrom('childcare_bookings')
				.select('id')
				.where('centre_id', '=', actor.centreId)
				.where('id', '=', bookingId)
				.executeTakeFirst();
			if (!exists) throw new NotFoundError('childcare booking');
			return;
		}
		await trx
			.updateTable('childcare_sessions')
			.set((eb) => ({ cared_for: eb('cared_for', '+', 1) }))
			.where('centre_id', '=', actor.centreId)
			.where('id', '=', sessionId)
			.execute();
		await recordAudit(trx, {
			action: 'childcare.checked_in',
			centreId: actor.centreId,
			actorId: actor.accountId,
			subjectId: sessionId
		});
	});
}

export type PickupResult = { ok: true; childName: string } | { ok: false };

/**
 * Hands a child over to whoever holds the code. A wrong code changes nothing and says nothing
 * about any booking; the right one erases the booking there and then, so all that stays of the
 * child is the session's count.
 */
export async function pickUp(
	db: Kysely<Database>,
	actor: Actor,
	sessionId: string,
	bookingId: string,
	code: string,
	key: Buffer
): Promise<PickupResult> {
	requireRole(actor, ...STAFF);
	if (!isUuid(sessionId) || !isUuid(bookingId)) throw new NotFoundError('childcare booking');
	return inCentre(db, actor.centreId, async (trx) => {
		const booking = await trx
			.selectFrom('childcare_bookings')
			.select(['id', 'child_name', 'pickup_hash', 'checked_in_at'])
			.where('centre_id', '=', actor.centreId)
			.where('session_id', '=', sessionId)
			.where('id', '=', bookingId)
			.forUpdate()
			.executeTakeFirst();
		// Another member of staff may have handed the child over a moment ago.
		if (!booking) throw new RuleError('childcare.childGone');
		if (booking.checked_in_at === null) throw new RuleError('childcare.notCheckedIn');
		if (!pickupHash(key, sessionId, code).equals(booking.pickup_hash)) {
			await recordAudit(trx, {
				action: 'childcare.pickup_refused',
				centreId: actor.centreId,
				actorId: actor.accountId,
				subjectId: sessionId
			});
			return { ok: false };
		}
		await trx
			.deleteFrom('childcare_bookings')
			.where('centre_id', '=', actor.centreId)
			.where('id', '=', booking.id)
			.execute();
		await recordAudit(trx, {
			action: 'childcare.picked_up',
			centreId: actor.centreId,
			actorId: actor.accountId,
			subjectId: sessionId
		});
		return { ok: true, childName: open(booking.child_name, key) };
	});
}

/** Adds a session on the centre's clock; an end at or before the start is the next day. */
export async function createSession(
	db: Kysely<Database>,
	actor: Actor,
	centre: Centre,
	input: SessionInput,
	now: Date
): Promise<string> {
	requireRole(actor, 'coordinator');
	const startsAt = localToInstant(input.date, input.starts, centre.timeZone);
	const endsAt = localToInstant(
		input.ends <= input.starts ? addDays(input.date, 1) : input.date,
		input.ends,
		centre.timeZone
	);
	if (endsAt.getTime() <= now.getTime()) throw new RuleError('childcare.sessionInPast');
	// A clock change can make a wall-clock span empty (01:00–01:30 on the night clocks go forward).
	if (endsAt.getTime() <= startsAt.getTime()) throw new RuleError('childcare.endsInvalid');
	return inCentre(db, actor.centreId, async (trx) => {
		const id = uuidv7();
		await trx
			.insertInto('childcare_sessions')
			.values({
				centre_id: actor.centreId,
				id,
				starts_at: startsAt,
				ends_at: endsAt,
				children_per_staff: input.childrenPerStaff,
				staff_count: input.staffCount
			})
			.execute();
		await trx
			.insertInto('childcare_bands')
			.values(
				input.bands.map((band) => ({
					centre_id: actor.centreId,
					id: uuidv7(),
					session_id: id,
					min_age: band.minAge,
					max_age: band.maxAge,
					capacity: band.capacity
				}))
			)
			.execute();
		await recordAudit(trx, {
			action: 'childcare.session_added',
			centreId: actor.centreId,
			actorId: actor.accountId,
			subjectId: id
		});
		return id;
	});
}

/**
 * Staff change during an evening: the ratio, the staff on duty and each band's places. Fewer
 * places than children booked turns nobody away who is already booked; it only stops new bookings.
 */
export async function updateStaffing(
	db: Kysely<Database>,
	actor: Actor,
	sessionId: string,
	input: StaffingInput
): Promise<void> {
	requireRole(actor, 'coordinator');
	await inCentre(db, actor.centreId, async (trx) => {
		const session = await readSession(trx, actor.centreId, sessionId, true);
		if (!session) throw new NotFoundError('childcare session');
		await trx
			.updateTable('childcare_sessions')
			.set({ children_per_staff: input.childrenPerStaff, staff_count: input.staffCount })
			.where('centre_id', '=', actor.centreId)
			.where('id', '=', session.id)
			.execute();
		for (const [bandId, capacity] of Object.entries(input.capacities)) {
			await trx
				.updateTable('childcare_bands')
				.set({ capacity })
				.where('centre_id', '=', actor.centreId)
				.where('session_id', '=', session.id)
				.where('id', '=', bandId)
				.execute();
		}
		await recordAudit(trx, {
			action: 'childcare.session_changed',
			centreId: actor.centreId,
			actorId: actor.accountId,
			subjectId: session.id
		});
	});
}

/** Removes a session and erases its bookings; the page warns that their codes stop working. */
export async function removeSession(
	db: Kysely<Database>,
	actor: Actor,
	sessionId: string
): Promise<void> {
	requireRole(actor, 'coordinator');
	await inCentre(db, actor.centreId, async (trx) => {
		if (!isUuid(sessionId)) throw new NotFoundError('childcare session');
		const deleted = await trx
			.deleteFrom('childcare_sessions')
			.where('centre_id', '=', actor.centreId)
			.where('id', '=', sessionId)
			.executeTakeFirst();
		if (Number(deleted.numDeletedRows) === 0) throw new NotFoundError('childcare session');
		await recordAudit(trx, {
			action: 'childcare.session_removed',
			centreId: actor.centreId,
			actorId: actor.accountId,
			subjectId: sessionId
		});
	});
}

/**
 * The sweep (every few minutes, across centres): once a session ends, the bookings of children
 * who never came are erased; a child checked in but never recorded as picked up is kept on the
 * staff's list for GRACE_HOURS more, then erased too. Only the sessions' counts remain.
 */
export async function pruneChildcare(db: Db, now: Date = new Date()): Promise<number> {
	const graceEnd = new Date(now.getTime() - GRACE_HOURS * 3_600_000);
	const deleted = await db
		.deleteFrom('childcare_bookings')
		.where((eb) =>
			eb.exists(
				eb
					.selectFrom('childcare_sessions')
					.select('childcare_sessions.id')
					.whereRef('childcare_sessions.centre_id', '=', 'childcare_bookings.centre_id')
					.whereRef('childcare_sessions.id', '=', 'childcare_bookings.session_id')
					.where((inner) =>
						inner.or([
							inner.and([
								inner('childcare_sessions.ends_at', '<=', now),
								inner('childcare_bookings.checked_in_at', 'is', null)
							]),
							inner('childcare_sessions.ends_at', '<=', graceEnd)
						])
					)
			)
		)
		.executeTakeFirst();
	return Number(deleted.numDeletedRows);
}
