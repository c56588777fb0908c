import { sql, type Kysely } from 'kysely';
import { addDays, localToInstant } from '../centres/opening-hours';
import { requireRole, type Actor } from '../identity/identity.service';
import { recordAudit } from '../platform/audit';
import { inCentre } from '../platform/database';
import { NotFoundError, RuleError } from '../platform/errors';
import { uuidv7 } from '../platform/ids';
import { remindOfNextSession, withdrawCourseReminders } from '../organising/reminders';
import { isLocale, type Locale } from '../../i18n/locales';
import type { Database, Db } from '../schema';
import { courseKinds, esolLevels } from './courses.schemas';
import type { AttendanceInput, CourseInput, SessionInput } from './courses.schemas';
import type { CourseKind, EnrolmentStatus, EsolLevel } from './courses.tables';

/** How long after a course's last session the record of missed sessions is kept. */
export const MISSED_KEPT_DAYS = 30;

export interface CourseSummary {
	id: string;
	kind: CourseKind;
	level: EsolLevel | null;
	title: string;
	places: number;
	enrolled: number;
	waiting: number;
	nextStartsAt: Date | null;
	lastEndsAt: Date | null;
}

export interface SessionEntry {
	id: string;
	startsAt: Date;
	endsAt: Date;
	place: string;
	materials: string;
	attendanceTaken: boolean;
}

const STAFF = ['adviser', 'coordinator'] as const;

function rank(course: Pick<CourseSummary, 'kind' | 'level' | 'nextStartsAt' | 'title'>): string {
	const kind = courseKinds.indexOf(course.kind);
	const level = course.level ? esolLevels.indexOf(course.level) : 0;
	const next = course.nextStartsAt ? course.nextStartsAt.toISOString() : '9999';
	return `${kind}|${level}|${next}|${course.title}`;
}

/** Courses with their counts of places taken and next session, for members and staff alike. */
async function readSummaries(
	trx: Db,
	centreId: string,
	now: Date,
	filter: { kind?: CourseKind | null; level?: EsolLevel | null; id?: string } = {}
): Promise<CourseSummary[]> {
	let query = trx
		.selectFrom('courses as c')
		.select((eb) => [
			'c.id',
			'c.kind',
			'c.level',
			'c.title',
			'c.places',
			eb
				.selectFrom('course_enrolments as e')
				.select((inner) => inner.fn.countAll<number>().as('n'))
				.whereRef('e.centre_id', '=', 'c.centre_id')
				.whereRef('e.course_id', '=', 'c.id')
				.where('e.status', '=', 'enrolled')
				.as('enrolled'),
			eb
				.selectFrom('course_enrolments as w')
				.select((inner) => inner.fn.countAll<number>().as('n'))
				.whereRef('w.centre_id', '=', 'c.centre_id')
				.whereRef('w.course_id', '=', 'c.id')
				.where('w.status', '=', 'waiting')
				.as('waiting'),
			eb
				.selectFrom('course_sessions as s')
				.select((inner) => inner.fn.min<Date>('s.starts_at').as('at'))
				.whereRef('s.centre_id', '=', 'c.centre_id')
				.whereRef('s.course_id', '=', 'c.id')
				.where('s.ends_at', '>', now)
				.as('next_starts_at'),
			eb
				.selectFrom('course_sessions as l')
				.select((inner) => inner.fn.max<Date>('l.ends_at').as('at'))
				.whereRef('l.centre_id', '=', 'c.centre_id')
				.whereRef('l.course_id', '=', 'c.id')
				.as('last_ends_at')
		])
		.where('c.centre_id', '=', centreId);
	if (filter.kind) query = query.where('c.kind', '=', filter.kind);
	if (filter.level) query = query.where('c.level', '=', filter.level);
	if (filter.id) query = query.where('c.id', '=', filter.id);
	const rows = await query.execute();
	return rows
		.map((row) => ({
			id: row.id,
			kind: row.kind,
			level: row.level,
			title: row.title,
			places: row.places,
			enrolled: Number(row.enrolled ?? 0),
			waiting: Number(row.waiting ?? 0),
			nextStartsAt: row.next_starts_at ? new Date(row.next_starts_at) : null,
			lastEndsAt: row.last_ends_at ? new Date(row.last_ends_at) : null
		}))
		.sort((a, b) => (rank(a) < rank(b) ? -1 : rank(a) > rank(b) ? 1 : 0));
}

