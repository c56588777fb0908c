import { randomBytes } from 'node:crypto';
import { sql, type Kysely, type SqlBool } from 'kysely';
import { translator } from '../../i18n/translate';
import { requireRole, type Actor } from '../identity/identity.service';
import { recordAudit } from '../platform/audit';
import { digest } from '../platform/crypto';
import { inCentre } from '../platform/database';
import { NotFoundError, RuleError } from '../platform/errors';
import { uuidv7 } from '../platform/ids';
import type { Database, Db } from '../schema';
import type { Centre } from './centres.service';
import type { CalendarView, EventInput } from './events.schemas';
import type { EventKind } from './events.tables';
import { writeCalendar, type CalendarEntry } from './ical';
import {
	addDays,
	instantToLocal,
	localToInstant,
	type LocalDate,
	type WallTime
} from './opening-hours';

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;
// The night begins at 18:00 on the centre's clock; an event that starts in the small hours is a
// night event too, as is one that runs past midnight.
const EVENING: WallTime = '18:00';
const MORNING: WallTime = '06:00';
const FEED_PAST_DAYS = 30;
const FEED_FUTURE_DAYS = 366;
const FEED_LIMIT = 1000;
const MANAGE_LIMIT = 200;
/** Sign-ups are forgotten this long after their event ends: they only held a place. */
export const SIGNUP_KEPT_DAYS = 7;

export interface EventSummary {
	id: string;
	kind: EventKind;
	title: string;
	place: string;
	startsAt: Date;
	endsAt: Date;
	/** Null: no limit and no sign-up. */
	capacity: number | null;
	taken: number;
	cancelled: boolean;
	membersOnly: boolean;
	night: boolean;
	/** Ends on a later date than it starts, on the centre's clock. */
	endsNextDay: boolean;
	ended: boolean;
	/** The reader holds a place. */
	signedUp: boolean;
}

export interface EventDetail extends EventSummary {
	description: string;
	placesLeft: number | null;
}

/** Whether an event belongs to the night, on the centre's clock. */
export function isNight(startsAt: Date, endsAt: Date, timeZone: string): boolean {
	const start = instantToLocal(startsAt, timeZone);
	if (start.time >= EVENING || start.time < MORNING) return true;
	// An event that ends at exactly midnight has not run past it.
	const lastMinute = instantToLocal(new Date(endsAt.getTime() - MINUTE_MS), timeZone);
	return lastMinute.date > start.date;
}

function endsOnLaterDate(startsAt: Date, endsAt: Date, timeZone: string): boolean {
	const lastMinute = instantToLocal(new Date(endsAt.getTime() - MINUTE_MS), timeZone);
	return lastMinute.date > instantToLocal(startsAt, timeZone).date;
}

/** The Monday of the week that holds a local date. */
export function mondayOf(date: LocalDate): LocalDate {
	const weekday = new Date(`${date}T12:00:00Z`).getUTCDay();
	return addDays(date, -((weekday + 6) % 7));
}

interface EventRow {
	id: string;
	kind: EventKind;
	title: string;
	description: string;
	place: string;
	starts_at: Date;
	ends_at: Date;
	capacity: number | null;
	members_only: boolean;
	cancelled_at: Date | null;
	revision: number;
	updated_at: Date;
	taken: string | number | null;
	signed_up: SqlBool;
}

/** Events of a centre with their places taken, and whether `accountId` holds one. */
function eventsQuery(trx: Db, centreId: string, accountId: string | null) {
	return trx
		.selectFrom('events as e')
		.select([
			'e.id',
			'e.kind',
			'e.title',
			'e.description',
			'e.place',
			'e.starts_at',
			'e.ends_at',
			'e.capacity',
			'e.members_only',
			'e.cancelled_at',
			'e.revision',
			'e.updated_at'
		])
		.select((eb) => [
			eb
				.selectFrom('event_signups as s')
				.whereRef('s.centre_id', '=', 'e.centre_id')
				.whereRef('s.event_id', '=', 'e.id')
				.select((count) => count.fn.countAll<string>().as('n'))
				.as('taken'),
			accountId
				? eb
						.exists(
							eb
								.selectFrom('event_signups as m')
								.whereRef('m.centre_id', '=', 'e.centre_id')
								.whereRef('m.event_id', '=', 'e.id')
								.where('m.account_id', '=', accountId)
								.select('m.event_id')
						)
						.as('signed_up')
				: sql<boolean>`false`.as('signed_up')
		])
		.where('e.centre_id', '=', centreId);
}

