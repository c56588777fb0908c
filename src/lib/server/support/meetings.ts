import { sql, type Kysely } from 'kysely';
import type { Centre } from '../centres/centres.service';
import {
	addDays,
	instantToLocal,
	localToInstant,
	openingIntervals,
	type Interval,
	type LocalDate
} from '../centres/opening-hours';
import { readCentreHours } from '../centres/rooms';
import type { Actor } from '../identity/identity.service';
import { recordAudit } from '../platform/audit';
import { open, seal } from '../platform/crypto';
import { inCentre } from '../platform/database';
import { NotFoundError, RuleError } from '../platform/errors';
import { uuidv7 } from '../platform/ids';
import type { Database, Db } from '../schema';
import { chooseAdviser, currentAdviserOf } from './advisers';
import type { MeetingInput } from './advisers.schemas';
import type { PartOfDay } from './advisers.tables';
import type { SupportTopic } from './topics';

/**
 * "Meet three, then choose": a member asks to meet advisers who share a language with them and
 * can help with what they want help with. Hearth books three five-minute introductions back to
 * back in the visit the member picked, with advisers who work that part of the day and have
 * nothing else booked then; when it cannot, it names the next drop-in evening to meet them at.
 */

export const INTRODUCTION_MINUTES = 5;
export const TO_MEET = 3;
const MINUTE_MS = 60_000;
const SLOT_MS = INTRODUCTION_MINUTES * MINUTE_MS;
const DAY_MS = 86_400_000;
/** How far ahead a visit can be picked: the opening hours are known two weeks ahead. */
export const VISIT_DAYS_AHEAD = 14;
const DROP_IN_SEARCH_DAYS = 14;
const MEETINGS_KEPT_DAYS = 90;

/** The parts of a day on the centre's clock; the night runs to 06:00 the next morning. */
export function partWindow(date: LocalDate, part: PartOfDay, timeZone: string): Interval {
	switch (part) {
		case 'day':
			return {
				start: localToInstant(date, '06:00', timeZone),
				end: localToInstant(date, '18:00', timeZone)
			};
		case 'evening':
			return {
				start: localToInstant(date, '18:00', timeZone),
				end: localToInstant(date, '22:00', timeZone)
			};
		case 'night':
			return {
				start: localToInstant(date, '22:00', timeZone),
				end: localToInstant(addDays(date, 1), '06:00', timeZone)
			};
	}
}

export interface Candidate {
	accountId: string;
	/** Times the adviser already has booked. */
	busy: Interval[];
}

const overlaps = (a: Interval, b: Interval) => a.start < b.end && b.start < a.end;
const ceilToSlot = (instant: Date) => new Date(Math.ceil(instant.getTime() / SLOT_MS) * SLOT_MS);

/**
 * The first start, on five-minute steps from `earliest`, at which `want` introductions fit back to
 * back inside one opening, each with a different candidate free for their five minutes and the
 * member free for all of them. Candidates are taken in the order given.
 */
export function planIntroductions(input: {
	candidates: Candidate[];
	memberBusy: Interval[];
	open: Interval[];
	earliest: Date;
	want: number;
}): { start: Date; advisers: string[] } | null {
	const { candidates, memberBusy, want } = input;
	if (want < 1 || candidates.length < want) return null;
	const length = want * SLOT_MS;
	for (const opening of input.open) {
		let start = ceilToSlot(new Date(Math.max(opening.start.getTime(), input.earliest.getTime())));
		for (
			;
			start.getTime() + length <= opening.end.getTime();
			start = new Date(start.getTime() + SLOT_MS)
		) {
			const whole = { start, end: new Date(start.getTime() + length) };
			if (memberBusy.some((busy) => overlaps(busy, whole))) continue;
			const chosen: string[] = [];
			for (let slot = 0; slot < want; slot++) {
				const span = {
					start: new Date(start.getTime() + slot * SLOT_MS),
					end: new Date(start.getTime() + (slot + 1) * SLOT_MS)
				};
				const free = candidates.find(
					(candidate) =>
						!chosen.includes(candidate.accountId) &&
						!candidate.busy.some((busy) => overlaps(busy, span))
				);
				if (!free) break;
				chosen.push(free.accountId);
			}
			if (chosen.length === want) return { start, advisers: chosen };
		}
	}
	return null;
}

interface Adviser {
	accountId: string;
	worksThen: boolean;
}

/**
 * Advisers who share the language and help with the topic, other than the member, their current
 * adviser and anyone they were introduced to before; those with the fewest people first, so
 * newcomers are spread across the team.
 */
