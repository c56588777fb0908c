import type { Kysely, Transaction } from 'kysely';
import { requireRole, roles, type Actor } from '../identity/identity.service';
import { recordAudit } from '../platform/audit';
import { inCentre } from '../platform/database';
import { NotFoundError, RuleError } from '../platform/errors';
import { uuidv7 } from '../platform/ids';
import type { Database, Db } from '../schema';
import type { Centre, CentreHours } from './centres.service';
import {
	addDays,
	instantToLocal,
	openingIntervals,
	type LocalDate,
	type WallTime,
	type Weekday
} from './opening-hours';
import { MAX_PEOPLE, type Need } from './rota.schemas';
import type { RotaSkill } from './rota.tables';

/** How far ahead the rota looks: four weeks. */
export const ROTA_DAYS = 28;
/** A shift not fully staffed this close to its start is flagged. */
export const FLAG_HOURS = 48;

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

export interface NeedState extends Need {
	/** People on the shift who say they have the skill (one person may cover several needs). */
	covered: number;
}

export interface ShiftState {
	id: string;
	startsAt: Date;
	endsAt: Date;
	/** The start and end on the centre's clock. */
	date: LocalDate;
	weekday: Weekday;
	starts: WallTime;
	ends: WallTime;
	endDate: LocalDate;
	endsNextDay: boolean;
	minPeople: number;
	onShift: number;
	/** How many more people the minimum needs. */
	short: number;
	needs: NeedState[];
	/** The needs nobody on the shift covers yet. */
	missing: NeedState[];
	full: boolean;
	/** Not fully staffed and starting within FLAG_HOURS (or already running). */
	flagged: boolean;
	started: boolean;
	/** The person looking is on it; and has asked someone to take it over. */
	mine: boolean;
	mySwapOffered: boolean;
	/** Swaps offered by others on it, which the person looking could take over. */
	swapsOffered: number;
	/** The person looking has a skill a missing need asks for. */
	canCover: boolean;
}

export interface PersonOnShift {
	name: string;
	swapOffered: boolean;
}

export interface StaffedShift extends ShiftState {
	people: PersonOnShift[];
}

export interface Skills {
	firstAid: boolean;
	childcare: boolean;
	/** Languages the person can interpret. */
	languages: string[];
}

export interface ShiftInput {
	startsAt: Date;
	endsAt: Date;
	minPeople: number;
	needs: Need[];
}

/** Anyone who belongs to the centre may put themselves on the rota. */
function requireBelonging(actor: Actor | null | undefined): Actor {
	return requireRole(actor, ...roles);
}

function skillKey(skill: RotaSkill, language: string): string {
	return `${skill}|${language}`;
}

/** The Monday that starts the week of a date, to group four weeks at a glance. */
export function weekOf(date: LocalDate, weekday: Weekday): LocalDate {
	return addDays(date, 1 - weekday);
}

interface ShiftRow {
	id: string;
	starts_at: Date;
	ends_at: Date;
	min_people: number;
}

interface SignupRow {
	shift_id: string;
	account_id: string;
	chosen_name: string;
	swap_offered_at: Date | null;
}

async function readShifts(
	trx: Db,
	centreId: string,
	filter: { from: Date; to: Date } | { id: string }
): Promise<{
	shifts: ShiftRow[];
	needs: { shift_id: string; skill: RotaSkill; language: string; needed: number }[];
	signups: SignupRow[];
	skills: Map<string, Set<string>>;
}> {
	let query = trx
		.selectFrom('rota_shifts')
		.select(['id', 'starts_at', 'ends_at', 'min_people'])
		.where('centre_id', '=', centreId);
	query =
		'id' in filter
			? query.where('id', '=', filter.id)
			: query.where('ends_at', '>', filter.from).where('starts_at', '<', filter.to);
	const shifts = await query.orderBy('starts_at').orderBy('ends_at').execute();
	const ids = shifts.map((shift) => shift.id);
	if (ids.length === 0) return { shifts, needs: [], signups: [], skills: new Map() };
	const needs = await trx
		.selectFrom('rota_shift_needs')
		.select(['shift_id', 'skill', 'language', 'needed'])
		.where('centre_id', '=', centreId)
		.where('shift_id', 'in', ids)
		.orderBy('skill')
		.orderBy('language')
		.execute();
	const signups = await trx
		.selectFrom('rota_signups')
		.innerJoin('accounts', 'accounts.id', 'rota_signups.account_id')
		.select([
			'rota_signups.shift_id',
			'rota_signups.account_id',
			'accounts.chosen_name',
			'rota_signups.swap_offered_at'
		])
		.where('rota_signups.centre_id', '=', centreId)
		.where('rota_signups.shift_id', 'in', ids)
		.orderBy('rota_signups.signed_up_at')
		.execute();
	const people = [...new Set(signups.map((signup) => signup.account_id))];
	const skills = new Map<string, Set<string>>();
	if (people.length > 0) {
		const rows = await trx
			.selectFrom('rota_skills')
			.select(['account_id', 'skill', 'language'])
			.where('centre_id', '=', centreId)
			.where('account_id', 'in', people)
			.execute();
		for (const row of rows) {
			const held = skills.get(row.account_id) ?? new Set<string>();
			held.add(skillKey(row.skill, row.language));
			skills.set(row.account_id, held);
		}
	}
	return { shifts, needs, signups, skills };
}