function summary(row: EventRow, timeZone: string, now: Date): EventSummary {
	return {
		id: row.id,
		kind: row.kind,
		title: row.title,
		place: row.place,
		startsAt: row.starts_at,
		endsAt: row.ends_at,
		capacity: row.capacity,
		taken: Number(row.taken ?? 0),
		cancelled: row.cancelled_at !== null,
		membersOnly: row.members_only,
		night: isNight(row.starts_at, row.ends_at, timeZone),
		endsNextDay: endsOnLaterDate(row.starts_at, row.ends_at, timeZone),
		ended: row.ends_at <= now,
		signedUp: Boolean(row.signed_up)
	};
}

export interface CalendarWeek {
	weekStart: LocalDate;
	previous: LocalDate;
	next: LocalDate;
	today: LocalDate;
	view: CalendarView;
	days: { date: LocalDate; events: EventSummary[] }[];
}

/**
 * A week of the centre's life, Monday to Sunday on its clock, each event under the day it starts.
 * People who belong to the centre see its members-only events too.
 */
export async function calendarWeek(
	db: Kysely<Database>,
	centre: Centre,
	actor: Actor | null,
	options: { week: LocalDate | null; view: CalendarView },
	now: Date
): Promise<CalendarWeek> {
	const today = instantToLocal(now, centre.timeZone).date;
	const weekStart = mondayOf(options.week ?? today);
	const from = localToInstant(weekStart, '00:00', centre.timeZone);
	const to = localToInstant(addDays(weekStart, 7), '00:00', centre.timeZone);
	const member = actor?.centreId === centre.id ? actor : null;
	const rows = await inCentre(db, centre.id, (trx) => {
		let query = eventsQuery(trx, centre.id, member?.accountId ?? null)
			.where('e.starts_at', '>=', from)
			.where('e.starts_at', '<', to);
		if (!member) query = query.where('e.members_only', '=', false);
		return query.orderBy('e.starts_at').orderBy('e.id').execute();
	});
	const days = Array.from({ length: 7 }, (_, index) => ({
		date: addDays(weekStart, index),
		events: [] as EventSummary[]
	}));
	for (const row of rows) {
		const event = summary(row, centre.timeZone, now);
		if (options.view === 'night' && !event.night) continue;
		if (options.view === 'day' && event.night) continue;
		const date = instantToLocal(row.starts_at, centre.timeZone).date;
		days.find((day) => day.date === date)?.events.push(event);
	}
	return {
		weekStart,
		previous: addDays(weekStart, -7),
		next: addDays(weekStart, 7),
		today,
		view: options.view,
		days
	};
}

/** One event as a reader sees it; a members-only event is not there for anyone else. */
export async function readEvent(
	db: Kysely<Database>,
	centre: Centre,
	actor: Actor | null,
	id: string,
	now: Date
): Promise<EventDetail> {
	const member = actor?.centreId === centre.id ? actor : null;
	const row = await inCentre(db, centre.id, (trx) =>
		eventsQuery(trx, centre.id, member?.accountId ?? null)
			.where('e.id', '=', id)
			.executeTakeFirst()
	);
	if (!row || (row.members_only && !member)) throw new NotFoundError();
	const event = summary(row, centre.timeZone, now);
	return {
		...event,
		description: row.description,
		placesLeft: event.capacity === null ? null : Math.max(0, event.capacity - event.taken)
	};
}

