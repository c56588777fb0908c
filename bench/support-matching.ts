// npm run bench:support: what "meet three, then choose" and booking cost at a busy centre. One
// centre open every day 10:00 to 21:00, 40 advisers with different languages, topics and hours,
// 2,000 members and 4,000 appointments over the next two weeks, on a PostgreSQL server
// (BENCH_DATABASE_URL, in a database made for the run and dropped after). Figures: the time to
// propose and book three introductions, to book an appointment, to list a member's appointments,
// and how many of 20 people booking one adviser's same minute at once get it.
// Progress goes to stderr, the figures to stdout.
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { sql } from 'kysely';
import { addOpening, createCentre } from '../src/lib/server/centres/centres.service';
import { addDays, instantToLocal, localToInstant } from '../src/lib/server/centres/opening-hours';
import { createPerson, type Actor } from '../src/lib/server/identity/identity.service';
import { inCentre } from '../src/lib/server/platform/database';
import { RuleError } from '../src/lib/server/platform/errors';
import { uuidv7 } from '../src/lib/server/platform/ids';
import { setLogLevel } from '../src/lib/server/platform/logger';
import { chooseAdviser, saveProfile } from '../src/lib/server/support/advisers';
import type { PartOfDay } from '../src/lib/server/support/advisers.tables';
import { bookAppointment, myAppointments } from '../src/lib/server/support/appointments';
import { requestMeeting } from '../src/lib/server/support/meetings';
import { SUPPORT_TOPICS } from '../src/lib/server/support/topics';
import { progress, seededRandom, summarise, withBenchPlatform } from './support/bench-kit';

const ADVISERS = 40;
const MEMBERS = 2000;
const APPOINTMENTS = 4000;
const MEASURED = 300;
const RACERS = 20;
const LANGUAGES = ['en', 'ar', 'es', 'pl', 'ro', 'pt', 'ti', 'uk'];
const PARTS: PartOfDay[] = ['day', 'evening'];
const ZONE = 'Europe/London';

setLogLevel('warn');