function hasEnded(course: Pick<CourseSummary, 'lastEndsAt'>, now: Date): boolean {
	return course.lastEndsAt !== null && course.lastEndsAt <= now;
}

/**
 * The courses a member can still join, by kind and ESOL level: those with a session still to come
 * or none planned yet. Open to anyone who looks: no names, only how many places are left.
 */
export async function listCourses(
	db: Kysely<Database>,
	centreId: string,
	filter: { kind: CourseKind | null; level: EsolLevel | null },
	now: Date
): Promise<CourseSummary[]> {
	const all = await inCentre(db, centreId, (trx) => readSummaries(trx, centreId, now, filter));
	return all.filter((course) => !hasEnded(course, now));
}

async function readSessions(trx: Db, centreId: string, courseId: string): Promise<SessionEntry[]> {
	const rows = await trx
		.selectFrom('course_sessions')
		.select(['id', 'starts_at', 'ends_at', 'place', 'materials', 'attendance_taken_at'])
		.where('centre_id', '=', centreId)
		.where('course_id', '=', courseId)
		.orderBy('starts_at')
		.orderBy('id')
		.execute();
	return rows.map((row) => ({
		id: row.id,
		startsAt: row.starts_at,
		endsAt: row.ends_at,
		place: row.place,
		materials: row.materials,
		attendanceTaken: row.attendance_taken_at !== null
	}));
}

async function readCourse(
	trx: Db,
	centreId: string,
	courseId: string,
	now: Date
): Promise<CourseSummary & { description: string }> {
	const [summary] = await readSummaries(trx, centreId, now, { id: courseId });
	if (!summary) throw new NotFoundError();
	const { description } = await trx
		.selectFrom('courses')
		.select('description')
		.where('centre_id', '=', centreId)
		.where('id', '=', courseId)
		.executeTakeFirstOrThrow();
	return { ...summary, description };
}

export interface MyPlace {
	status: EnrolmentStatus;
	/** Place in the waiting list, from 1; null when enrolled. */
	position: number | null;
	finished: boolean;
}

async function readMyPlace(
	trx: Db,
	centreId: string,
	courseId: string,
	accountId: string
): Promise<MyPlace | null> {
	const mine = await trx
		.selectFrom('course_enrolments')
		.select(['status', 'joined_at', 'finished_at'])
		.where('centre_id', '=', centreId)
		.where('course_id', '=', courseId)
		.where('account_id', '=', accountId)
		.executeTakeFirst();
	if (!mine) return null;
	let position: number | null = null;
	if (mine.status === 'waiting') {
		const { ahead } = await trx
			.selectFrom('course_enrolments')
			.select((eb) => eb.fn.countAll<number>().as('ahead'))
			.where('centre_id', '=', centreId)
			.where('course_id', '=', courseId)
			.where('status', '=', 'waiting')
			.where((eb) =>
				eb.or([
					eb('joined_at', '<', mine.joined_at),
					eb.and([eb('joined_at', '=', mine.joined_at), eb('account_id', '<', accountId)])
				])
			)
			.executeTakeFirstOrThrow();
		position = Number(ahead) + 1;
	}
	return { status: mine.status, position, finished: mine.finished_at !== null };
}

/** A course's page for a member, or anyone: its sessions, places left, and the reader's place. */
export async function courseForReader(
	db: Kysely<Database>,
	centreId: string,
	courseId: string,
	accountId: string | null,
	now: Date
) {
	return inCentre(db, centreId, async (trx) => {
		const course = await readCourse(trx, centreId, courseId, now);
		return {
			course,
			ended: hasEnded(course, now),
			// What was covered is offered to those who missed it, from their own page.
			sessions: (await readSessions(trx, centreId, courseId)).map(
				({ id, startsAt, endsAt, place }) => ({ id, startsAt, endsAt, place })
			),
			mine: accountId ? await readMyPlace(trx, centreId, courseId, accountId) : null
		};
	});
}

/** The course row locked for this transaction, so places are counted by one request at a time. */
async function lockCourse(trx: Db, centreId: string, courseId: string) {
	const course = await trx
		.selectFrom('courses')
		.select(['id', 'places'])
		.where('centre_id', '=', centreId)
		.where('id', '=', courseId)
		.forUpdate()
		.executeTakeFirst();
	if (!course) throw new NotFoundError();
	return course;
}

