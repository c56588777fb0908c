import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { describeEachDatabase } from '../../../../tests/support/database';
import { newCentre } from '../../../../tests/support/fixtures';
import { useTestPlatform } from '../../../../tests/support/platform';
import { addOpening, type Centre } from '../centres/centres.service';
import { localToInstant } from '../centres/opening-hours';
import { formEntries } from '../forms';
import { actorAt, createPerson, type Actor } from '../identity/identity.service';
import type { Role } from '../identity/identity.tables';
import { NotFoundError, RuleError } from '../platform/errors';
import {
	adviserDesk,
	chooseAdviser,
	leaveAdviser,
	listProfiles,
	myAdviser,
	saveProfile
} from './advisers';
import { photoType } from './advisers.schemas';
import type { PartOfDay } from './advisers.tables';
import {
	bookAppointment,
	cancelAppointment,
	myAppointments,
	prunePastAppointments,
	readAppointment
} from './appointments';
import { parseAppointmentForm } from './appointments.schemas';
import { decideMeeting, memberMeeting, planIntroductions, requestMeeting } from './meetings';
import { inCentre } from '../platform/database';
import type { SupportTopic } from './topics';

const LONDON = 'Europe/London';
// Wednesday 18 November 2026, 12:00 in London (GMT).
const NOW = new Date('2026-11-18T12:00:00Z');
const MINUTE = 60_000;
const KEY = Buffer.alloc(32, 7);

async function rejection(promise: Promise<unknown>): Promise<unknown> {
	try {
		await promise;
	} catch (thrown) {
		return thrown;
	}
	return undefined;
}

const at = (iso: string) => new Date(iso);

describe('planning three introductions', () => {
	const open = [{ start: at('2026-11-18T18:00:00Z'), end: at('2026-11-18T21:00:00Z') }];

	it('books three advisers back to back from the first free five minutes', () => {
		const plan = planIntroductions({
			candidates: [
				{ accountId: 'a', busy: [] },
				{ accountId: 'b', busy: [] },
				{ accountId: 'c', busy: [] }
			],
			memberBusy: [],
			open,
			earliest: at('2026-11-18T12:00:00Z'),
			want: 3
		});
		expect(plan).toEqual({ start: at('2026-11-18T18:00:00Z'), advisers: ['a', 'b', 'c'] });
	});

	it('puts a busy adviser in a later slot, or waits until three fit', () => {
		const plan = planIntroductions({
			candidates: [
				{
					accountId: 'a',
					busy: [{ start: at('2026-11-18T18:00:00Z'), end: at('2026-11-18T18:05:00Z') }]
				},
				{ accountId: 'b', busy: [] },
				{
					accountId: 'c',
					busy: [{ start: at('2026-11-18T17:00:00Z'), end: at('2026-11-18T18:20:00Z') }]
				}
			],
			memberBusy: [],
			open,
			earliest: at('2026-11-18T12:00:00Z'),
			want: 3
		});
		// Each needs only their own five minutes free: from 18:10, a at 18:10, b at 18:15 and c,
		// free again at 18:20, last.
		expect(plan).toEqual({ start: at('2026-11-18T18:10:00Z'), advisers: ['a', 'b', 'c'] });
	});

	it('finds nothing when fewer candidates than wanted, or no time in the openings', () => {
		expect(
			planIntroductions({
				candidates: [{ accountId: 'a', busy: [] }],
				memberBusy: [],
				open,
				earliest: NOW,
				want: 3
			})
		).toBeNull();
		expect(
			planIntroductions({
				candidates: [
					{ accountId: 'a', busy: [] },
					{ accountId: 'b', busy: [] },
					{ accountId: 'c', busy: [] }
				],
				memberBusy: [],
				open: [{ start: at('2026-11-18T18:00:00Z'), end: at('2026-11-18T18:10:00Z') }],
				earliest: NOW,
				want: 3
			})
		).toBeNull();
	});

	it('never books an adviser twice, outside the openings, over anyone’s other times', () => {
		const slot = fc.integer({ min: 0, max: 40 });
		const busy = fc.array(
			fc.tuple(slot, fc.integer({ min: 1, max: 6 })).map(([from, length]) => ({
				start: new Date(open[0]!.start.getTime() + from * 5 * MINUTE),
				end: new Date(open[0]!.start.getTime() + (from + length) * 5 * MINUTE)
			})),
			{ maxLength: 4 }
		);
		fc.assert(
			fc.property(
				fc.array(busy, { minLength: 0, maxLength: 6 }),
				busy,
				fc.integer({ min: 1, max: 3 }),
				(advisers, memberBusy, want) => {
					const candidates = advisers.map((times, index) => ({
						accountId: `adviser-${index}`,
						busy: times
					}));
					const plan = planIntroductions({ candidates, memberBusy, open, earliest: NOW, want });
					if (!plan) return;
					expect(new Set(plan.advisers).size).toBe(want);
					const end = plan.start.getTime() + want * 5 * MINUTE;
					expect(plan.start.getTime()).toBeGreaterThanOrEqual(open[0]!.start.getTime());
					expect(end).toBeLessThanOrEqual(open[0]!.end.getTime());
					for (const time of memberBusy) {
						expect(time.end <= plan.start || time.start.getTime() >= end).toBe(true);
					}
					plan.advisers.forEach((id, index) => {
						const from = plan.start.getTime() + index * 5 * MINUTE;
						for (const time of candidates.find((c) => c.accountId === id)!.busy) {
							expect(time.end.getTime() <= from || time.start.getTime() >= from + 5 * MINUTE).toBe(
								true
							);
						}
					});
				}
			)
		);
	});
});

