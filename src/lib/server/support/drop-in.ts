import { randomBytes } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import { getHours, type Centre } from '../centres/centres.service';
import { openingIntervals, type Interval } from '../centres/opening-hours';
import { requireRole, type Actor } from '../identity/identity.service';
import { recordAudit } from '../platform/audit';
import { digest, open, seal } from '../platform/crypto';
import { inCentre } from '../platform/database';
import { ForbiddenError, NotFoundError, RuleError } from '../platform/errors';
import { uuidv7 } from '../platform/ids';
import type { Database, Db } from '../schema';
import { estimateWait, medianOf, onDuty, paceOf, type WaitRange } from './drop-in-estimate';
import type { CallMode, CheckInInput } from './drop-in.schemas';
import { isSupportTopic, type SupportTopic } from './topics';

/** The channel on which every change to a queue is announced, with the centre's id. */
export const DROP_IN_CHANNEL = 'hearth_drop_in';
/** How many recent calls the waiting-room display shows. */
export const DISPLAY_CALLS = 8;
const MINUTE_MS = 60_000;
const TOKEN_BYTES = 24;

/** The opening `now` falls in, if the centre is open: the span a queue belongs to. */
export async function currentOpening(
	db: Kysely<Database>,
	centre: Centre,
	now: Date
): Promise<Interval | null> {
	const hours = await getHours(db, centre, now);
	const spans = openingIntervals(
		hours.weekly,
		hours.exceptions,
		now,
		new Date(now.getTime() + MINUTE_MS),
		centre.timeZone
	);
	return spans.find((span) => span.start <= now && span.end > now) ?? null;
}

/** Tells every app process that a centre's queue changed; delivered when the change commits. */
async function announce(trx: Db, centreId: string): Promise<void> {
	await sql`select pg_notify(${DROP_IN_CHANNEL}, ${centreId})`.execute(trx);
}

export interface CheckedIn {
	number: number;
	/** The secret of the person's ticket link; only its hash is kept. */
	token: string;
}

/**
 * A person takes a ticket in the queue of the opening that is running now. Anyone may, with or
 * without an account: a chosen name is optional, and nothing else about them is asked.
 */
export async function checkIn(
	db: Kysely<Database>,
	centre: Centre,
	input: CheckInInput,
	now: Date,
	key: Buffer
): Promise<CheckedIn> {
	const span = await currentOpening(db, centre, now);
	if (!span) throw new RuleError('dropIn.closedNow');
	const token = randomBytes(TOKEN_BYTES).toString('base64url');
	return inCentre(db, centre.id, async (trx) => {
		// One statement both makes the opening's row and takes the next number, so two people
		// checking in at once never share one; the end follows any change to tonight's hours.
		const opening = await trx
			.insertInto('drop_in_openings')
			.values({ centre_id: centre.id, starts_at: span.start, ends_at: span.end, last_number: 1 })
			.onConflict((conflict) =>
				conflict.columns(['centre_id', 'starts_at']).doUpdateSet({
					ends_at: span.end,
					last_number: sql<number>`drop_in_openings.last_number + 1`
				})
			)
			.returning('last_number')
			.executeTakeFirstOrThrow();
		await trx
			.insertInto('drop_in_tickets')
			.values({
				centre_id: centre.id,
				id: uuidv7(),
				opening_starts_at: span.start,
				number: opening.last_number,
				token_hash: digest(token),
				chosen_name: input.chosenName,
				topic: input.topic,
				words_sealed: input.words ? seal(input.words, key) : null,
				language: input.language,
				checked_in_at: now
			})
			.execute();
		await announce(trx, centre.id);
		return { number: opening.last_number, token };
	});
}

interface TicketRow {
	id: string;
	number: number;
	chosen_name: string;
	topic: string;
	language: string;
	checked_in_at: Date;
	called_at: Date | null;
	called_by: string | null;
	desk: string;
}

interface Adviser {
	accountId: string;
	/** Empty: the adviser has said no languages, and may see anyone. */
	languages: string[];
	/** Empty: no profile topics, and any need fits. */
	topics: string[];
	hasProfile: boolean;
}