async function countEnrolled(trx: Db, centreId: string, courseId: string): Promise<number> {
	const { n } = await trx
		.selectFrom('course_enrolments')
		.select((eb) => eb.fn.countAll<number>().as('n'))
		.where('centre_id', '=', centreId)
		.where('course_id', '=', courseId)
		.where('status', '=', 'enrolled')
		.executeTakeFirstOrThrow();
	return Number(n);
}

async function lastSessionEnds(trx: Db, centreId: string, courseId: string): Promise<Date | null> {
	const { last } = await trx
		.selectFrom('course_sessions')
		.select((eb) => eb.fn.max<Date>('ends_at').as('last'))
		.where('centre_id', '=', centreId)
		.where('course_id', '=', courseId)
		.executeTakeFirstOrThrow();
	return last ? new Date(last) : null;
}

/** Gives free places to the people waiting longest; the course row must be locked already. */
async function fillPlaces(
	trx: Db,
	centreId: string,
	courseId: string,
	places: number
): Promise<string[]> {
	const free = places - (await countEnrolled(trx, centreId, courseId));
	if (free <= 0) return [];
	const next = await trx
		.selectFrom('course_enrolments')
		.select('account_id')
		.where('centre_id', '=', centreId)
		.where('course_id', '=', courseId)
		.where('status', '=', 'waiting')
		.orderBy('joined_at')
		.orderBy('account_id')
		.limit(free)
		.execute();
	const ids = next.map((row) => row.account_id);
	if (ids.length > 0) {
		await trx
			.updateTable('course_enrolments')
			.set({ status: 'enrolled' })
			.where('centre_id', '=', centreId)
			.where('course_id', '=', courseId)
			.where('account_id', 'in', ids)
			.execute();
	}
	return ids;
}

/**
 * Enrols the actor, or puts them on the waiting list when every place is taken. The course row is
 * locked first, so however many people ask for the last place at once, exactly one gets it.
 */
export async function enrol(
	db: Kysely<Database>,
	actor: Actor,
	courseId: string,
	now: Date
): Promise<MyPlace> {
	return inCentre(db, actor.centreId, async (trx) => {
		const course = await lockCourse(trx, actor.centreId, courseId);
		const last = await lastSessionEnds(trx, actor.centreId, courseId);
		if (last && last <= now) throw new RuleError('courses.ended');
		const before = await readMyPlace(trx, actor.centreId, courseId, actor.accountId);
		if (before) {
			throw new RuleError(
				before.status === 'waiting' ? 'courses.alreadyWaiting' : 'courses.alreadyEnrolled'
			);
		}
		const enrolled = await countEnrolled(trx, actor.centreId, courseId);
		await trx
			.insertInto('course_enrolments')
			.values({
				centre_id: actor.centreId,
				course_id: courseId,
				account_id: actor.accountId,
				status: enrolled < course.places ? 'enrolled' : 'waiting',
				joined_at: now,
				finished_at: null
			})
			.execute();
		if (enrolled < course.places) {
			await remindOfNextSession(trx, actor.centreId, courseId, actor.accountId, now);
		}
		return (await readMyPlace(trx, actor.centreId, courseId, actor.accountId)) as MyPlace;
	});
}

/**
 * Takes the actor off a course or its waiting list. A place freed goes to the first person
 * waiting in the same transaction, with the reminder of the next session. Missed sessions and
 * reminders not yet sent go with the enrolment.
 */
export async function leave(
	db: Kysely<Database>,
	actor: Actor,
	courseId: string,
	now = new Date()
): Promise<void> {
	await inCentre(db, actor.centreId, async (trx) => {
		const course = await lockCourse(trx, actor.centreId, courseId);
		const mine = await readMyPlace(trx, actor.centreId, courseId, actor.accountId);
		if (!mine) throw new RuleError('courses.notEnrolled');
		// The certificate rests on the enrolment: a finished course is kept.
		if (mine.finished) throw new RuleError('courses.alreadyFinished');
		await trx
			.deleteFrom('course_enrolments')
			.where('centre_id', '=', actor.centreId)
			.where('course_id', '=', courseId)
			.where('account_id', '=', actor.accountId)
			.execute();
		await withdrawCourseReminders(trx, actor.centreId, courseId, actor.accountId);
		for (const promoted of await fillPlaces(trx, actor.centreId, courseId, course.places)) {
			await remindOfNextSession(trx, actor.centreId, courseId, promoted, now);
		}
	});
}