describe('the photo', () => {
	it('is known by its first bytes, whatever it claims', () => {
		expect(photoType(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0]))).toBe('image/jpeg');
		expect(photoType(Buffer.from('89504e470d0a1a0a0000', 'hex'))).toBe('image/png');
		expect(photoType(Buffer.from('RIFF\u0000\u0000\u0000\u0000WEBPVP8 ', 'latin1'))).toBe(
			'image/webp'
		);
		expect(photoType(Buffer.from('<svg onload="alert(1)"></svg>'))).toBeNull();
		expect(photoType(Buffer.from('GIF89a'))).toBeNull();
	});
});

describe('the booking form', () => {
	const good = {
		with: '0196a3c0-0000-7000-8000-000000000001',
		date: '2026-11-20',
		time: '18:30',
		minutes: '30',
		mode: 'phone',
		interpreter: 'ar'
	};

	it('reads a time on the centre’s clock, with an interpreter', () => {
		const parsed = parseAppointmentForm(good, LONDON);
		expect(parsed.ok).toBe(true);
		if (!parsed.ok) return;
		expect(parsed.data.startsAt.toISOString()).toBe('2026-11-20T18:30:00.000Z');
		expect(parsed.data).toMatchObject({ minutes: 30, mode: 'phone', interpreter: 'ar' });
	});

	it('names an unknown interpreter language and an unreadable time, keeping the input', () => {
		const parsed = parseAppointmentForm(
			formEntries(
				(() => {
					const data = new FormData();
					for (const [name, value] of Object.entries({
						...good,
						interpreter: 'klingon',
						time: '25:99'
					}))
						data.append(name, value);
					return data;
				})()
			),
			LONDON
		);
		expect(parsed.ok).toBe(false);
		if (parsed.ok) return;
		expect(parsed.errors).toEqual({
			interpreter: 'appointments.languageUnknown',
			time: 'appointments.timeInvalid'
		});
		expect(parsed.values).toMatchObject({ interpreter: 'klingon', mode: 'phone' });
	});
});