function skillSet(skills: Skills): Set<string> {
	const held = new Set<string>();
	if (skills.firstAid) held.add(skillKey('first_aid', ''));
	if (skills.childcare) held.add(skillKey('childcare', ''));
	for (const language of skills.languages) held.add(skillKey('interpreter', language));
	return held;
}

function states(
	read: Awaited<ReturnType<typeof readShifts>>,
	timeZone: string,
	now: Date,
	viewer: { accountId: string; skills: Set<string> } | null
): StaffedShift[] {
	return read.shifts.map((shift) => {
		const signups = read.signups.filter((signup) => signup.shift_id === shift.id);
		const needs = read.needs
			.filter((need) => need.shift_id === shift.id)
			.map((need): NeedState => ({
				skill: need.skill,
				language: need.language,
				needed: need.needed,
				covered: signups.filter((signup) =>
					read.skills.get(signup.account_id)?.has(skillKey(need.skill, need.language))
				).length
			}));
		const missing = needs.filter((need) => need.covered < need.needed);
		const short = Math.max(0, shift.min_people - signups.length);
		const full = short === 0 && missing.length === 0;
		const start = instantToLocal(shift.starts_at, timeZone);
		const end = instantToLocal(shift.ends_at, timeZone);
		const mine = viewer ? signups.find((signup) => signup.account_id === viewer.accountId) : null;
		return {
			id: shift.id,
			startsAt: shift.starts_at,
			endsAt: shift.ends_at,
			date: start.date,
			weekday: start.weekday,
			starts: start.time,
			ends: end.time,
			endDate: end.date,
			endsNextDay: end.date !== start.date,
			minPeople: shift.min_people,
			onShift: signups.length,
			short,
			needs,
			missing,
			full,
			flagged: !full && shift.starts_at.getTime() - now.getTime() <= FLAG_HOURS * HOUR_MS,
			started: shift.starts_at <= now,
			mine: !!mine,
			mySwapOffered: !!mine?.swap_offered_at,
			swapsOffered: signups.filter(
				(signup) => signup.swap_offered_at && signup.account_id !== viewer?.accountId
			).length,
			canCover:
				!!viewer && missing.some((need) => viewer.skills.has(skillKey(need.skill, need.language))),
			people: signups.map((signup) => ({
				name: signup.chosen_name,
				swapOffered: !!signup.swap_offered_at
			}))
		};
	});
}

async function readSkills(trx: Db, centreId: string, accountId: string): Promise<Skills> {
	const rows = await trx
		.selectFrom('rota_skills')
		.select(['skill', 'language'])
		.where('centre_id', '=', centreId)
		.where('account_id', '=', accountId)
		.orderBy('language')
		.execute();
	return {
		firstAid: rows.some((row) => row.skill === 'first_aid'),
		childcare: rows.some((row) => row.skill === 'childcare'),
		languages: rows.filter((row) => row.skill === 'interpreter').map((row) => row.language)
	};
}

function window(now: Date): { from: Date; to: Date } {
	return { from: now, to: new Date(now.getTime() + ROTA_DAYS * DAY_MS) };
}