export interface CatchUp {
	sessionId: string;
	missedStartsAt: Date;
	materials: string;
	next: { startsAt: Date; endsAt: Date; place: string } | null;
}

export interface MyCourse {
	id: string;
	kind: CourseKind;
	level: EsolLevel | null;
	title: string;
	status: EnrolmentStatus;
	position: number | null;
	finished: boolean;
	ended: boolean;
	nextStartsAt: Date | null;
	catchUp: CatchUp[];
}

/**
 * The actor's courses, waiting lists and finished courses. A session they missed comes as an
 * offer to catch up (the next session, and what was covered), never as a tally.
 */
export async function myCourses(
	db: Kysely<Database>,
	actor: Actor,
	now: Date
): Promise<MyCourse[]> {
	return inCentre(db, actor.centreId, async (trx) => {
		const places = await trx
			.selectFrom('course_enrolments')
			.select(['course_id'])
			.where('centre_id', '=', actor.centreId)
			.where('account_id', '=', actor.accountId)
			.execute();
		const missed = await trx
			.selectFrom('course_missed_sessions as m')
			.innerJoin('course_sessions as s', (join) =>
				join.onRef('s.centre_id', '=', 'm.centre_id').onRef('s.id', '=', 'm.session_id')
			)
			.select(['m.course_id', 's.id', 's.starts_at', 's.materials'])
			.where('m.centre_id', '=', actor.centreId)
			.where('m.account_id', '=', actor.accountId)
			.orderBy('s.starts_at')
			.execute();
		const courses: MyCourse[] = [];
		for (const { course_id: courseId } of places) {
			const course = await readCourse(trx, actor.centreId, courseId, now);
			const mine = (await readMyPlace(trx, actor.centreId, courseId, actor.accountId)) as MyPlace;
			const sessions = await readSessions(trx, actor.centreId, courseId);
			const next = sessions.find((session) => session.startsAt > now) ?? null;
			courses.push({
				id: course.id,
				kind: course.kind,
				level: course.level,
				title: course.title,
				status: mine.status,
				position: mine.position,
				finished: mine.finished,
				ended: hasEnded(course, now),
				nextStartsAt: course.nextStartsAt,
				catchUp: mine.finished
					? []
					: missed
							.filter((row) => row.course_id === courseId)
							.map((row) => ({
								sessionId: row.id,
								missedStartsAt: row.starts_at,
								materials: row.materials,
								next: next
									? { startsAt: next.startsAt, endsAt: next.endsAt, place: next.place }
									: null
							}))
			});
		}
		return courses.sort(
			(a, b) =>
				Number(a.ended) - Number(b.ended) || (rank(a) < rank(b) ? -1 : rank(a) > rank(b) ? 1 : 0)
		);
	});
}

/** The member has caught up on a session they missed: the record of missing it goes. */
export async function caughtUp(
	db: Kysely<Database>,
	actor: Actor,
	sessionId: string
): Promise<void> {
	await inCentre(db, actor.centreId, async (trx) => {
		await trx
			.deleteFrom('course_missed_sessions')
			.where('centre_id', '=', actor.centreId)
			.where('account_id', '=', actor.accountId)
			.where('session_id', '=', sessionId)
			.execute();
	});
}

// Staff: coordinators plan courses and sessions; advisers and coordinators take the ticks.

/** Every course of the centre, the ended ones last, for advisers and coordinators. */
export async function listCoursesForStaff(
	db: Kysely<Database>,
	actor: Actor,
	now: Date
): Promise<(CourseSummary & { ended: boolean })[]> {
	requireRole(actor, ...STAFF);
	const all = await inCentre(db, actor.centreId, (trx) => readSummaries(trx, actor.centreId, now));
	return all
		.map((course) => ({ ...course, ended: hasEnded(course, now) }))
		.sort((a, b) => Number(a.ended) - Number(b.ended));
}

export interface Participant {
	accountId: string;
	chosenName: string;
	finished: boolean;
}