async function matchingAdvisers(
	trx: Db,
	actor: Actor,
	input: { language: string; topic: SupportTopic; part: PartOfDay }
): Promise<Adviser[]> {
	const current = await currentAdviserOf(trx, actor.centreId, actor.accountId);
	const met = await trx
		.selectFrom('adviser_meeting_advisers as ma')
		.innerJoin('adviser_meetings as m', (join) =>
			join.onRef('m.centre_id', '=', 'ma.centre_id').onRef('m.id', '=', 'ma.meeting_id')
		)
		.select('ma.adviser_id')
		.where('ma.centre_id', '=', actor.centreId)
		.where('m.member_id', '=', actor.accountId)
		.execute();
	const excluded = [actor.accountId, ...met.map((row) => row.adviser_id)];
	if (current) excluded.push(current.accountId);
	const partColumn = {
		day: 'works_days',
		evening: 'works_evenings',
		night: 'works_nights'
	} as const;
	let query = trx
		.selectFrom('adviser_profiles as p')
		.innerJoin('centre_roles as r', (join) =>
			join
				.onRef('r.centre_id', '=', 'p.centre_id')
				.onRef('r.account_id', '=', 'p.account_id')
				.on('r.role', '=', 'adviser')
		)
		.innerJoin('accounts as a', 'a.id', 'p.account_id')
		.select(['p.account_id', `p.${partColumn[input.part]} as works_then`])
		.select((eb) =>
			eb
				.selectFrom('adviser_choices as c')
				.whereRef('c.centre_id', '=', 'p.centre_id')
				.whereRef('c.adviser_id', '=', 'p.account_id')
				.where('c.ended_at', 'is', null)
				.select((count) => count.fn.countAll<number>().as('n'))
				.as('people')
		)
		.where('p.centre_id', '=', actor.centreId)
		.where('p.account_id', 'not in', excluded)
		.where(sql<boolean>`${input.language} = any(p.languages)`);
	// "Something else" is for anyone: every adviser can listen and point the way.
	if (input.topic !== 'something-else') {
		query = query.where(sql<boolean>`${input.topic} = any(p.helps_with)`);
	}
	const rows = await query
		.orderBy('people')
		.orderBy('a.chosen_name')
		.orderBy('p.account_id')
		.execute();
	return rows.map((row) => ({ accountId: row.account_id, worksThen: row.works_then }));
}

async function busyTimes(
	trx: Db,
	centreId: string,
	column: 'adviser_id' | 'member_id',
	ids: string[],
	window: Interval
) {
	if (ids.length === 0) return [];
	return trx
		.selectFrom('appointments')
		.select(['adviser_id', 'member_id', 'starts_at', 'ends_at'])
		.where('centre_id', '=', centreId)
		.where(column, 'in', ids)
		.where('starts_at', '<', window.end)
		.where('ends_at', '>', window.start)
		.execute();
}

/** The first evening (18:00 to 22:00) the centre is open, at or after `from`. */
function nextDropInEvening(
	weekly: Parameters<typeof openingIntervals>[0],
	exceptions: Parameters<typeof openingIntervals>[1],
	from: Date,
	timeZone: string
): Date | null {
	let date = instantToLocal(from, timeZone).date;
	for (let day = 0; day <= DROP_IN_SEARCH_DAYS; day++, date = addDays(date, 1)) {
		const evening = partWindow(date, 'evening', timeZone);
		const start = new Date(Math.max(evening.start.getTime(), from.getTime()));
		if (start >= evening.end) continue;
		const [first] = openingIntervals(weekly, exceptions, start, evening.end, timeZone).filter(
			(interval) => interval.end > start && interval.start < evening.end
		);
		if (first) return new Date(Math.max(first.start.getTime(), start.getTime()));
	}
	return null;
}

/**
 * The member asks to meet three advisers. Any earlier request they have not decided on is closed,
 * and its introductions still to come are freed.
 */