/**
 * The shifts of the next four weeks as a person of the centre sees them: how many people each
 * has and still needs, what it is missing, and where they stand on it. Who else is on a shift
 * is not shown here: only the coordinator sees names.
 */
export async function rotaFor(
	db: Kysely<Database>,
	actor: Actor,
	centre: Centre,
	now: Date
): Promise<{ shifts: ShiftState[]; skills: Skills }> {
	requireBelonging(actor);
	return inCentre(db, actor.centreId, async (trx) => {
		const skills = await readSkills(trx, actor.centreId, actor.accountId);
		const read = await readShifts(trx, actor.centreId, window(now));
		const shifts = states(read, centre.timeZone, now, {
			accountId: actor.accountId,
			skills: skillSet(skills)
		}).map(({ people, ...shift }) => {
			void people;
			return shift;
		});
		return { shifts, skills };
	});
}

/** The coordinator's four weeks at a glance: every shift with who is on it and what it lacks. */
export async function rotaGaps(
	db: Kysely<Database>,
	actor: Actor,
	centre: Centre,
	now: Date
): Promise<StaffedShift[]> {
	requireRole(actor, 'coordinator');
	return inCentre(db, actor.centreId, async (trx) =>
		states(await readShifts(trx, actor.centreId, window(now)), centre.timeZone, now, null)
	);
}

/** One shift for the coordinator, with the people on it. */
export async function shiftForCoordinator(
	db: Kysely<Database>,
	actor: Actor,
	centre: Centre,
	shiftId: string,
	now: Date
): Promise<StaffedShift> {
	requireRole(actor, 'coordinator');
	const [shift] = await inCentre(db, actor.centreId, async (trx) =>
		states(await readShifts(trx, actor.centreId, { id: shiftId }), centre.timeZone, now, null)
	);
	if (!shift) throw new NotFoundError('shift');
	return shift;
}

function checkHours(input: ShiftInput, now: Date): void {
	if (input.endsAt <= input.startsAt) throw new RuleError('endsBeforeStarts');
	if (input.endsAt.getTime() - input.startsAt.getTime() > DAY_MS) throw new RuleError('tooLong');
	if (input.endsAt <= now) throw new RuleError('shiftInPast');
	if (!Number.isInteger(input.minPeople) || input.minPeople < 1 || input.minPeople > MAX_PEOPLE) {
		throw new RuleError('minPeopleInvalid');
	}
}

async function writeNeeds(
	trx: Transaction<Database>,
	centreId: string,
	shiftId: string,
	needs: Need[]
) {
	await trx
		.deleteFrom('rota_shift_needs')
		.where('centre_id', '=', centreId)
		.where('shift_id', '=', shiftId)
		.execute();
	const rows = new Map<string, Need>();
	for (const need of needs) {
		if (need.needed > 0) rows.set(skillKey(need.skill, need.language), need);
	}
	if (rows.size === 0) return;
	await trx
		.insertInto('rota_shift_needs')
		.values(
			[...rows.values()].map((need) => ({
				centre_id: centreId,
				shift_id: shiftId,
				skill: need.skill,
				language: need.skill === 'interpreter' ? need.language : '',
				needed: need.needed
			}))
		)
		.execute();
}

const isUniqueViolation = (error: unknown) => (error as { code?: string }).code === '23505';

/** Adds a shift; RuleError('shiftExists') when one with the same hours is already there. */
export async function createShift(
	db: Kysely<Database>,
	actor: Actor,
	input: ShiftInput,
	now: Date
): Promise<string> {
	requireRole(actor, 'coordinator');
	checkHours(input, now);
	const id = uuidv7();
	try {
		await inCentre(db, actor.centreId, async (trx) => {
			await trx
				.insertInto('rota_shifts')
				.values({
					centre_id: actor.centreId,
					id,
					starts_at: input.startsAt,
					ends_at: input.endsAt,
					min_people: input.minPeople
				})
				.execute();
			await writeNeeds(trx, actor.centreId, id, input.needs);
			await recordAudit(trx, {
				action: 'rota.shift_added',
				centreId: actor.centreId,
				actorId: actor.accountId,
				subjectId: id
			});
		});
	} catch (error) {
		if (isUniqueViolation(error)) throw new RuleError('shiftExists');
		throw error;
	}
	return id;
}