/** A course as its tutors see it: sessions, who has a place, and who waits, in order. */
export async function courseForStaff(
	db: Kysely<Database>,
	actor: Actor,
	courseId: string,
	now: Date
) {
	requireRole(actor, ...STAFF);
	return inCentre(db, actor.centreId, async (trx) => {
		const course = await readCourse(trx, actor.centreId, courseId, now);
		const people = await trx
			.selectFrom('course_enrolments as e')
			.innerJoin('accounts as a', 'a.id', 'e.account_id')
			.select(['e.account_id', 'e.status', 'e.finished_at', 'a.chosen_name'])
			.where('e.centre_id', '=', actor.centreId)
			.where('e.course_id', '=', courseId)
			.orderBy('e.joined_at')
			.orderBy('e.account_id')
			.execute();
		const as = (row: (typeof people)[number]): Participant => ({
			accountId: row.account_id,
			chosenName: row.chosen_name,
			finished: row.finished_at !== null
		});
		return {
			course,
			ended: hasEnded(course, now),
			sessions: await readSessions(trx, actor.centreId, courseId),
			enrolled: people
				.filter((row) => row.status === 'enrolled')
				.map(as)
				.sort((a, b) => a.chosenName.localeCompare(b.chosenName)),
			waiting: people.filter((row) => row.status === 'waiting').map(as)
		};
	});
}

export async function createCourse(
	db: Kysely<Database>,
	actor: Actor,
	input: CourseInput
): Promise<string> {
	requireRole(actor, 'coordinator');
	const id = uuidv7();
	await inCentre(db, actor.centreId, async (trx) => {
		await trx
			.insertInto('courses')
			.values({
				centre_id: actor.centreId,
				id,
				kind: input.kind,
				level: input.level,
				title: input.title,
				description: input.description,
				places: input.places
			})
			.execute();
		await recordAudit(trx, {
			action: 'learning.course_created',
			centreId: actor.centreId,
			actorId: actor.accountId,
			subjectId: id
		});
	});
	return id;
}

/** Changes a course; more places go straight to the people waiting, longest first. */
export async function updateCourse(
	db: Kysely<Database>,
	actor: Actor,
	courseId: string,
	input: CourseInput
): Promise<void> {
	requireRole(actor, 'coordinator');
	await inCentre(db, actor.centreId, async (trx) => {
		await lockCourse(trx, actor.centreId, courseId);
		await trx
			.updateTable('courses')
			.set({
				kind: input.kind,
				level: input.level,
				title: input.title,
				description: input.description,
				places: input.places,
				updated_at: sql`now()`
			})
			.where('centre_id', '=', actor.centreId)
			.where('id', '=', courseId)
			.execute();
		await fillPlaces(trx, actor.centreId, courseId, input.places);
		await recordAudit(trx, {
			action: 'learning.course_updated',
			centreId: actor.centreId,
			actorId: actor.accountId,
			subjectId: courseId
		});
	});
}

/** Adds a session on the centre's clock; "next day" lets an evening session run past midnight. */
export async function addSession(
	db: Kysely<Database>,
	actor: Actor,
	courseId: string,
	input: SessionInput,
	timeZone: string
): Promise<string> {
	requireRole(actor, 'coordinator');
	const startsAt = localToInstant(input.date, input.starts, timeZone);
	const endsAt = localToInstant(
		input.nextDay ? addDays(input.date, 1) : input.date,
		input.ends,
		timeZone
	);
	// A clock change can fold a short session into nothing.
	if (endsAt <= startsAt) throw new RuleError('courses.endsBeforeStarts');
	const id = uuidv7();
	await inCentre(db, actor.centreId, async (trx) => {
		await lockCourse(trx, actor.centreId, courseId);
		await trx
			.insertInto('course_sessions')
			.values({
				centre_id: actor.centreId,
				id,
				course_id: courseId,
				starts_at: startsAt,
				ends_at: endsAt,
				place: input.place,
				attendance_taken_at: null
			})
			.execute();
		await recordAudit(trx, {
			action: 'learning.session_added',
			centreId: actor.centreId,
			actorId: actor.accountId,
			subjectId: id
		});
	});
	return id;
}

export async function removeSession(
	db: Kysely<Database>,
	actor: Actor,
	courseId: string,
	sessionId: string
): Promise<void> {
	requireRole(actor, 'coordinator');
	await inCentre(db, actor.centreId, async (trx) => {
		const removed = await trx
			.deleteFrom('course_sessions')
			.where('centre_id', '=', actor.centreId)
			.where('course_id', '=', courseId)
			.where('id', '=', sessionId)
			.executeTakeFirst();
		if (Number(removed.numDeletedRows) === 0) throw new NotFoundError();
		await recordAudit(trx, {
			action: 'learning.session_removed',
			centreId: actor.centreId,
			actorId: actor.accountId,
			subjectId: sessionId
		});
	});
}