async function readAdvisers(trx: Db, centreId: string, ids: string[]): Promise<Adviser[]> {
	if (ids.length === 0) return [];
	const rows = await trx
		.selectFrom('accounts')
		.leftJoin('adviser_profiles', (join) =>
			join
				.onRef('adviser_profiles.account_id', '=', 'accounts.id')
				.on('adviser_profiles.centre_id', '=', centreId)
		)
		.select([
			'accounts.id',
			'accounts.languages as spoken',
			'adviser_profiles.account_id as profile',
			'adviser_profiles.languages as profileLanguages',
			'adviser_profiles.helps_with as topics'
		])
		.where('accounts.id', 'in', ids)
		.execute();
	return rows.map((row) => ({
		accountId: row.id,
		// A profile's languages are the adviser's own word for whom they can advise; without
		// them, the languages of their account.
		languages: row.profileLanguages?.length ? row.profileLanguages : row.spoken,
		topics: row.topics ?? [],
		hasProfile: row.profile !== null
	}));
}

function speaks(adviser: Adviser, language: string): boolean {
	return adviser.languages.length === 0 || adviser.languages.includes(language);
}

function helpsWith(adviser: Adviser, topic: string): boolean {
	return (
		adviser.topics.length === 0 || topic === 'something-else' || adviser.topics.includes(topic)
	);
}

async function openingRow(trx: Db, centreId: string, span: Interval) {
	return trx
		.selectFrom('drop_in_openings')
		.select(['starts_at', 'ends_at'])
		.where('centre_id', '=', centreId)
		.where('starts_at', '=', span.start)
		.executeTakeFirst();
}

function waitingTickets(trx: Db, centreId: string, openingStart: Date) {
	return trx
		.selectFrom('drop_in_tickets')
		.select([
			'id',
			'number',
			'chosen_name',
			'topic',
			'language',
			'checked_in_at',
			'called_at',
			'called_by',
			'desk'
		])
		.where('centre_id', '=', centreId)
		.where('opening_starts_at', '=', openingStart)
		.where('called_at', 'is', null)
		.orderBy('number')
		.execute();
}

interface Pace {
	adviser: Adviser;
	pace: number | null;
}

/** The advisers on duty tonight and how often each has been calling people. */
async function pacesTonight(
	trx: Db,
	centreId: string,
	openingStart: Date,
	now: Date
): Promise<Pace[]> {
	const calls = await trx
		.selectFrom('drop_in_calls')
		.select(['adviser_id', 'called_at'])
		.where('centre_id', '=', centreId)
		.where('opening_starts_at', '=', openingStart)
		.orderBy('called_at')
		.execute();
	const byAdviser = new Map<string, Date[]>();
	for (const call of calls) {
		byAdviser.set(call.adviser_id, [...(byAdviser.get(call.adviser_id) ?? []), call.called_at]);
	}
	const onDutyIds = [...byAdviser].filter(([, times]) => onDuty(times.at(-1) as Date, now));
	const advisers = await readAdvisers(
		trx,
		centreId,
		onDutyIds.map(([id]) => id)
	);
	return onDutyIds.map(([id, times]) => ({
		adviser: advisers.find((adviser) => adviser.accountId === id) ?? {
			accountId: id,
			languages: [],
			topics: [],
			hasProfile: false
		},
		pace: paceOf(times)
	}));
}

/** The estimate for a waiting ticket, from the advisers on duty who speak its language. */
function estimateFor(ticket: TicketRow, waiting: TicketRow[], paces: Pace[]): WaitRange | null {
	const fitting = paces.filter(({ adviser }) => speaks(adviser, ticket.language));
	if (fitting.length === 0) return null;
	const ahead = waiting.filter(
		(other) =>
			other.number < ticket.number && fitting.some(({ adviser }) => speaks(adviser, other.language))
	).length;
	// Advisers whose pace is unknown count at the pace of the others on duty, if any is known.
	const known = paces.map(({ pace }) => pace).filter((pace) => pace !== null);
	if (known.length === 0) return null;
	const typical = medianOf(known);
	return estimateWait(
		ahead,
		fitting.map(({ pace }) => pace ?? typical)
	);
}

export type TicketView =
	| {
			state: 'waiting';
			number: number;
			chosenName: string;
			topic: SupportTopic;
			language: string;
			/** 1 for the next person. */
			place: number;
			estimate: WaitRange | null;
			closesAt: Date;
	  }
	| {
			state: 'called';
			number: number;
			chosenName: string;
			topic: SupportTopic;
			language: string;
			desk: string;
			closesAt: Date;
	  };

function topicOf(value: string): SupportTopic {
	return isSupportTopic(value) ? value : 'something-else';
}

async function adviserName(trx: Db, accountId: string | null): Promise<string> {
	if (!accountId) return '';
	const row = await trx
		.selectFrom('accounts')
		.select('chosen_name')
		.where('id', '=', accountId)
		.executeTakeFirst();
	return row?.chosen_name ?? '';
}