export async function requestMeeting(
	db: Kysely<Database>,
	centre: Centre,
	actor: Actor,
	input: MeetingInput,
	key: Buffer,
	now: Date
): Promise<string> {
	const window = partWindow(input.date, input.partOfDay, centre.timeZone);
	if (window.end <= now) throw new RuleError('advisers.visitPassed');
	if (window.start.getTime() - now.getTime() > VISIT_DAYS_AHEAD * DAY_MS) {
		throw new RuleError('advisers.visitTooFar');
	}
	const id = uuidv7(now.getTime());
	await inCentre(db, centre.id, async (trx) => {
		// One request at a time per member: concurrent requests are served one after another.
		await trx
			.selectFrom('centre_people')
			.select('account_id')
			.where('centre_id', '=', centre.id)
			.where('account_id', '=', actor.accountId)
			.forUpdate()
			.executeTakeFirst();
		await closeOpenMeetings(trx, actor, now);
		const advisers = await matchingAdvisers(trx, actor, {
			language: input.language,
			topic: input.topic,
			part: input.partOfDay
		});
		if (advisers.length === 0) throw new RuleError('advisers.noneMatch');
		const want = Math.min(TO_MEET, advisers.length);
		const working = advisers.filter((adviser) => adviser.worksThen).map((a) => a.accountId);
		const hours = await readCentreHours(trx, centre, now);
		const openings = openingIntervals(
			hours.weekly,
			hours.exceptions,
			window.start,
			window.end,
			centre.timeZone
		).map((interval) => ({
			start: new Date(Math.max(interval.start.getTime(), window.start.getTime())),
			end: new Date(Math.min(interval.end.getTime(), window.end.getTime()))
		}));
		const adviserBusy = await busyTimes(trx, centre.id, 'adviser_id', working, window);
		const memberBusy = await busyTimes(trx, centre.id, 'member_id', [actor.accountId], window);
		const plan = planIntroductions({
			candidates: working.map((accountId) => ({
				accountId,
				busy: adviserBusy
					.filter((row) => row.adviser_id === accountId)
					.map((row) => ({ start: row.starts_at, end: row.ends_at }))
			})),
			memberBusy: memberBusy.map((row) => ({ start: row.starts_at, end: row.ends_at })),
			open: openings,
			earliest: now,
			want
		});
		const dropInFrom = input.partOfDay === 'day' ? window.start : window.end;
		const dropInAt = plan
			? null
			: nextDropInEvening(
					hours.weekly,
					hours.exceptions,
					new Date(Math.max(dropInFrom.getTime(), now.getTime())),
					centre.timeZone
				);
		const chosen = plan?.advisers ?? advisers.slice(0, want).map((adviser) => adviser.accountId);
		await trx
			.insertInto('adviser_meetings')
			.values({
				centre_id: centre.id,
				id,
				member_id: actor.accountId,
				language: input.language,
				topic: input.topic,
				own_words_sealed: input.ownWords ? seal(input.ownWords, key) : null,
				visit_date: input.date,
				part_of_day: input.partOfDay,
				drop_in_at: dropInAt,
				created_at: now,
				decided_at: null
			})
			.execute();
		await trx
			.insertInto('adviser_meeting_advisers')
			.values(
				chosen.map((adviserId, index) => ({
					centre_id: centre.id,
					meeting_id: id,
					adviser_id: adviserId,
					position: index + 1
				}))
			)
			.execute();
		if (plan) {
			await trx
				.insertInto('appointments')
				.values(
					plan.advisers.map((adviserId, index) => ({
						centre_id: centre.id,
						id: uuidv7(now.getTime()),
						member_id: actor.accountId,
						adviser_id: adviserId,
						kind: 'introduction' as const,
						mode: 'in_person' as const,
						interpreter_language: null,
						starts_at: new Date(plan.start.getTime() + index * SLOT_MS),
						ends_at: new Date(plan.start.getTime() + (index + 1) * SLOT_MS),
						meeting_id: id,
						booked_by: actor.accountId,
						created_at: now,
						updated_at: now
					}))
				)
				.execute();
		}
		await recordAudit(trx, {
			action: 'support.meeting_requested',
			centreId: centre.id,
			actorId: actor.accountId,
			subjectId: id,
			detail: { booked: plan !== null }
		});
	});
	return id;
}

/** Closes the member's undecided requests and frees their introductions still to come. */
async function closeOpenMeetings(trx: Db, actor: Actor, now: Date): Promise<void> {
	const closed = await trx
		.updateTable('adviser_meetings')
		.set({ decided_at: now })
		.where('centre_id', '=', actor.centreId)
		.where('member_id', '=', actor.accountId)
		.where('decided_at', 'is', null)
		.returning('id')
		.execute();
	await freeIntroductions(
		trx,
		actor.centreId,
		closed.map((row) => row.id),
		now
	);
}

async function freeIntroductions(trx: Db, centreId: string, meetingIds: string[], now: Date) {
	if (meetingIds.length === 0) return;
	await trx
		.deleteFrom('appointments')
		.where('centre_id', '=', centreId)
		.where('meeting_id', 'in', meetingIds)
		.where('starts_at', '>', now)
		.execute();
}

export interface Introduction {
	adviserId: string;
	adviserName: string;
	/** Null when the meeting is at a drop-in evening rather than booked. */
	startsAt: Date | null;
	endsAt: Date | null;
}

export interface Meeting {
	id: string;
	language: string;
	topic: SupportTopic;
	ownWords: string;
	visitDate: LocalDate;
	partOfDay: PartOfDay;
	/** Set when the introductions could not be booked in the visit. */
	dropInAt: Date | null;
	booked: boolean;
	decided: boolean;
	introductions: Introduction[];
}