async function readSession(trx: Db, centreId: string, courseId: string, sessionId: string) {
	const session = await trx
		.selectFrom('course_sessions')
		.select(['id', 'starts_at', 'ends_at', 'place', 'materials', 'attendance_taken_at'])
		.where('centre_id', '=', centreId)
		.where('course_id', '=', courseId)
		.where('id', '=', sessionId)
		.executeTakeFirst();
	if (!session) throw new NotFoundError();
	return session;
}

/**
 * The tick list for one session: everyone with a place, ticked if they came. Before the ticks are
 * first saved, nobody is ticked.
 */
export async function attendanceSheet(
	db: Kysely<Database>,
	actor: Actor,
	courseId: string,
	sessionId: string,
	now: Date
) {
	requireRole(actor, ...STAFF);
	return inCentre(db, actor.centreId, async (trx) => {
		const course = await readCourse(trx, actor.centreId, courseId, now);
		const session = await readSession(trx, actor.centreId, courseId, sessionId);
		const people = await trx
			.selectFrom('course_enrolments as e')
			.innerJoin('accounts as a', 'a.id', 'e.account_id')
			.leftJoin('course_missed_sessions as m', (join) =>
				join
					.onRef('m.centre_id', '=', 'e.centre_id')
					.onRef('m.account_id', '=', 'e.account_id')
					.on('m.session_id', '=', sessionId)
			)
			.select(['e.account_id', 'a.chosen_name', 'm.session_id as missed'])
			.where('e.centre_id', '=', actor.centreId)
			.where('e.course_id', '=', courseId)
			.where('e.status', '=', 'enrolled')
			.execute();
		const taken = session.attendance_taken_at !== null;
		return {
			course: { id: course.id, title: course.title, kind: course.kind, level: course.level },
			session: {
				id: session.id,
				startsAt: session.starts_at,
				endsAt: session.ends_at,
				place: session.place,
				materials: session.materials,
				attendanceTaken: taken,
				started: session.starts_at <= now
			},
			people: people
				.map((row) => ({
					accountId: row.account_id,
					chosenName: row.chosen_name,
					present: taken && row.missed === null
				}))
				.sort((a, b) => a.chosenName.localeCompare(b.chosenName))
		};
	});
}

/**
 * Saves the ticks of a session. Only the people not ticked are stored, as sessions to offer them
 * catch-up on; the people ticked leave no trace. Untaken ticks can be corrected later.
 */
export async function recordAttendance(
	db: Kysely<Database>,
	actor: Actor,
	courseId: string,
	sessionId: string,
	input: AttendanceInput,
	now: Date
): Promise<void> {
	requireRole(actor, ...STAFF);
	await inCentre(db, actor.centreId, async (trx) => {
		const session = await readSession(trx, actor.centreId, courseId, sessionId);
		if (session.starts_at > now) throw new RuleError('courses.notStartedYet');
		const enrolled = await trx
			.selectFrom('course_enrolments')
			.select('account_id')
			.where('centre_id', '=', actor.centreId)
			.where('course_id', '=', courseId)
			.where('status', '=', 'enrolled')
			.execute();
		const ids = new Set(enrolled.map((row) => row.account_id));
		if (input.present.some((id) => !ids.has(id))) throw new RuleError('courses.personUnknown');
		const present = new Set(input.present);
		await trx
			.deleteFrom('course_missed_sessions')
			.where('centre_id', '=', actor.centreId)
			.where('session_id', '=', sessionId)
			.execute();
		const missed = [...ids].filter((id) => !present.has(id));
		if (missed.length > 0) {
			await trx
				.insertInto('course_missed_sessions')
				.values(
					missed.map((accountId) => ({
						centre_id: actor.centreId,
						session_id: sessionId,
						account_id: accountId,
						course_id: courseId
					}))
				)
				.execute();
		}
		await trx
			.updateTable('course_sessions')
			.set({ attendance_taken_at: now, materials: input.materials })
			.where('centre_id', '=', actor.centreId)
			.where('id', '=', sessionId)
			.execute();
		// Who missed it is not in the log: only that the ticks were saved.
		await recordAudit(trx, {
			action: 'learning.attendance_saved',
			centreId: actor.centreId,
			actorId: actor.accountId,
			subjectId: sessionId
		});
	});
}

