import { beforeAll, describe, expect, it } from 'vitest';
import type { Kysely } from 'kysely';
import { describeEachDatabase } from '../../../../tests/support/database';
import { newCentre } from '../../../../tests/support/fixtures';
import { useTestPlatform } from '../../../../tests/support/platform';
import type { Centre } from '../centres/centres.service';
import { actorAt, createPerson, type Actor } from '../identity/identity.service';
import type { Role } from '../identity/identity.tables';
import { createDatabase, createPool } from '../platform/database';
import { ForbiddenError, NotFoundError, RuleError } from '../platform/errors';
import type { Database } from '../schema';
import {
	addSession,
	attendanceSheet,
	caughtUp,
	certificate,
	courseForReader,
	courseForStaff,
	createCourse,
	enrol,
	leave,
	listCourses,
	myCourses,
	pruneMissedSessions,
	recordAttendance,
	setFinished,
	updateCourse
} from './courses';
import { courseFilter, courseSchema, sessionSchema, type CourseInput } from './courses.schemas';

const TZ = 'Europe/London';
// A Tuesday in November, London on GMT.
const NOW = new Date('2026-11-03T12:00:00Z');
const days = (n: number) => new Date(NOW.getTime() + n * 86_400_000);

async function person(
	db: Kysely<Database>,
	centre: Centre,
	chosenName: string,
	roles: Role[] = ['member']
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

const esol = (fields: Partial<CourseInput> = {}): CourseInput => ({
	kind: 'esol',
	level: 'entry-2',
	title: 'ESOL Entry 2, Tuesday evenings',
	description: 'Speaking and listening for work.',
	places: 2,
	...fields
});

async function rejection(promise: Promise<unknown>): Promise<unknown> {
	try {
		await promise;
	} catch (thrown) {
		return thrown;
	}
	return undefined;
}

async function ruleCode(promise: Promise<unknown>): Promise<string | undefined> {
	const thrown = await rejection(promise);
	return thrown instanceof RuleError ? thrown.code : String(thrown);
}

describe('the course forms', () => {
	it('names an ESOL course without a level, and drops a level sent with another kind', () => {
		const form = (values: Record<string, string>) => courseSchema.safeParse(values);
		const missing = form({ kind: 'esol', level: '', title: 'ESOL', places: '10' });
		expect(missing.success).toBe(false);
		expect(missing.error?.issues.map((issue) => issue.message)).toEqual(['courses.levelRequired']);
		const rights = form({
			kind: 'know-your-rights',
			level: 'entry-1',
			title: 'Rights',
			places: '8'
		});
		expect(rights.data?.level).toBeNull();
		for (const places of ['0', '-1', 'ten', '501', '2.5']) {
			expect(
				form({ kind: 'training', title: 'Food hygiene', places }).error?.issues[0]?.message
			).toBe('courses.placesInvalid');
		}
	});

	it('names a session that ends before it starts, unless it runs past midnight', () => {
		const session = (ends: string, nextDay = '') =>
			sessionSchema.safeParse({ date: '2026-11-10', starts: '18:00', ends, nextDay, place: '' });
		expect(session('17:00').error?.issues.map((issue) => [issue.path[0], issue.message])).toEqual([
			['ends', 'courses.endsBeforeStarts']
		]);
		expect(session('18:00').success).toBe(false);
		expect(session('20:00').success).toBe(true);
		expect(session('01:00', 'yes').success).toBe(true);
		expect(session('20:00', 'yes').error?.issues[0]?.message).toBe('courses.nextDayTooLong');
		expect(
			sessionSchema
				.safeParse({ date: '2026-02-30', starts: '25:00', ends: 'x' })
				.error?.issues.map((issue) => issue.message)
		).toEqual(['courses.dateInvalid', 'courses.startsInvalid', 'courses.endsInvalid']);
	});

	it('reads a filter from a link, ignoring what it does not know', () => {
		const filter = (query: string) => courseFilter(new URLSearchParams(query));
		expect(filter('kind=esol&level=entry-1')).toEqual({ kind: 'esol', level: 'entry-1' });
		expect(filter('kind=training&level=entry-1')).toEqual({ kind: 'training', level: null });
		expect(filter('kind=<script>')).toEqual({ kind: null, level: null });
	});
});

describeEachDatabase('courses', (database) => {
	// Bookings and enrolments queue reminders, which the outbox seals.
	useTestPlatform();
	let centre: Centre;
	let coordinator: Actor;
	let adviser: Actor;

	beforeAll(async () => {
		const { db } = database();
		centre = await newCentre(db, 'Courses centre');
		coordinator = await person(db, centre, 'Coordinator', ['member', 'coordinator']);
		adviser = await person(db, centre, 'Tutor', ['member', 'adviser']);
	});

	async function courseWithSessions(input: CourseInput, dates: string[]): Promise<string> {
		const { db } = database();
		const id = await createCourse(db, coordinator, input);
		for (const date of dates) {
			await addSession(
				db,
				coordinator,
				id,
				{ date, starts: '18:00', ends: '20:00', nextDay: false, place: 'Room 2' },
				TZ
			);
		}
		return id;
	}

	it('lets only a coordinator plan courses, and only staff see who is on one', async () => {
		const { db } = database();
		const member = await person(db, centre, 'Curious member');
		expect(await rejection(createCourse(db, member, esol()))).toBeInstanceOf(ForbiddenError);
		expect(await rejection(createCourse(db, adviser, esol()))).toBeInstanceOf(ForbiddenError);
		const id = await courseWithSessions(esol(), ['2026-11-10']);
		expect(await rejection(courseForStaff(db, member, id, NOW))).toBeInstanceOf(ForbiddenError);
		const page = await courseForReader(db, centre.id, id, member.accountId, NOW);
		expect(Object.keys(page)).toEqual(['course', 'ended', 'sessions', 'mine']);
		expect(JSON.stringify(page)).not.toContain('Coordinator');
	});

	it('enrols, refuses a second enrolment, and puts people on a waiting list when full', async () => {
		const { db } = database();
		const id = await courseWithSessions(esol({ places: 2 }), ['2026-11-10', '2026-11-17']);
		const [ana, ben, cai, dee] = await Promise.all(
			['Ana', 'Ben', 'Cai', 'Dee'].map((name) => person(db, centre, `${name} (enrol)`))
		);
		expect(await enrol(db, ana!, id, NOW)).toEqual({
			status: 'enrolled',
			position: null,
			finished: false
		});
		expect(await ruleCode(enrol(db, ana!, id, NOW))).toBe('courses.alreadyEnrolled');
		await enrol(db, ben!, id, NOW);
		expect(await enrol(db, cai!, id, NOW)).toMatchObject({ status: 'waiting', position: 1 });
		expect(await ruleCode(enrol(db, cai!, id, NOW))).toBe('courses.alreadyWaiting');
		expect(await enrol(db, dee!, id, days(0.001))).toMatchObject({
			status: 'waiting',
			position: 2
		});

		// Leaving frees the place for the first person waiting, in the same transaction.
		await leave(db, ben!, id);
		const cais = await courseForReader(db, centre.id, id, cai!.accountId, NOW);
		expect(cais.mine).toMatchObject({ status: 'enrolled' });
		const dees = await courseForReader(db, centre.id, id, dee!.accountId, NOW);
		expect(dees.mine).toMatchObject({ status: 'waiting', position: 1 });
		expect(await ruleCode(leave(db, ben!, id))).toBe('courses.notEnrolled');

		// More places from the coordinator go to the people waiting.
		await updateCourse(db, coordinator, id, esol({ places: 3 }));
		const after = await courseForStaff(db, coordinator, id, NOW);
		expect(after.enrolled.map((p) => p.chosenName).sort()).toEqual([
			'Ana (enrol)',
			'Cai (enrol)',
			'Dee (enrol)'
		]);
		expect(after.waiting).toEqual([]);
	});

	it('lists courses by kind and ESOL level, and no course that has ended', async () => {
		const { db } = database();
		const other = await newCentre(db, 'Listing centre');
		const boss = await person(db, other, 'Listing coordinator', ['member', 'coordinator']);
		const add = async (input: CourseInput, date: string) => {
			const id = await createCourse(db, boss, input);
			await addSession(
				db,
				boss,
				id,
				{ date, starts: '10:00', ends: '12:00', nextDay: false, place: '' },
				TZ
			);
			return id;
		};
		await add(esol({ level: 'entry-1', title: 'Entry 1' }), '2026-11-12');
		await add(esol({ level: 'pre-entry', title: 'Pre-entry' }), '2026-11-20');
		await add(
			{
				kind: 'know-your-rights',
				level: null,
				title: 'Rights at work',
				description: '',
				places: 20
			},
			'2026-11-05'
		);
		const old = await add(
			{ kind: 'digital-skills', level: null, title: 'Old course', description: '', places: 5 },
			'2026-10-01'
		);
		const titles = async (kind: 'esol' | null, level: 'entry-1' | null = null) =>
			(await listCourses(db, other.id, { kind, level }, NOW)).map((course) => course.title);
		expect(await titles(null)).toEqual(['Pre-entry', 'Entry 1', 'Rights at work']);
		expect(await titles('esol', 'entry-1')).toEqual(['Entry 1']);
		// Another centre's courses stay there.
		expect(await titles(null)).not.toContain('ESOL Entry 2, Tuesday evenings');
		expect(await ruleCode(enrol(db, boss, old, NOW))).toBe('courses.ended');
	});

	it('offers catch-up for a missed session, never a count, and forgets it when caught up', async () => {
		const { db } = database();
		const id = await courseWithSessions(esol({ places: 5 }), ['2026-10-27', '2026-11-10']);
		const [came, missed] = await Promise.all([
			person(db, centre, 'Came along'),
			person(db, centre, 'Missed one')
		]);
		await enrol(db, came, id, days(-10));
		await enrol(db, missed, id, days(-10));
		const [first] = (await courseForStaff(db, adviser, id, NOW)).sessions;

		// Nobody is ticked before the ticks are saved; a session to come cannot be ticked yet.
		const sheet = await attendanceSheet(db, adviser, id, first!.id, NOW);
		expect(sheet.people.every((p) => !p.present)).toBe(true);
		const later = (await courseForStaff(db, adviser, id, NOW)).sessions[1]!;
		expect(
			await ruleCode(
				recordAttendance(db, adviser, id, later.id, { present: [], materials: '' }, NOW)
			)
		).toBe('courses.notStartedYet');
		const stranger = await person(db, centre, 'Not on the course');
		expect(
			await ruleCode(
				recordAttendance(
					db,
					adviser,
					id,
					first!.id,
					{ present: [stranger.accountId], materials: '' },
					NOW
				)
			)
		).toBe('courses.personUnknown');

		await recordAttendance(
			db,
			adviser,
			id,
			first!.id,
			{ present: [came.accountId], materials: 'Unit 3 handout, at the front desk' },
			NOW
		);
		const stored = await db
			.selectFrom('course_missed_sessions')
			.selectAll()
			.where('course_id', '=', id)
			.execute();
		expect(stored.map((row) => row.account_id)).toEqual([missed.accountId]);

		const mine = await myCourses(db, missed, NOW);
		expect(mine).toHaveLength(1);
		expect(mine[0]!.catchUp).toEqual([
			{
				sessionId: first!.id,
				missedStartsAt: first!.startsAt,
				materials: 'Unit 3 handout, at the front desk',
				next: { startsAt: later.startsAt, endsAt: later.endsAt, place: 'Room 2' }
			}
		]);
		expect(JSON.stringify(mine)).not.toMatch(/count|missedCount|absences/i);
		expect((await myCourses(db, came, NOW))[0]!.catchUp).toEqual([]);

		// The ticks can be corrected, and catching up forgets the miss.
		const again = await attendanceSheet(db, adviser, id, first!.id, NOW);
		expect(again.people.map((p) => [p.chosenName, p.present])).toEqual([
			['Came along', true],
			['Missed one', false]
		]);
		await caughtUp(db, missed, first!.id);
		expect((await myCourses(db, missed, NOW))[0]!.catchUp).toEqual([]);

		// Leaving takes the record of any miss with it.
		await recordAttendance(db, adviser, id, first!.id, { present: [], materials: '' }, NOW);
		await leave(db, came, id);
		const left = await db
			.selectFrom('course_missed_sessions')
			.select('account_id')
			.where('course_id', '=', id)
			.execute();
		expect(left.map((row) => row.account_id)).toEqual([missed.accountId]);
	});

	it('forgets missed sessions a month after the course ends', async () => {
		const { db } = database();
		const id = await courseWithSessions(esol({ places: 5 }), ['2026-11-03']);
		const member = await person(db, centre, 'Will be forgotten');
		await enrol(db, member, id, days(-1));
		const [session] = (await courseForStaff(db, adviser, id, NOW)).sessions;
		await recordAttendance(db, adviser, id, session!.id, { present: [], materials: '' }, days(1));
		const count = () =>
			db
				.selectFrom('course_missed_sessions')
				.select('account_id')
				.where('course_id', '=', id)
				.execute();
		await pruneMissedSessions(db, days(20));
		expect(await count()).toHaveLength(1);
		await pruneMissedSessions(db, days(32));
		expect(await count()).toHaveLength(0);
	});

	it('gives a certificate only for a course marked finished', async () => {
		const { db } = database();
		const id = await courseWithSessions(esol({ places: 5 }), ['2026-10-06', '2026-10-27']);
		const member = await person(db, centre, 'Finisher');
		const other = await person(db, centre, 'Someone else');
		await enrol(db, member, id, days(-40));
		expect(await rejection(certificate(db, member, id))).toBeInstanceOf(NotFoundError);
		expect(await ruleCode(setFinished(db, adviser, id, other.accountId, true, NOW))).toBe(
			'courses.personUnknown'
		);
		await setFinished(db, adviser, id, member.accountId, true, NOW);
		const mine = await certificate(db, member, id);
		expect(mine).toMatchObject({ chosenName: 'Finisher', kind: 'esol', level: 'entry-2' });
		expect(mine.firstDate?.toISOString()).toBe('2026-10-06T17:00:00.000Z');
		// Another member cannot print it; a tutor can, for a member without a printer.
		expect(await rejection(certificate(db, other, id, member.accountId))).toBeInstanceOf(
			ForbiddenError
		);
		expect((await certificate(db, adviser, id, member.accountId)).chosenName).toBe('Finisher');
		expect(await ruleCode(leave(db, member, id))).toBe('courses.alreadyFinished');
	});

	it('gives the last place to exactly one of 50 people asking at once', async () => {
		const { db, url } = database();
		const id = await courseWithSessions(esol({ places: 1 }), ['2026-11-24']);
		const people: Actor[] = [];
		for (let index = 0; index < 50; index++) people.push(await person(db, centre, `Rush ${index}`));
		const pool = createPool(url, 20);
		const racing = createDatabase<Database>(pool);
		try {
			const results = await Promise.all(people.map((actor) => enrol(racing, actor, id, NOW)));
			expect(results.filter((r) => r.status === 'enrolled')).toHaveLength(1);
		} finally {
			await racing.destroy();
		}
		const rows = await db
			.selectFrom('course_enrolments')
			.select(['status'])
			.where('course_id', '=', id)
			.execute();
		expect(rows.filter((row) => row.status === 'enrolled')).toHaveLength(1);
		expect(rows.filter((row) => row.status === 'waiting')).toHaveLength(49);
	});
});