async function main(): Promise<void> {
	await withBenchPlatform('support', async (platform, url) => {
		const { db, secretKey } = platform;
		const next = seededRandom(0x5a9e);
		const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)] as T;
		const centre = await createCentre(db, {
			name: 'Bench centre',
			address: '',
			directions: '',
			timeZone: ZONE,
			defaultLocale: 'en',
			locales: ['en']
		});
		const person = async (chosenName: string, roles: Actor['roles']): Promise<Actor> => {
			const accountId = await createPerson(db, centre.id, {
				chosenName,
				passphraseHash: 'x',
				roles: [...roles],
				languages: []
			});
			return { accountId, centreId: centre.id, roles };
		};
		const coordinator = await person('Bench coordinator', ['member', 'coordinator']);
		for (const weekday of [1, 2, 3, 4, 5, 6, 7] as const) {
			await addOpening(db, coordinator, { weekday, opens: '10:00', closes: '21:00' });
		}
		const now = new Date();
		progress(`making ${ADVISERS} advisers and ${MEMBERS} members…`);
		const advisers: Actor[] = [];
		for (let index = 0; index < ADVISERS; index += 1) {
			const adviser = await person(`Adviser ${index}`, ['member', 'adviser']);
			await saveProfile(
				db,
				adviser,
				{
					about: '',
					languages: ['en', pick(LANGUAGES), pick(LANGUAGES)].filter(
						(code, at, all) => all.indexOf(code) === at
					),
					helpsWith: SUPPORT_TOPICS.filter(() => next() < 0.5),
					works: PARTS.filter(() => next() < 0.7),
					photo: null,
					removePhoto: false
				},
				now
			);
			advisers.push(adviser);
		}
		const members: Actor[] = [];
		for (let index = 0; index < MEMBERS; index += 1) {
			members.push(await person(`Member ${index}`, ['member']));
		}

		progress(`booking ${APPOINTMENTS} appointments over two weeks…`);
		const today = instantToLocal(now, ZONE).date;
		await inCentre(db, centre.id, async (trx) => {
			let made = 0;
			for (let attempt = 0; made < APPOINTMENTS && attempt < APPOINTMENTS * 5; attempt += 1) {
				const day = addDays(today, 1 + Math.floor(next() * 14));
				const minute = 10 * 60 + Math.floor(next() * 20) * 30;
				const time = `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
				const startsAt = localToInstant(day, time, ZONE);
				const member = members[made % MEMBERS] as Actor;
				const adviser = pick(advisers);
				const taken = await trx
					.selectFrom('appointments')
					.select('id')
					.where('centre_id', '=', centre.id)
					.where((eb) =>
						eb.or([
							eb('adviser_id', '=', adviser.accountId),
							eb('member_id', '=', member.accountId)
						])
					)
					.where('starts_at', '=', startsAt)
					.executeTakeFirst();
				if (taken) continue;
				await trx
					.insertInto('appointments')
					.values({
						centre_id: centre.id,
						id: uuidv7(),
						member_id: member.accountId,
						adviser_id: adviser.accountId,
						kind: 'appointment',
						mode: 'in_person',
						interpreter_language: null,
						starts_at: startsAt,
						ends_at: new Date(startsAt.getTime() + 30 * 60_000),
						meeting_id: null,
						booked_by: adviser.accountId
					})
					.execute();
				made += 1;
			}
		});
		await sql`analyze`.execute(db);

		progress(`asking to meet three, ${MEASURED} times…`);
		const meetTimes: number[] = [];
		let booked = 0;
		for (let index = 0; index < MEASURED; index += 1) {
			const member = members[MEMBERS - 1 - index] as Actor;
			const start = performance.now();
			const id = await requestMeeting(
				db,
				centre,
				member,
				{
					language: 'en',
					topic: pick(SUPPORT_TOPICS),
					ownWords: 'Words of my own, sealed.',
					date: addDays(today, 1 + Math.floor(next() * 13)),
					partOfDay: pick(PARTS)
				},
				secretKey,
				now
			);
			meetTimes.push(performance.now() - start);
			const [row] = await db
				.selectFrom('appointments')
				.select('id')
				.where('meeting_id', '=', id)
				.limit(1)
				.execute();
			if (row) booked += 1;
		}

		progress(`booking ${MEASURED} appointments with a chosen adviser…`);
		const bookTimes: number[] = [];
		for (let index = 0; index < MEASURED; index += 1) {
			const member = members[index] as Actor;
			const adviser = advisers[index % ADVISERS] as Actor;
			await inCentre(db, centre.id, (trx) => chooseAdviser(trx, member, adviser.accountId, now));
			const startsAt = localToInstant(addDays(today, 20 + (index % 10)), '19:00', ZONE);
			const start = performance.now();
			await bookAppointment(
				db,
				member,
				{
					with: adviser.accountId,
					startsAt: new Date(startsAt.getTime() + Math.floor(index / ADVISERS) * 3_600_000),
					minutes: 30,
					mode: 'phone',
					interpreter: null,
					replaces: null
				},
				now
			);
			bookTimes.push(performance.now() - start);
		}

		progress('listing a member’s appointments…');
		const listTimes: number[] = [];
		for (let index = 0; index < MEASURED; index += 1) {
			const start = performance.now();
			await myAppointments(db, members[index] as Actor, now);
			listTimes.push(performance.now() - start);
		}

		progress(`${RACERS} people booking the same adviser’s same minute at once…`);
		const contested = advisers[0] as Actor;
		const racers = members.slice(MEMBERS / 2, MEMBERS / 2 + RACERS);
		for (const racer of racers) {
			await inCentre(db, centre.id, (trx) => chooseAdviser(trx, racer, contested.accountId, now));
		}
		const raceStart = localToInstant(addDays(today, 40), '11:00', ZONE);
		const results = await Promise.allSettled(
			racers.map((racer) =>
				bookAppointment(
					db,
					racer,
					{
						with: contested.accountId,
						startsAt: raceStart,
						minutes: 30,
						mode: 'in_person',
						interpreter: null,
						replaces: null
					},
					now
				)
			)
		);
		const won = results.filter((result) => result.status === 'fulfilled').length;
		const busy = results.filter(
			(result) =>
				result.status === 'rejected' &&
				result.reason instanceof RuleError &&
				result.reason.code === 'appointments.adviserBusy'
		).length;

		const cpus = os.availableParallelism?.() ?? os.cpus().length;
		process.stdout.write(
			[
				`Hearth support benchmark (Node ${process.version}, ${cpus} CPUs, ${url.host})`,
				`${ADVISERS} advisers, ${MEMBERS} members, ${APPOINTMENTS} appointments over two weeks`,
				`meet three (match, find the time, book three introductions): ${summarise(meetTimes)}; ${booked} of ${MEASURED} booked in the visit, the rest sent to a drop-in evening`,
				`book an appointment: ${summarise(bookTimes)}`,
				`list a member's appointments: ${summarise(listTimes)}`,
				`${RACERS} booking one adviser's same minute at once: ${won} booked, ${busy} told the adviser is busy, ${RACERS - won - busy} other failures`,
				''
			].join('\n')
		);
	});
}

await main();