/** Marks a course finished (or not) for someone with a place, so their certificate is ready. */
export async function setFinished(
	db: Kysely<Database>,
	actor: Actor,
	courseId: string,
	accountId: string,
	finished: boolean,
	now: Date
): Promise<void> {
	requireRole(actor, ...STAFF);
	await inCentre(db, actor.centreId, async (trx) => {
		const changed = await trx
			.updateTable('course_enrolments')
			.set({ finished_at: finished ? now : null })
			.where('centre_id', '=', actor.centreId)
			.where('course_id', '=', courseId)
			.where('account_id', '=', accountId)
			.where('status', '=', 'enrolled')
			.executeTakeFirst();
		if (Number(changed.numUpdatedRows) === 0) throw new RuleError('courses.personUnknown');
		// Nothing left to catch up on once the course is done.
		if (finished) {
			await trx
				.deleteFrom('course_missed_sessions')
				.where('centre_id', '=', actor.centreId)
				.where('course_id', '=', courseId)
				.where('account_id', '=', accountId)
				.execute();
		}
		await recordAudit(trx, {
			action: finished ? 'learning.course_finished' : 'learning.course_unfinished',
			centreId: actor.centreId,
			actorId: actor.accountId,
			subjectId: courseId,
			detail: { account: accountId }
		});
	});
}

export interface Certificate {
	chosenName: string;
	title: string;
	kind: CourseKind;
	level: EsolLevel | null;
	firstDate: Date | null;
	lastDate: Date | null;
	finishedAt: Date;
	/** The languages the member said they read, first the one they read best. */
	languages: string[];
}

/**
 * The certificate of a finished course: the member's own, or one a tutor prints for them (for
 * people with no phone or printer of their own).
 */
export async function certificate(
	db: Kysely<Database>,
	actor: Actor,
	courseId: string,
	accountId: string = actor.accountId
): Promise<Certificate> {
	if (accountId !== actor.accountId) requireRole(actor, ...STAFF);
	return inCentre(db, actor.centreId, async (trx) => {
		const row = await trx
			.selectFrom('course_enrolments as e')
			.innerJoin('courses as c', (join) =>
				join.onRef('c.centre_id', '=', 'e.centre_id').onRef('c.id', '=', 'e.course_id')
			)
			.innerJoin('accounts as a', 'a.id', 'e.account_id')
			.select(['a.chosen_name', 'a.languages', 'c.title', 'c.kind', 'c.level', 'e.finished_at'])
			.where('e.centre_id', '=', actor.centreId)
			.where('e.course_id', '=', courseId)
			.where('e.account_id', '=', accountId)
			.executeTakeFirst();
		if (!row || !row.finished_at) throw new NotFoundError();
		const span = await trx
			.selectFrom('course_sessions')
			.select((eb) => [
				eb.fn.min<Date>('starts_at').as('first'),
				eb.fn.max<Date>('ends_at').as('last')
			])
			.where('centre_id', '=', actor.centreId)
			.where('course_id', '=', courseId)
			.executeTakeFirstOrThrow();
		return {
			chosenName: row.chosen_name,
			title: row.title,
			kind: row.kind,
			level: row.level,
			firstDate: span.first ? new Date(span.first) : null,
			lastDate: span.last ? new Date(span.last) : null,
			finishedAt: row.finished_at,
			languages: row.languages
		};
	});
}

/**
 * The certificate's languages: the one it is read in, else the first of the member's that Hearth
 * speaks, beside English; English alone if that is all there is.
 */
export function certificateLocales(first: Locale, languages: readonly string[]): Locale[] {
	const own = [first, ...languages].find((code) => isLocale(code) && code !== 'en');
	return own && isLocale(own) ? [own, 'en'] : ['en'];
}

/**
 * The daily sweep, across centres: missed sessions of courses whose last session ended more than
 * MISSED_KEPT_DAYS ago are forgotten, since there is nothing left to catch up on.
 */
export async function pruneMissedSessions(db: Db, now = new Date()): Promise<number> {
	const before = new Date(now.getTime() - MISSED_KEPT_DAYS * 86_400_000);
	const result = await db
		.deleteFrom('course_missed_sessions as m')
		.where(({ not, exists, selectFrom }) =>
			not(
				exists(
					selectFrom('course_sessions as s')
						.select(sql`1`.as('one'))
						.whereRef('s.centre_id', '=', 'm.centre_id')
						.whereRef('s.course_id', '=', 'm.course_id')
						.where('s.ends_at', '>', before)
				)
			)
		)
		.executeTakeFirst();
	return Number(result.numDeletedRows);
}