/** Where a called person should go: the desk the adviser named, else the adviser's name. */
async function deskLabel(trx: Db, ticket: Pick<TicketRow, 'desk' | 'called_by'>) {
	return ticket.desk || (await adviserName(trx, ticket.called_by));
}

/** A person's own ticket, found by the secret in its link; null once it has left the queue. */
export async function readTicket(
	db: Kysely<Database>,
	centre: Centre,
	token: string,
	now: Date
): Promise<TicketView | null> {
	return inCentre(db, centre.id, async (trx) => {
		const found = await trx
			.selectFrom('drop_in_tickets')
			.innerJoin('drop_in_openings', (join) =>
				join
					.onRef('drop_in_openings.centre_id', '=', 'drop_in_tickets.centre_id')
					.onRef('drop_in_openings.starts_at', '=', 'drop_in_tickets.opening_starts_at')
			)
			.select([
				'drop_in_tickets.id',
				'drop_in_tickets.number',
				'drop_in_tickets.chosen_name',
				'drop_in_tickets.topic',
				'drop_in_tickets.language',
				'drop_in_tickets.checked_in_at',
				'drop_in_tickets.called_at',
				'drop_in_tickets.called_by',
				'drop_in_tickets.desk',
				'drop_in_openings.starts_at as openingStart',
				'drop_in_openings.ends_at as closesAt'
			])
			.where('drop_in_tickets.centre_id', '=', centre.id)
			.where('drop_in_tickets.token_hash', '=', digest(token))
			.where('drop_in_openings.ends_at', '>', now)
			.executeTakeFirst();
		if (!found) return null;
		const base = {
			number: found.number,
			chosenName: found.chosen_name,
			topic: topicOf(found.topic),
			language: found.language,
			closesAt: found.closesAt
		};
		if (found.called_at) {
			return { ...base, state: 'called' as const, desk: await deskLabel(trx, found) };
		}
		const waiting = await waitingTickets(trx, centre.id, found.openingStart);
		const paces = await pacesTonight(trx, centre.id, found.openingStart, now);
		return {
			...base,
			state: 'waiting' as const,
			place: waiting.filter((other) => other.number < found.number).length + 1,
			estimate: estimateFor(found, waiting, paces)
		};
	});
}

/** The person leaves the queue from their own ticket: the ticket is deleted, nothing kept. */
export async function leaveQueue(db: Kysely<Database>, centre: Centre, token: string) {
	await inCentre(db, centre.id, async (trx) => {
		const removed = await trx
			.deleteFrom('drop_in_tickets')
			.where('centre_id', '=', centre.id)
			.where('token_hash', '=', digest(token))
			.executeTakeFirst();
		if (Number(removed.numDeletedRows) === 0) throw new NotFoundError('ticket');
		await announce(trx, centre.id);
	});
}

export interface WaitingEntry {
	id: string;
	number: number;
	chosenName: string;
	topic: SupportTopic;
	language: string;
	checkedInAt: Date;
	/** The adviser looking speaks the language, and helps with the need. */
	fitsLanguage: boolean;
	fitsTopic: boolean;
}

export interface WithAdviser {
	id: string;
	number: number;
	chosenName: string;
	topic: SupportTopic;
	language: string;
	/** The person's own words, opened for the adviser who called them. */
	words: string;
	desk: string;
	calledAt: Date;
}

export interface CalledEntry {
	number: number;
	desk: string;
	calledAt: Date;
}

export interface AdviserQueue {
	opening: Interval | null;
	waiting: WaitingEntry[];
	withMe: WithAdviser[];
	/** Everyone called tonight who is still with an adviser, newest first. */
	called: CalledEntry[];
	/** The adviser has written a profile; without one, they call whoever is next. */
	hasProfile: boolean;
	languages: string[];
	topics: string[];
}

/** An adviser or coordinator of this very centre: a role elsewhere gives nothing here. */
function requireAdviser(actor: Actor | null | undefined, centre: Centre): Actor {
	const adviser = requireRole(actor, 'adviser', 'coordinator');
	if (adviser.centreId !== centre.id) throw new ForbiddenError('another centre');
	return adviser;
}

/**
 * The queue as an adviser or the front desk sees it: who is waiting, in order, which of them fit
 * the adviser's languages and topics, and the people with this adviser now, with their own words.
 */
