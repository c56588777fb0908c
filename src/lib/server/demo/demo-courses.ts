import type { Centre } from '../centres/centres.service';
import { addDays, instantToLocal, localToInstant } from '../centres/opening-hours';
import { uuidv7 } from '../platform/ids';
import type { CourseKind, EsolLevel } from '../learning/courses.tables';
import type { Db } from '../schema';

interface DemoCourse {
	kind: CourseKind;
	level?: EsolLevel;
	title: string;
	description: string;
	places: number;
	/** ISO weekday, start and end on the centre's clock; end before start runs past midnight. */
	weekday: number;
	starts: string;
	ends: string;
	place: string;
	/** Weeks from this week of the first session (negative: already under way), and how many. */
	firstWeek: number;
	weeks: number;
	enrolled: string[];
	waiting?: string[];
	finished?: string[];
	/** Who missed the first session, to be offered catch-up. */
	missedFirst?: string[];
	materials?: string;
}

const courses: DemoCourse[] = [
	{
		kind: 'esol',
		level: 'entry-2',
		title: 'English for work, Tuesday evenings',
		description:
			'Speaking and listening for the workplace: talking to a manager, reading a payslip, phoning in sick.',
		places: 12,
		weekday: 2,
		starts: '18:00',
		ends: '20:00',
		place: 'Room 2, first floor',
		firstWeek: -2,
		weeks: 8,
		enrolled: ['Joana (demo)', 'Yusuf (demo)'],
		missedFirst: ['Yusuf (demo)'],
		materials: 'Unit 1: introducing yourself at work. The handout is at the front desk.'
	},
	{
		kind: 'esol',
		level: 'pre-entry',
		title: 'First steps in English',
		description: 'For people just starting: letters, numbers, greetings. Childcare on request.',
		places: 10,
		weekday: 6,
		starts: '12:30',
		ends: '14:00',
		place: 'The big room',
		firstWeek: 1,
		weeks: 6,
		enrolled: []
	},
	{
		kind: 'esol',
		level: 'entry-1',
		title: 'Everyday English, Thursday mornings',
		description: 'Shopping, the doctor, the bus: English for getting around.',
		places: 2,
		weekday: 4,
		starts: '10:30',
		ends: '12:00',
		place: 'Room 2, first floor',
		firstWeek: 1,
		weeks: 6,
		enrolled: ['Grace (demo)', 'Joana (demo)'],
		waiting: ['Yusuf (demo)']
	},
	{
		kind: 'know-your-rights',
		title: 'Your rights as a delivery rider',
		description:
			'Pay per drop, deactivation, accidents on shift: what the law says and what riders have won together.',
		places: 25,
		weekday: 5,
		starts: '22:30',
		ends: '00:00',
		place: 'The night café',
		firstWeek: 1,
		weeks: 2,
		enrolled: ['Mihai (demo)']
	},
	{
		kind: 'popular-education',
		title: 'Stories of work: a reading and talking circle',
		description: 'We read short pieces about work and migration and talk about our own.',
		places: 15,
		weekday: 3,
		starts: '19:00',
		ends: '20:30',
		place: 'The library corner',
		firstWeek: 0,
		weeks: 4,
		enrolled: []
	},
	{
		kind: 'digital-skills',
		title: 'Phones and apps: staying safe online',
		description:
			'Passwords, scams, location sharing, and the apps that employers use to watch you.',
		places: 8,
		weekday: 4,
		starts: '14:00',
		ends: '16:00',
		place: 'Computer room',
		firstWeek: 2,
		weeks: 3,
		enrolled: []
	},
	{
		kind: 'training',
		title: 'Food hygiene, level 2',
		description: 'The certificate most kitchen jobs ask for, in three afternoons.',
		places: 10,
		weekday: 1,
		starts: '13:00',
		ends: '16:00',
		place: 'The kitchen',
		firstWeek: -6,
		weeks: 3,
		enrolled: ['Mihai (demo)', 'Grace (demo)'],
		finished: ['Mihai (demo)', 'Grace (demo)']
	}
];

/** The demo centre's courses, dated from this week: some under way, some to come, one done. */
export async function seedDemoCourses(trx: Db, centre: Centre, now: Date): Promise<void> {
	const people = await trx
		.selectFrom('accounts')
		.innerJoin('centre_people', 'centre_people.account_id', 'accounts.id')
		.select(['accounts.id', 'accounts.chosen_name'])
		.where('centre_people.centre_id', '=', centre.id)
		.execute();
	const idOf = (name: string) => {
		const found = people.find((person) => person.chosen_name === name);
		if (!found) throw new Error(`The demo has nobody called ${name}`);
		return found.id;
	};
	const today = instantToLocal(now, centre.timeZone);
	const monday = addDays(today.date, 1 - today.weekday);
	for (const course of courses) {
		const courseId = uuidv7();
		await trx
			.insertInto('courses')
			.values({
				centre_id: centre.id,
				id: courseId,
				kind: course.kind,
				level: course.level ?? null,
				title: course.title,
				description: course.description,
				places: course.places
			})
			.execute();
		const sessions: { id: string; startsAt: Date }[] = [];
		for (let week = 0; week < course.weeks; week++) {
			const date = addDays(monday, (course.firstWeek + week) * 7 + course.weekday - 1);
			const startsAt = localToInstant(date, course.starts, centre.timeZone);
			const endsAt = localToInstant(
				course.ends <= course.starts ? addDays(date, 1) : date,
				course.ends,
				centre.timeZone
			);
			const id = uuidv7();
			const past = endsAt <= now;
			await trx
				.insertInto('course_sessions')
				.values({
					centre_id: centre.id,
					id,
					course_id: courseId,
					starts_at: startsAt,
					ends_at: endsAt,
					place: course.place,
					materials: week === 0 && past ? (course.materials ?? '') : '',
					attendance_taken_at: past ? endsAt : null
				})
				.execute();
			sessions.push({ id, startsAt });
		}
		const joinedAt = new Date(
			Math.min(now.getTime(), (sessions[0]?.startsAt ?? now).getTime()) - 7 * 86_400_000
		);
		const rows = [
			...course.enrolled.map((name) => ({ name, status: 'enrolled' as const })),
			...(course.waiting ?? []).map((name) => ({ name, status: 'waiting' as const }))
		];
		for (const [index, { name, status }] of rows.entries()) {
			await trx
				.insertInto('course_enrolments')
				.values({
					centre_id: centre.id,
					course_id: courseId,
					account_id: idOf(name),
					status,
					joined_at: new Date(joinedAt.getTime() + index * 60_000),
					finished_at: course.finished?.includes(name) ? now : null
				})
				.execute();
		}
		const first = sessions[0];
		if (first && first.startsAt <= now) {
			for (const name of course.missedFirst ?? []) {
				await trx
					.insertInto('course_missed_sessions')
					.values({
						centre_id: centre.id,
						session_id: first.id,
						account_id: idOf(name),
						course_id: courseId
					})
					.execute();
			}
		}
	}
}