/** Changes a shift's hours, minimum and needs; the people on it stay on it. */
export async function updateShift(
	db: Kysely<Database>,
	actor: Actor,
	shiftId: string,
	input: ShiftInput,
	now: Date
): Promise<void> {
	requireRole(actor, 'coordinator');
	checkHours(input, now);
	try {
		await inCentre(db, actor.centreId, async (trx) => {
			const changed = await trx
				.updateTable('rota_shifts')
				.set({ starts_at: input.startsAt, ends_at: input.endsAt, min_people: input.minPeople })
				.where('centre_id', '=', actor.centreId)
				.where('id', '=', shiftId)
				.executeTakeFirst();
			if (changed.numUpdatedRows === 0n) throw new NotFoundError('shift');
			await writeNeeds(trx, actor.centreId, shiftId, input.needs);
			await recordAudit(trx, {
				action: 'rota.shift_changed',
				centreId: actor.centreId,
				actorId: actor.accountId,
				subjectId: shiftId
			});
		});
	} catch (error) {
		if (isUniqueViolation(error)) throw new RuleError('shiftExists');
		throw error;
	}
}

export async function removeShift(db: Kysely<Database>, actor: Actor, shiftId: string) {
	requireRole(actor, 'coordinator');
	await inCentre(db, actor.centreId, async (trx) => {
		const removed = await trx
			.deleteFrom('rota_shifts')
			.where('centre_id', '=', actor.centreId)
			.where('id', '=', shiftId)
			.executeTakeFirst();
		if (removed.numDeletedRows === 0n) throw new NotFoundError('shift');
		await recordAudit(trx, {
			action: 'rota.shift_removed',
			centreId: actor.centreId,
			actorId: actor.accountId,
			subjectId: shiftId
		});
	});
}

/** The shift, locked against removal while a person joins or leaves it; gone or over refuses. */
async function openShift(trx: Transaction<Database>, centreId: string, shiftId: string, now: Date) {
	const shift = await trx
		.selectFrom('rota_shifts')
		.select(['id', 'starts_at', 'ends_at'])
		.where('centre_id', '=', centreId)
		.where('id', '=', shiftId)
		.forShare()
		.executeTakeFirst();
	if (!shift) throw new NotFoundError('shift');
	if (shift.ends_at <= now) throw new RuleError('shiftOver');
	return shift;
}

/** Refuses a second shift for the same person at the same time. */
async function checkFree(
	trx: Transaction<Database>,
	actor: Actor,
	shift: { id: string; starts_at: Date; ends_at: Date }
): Promise<void> {
	const clash = await trx
		.selectFrom('rota_signups')
		.innerJoin('rota_shifts', (join) =>
			join
				.onRef('rota_shifts.centre_id', '=', 'rota_signups.centre_id')
				.onRef('rota_shifts.id', '=', 'rota_signups.shift_id')
		)
		.select('rota_shifts.id')
		.where('rota_signups.centre_id', '=', actor.centreId)
		.where('rota_signups.account_id', '=', actor.accountId)
		.where('rota_shifts.id', '<>', shift.id)
		.where('rota_shifts.starts_at', '<', shift.ends_at)
		.where('rota_shifts.ends_at', '>', shift.starts_at)
		.executeTakeFirst();
	if (clash) throw new RuleError('overlaps');
}

/** Puts the person on a shift. Asking twice changes nothing; there is no upper limit of people. */
export async function signUp(
	db: Kysely<Database>,
	actor: Actor,
	shiftId: string,
	now: Date
): Promise<void> {
	requireBelonging(actor);
	await inCentre(db, actor.centreId, async (trx) => {
		const shift = await openShift(trx, actor.centreId, shiftId, now);
		await checkFree(trx, actor, shift);
		await trx
			.insertInto('rota_signups')
			.values({
				centre_id: actor.centreId,
				shift_id: shiftId,
				account_id: actor.accountId,
				signed_up_at: now,
				swap_offered_at: null
			})
			.onConflict((conflict) =>
				conflict.columns(['centre_id', 'shift_id', 'account_id']).doNothing()
			)
			.execute();
	});
}