/**
 * Takes a place at an event for the person acting. The event's row is locked while the places
 * are counted, so of any number of people asking for the last place at once, one gets it.
 */
export async function signUp(
	db: Kysely<Database>,
	actor: Actor,
	eventId: string,
	now: Date
): Promise<'signedUp' | 'already'> {
	return inCentre(db, actor.centreId, async (trx) => {
		const event = await trx
			.selectFrom('events')
			.select(['capacity', 'cancelled_at', 'ends_at'])
			.where('centre_id', '=', actor.centreId)
			.where('id', '=', eventId)
			.forUpdate()
			.executeTakeFirst();
		if (!event) throw new NotFoundError();
		const held = await trx
			.selectFrom('event_signups')
			.select('event_id')
			.where('centre_id', '=', actor.centreId)
			.where('event_id', '=', eventId)
			.where('account_id', '=', actor.accountId)
			.executeTakeFirst();
		if (held) return 'already';
		if (event.cancelled_at) throw new RuleError('events.cancelledNoSignUp');
		if (event.ends_at <= now) throw new RuleError('events.ended');
		if (event.capacity === null) throw new RuleError('events.noSignUpNeeded');
		const { taken } = await trx
			.selectFrom('event_signups')
			.select((eb) => eb.fn.countAll<string>().as('taken'))
			.where('centre_id', '=', actor.centreId)
			.where('event_id', '=', eventId)
			.executeTakeFirstOrThrow();
		if (Number(taken) >= event.capacity) throw new RuleError('events.noPlacesLeft');
		await trx
			.insertInto('event_signups')
			.values({
				centre_id: actor.centreId,
				event_id: eventId,
				account_id: actor.accountId,
				created_at: now
			})
			.execute();
		return 'signedUp';
	});
}

/** Gives a place back. Nothing is kept of it: no count of cancellations, no mark on anyone. */
export async function cancelSignUp(
	db: Kysely<Database>,
	actor: Actor,
	eventId: string
): Promise<void> {
	await inCentre(db, actor.centreId, (trx) =>
		trx
			.deleteFrom('event_signups')
			.where('centre_id', '=', actor.centreId)
			.where('event_id', '=', eventId)
			.where('account_id', '=', actor.accountId)
			.execute()
	);
}

export interface Bookings {
	events: EventSummary[];
	/** When the person's calendar address was made; null when they have none. */
	feedSince: Date | null;
}

/** The events a person holds a place at that have not ended, and their calendar address's age. */
export async function bookings(
	db: Kysely<Database>,
	centre: Centre,
	actor: Actor,
	now: Date
): Promise<Bookings> {
	return inCentre(db, centre.id, async (trx) => {
		const rows = await eventsQuery(trx, centre.id, actor.accountId)
			.where((eb) =>
				eb.exists(
					eb
						.selectFrom('event_signups as b')
						.whereRef('b.centre_id', '=', 'e.centre_id')
						.whereRef('b.event_id', '=', 'e.id')
						.where('b.account_id', '=', actor.accountId)
						.select('b.event_id')
				)
			)
			.where('e.ends_at', '>', now)
			.orderBy('e.starts_at')
			.orderBy('e.id')
			.execute();
		const feed = await trx
			.selectFrom('calendar_feeds')
			.select('created_at')
			.where('centre_id', '=', centre.id)
			.where('account_id', '=', actor.accountId)
			.executeTakeFirst();
		return {
			events: rows.map((row) => summary(row, centre.timeZone, now)),
			feedSince: feed?.created_at ?? null
		};
	});
}

// 32 random bytes, base64url: 43 characters.
const FEED_TOKEN = /^[A-Za-z0-9_-]{43}$/;

/**
 * Makes a new secret address for the person's own calendar and returns its secret, which is
 * shown once: only its hash is kept. Any address made before stops working.
 */