async function readMeeting(trx: Db, centreId: string, id: string) {
	const row = await trx
		.selectFrom('adviser_meetings')
		.selectAll()
		.where('centre_id', '=', centreId)
		.where('id', '=', id)
		.executeTakeFirst();
	if (!row) return null;
	const introductions = await trx
		.selectFrom('adviser_meeting_advisers as ma')
		.innerJoin('accounts as a', 'a.id', 'ma.adviser_id')
		.leftJoin('appointments as ap', (join) =>
			join
				.onRef('ap.centre_id', '=', 'ma.centre_id')
				.onRef('ap.meeting_id', '=', 'ma.meeting_id')
				.onRef('ap.adviser_id', '=', 'ma.adviser_id')
		)
		.select(['ma.adviser_id', 'a.chosen_name', 'ap.starts_at', 'ap.ends_at', 'ma.position'])
		.where('ma.centre_id', '=', centreId)
		.where('ma.meeting_id', '=', id)
		.orderBy('ma.position')
		.execute();
	return { row, introductions };
}

/** One of the member's own requests, their words opened for them (and the read recorded). */
export async function memberMeeting(
	db: Kysely<Database>,
	actor: Actor,
	id: string,
	key: Buffer
): Promise<Meeting> {
	return inCentre(db, actor.centreId, async (trx) => {
		const found = await readMeeting(trx, actor.centreId, id);
		if (!found || found.row.member_id !== actor.accountId) throw new NotFoundError('meeting');
		const { row, introductions } = found;
		if (row.own_words_sealed) {
			await recordAudit(trx, {
				action: 'support.meeting_read',
				centreId: actor.centreId,
				actorId: actor.accountId,
				subjectId: id
			});
		}
		return {
			id: row.id,
			language: row.language,
			topic: row.topic,
			ownWords: row.own_words_sealed ? open(row.own_words_sealed, key) : '',
			visitDate: row.visit_date,
			partOfDay: row.part_of_day,
			dropInAt: row.drop_in_at,
			booked: introductions.some((intro) => intro.starts_at !== null),
			decided: row.decided_at !== null,
			introductions: introductions.map((intro) => ({
				adviserId: intro.adviser_id,
				adviserName: intro.chosen_name,
				startsAt: intro.starts_at,
				endsAt: intro.ends_at
			}))
		};
	});
}

/** The member's latest request that they have not decided on, if any. */
export async function openMeetingId(db: Kysely<Database>, actor: Actor): Promise<string | null> {
	const row = await inCentre(db, actor.centreId, (trx) =>
		trx
			.selectFrom('adviser_meetings')
			.select('id')
			.where('centre_id', '=', actor.centreId)
			.where('member_id', '=', actor.accountId)
			.where('decided_at', 'is', null)
			.orderBy('created_at', 'desc')
			.executeTakeFirst()
	);
	return row?.id ?? null;
}

/**
 * After meeting them, the member chooses one of the advisers of a request, or none (and can ask
 * to meet three others). Either way the request is decided and its introductions to come freed.
 */
export async function decideMeeting(
	db: Kysely<Database>,
	actor: Actor,
	meetingId: string,
	adviserId: string | null,
	now: Date
): Promise<void> {
	await inCentre(db, actor.centreId, async (trx) => {
		const meeting = await trx
			.selectFrom('adviser_meetings')
			.select(['member_id', 'decided_at'])
			.where('centre_id', '=', actor.centreId)
			.where('id', '=', meetingId)
			.forUpdate()
			.executeTakeFirst();
		if (!meeting || meeting.member_id !== actor.accountId) throw new NotFoundError('meeting');
		if (adviserId !== null) {
			const proposed = await trx
				.selectFrom('adviser_meeting_advisers')
				.select('adviser_id')
				.where('centre_id', '=', actor.centreId)
				.where('meeting_id', '=', meetingId)
				.where('adviser_id', '=', adviserId)
				.executeTakeFirst();
			if (!proposed) throw new RuleError('advisers.chooseRequired');
			await chooseAdviser(trx, actor, adviserId, now);
		}
		if (meeting.decided_at === null) {
			await trx
				.updateTable('adviser_meetings')
				.set({ decided_at: now })
				.where('centre_id', '=', actor.centreId)
				.where('id', '=', meetingId)
				.execute();
			await freeIntroductions(trx, actor.centreId, [meetingId], now);
		}
	});
}

/** Forgets requests to meet made long ago, with what remains of their introductions. */
export async function pruneMeetings(db: Db, now: Date): Promise<number> {
	const result = await db
		.deleteFrom('adviser_meetings')
		.where('created_at', '<', new Date(now.getTime() - MEETINGS_KEPT_DAYS * DAY_MS))
		.executeTakeFirst();
	return Number(result.numDeletedRows);
}