describeEachDatabase('advisers, meeting three and appointments', (database) => {
	// Bookings and enrolments queue reminders, which the outbox seals.
	useTestPlatform();
	let centre: Centre;
	let other: Centre;
	let coordinator: Actor;
	let otherCoordinator: Actor;
	const advisers: Record<string, Actor> = {};
	let grace: Actor;
	let mihai: Actor;
	let joana: Actor;

	async function person(name: string, roles: Role[], where = centre): Promise<Actor> {
		const { db } = database();
		const id = await createPerson(db, where.id, {
			chosenName: name,
			passphraseHash: 'not used by these tests',
			roles,
			languages: []
		});
		const actor = await actorAt(db, id, where.id);
		if (!actor) throw new Error('The person does not belong to the centre');
		return actor;
	}

	async function adviser(
		name: string,
		languages: string[],
		helpsWith: SupportTopic[],
		works: PartOfDay[]
	): Promise<Actor> {
		const actor = await person(name, ['member', 'adviser']);
		await saveProfile(
			database().db,
			actor,
			{ about: `I am ${name}.`, languages, helpsWith, works, photo: null, removePhoto: false },
			NOW
		);
		advisers[name] = actor;
		return actor;
	}

	const names = async (ids: string[]) => {
		const found = Object.entries(advisers).filter(([, actor]) => ids.includes(actor.accountId));
		return found.map(([name]) => name).sort();
	};

	beforeAll(async () => {
		const { db } = database();
		centre = await newCentre(db, 'Support Workers’ Centre');
		other = await newCentre(db, 'Another Support Centre');
		coordinator = await person('Support coordinator', ['member', 'coordinator']);
		otherCoordinator = await person('Other coordinator', ['member', 'coordinator'], other);
		// Open every day 10:00 to 21:00, and Friday night 22:00 to 06:00.
		for (const weekday of [1, 2, 3, 4, 5, 6, 7] as const) {
			await addOpening(db, coordinator, { weekday, opens: '10:00', closes: '21:00' });
		}
		await addOpening(db, coordinator, { weekday: 5, opens: '22:00', closes: '06:00' });
		await adviser('Amira', ['ar', 'en'], ['wages-and-pay', 'housing'], ['day', 'evening']);
		await adviser('Tomasz', ['pl', 'en'], ['wages-and-pay', 'debt'], ['evening', 'night']);
		await adviser('Lucía', ['es', 'en'], ['wages-and-pay', 'health'], ['day', 'evening']);
		await adviser('Ines', ['es', 'en'], ['wages-and-pay'], ['evening']);
		await adviser('Oskar', ['en'], ['wages-and-pay'], ['day']);
		await adviser('Nadia', ['ar'], ['wages-and-pay'], ['evening']);
		await adviser('Rosa', ['en'], ['housing'], ['evening']);
		grace = await person('Grace', ['member']);
		mihai = await person('Mihai', ['member']);
		joana = await person('Joana', ['member']);
	});

	it('lists the advisers’ own words for people of the centre', async () => {
		const page = await listProfiles(database().db, grace, 1);
		expect(page.profiles.map((profile) => profile.name)).toEqual([
			'Amira',
			'Ines',
			'Lucía',
			'Nadia',
			'Oskar',
			'Rosa',
			'Tomasz'
		]);
		expect(page.profiles[0]).toMatchObject({
			about: 'I am Amira.',
			languages: ['ar', 'en'],
			works: ['day', 'evening']
		});
	});

	it('proposes three who share the language, help with the topic and work that evening, back to back', async () => {
		const { db } = database();
		const id = await requestMeeting(
			db,
			centre,
			grace,
			{
				language: 'en',
				topic: 'wages-and-pay',
				ownWords: 'My boss kept two weeks of pay.',
				date: '2026-11-18',
				partOfDay: 'evening'
			},
			KEY,
			NOW
		);
		const meeting = await memberMeeting(db, grace, id, KEY);
		expect(meeting.booked).toBe(true);
		expect(meeting.ownWords).toBe('My boss kept two weeks of pay.');
		// Oskar works by day only, Nadia has no English, Rosa does not help with pay; of the four
		// left, nobody has chosen any yet, so they come by name.
		expect(meeting.introductions.map((intro) => intro.adviserName)).toEqual([
			'Amira',
			'Ines',
			'Lucía'
		]);
		expect(meeting.introductions.map((intro) => intro.startsAt?.toISOString())).toEqual([
			'2026-11-18T18:00:00.000Z',
			'2026-11-18T18:05:00.000Z',
			'2026-11-18T18:10:00.000Z'
		]);
		// The sealed words are not stored as written.
		const stored = await inCentre(db, centre.id, (trx) =>
			trx
				.selectFrom('adviser_meetings')
				.select('own_words_sealed')
				.where('centre_id', '=', centre.id)
				.where('id', '=', id)
				.executeTakeFirstOrThrow()
		);
		expect(stored.own_words_sealed).not.toContain('boss');
	});

	it('leaves out advisers already met when the member chooses none and asks again', async () => {
		const { db } = database();
		const first = await requestMeeting(
			db,
			centre,
			mihai,
			{
				language: 'en',
				topic: 'wages-and-pay',
				ownWords: '',
				date: '2026-11-19',
				partOfDay: 'day'
			},
			KEY,
			NOW
		);
		const met = (await memberMeeting(db, mihai, first, KEY)).introductions.map(
			(intro) => intro.adviserId
		);
		// By day: Amira, Lucía and Oskar are the ones who work then.
		expect(await names(met)).toEqual(['Amira', 'Lucía', 'Oskar']);
		await decideMeeting(db, mihai, first, null, NOW);
		const freed = await myAppointments(db, mihai, NOW);
		expect(freed.upcoming).toEqual([]);
		const second = await requestMeeting(
			db,
			centre,
			mihai,
			{
				language: 'en',
				topic: 'wages-and-pay',
				ownWords: '',
				date: '2026-11-18',
				partOfDay: 'evening'
			},
			KEY,
			NOW
		);
		const meeting = await memberMeeting(db, mihai, second, KEY);
		expect(await names(meeting.introductions.map((intro) => intro.adviserId))).toEqual([
			'Ines',
			'Tomasz'
		]);
		expect(meeting.booked).toBe(true);
	});

	it('names the next drop-in evening when three cannot meet in the visit', async () => {
		const { db } = database();
		// Wednesday night the centre is closed (it opens at night only on Fridays).
		const id = await requestMeeting(
			db,
			centre,
			joana,
			{
				language: 'en',
				topic: 'wages-and-pay',
				ownWords: '',
				date: '2026-11-18',
				partOfDay: 'night'
			},
			KEY,
			NOW
		);
		const meeting = await memberMeeting(db, joana, id, KEY);
		expect(meeting.booked).toBe(false);
		// The evening after the night asked for: Thursday 18:00.
		expect(meeting.dropInAt?.toISOString()).toBe('2026-11-19T18:00:00.000Z');
		expect(meeting.introductions).toHaveLength(3);
		expect(meeting.introductions.every((intro) => intro.startsAt === null)).toBe(true);
	});

	it('refuses a visit in the past, and a language or topic nobody offers', async () => {
		const { db } = database();
		const input = {
			language: 'en',
			topic: 'wages-and-pay' as const,
			ownWords: '',
			date: '2026-11-17',
			partOfDay: 'evening' as const
		};
		const past = await rejection(requestMeeting(db, centre, joana, input, KEY, NOW));
		expect((past as RuleError).code).toBe('advisers.visitPassed');
		const nobody = await rejection(
			requestMeeting(db, centre, joana, { ...input, date: '2026-11-18', language: 'ti' }, KEY, NOW)
		);
		expect((nobody as RuleError).code).toBe('advisers.noneMatch');
	});

	it('makes a choice, and on a change tells the old adviser only that the member moved on', async () => {
		const { db } = database();
		const id = await requestMeeting(
			db,
			centre,
			grace,
			{
				language: 'en',
				topic: 'wages-and-pay',
				ownWords: '',
				date: '2026-11-19',
				partOfDay: 'day'
			},
			KEY,
			NOW
		);
		const meeting = await memberMeeting(db, grace, id, KEY);
		const chosen = meeting.introductions[0]!;
		await decideMeeting(db, grace, id, chosen.adviserId, NOW);
		expect((await myAdviser(db, grace))?.accountId).toBe(chosen.adviserId);
		const chosenActor = Object.values(advisers).find(
			(actor) => actor.accountId === chosen.adviserId
		)!;
		expect((await adviserDesk(db, chosenActor)).people.map((p) => p.name)).toEqual(['Grace']);

		// Choosing someone not proposed in that request is refused.
		const notProposed = await rejection(
			decideMeeting(db, grace, id, advisers['Rosa']!.accountId, NOW)
		);
		expect((notProposed as RuleError).code).toBe('advisers.chooseRequired');

		await leaveAdviser(db, grace, new Date(NOW.getTime() + MINUTE));
		expect(await myAdviser(db, grace)).toBeNull();
		const desk = await adviserDesk(db, chosenActor);
		expect(desk.people).toEqual([]);
		expect(desk.notices.map((notice) => notice.memberName)).toEqual(['Grace']);
		expect(Object.keys(desk.notices[0]!).sort()).toEqual(['at', 'id', 'memberName']);
		const reasons = await inCentre(db, centre.id, (trx) =>
			trx
				.selectFrom('adviser_choices')
				.selectAll()
				.where('member_id', '=', grace.accountId)
				.execute()
		);
		expect(reasons.every((row) => !('reason' in row))).toBe(true);
	});

	it('books, refuses the past and an adviser already busy, and rebooks a passed time', async () => {
		const { db } = database();
		const tomasz = advisers['Tomasz']!;
		await inCentre(db, centre.id, (trx) => chooseAdviser(trx, joana, tomasz.accountId, NOW));
		const booking = {
			with: tomasz.accountId,
			startsAt: localToInstant('2026-11-20', '14:00', LONDON),
			minutes: 30,
			mode: 'in_person' as const,
			interpreter: 'pt',
			replaces: null
		};
		const id = await bookAppointment(db, joana, booking, NOW);
		const past = await rejection(
			bookAppointment(db, joana, { ...booking, startsAt: new Date(NOW.getTime() - MINUTE) }, NOW)
		);
		expect((past as RuleError).code).toBe('appointments.inThePast');
		// Tomasz books Joana for a time that overlaps his own.
		const overlap = await rejection(
			bookAppointment(
				db,
				tomasz,
				{
					...booking,
					with: joana.accountId,
					startsAt: localToInstant('2026-11-20', '14:15', LONDON)
				},
				NOW
			)
		);
		expect((overlap as RuleError).code).toBe('appointments.adviserBusy');

		// Two days later the time has passed: it is listed as earlier, with nothing else said.
		const later = new Date('2026-11-22T12:00:00Z');
		const lists = await myAppointments(db, joana, later);
		expect(lists.recent.map((item) => item.id)).toEqual([id]);
		expect(Object.keys(lists.recent[0]!)).not.toContain('missed');
		const again = await bookAppointment(
			db,
			tomasz,
			{
				...booking,
				with: joana.accountId,
				startsAt: localToInstant('2026-11-24', '18:00', LONDON),
				replaces: id
			},
			later
		);
		const after = await myAppointments(db, joana, later);
		expect(after.recent).toEqual([]);
		expect(after.upcoming.map((item) => item.id)).toEqual([again]);
		expect(await rejection(readAppointment(db, joana, id, KEY, later))).toBeInstanceOf(
			NotFoundError
		);
	});

	it('lets exactly one of two people booking the same adviser at the same moment have it', async () => {
		const { db } = database();
		const amira = advisers['Amira']!;
		const first = await person('First', ['member']);
		const second = await person('Second', ['member']);
		for (const member of [first, second]) {
			await inCentre(db, centre.id, (trx) => chooseAdviser(trx, member, amira.accountId, NOW));
		}
		const startsAt = localToInstant('2026-11-25', '11:00', LONDON);
		const results = await Promise.allSettled(
			[first, second].map((member) =>
				bookAppointment(
					db,
					member,
					{
						with: amira.accountId,
						startsAt,
						minutes: 45,
						mode: 'phone',
						interpreter: null,
						replaces: null
					},
					NOW
				)
			)
		);
		expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
		const refused = results.find((result) => result.status === 'rejected');
		expect(((refused as PromiseRejectedResult).reason as RuleError).code).toBe(
			'appointments.adviserBusy'
		);
		const stored = await inCentre(db, centre.id, (trx) =>
			trx
				.selectFrom('appointments')
				.select('id')
				.where('adviser_id', '=', amira.accountId)
				.where('starts_at', '=', startsAt)
				.execute()
		);
		expect(stored).toHaveLength(1);
	});

	it('shows an appointment only to its member and its adviser', async () => {
		const { db } = database();
		const lucia = advisers['Lucía']!;
		const member = await person('Private member', ['member']);
		await inCentre(db, centre.id, (trx) => chooseAdviser(trx, member, lucia.accountId, NOW));
		const id = await bookAppointment(
			db,
			member,
			{
				with: lucia.accountId,
				startsAt: localToInstant('2026-11-26', '10:30', LONDON),
				minutes: 15,
				mode: 'online',
				interpreter: null,
				replaces: null
			},
			NOW
		);
		expect((await readAppointment(db, member, id, KEY, NOW)).adviserName).toBe('Lucía');
		expect((await readAppointment(db, lucia, id, KEY, NOW)).memberName).toBe('Private member');
		for (const stranger of [grace, advisers['Rosa']!, coordinator, otherCoordinator]) {
			expect(await rejection(readAppointment(db, stranger, id, KEY, NOW))).toBeInstanceOf(
				NotFoundError
			);
			expect(await rejection(cancelAppointment(db, stranger, id))).toBeInstanceOf(NotFoundError);
		}
		// A coordinator elsewhere sees nothing of this centre even by asking the table directly.
		const seen = await inCentre(db, other.id, (trx) =>
			trx.selectFrom('appointments').select('id').where('id', '=', id).execute()
		);
		expect(seen).toEqual([]);
		await cancelAppointment(db, lucia, id);
		expect(await rejection(readAppointment(db, member, id, KEY, NOW))).toBeInstanceOf(
			NotFoundError
		);
	});

	it('refuses to book with an adviser the member never met or chose', async () => {
		const { db } = database();
		const stranger = await person('Newcomer', ['member']);
		const refused = await rejection(
			bookAppointment(
				db,
				stranger,
				{
					with: advisers['Nadia']!.accountId,
					startsAt: localToInstant('2026-11-27', '18:00', LONDON),
					minutes: 30,
					mode: 'in_person',
					interpreter: null,
					replaces: null
				},
				NOW
			)
		);
		expect((refused as RuleError).code).toBe('appointments.withUnknown');
	});

	it('forgets appointments 90 days after they end', async () => {
		const { db } = database();
		const before = await myAppointments(db, joana, new Date('2026-11-22T12:00:00Z'));
		expect(before.upcoming.length).toBeGreaterThan(0);
		await prunePastAppointments(db, new Date('2027-06-01T00:00:00Z'));
		const left = await inCentre(db, centre.id, (trx) =>
			trx.selectFrom('appointments').select('id').execute()
		);
		expect(left).toEqual([]);
	});
});