export async function renewFeed(db: Kysely<Database>, actor: Actor, now: Date): Promise<string> {
	const token = randomBytes(32).toString('base64url');
	const hash = digest(token);
	await inCentre(db, actor.centreId, async (trx) => {
		await trx
			.insertInto('calendar_feeds')
			.values({
				centre_id: actor.centreId,
				account_id: actor.accountId,
				token_hash: hash,
				created_at: now
			})
			.onConflict((conflict) =>
				conflict
					.columns(['centre_id', 'account_id'])
					.doUpdateSet({ token_hash: hash, created_at: now })
			)
			.execute();
		await recordAudit(trx, {
			action: 'events.feed_renewed',
			centreId: actor.centreId,
			actorId: actor.accountId,
			subjectId: actor.accountId
		});
	});
	return token;
}

/** Stops the person's calendar address; a new one can be made later. */
export async function stopFeed(db: Kysely<Database>, actor: Actor): Promise<void> {
	await inCentre(db, actor.centreId, async (trx) => {
		await trx
			.deleteFrom('calendar_feeds')
			.where('centre_id', '=', actor.centreId)
			.where('account_id', '=', actor.accountId)
			.execute();
		await recordAudit(trx, {
			action: 'events.feed_stopped',
			centreId: actor.centreId,
			actorId: actor.accountId,
			subjectId: actor.accountId
		});
	});
}

/** Whose calendar a secret address opens at this centre, or null. */
export async function feedOwner(
	db: Kysely<Database>,
	centre: Centre,
	token: string
): Promise<string | null> {
	if (!FEED_TOKEN.test(token)) return null;
	const row = await inCentre(db, centre.id, (trx) =>
		trx
			.selectFrom('calendar_feeds')
			.select('account_id')
			.where('centre_id', '=', centre.id)
			.where('token_hash', '=', digest(token))
			.executeTakeFirst()
	);
	return row?.account_id ?? null;
}

/** Where the feeds point back to: the site's own address, such as https://hearth.example. */
export interface FeedContext {
	centre: Centre;
	origin: string;
	now: Date;
}

/** Something a member has booked, for their own calendar; other parts add their own kinds. */
export type MemberFeedSource = (
	db: Kysely<Database>,
	context: FeedContext,
	accountId: string
) => Promise<CalendarEntry[]>;

function eventEntry(row: EventRow, context: FeedContext): CalendarEntry {
	const { centre, origin } = context;
	const t = translator(centre.defaultLocale);
	const cancelled = row.cancelled_at !== null;
	const address = centre.address.replace(/\s*\n\s*/g, ', ');
	return {
		uid: `event-${row.id}@hearth`,
		summary: cancelled ? t('events.feedCancelled', { title: row.title }) : row.title,
		description: row.description,
		location: [row.place, centre.name, address].filter(Boolean).join(', '),
		start: row.starts_at,
		end: row.ends_at,
		status: cancelled ? 'CANCELLED' : 'CONFIRMED',
		sequence: row.revision,
		lastModified: row.updated_at,
		url: `${origin}/c/${centre.slug}/events/${row.id}`,
		categories: [t(KIND_KEYS[row.kind])]
	};
}

export const KIND_KEYS = {
	social: 'events.kindSocial',
	meal: 'events.kindMeal',
	film: 'events.kindFilm',
	meeting: 'events.kindMeeting',
	other: 'events.kindOther'
} as const satisfies Record<EventKind, string>;

/** The centre's public calendar: every event open to all, from a month ago to a year ahead. */
export async function centreFeed(db: Kysely<Database>, context: FeedContext): Promise<string> {
	const { centre, now } = context;
	const rows = await inCentre(db, centre.id, (trx) =>
		eventsQuery(trx, centre.id, null)
			.where('e.members_only', '=', false)
			.where('e.ends_at', '>', new Date(now.getTime() - FEED_PAST_DAYS * DAY_MS))
			.where('e.starts_at', '<', new Date(now.getTime() + FEED_FUTURE_DAYS * DAY_MS))
			.orderBy('e.starts_at')
			.orderBy('e.id')
			.limit(FEED_LIMIT)
			.execute()
	);
	const t = translator(centre.defaultLocale);
	return writeCalendar({
		name: centre.name,
		description: t('events.feedCentreDescription', { centre: centre.name }),
		entries: rows.map((row) => eventEntry(row, context)),
		now
	});
}