/** Takes the person off a shift. Nothing remembers that they were on it. */
export async function stepDown(
	db: Kysely<Database>,
	actor: Actor,
	shiftId: string,
	now: Date
): Promise<void> {
	requireBelonging(actor);
	await inCentre(db, actor.centreId, async (trx) => {
		await openShift(trx, actor.centreId, shiftId, now);
		await trx
			.deleteFrom('rota_signups')
			.where('centre_id', '=', actor.centreId)
			.where('shift_id', '=', shiftId)
			.where('account_id', '=', actor.accountId)
			.execute();
	});
}

/** Offers the person's place for someone else to take over; they stay on it until then. */
export async function offerSwap(
	db: Kysely<Database>,
	actor: Actor,
	shiftId: string,
	now: Date,
	offered = true
): Promise<void> {
	requireBelonging(actor);
	await inCentre(db, actor.centreId, async (trx) => {
		await openShift(trx, actor.centreId, shiftId, now);
		const changed = await trx
			.updateTable('rota_signups')
			.set({ swap_offered_at: offered ? now : null })
			.where('centre_id', '=', actor.centreId)
			.where('shift_id', '=', shiftId)
			.where('account_id', '=', actor.accountId)
			.executeTakeFirst();
		if (changed.numUpdatedRows === 0n) throw new RuleError('notOnShift');
	});
}

/** Withdraws an offered swap: the person simply stays on the shift. */
export function withdrawSwap(db: Kysely<Database>, actor: Actor, shiftId: string, now: Date) {
	return offerSwap(db, actor, shiftId, now, false);
}

/**
 * Takes over the longest-waiting swap offered on a shift: the person who offered it comes off,
 * the taker goes on, in one transaction. The offer's row is locked, so when many take the same
 * offer at once exactly one gets it; the others are told no swap is waiting.
 */
export async function takeSwap(
	db: Kysely<Database>,
	actor: Actor,
	shiftId: string,
	now: Date
): Promise<void> {
	requireBelonging(actor);
	try {
		await inCentre(db, actor.centreId, async (trx) => {
			const shift = await openShift(trx, actor.centreId, shiftId, now);
			const already = await trx
				.selectFrom('rota_signups')
				.select('account_id')
				.where('centre_id', '=', actor.centreId)
				.where('shift_id', '=', shiftId)
				.where('account_id', '=', actor.accountId)
				.executeTakeFirst();
			if (already) throw new RuleError('alreadyOn');
			await checkFree(trx, actor, shift);
			const offer = await trx
				.selectFrom('rota_signups')
				.select('account_id')
				.where('centre_id', '=', actor.centreId)
				.where('shift_id', '=', shiftId)
				.where('swap_offered_at', 'is not', null)
				.orderBy('swap_offered_at')
				.orderBy('account_id')
				.limit(1)
				.forUpdate()
				.executeTakeFirst();
			if (!offer) throw new RuleError('noSwap');
			await trx
				.deleteFrom('rota_signups')
				.where('centre_id', '=', actor.centreId)
				.where('shift_id', '=', shiftId)
				.where('account_id', '=', offer.account_id)
				.execute();
			await trx
				.insertInto('rota_signups')
				.values({
					centre_id: actor.centreId,
					shift_id: shiftId,
					account_id: actor.accountId,
					signed_up_at: now,
					swap_offered_at: null
				})
				.execute();
		});
	} catch (error) {
		if (isUniqueViolation(error)) throw new RuleError('alreadyOn');
		throw error;
	}
}

export async function mySkills(db: Kysely<Database>, actor: Actor): Promise<Skills> {
	requireBelonging(actor);
	return inCentre(db, actor.centreId, (trx) => readSkills(trx, actor.centreId, actor.accountId));
}

/** Replaces what the person says they can do on a shift. */
export async function setMySkills(
	db: Kysely<Database>,
	actor: Actor,
	skills: Skills
): Promise<void> {
	requireBelonging(actor);
	await inCentre(db, actor.centreId, async (trx) => {
		await trx
			.deleteFrom('rota_skills')
			.where('centre_id', '=', actor.centreId)
			.where('account_id', '=', actor.accountId)
			.execute();
		const rows = [...skillSet(skills)].map((key) => {
			const [skill, language] = key.split('|') as [RotaSkill, string];
			return { centre_id: actor.centreId, account_id: actor.accountId, skill, language };
		});
		if (rows.length > 0) await trx.insertInto('rota_skills').values(rows).execute();
	});
}