export async function adviserQueue(
	db: Kysely<Database>,
	actor: Actor,
	centre: Centre,
	now: Date,
	key: Buffer
): Promise<AdviserQueue> {
	requireAdviser(actor, centre);
	const span = await currentOpening(db, centre, now);
	return inCentre(db, centre.id, async (trx) => {
		const [me] = await readAdvisers(trx, centre.id, [actor.accountId]);
		const adviser = me ?? {
			accountId: actor.accountId,
			languages: [],
			topics: [],
			hasProfile: false
		};
		const profile = {
			hasProfile: adviser.hasProfile,
			languages: adviser.languages,
			topics: adviser.topics
		};
		if (!span || !(await openingRow(trx, centre.id, span))) {
			return { opening: span, waiting: [], withMe: [], called: [], ...profile };
		}
		const waiting = await waitingTickets(trx, centre.id, span.start);
		const calledRows = await trx
			.selectFrom('drop_in_tickets')
			.select(['id', 'number', 'chosen_name', 'topic', 'language', 'words_sealed', 'desk'])
			.select(['called_at', 'called_by'])
			.where('centre_id', '=', centre.id)
			.where('opening_starts_at', '=', span.start)
			.where('called_at', 'is not', null)
			.orderBy('called_at', 'desc')
			.execute();
		const withMe: WithAdviser[] = [];
		for (const row of calledRows.filter((row) => row.called_by === actor.accountId)) {
			if (row.words_sealed) {
				await recordAudit(trx, {
					action: 'drop_in.words_read',
					centreId: centre.id,
					actorId: actor.accountId,
					subjectId: row.id
				});
			}
			withMe.push({
				id: row.id,
				number: row.number,
				chosenName: row.chosen_name,
				topic: topicOf(row.topic),
				language: row.language,
				words: row.words_sealed ? open(row.words_sealed, key) : '',
				desk: row.desk,
				calledAt: row.called_at as Date
			});
		}
		const called: CalledEntry[] = [];
		for (const row of calledRows) {
			called.push({
				number: row.number,
				desk: await deskLabel(trx, row),
				calledAt: row.called_at as Date
			});
		}
		return {
			opening: span,
			waiting: waiting.map((row) => ({
				id: row.id,
				number: row.number,
				chosenName: row.chosen_name,
				topic: topicOf(row.topic),
				language: row.language,
				checkedInAt: row.checked_in_at,
				fitsLanguage: adviser.languages.length > 0 && adviser.languages.includes(row.language),
				fitsTopic: adviser.topics.length > 0 && helpsWith(adviser, row.topic)
			})),
			withMe,
			called,
			...profile
		};
	});
}

/** How a called person fits the adviser who called them. */
export type Fit = 'language-and-topic' | 'language' | 'anyone';

export type CallResult =
	{ called: true; number: number; fit: Fit } | { called: false; waiting: number };

/**
 * Calls the next person for an adviser: the first waiting whose language the adviser speaks and
 * whose need they help with; else the first whose language they speak; with `anyone`, else the
 * first in the queue. The row is taken with FOR UPDATE SKIP LOCKED inside one transaction, so two
 * advisers pressing at the same instant are given two different people.
 */
export async function callNext(
	db: Kysely<Database>,
	actor: Actor,
	centre: Centre,
	choice: { desk: string; mode: CallMode },
	now: Date
): Promise<CallResult> {
	requireAdviser(actor, centre);
	const span = await currentOpening(db, centre, now);
	if (!span) throw new RuleError('dropIn.closedNow');
	return inCentre(db, centre.id, async (trx) => {
		const [adviser] = await readAdvisers(trx, centre.id, [actor.accountId]);
		const languages = adviser?.languages ?? [];
		const topics = adviser?.topics ?? [];
		const anyLanguage = languages.length === 0 || choice.mode === 'anyone';
		const anyTopic = topics.length === 0;
		const speaksIt = sql<boolean>`(language = any(${sql.val(languages)}::text[]))`;
		const helpsIt = anyTopic
			? sql<boolean>`true`
			: sql<boolean>`(topic = 'something-else' or topic = any(${sql.val(topics)}::text[]))`;
		let query = trx
			.selectFrom('drop_in_tickets')
			.select(['id', 'number'])
			.select(speaksIt.as('speaks'))
			.select(helpsIt.as('helps'))
			.where('centre_id', '=', centre.id)
			.where('opening_starts_at', '=', span.start)
			.where('called_at', 'is', null);
		if (!anyLanguage) query = query.where(speaksIt);
		const next = await query
			.orderBy(sql`(${speaksIt} and ${helpsIt})`, 'desc')
			.orderBy(speaksIt, 'desc')
			.orderBy('number')
			.limit(1)
			.forUpdate()
			.skipLocked()
			.executeTakeFirst();
		if (!next) {
			const left = await trx
				.selectFrom('drop_in_tickets')
				.select((eb) => eb.fn.countAll<number>().as('count'))
				.where('centre_id', '=', centre.id)
				.where('opening_starts_at', '=', span.start)
				.where('called_at', 'is', null)
				.executeTakeFirstOrThrow();
			return { called: false as const, waiting: Number(left.count) };
		}
		await trx
			.updateTable('drop_in_tickets')
			.set({ called_at: now, called_by: actor.accountId, desk: choice.desk })
			.where('centre_id', '=', centre.id)
			.where('id', '=', next.id)
			.execute();
		await trx
			.insertInto('drop_in_calls')
			.values({
				centre_id: centre.id,
				id: uuidv7(),
				opening_starts_at: span.start,
				adviser_id: actor.accountId,
				called_at: now
			})
			.execute();
		await announce(trx, centre.id);
		const fit: Fit =
			languages.length > 0 && next.speaks
				? next.helps
					? 'language-and-topic'
					: 'language'
				: 'anyone';
		return { called: true as const, number: next.number, fit };
	});
}