/** The events a member holds a place at, as entries of their own calendar. */
export const eventSignUpEntries: MemberFeedSource = (db, context, accountId) =>
	inCentre(db, context.centre.id, async (trx) => {
		const rows = await eventsQuery(trx, context.centre.id, accountId)
			.innerJoin('event_signups as b', (join) =>
				join
					.onRef('b.centre_id', '=', 'e.centre_id')
					.onRef('b.event_id', '=', 'e.id')
					.on('b.account_id', '=', accountId)
			)
			.where('e.ends_at', '>', new Date(context.now.getTime() - FEED_PAST_DAYS * DAY_MS))
			.orderBy('e.starts_at')
			.limit(FEED_LIMIT)
			.execute();
		return rows.map((row) => eventEntry(row, context));
	});

/** A member's own calendar from the entries every part gives for them, soonest first. */
export function memberCalendar(context: FeedContext, entries: CalendarEntry[]): string {
	const t = translator(context.centre.defaultLocale);
	return writeCalendar({
		name: t('events.feedMemberName', { centre: context.centre.name }),
		entries: [...entries].sort((a, b) => a.start.getTime() - b.start.getTime()),
		now: context.now
	});
}

// Coordinators' side.

/** The centre's events that have not ended (cancelled ones too), soonest first. */
export async function eventsToManage(
	db: Kysely<Database>,
	centre: Centre,
	actor: Actor,
	now: Date
): Promise<EventSummary[]> {
	requireRole(actor, 'coordinator');
	const rows = await inCentre(db, actor.centreId, (trx) =>
		eventsQuery(trx, actor.centreId, null)
			.where('e.ends_at', '>', now)
			.orderBy('e.starts_at')
			.orderBy('e.id')
			.limit(MANAGE_LIMIT)
			.execute()
	);
	return rows.map((row) => summary(row, centre.timeZone, now));
}

/** An event as its form shows it: times on the centre's clock. */
export interface EventFormValues {
	[field: string]: string;
	title: string;
	kind: EventKind;
	description: string;
	place: string;
	date: LocalDate;
	starts: WallTime;
	ends: WallTime;
	endsNextDay: '' | 'yes';
	capacity: string;
	membersOnly: '' | 'yes';
}

export async function eventForEditing(
	db: Kysely<Database>,
	centre: Centre,
	actor: Actor,
	id: string,
	now: Date
): Promise<{ event: EventDetail; values: EventFormValues }> {
	requireRole(actor, 'coordinator');
	const event = await readEvent(db, centre, actor, id, now);
	const start = instantToLocal(event.startsAt, centre.timeZone);
	const end = instantToLocal(event.endsAt, centre.timeZone);
	return {
		event,
		values: {
			title: event.title,
			kind: event.kind,
			description: event.description,
			place: event.place,
			date: start.date,
			starts: start.time,
			ends: end.time,
			endsNextDay: end.date > start.date ? 'yes' : '',
			capacity: event.capacity === null ? '' : String(event.capacity),
			membersOnly: event.membersOnly ? 'yes' : ''
		}
	};
}

export async function createEvent(
	db: Kysely<Database>,
	actor: Actor,
	input: EventInput,
	now: Date
): Promise<string> {
	requireRole(actor, 'coordinator');
	const id = uuidv7(now.getTime());
	await inCentre(db, actor.centreId, async (trx) => {
		await trx
			.insertInto('events')
			.values({
				centre_id: actor.centreId,
				id,
				kind: input.kind,
				title: input.title,
				description: input.description,
				place: input.place,
				starts_at: input.startsAt,
				ends_at: input.endsAt,
				capacity: input.capacity,
				members_only: input.membersOnly,
				cancelled_at: null,
				created_at: now,
				updated_at: now
			})
			.execute();
		await recordAudit(trx, {
			action: 'events.created',
			centreId: actor.centreId,
			actorId: actor.accountId,
			subjectId: id
		});
	});
	return id;
}