export interface Pattern {
	/** Weekly openings (by id) whose every occurrence gets shifts. */
	openingIds: string[];
	/** Also the extra openings on set dates. */
	extras: boolean;
	/** Into how many shifts of equal length each opening is split. */
	parts: number;
	minPeople: number;
	needs: Need[];
}

/**
 * The shifts a pattern makes over the next four weeks: the chosen openings as they fall, closed
 * dates left out, each split into equal parts on whole minutes. Openings already begun are left
 * out; an opening longer than a day is split further so that no shift is.
 */
export function patternShifts(
	hours: CentreHours,
	pattern: Pick<Pattern, 'openingIds' | 'extras' | 'parts'>,
	timeZone: string,
	now: Date
): { startsAt: Date; endsAt: Date }[] {
	const chosen = new Set(pattern.openingIds);
	const weekly = hours.weekly.filter((opening) => chosen.has(opening.id));
	const exceptions = hours.exceptions.filter(
		(exception) => exception.kind === 'closed' || pattern.extras
	);
	const { from, to } = window(now);
	const shifts: { startsAt: Date; endsAt: Date }[] = [];
	for (const interval of openingIntervals(weekly, exceptions, from, to, timeZone)) {
		if (interval.start < now || interval.start >= to) continue;
		const length = interval.end.getTime() - interval.start.getTime();
		const parts = Math.max(pattern.parts, Math.ceil(length / DAY_MS));
		let start = interval.start.getTime();
		for (let part = 1; part <= parts; part++) {
			const end =
				part === parts
					? interval.end.getTime()
					: interval.start.getTime() + Math.round((length * part) / parts / 60_000) * 60_000;
			if (end > start) shifts.push({ startsAt: new Date(start), endsAt: new Date(end) });
			start = end;
		}
	}
	return shifts;
}

/**
 * Makes the shifts of a pattern for the next four weeks. Shifts with the same hours already there
 * are left as they are, so making a pattern again only fills in what is missing.
 */
export async function generateShifts(
	db: Kysely<Database>,
	actor: Actor,
	hours: CentreHours,
	timeZone: string,
	pattern: Pattern,
	now: Date
): Promise<{ made: number; existing: number }> {
	requireRole(actor, 'coordinator');
	if (pattern.minPeople < 1 || pattern.minPeople > MAX_PEOPLE)
		throw new RuleError('minPeopleInvalid');
	const known = new Set(hours.weekly.map((opening) => opening.id));
	if (pattern.openingIds.some((id) => !known.has(id))) throw new RuleError('openingUnknown');
	const wanted = patternShifts(hours, pattern, timeZone, now);
	return inCentre(db, actor.centreId, async (trx) => {
		let made = 0;
		for (const shift of wanted) {
			const id = uuidv7();
			const inserted = await trx
				.insertInto('rota_shifts')
				.values({
					centre_id: actor.centreId,
					id,
					starts_at: shift.startsAt,
					ends_at: shift.endsAt,
					min_people: pattern.minPeople
				})
				.onConflict((conflict) =>
					conflict.columns(['centre_id', 'starts_at', 'ends_at']).doNothing()
				)
				.returning('id')
				.executeTakeFirst();
			if (!inserted) continue;
			made += 1;
			await writeNeeds(trx, actor.centreId, id, pattern.needs);
		}
		if (made > 0) {
			await recordAudit(trx, {
				action: 'rota.shifts_generated',
				centreId: actor.centreId,
				actorId: actor.accountId,
				detail: { made }
			});
		}
		return { made, existing: wanted.length - made };
	});
}

/** How long a shift is kept after it ends: long enough to look back on last week's nights. */
export const KEEP_ENDED_DAYS = 7;

/**
 * Removes shifts, with who was on them, a week after they end, so the rota never becomes a
 * record of who turned up. Meant for a daily job across every centre.
 */
export async function pruneEndedShifts(db: Db, now = new Date()): Promise<number> {
	const removed = await db
		.deleteFrom('rota_shifts')
		.where('ends_at', '<', new Date(now.getTime() - KEEP_ENDED_DAYS * DAY_MS))
		.executeTakeFirst();
	return Number(removed.numDeletedRows);
}