export type Outcome = 'seen' | 'left' | 'back';

/**
 * What became of a person: seen, or gone without being seen (the ticket is deleted either way and
 * nothing says which), or put back in the queue in their old place.
 */
export async function settleTicket(
	db: Kysely<Database>,
	actor: Actor,
	centre: Centre,
	ticketId: string,
	outcome: Outcome
): Promise<number> {
	requireAdviser(actor, centre);
	return inCentre(db, centre.id, async (trx) => {
		const ticket = await trx
			.selectFrom('drop_in_tickets')
			.select(['number', 'called_at'])
			.where('centre_id', '=', centre.id)
			.where('id', '=', ticketId)
			.forUpdate()
			.executeTakeFirst();
		if (!ticket) throw new NotFoundError('ticket');
		if (outcome === 'back') {
			if (!ticket.called_at) throw new RuleError('dropIn.alreadyWaiting');
			await trx
				.updateTable('drop_in_tickets')
				.set({ called_at: null, called_by: null, desk: '' })
				.where('centre_id', '=', centre.id)
				.where('id', '=', ticketId)
				.execute();
		} else {
			await trx
				.deleteFrom('drop_in_tickets')
				.where('centre_id', '=', centre.id)
				.where('id', '=', ticketId)
				.execute();
		}
		await announce(trx, centre.id);
		return ticket.number;
	});
}

export interface DisplayState {
	open: boolean;
	/** The latest calls, newest first. */
	calls: { number: number; desk: string }[];
	waiting: number;
}

/** What the waiting-room screen shows: ticket numbers and where to go, never a person's name. */
export async function displayState(
	db: Kysely<Database>,
	centre: Centre,
	now: Date
): Promise<DisplayState> {
	const span = await currentOpening(db, centre, now);
	if (!span) return { open: false, calls: [], waiting: 0 };
	return inCentre(db, centre.id, async (trx) => {
		const rows = await trx
			.selectFrom('drop_in_tickets')
			.leftJoin('accounts', 'accounts.id', 'drop_in_tickets.called_by')
			.select(['drop_in_tickets.number', 'drop_in_tickets.desk', 'accounts.chosen_name'])
			.where('drop_in_tickets.centre_id', '=', centre.id)
			.where('drop_in_tickets.opening_starts_at', '=', span.start)
			.where('drop_in_tickets.called_at', 'is not', null)
			.orderBy('drop_in_tickets.called_at', 'desc')
			.orderBy('drop_in_tickets.number', 'desc')
			.limit(DISPLAY_CALLS)
			.execute();
		const waiting = await trx
			.selectFrom('drop_in_tickets')
			.select((eb) => eb.fn.countAll<number>().as('count'))
			.where('centre_id', '=', centre.id)
			.where('opening_starts_at', '=', span.start)
			.where('called_at', 'is', null)
			.executeTakeFirstOrThrow();
		return {
			open: true,
			calls: rows.map((row) => ({ number: row.number, desk: row.desk || (row.chosen_name ?? '') })),
			waiting: Number(waiting.count)
		};
	});
}

/**
 * Empties every queue whose opening has closed: tickets, names, words and the pace of calls go
 * together, and nothing is kept about the night.
 */
export async function emptyClosedQueues(db: Db, now: Date): Promise<number> {
	const closed = await db
		.deleteFrom('drop_in_openings')
		.where('ends_at', '<=', now)
		.returning('centre_id')
		.execute();
	const centres = [...new Set(closed.map((row) => row.centre_id))];
	for (const centreId of centres) await announce(db, centreId);
	return closed.length;
}