/** Changes an event; its places cannot drop below the number already taken. */
export async function updateEvent(
	db: Kysely<Database>,
	actor: Actor,
	id: string,
	input: EventInput,
	now: Date
): Promise<void> {
	requireRole(actor, 'coordinator');
	await inCentre(db, actor.centreId, async (trx) => {
		const event = await trx
			.selectFrom('events')
			.select('id')
			.where('centre_id', '=', actor.centreId)
			.where('id', '=', id)
			.forUpdate()
			.executeTakeFirst();
		if (!event) throw new NotFoundError();
		const { taken } = await trx
			.selectFrom('event_signups')
			.select((eb) => eb.fn.countAll<string>().as('taken'))
			.where('centre_id', '=', actor.centreId)
			.where('event_id', '=', id)
			.executeTakeFirstOrThrow();
		const count = Number(taken);
		if (count > 0 && (input.capacity === null || input.capacity < count)) {
			throw new RuleError('events.capacityBelowTaken');
		}
		await trx
			.updateTable('events')
			.set((eb) => ({
				kind: input.kind,
				title: input.title,
				description: input.description,
				place: input.place,
				starts_at: input.startsAt,
				ends_at: input.endsAt,
				capacity: input.capacity,
				members_only: input.membersOnly,
				revision: eb('revision', '+', 1),
				updated_at: now
			}))
			.where('centre_id', '=', actor.centreId)
			.where('id', '=', id)
			.execute();
		await recordAudit(trx, {
			action: 'events.updated',
			centreId: actor.centreId,
			actorId: actor.accountId,
			subjectId: id
		});
	});
}

/**
 * Cancels an event, or takes the cancellation back. The places held stay, so the people who held
 * them see the cancellation on their bookings and in their calendars.
 */
export async function setEventCancelled(
	db: Kysely<Database>,
	actor: Actor,
	id: string,
	cancelled: boolean,
	now: Date
): Promise<void> {
	requireRole(actor, 'coordinator');
	await inCentre(db, actor.centreId, async (trx) => {
		const changed = await trx
			.updateTable('events')
			.set((eb) => ({
				cancelled_at: cancelled ? now : null,
				revision: eb('revision', '+', 1),
				updated_at: now
			}))
			.where('centre_id', '=', actor.centreId)
			.where('id', '=', id)
			.where('cancelled_at', cancelled ? 'is' : 'is not', null)
			.executeTakeFirst();
		if (Number(changed.numUpdatedRows) === 0) {
			const exists = await trx
				.selectFrom('events')
				.select('id')
				.where('centre_id', '=', actor.centreId)
				.where('id', '=', id)
				.executeTakeFirst();
			if (!exists) throw new NotFoundError();
			return;
		}
		await recordAudit(trx, {
			action: cancelled ? 'events.cancelled' : 'events.reinstated',
			centreId: actor.centreId,
			actorId: actor.accountId,
			subjectId: id
		});
	});
}

/**
 * Forgets the places held at events that ended more than a week ago, at every centre: a sign-up
 * only held a place, and is no record of who came. For a daily job.
 */
export async function forgetPastSignUps(db: Db, now: Date): Promise<number> {
	const result = await db
		.deleteFrom('event_signups')
		.where(({ exists, selectFrom }) =>
			exists(
				selectFrom('events as e')
					.whereRef('e.centre_id', '=', 'event_signups.centre_id')
					.whereRef('e.id', '=', 'event_signups.event_id')
					.where('e.ends_at', '<', new Date(now.getTime() - SIGNUP_KEPT_DAYS * DAY_MS))
					.select('e.id')
			)
		)
		.executeTakeFirst();
	return Number(result.numDeletedRows);
}
