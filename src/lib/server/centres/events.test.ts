import ICAL from 'ical.js';
import type { Kysely } from 'kysely';
import { describe, expect, it } from 'vitest';
import { describeEachDatabase } from '../../../../tests/support/database';
import { newCentre } from '../../../../tests/support/fixtures';
import { createPerson, type Actor } from '../identity/identity.service';
import { createDatabase, createPool } from '../platform/database';
import { ForbiddenError, NotFoundError, RuleError } from '../platform/errors';
import type { Database } from '../schema';
import type { Centre } from './centres.service';
import {
	bookings,
	calendarWeek,
	cancelSignUp,
	centreFeed,
	createEvent,
	eventSignUpEntries,
	feedOwner,
	forgetPastSignUps,
	isNight,
	memberCalendar,
	mondayOf,
	readEvent,
	renewFeed,
	setEventCancelled,
	signUp,
	stopFeed,
	updateEvent
} from './events';
import { calendarQuery, parseEventForm, type EventInput } from './events.schemas';

const LONDON = 'Europe/London';
// Wednesday 18 November 2026, 12:00 in London (GMT).
const NOW = new Date('2026-11-18T12:00:00Z');
const ORIGIN = 'https://hearth.example';

const form = (fields: Record<string, string>) =>
	parseEventForm(
		{
			title: 'Film night',
			kind: 'film',
			description: '',
			place: '',
			date: '2026-11-20',
			starts: '22:30',
			ends: '01:15',
			capacity: '',
			...fields
		},
		LONDON
	);

describe('the event form', () => {
	it('reads an overnight event only when "ends the next day" is ticked', () => {
		const sameDay = form({});
		expect(sameDay.ok).toBe(false);
		if (!sameDay.ok) expect(sameDay.errors).toEqual({ ends: 'events.endsBeforeStartsSameDay' });
		const overnight = form({ endsNextDay: 'yes', capacity: '25' });
		expect(overnight.ok && overnight.data).toMatchObject({
			startsAt: new Date('2026-11-20T22:30:00Z'),
			endsAt: new Date('2026-11-21T01:15:00Z'),
			capacity: 25,
			membersOnly: false
		});
	});

	it('names every problem, and refuses an event longer than a day', () => {
		const bad = parseEventForm(
			{ title: '', kind: 'rave', date: '2026-02-30', starts: '25:00', ends: 'late', capacity: '0' },
			LONDON
		);
		expect(bad.ok).toBe(false);
		if (!bad.ok) {
			expect(bad.errors).toEqual({
				title: 'events.titleRequired',
				kind: 'events.kindInvalid',
				date: 'events.dateInvalid',
				starts: 'events.startsInvalid',
				ends: 'events.endsInvalid',
				capacity: 'events.capacityInvalid'
			});
		}
		const long = form({ starts: '20:00', ends: '21:00', endsNextDay: 'yes' });
		expect(!long.ok && long.errors).toEqual({ ends: 'events.longerThanDay' });
		for (const capacity of ['1001', '2.5', '-3', 'ten']) {
			const wrong = form({ endsNextDay: 'yes', capacity });
			expect(!wrong.ok && wrong.errors, capacity).toEqual({ capacity: 'events.capacityInvalid' });
		}
	});

	it('keeps the wall clock across a change of the clocks', () => {
		// 25 October 2026: London goes from BST to GMT at 02:00.
		const parsed = form({ date: '2026-10-24', starts: '22:00', ends: '03:00', endsNextDay: 'yes' });
		expect(parsed.ok && parsed.data).toMatchObject({
			startsAt: new Date('2026-10-24T21:00:00Z'),
			endsAt: new Date('2026-10-25T03:00:00Z')
		});
	});

	it('reads the calendar’s address, whatever it holds', () => {
		expect(calendarQuery.parse({ week: '2026-11-18', view: 'night' })).toEqual({
			week: '2026-11-18',
			view: 'night'
		});
		expect(calendarQuery.parse({ week: 'soon', view: '<script>' })).toEqual({
			week: null,
			view: 'all'
		});
	});
});

describe('the night', () => {
	it('holds events from 18:00, in the small hours, or running past midnight', () => {
		const at = (start: string, end: string) => isNight(new Date(start), new Date(end), LONDON);
		expect(at('2026-11-20T18:00:00Z', '2026-11-20T20:00:00Z')).toBe(true);
		expect(at('2026-11-21T01:00:00Z', '2026-11-21T03:00:00Z')).toBe(true);
		expect(at('2026-11-20T14:00:00Z', '2026-11-21T00:30:00Z')).toBe(true);
		expect(at('2026-11-20T10:00:00Z', '2026-11-20T17:59:00Z')).toBe(false);
		// Ending at midnight is not running past it.
		expect(at('2026-11-20T12:00:00Z', '2026-11-21T00:00:00Z')).toBe(false);
		// 18:30 in London in summer is 17:30 UTC: the centre's clock decides.
		expect(at('2026-07-01T17:30:00Z', '2026-07-01T19:00:00Z')).toBe(true);
		expect(mondayOf('2026-11-22')).toBe('2026-11-16');
		expect(mondayOf('2026-11-16')).toBe('2026-11-16');
	});
});

describeEachDatabase('events', (database) => {
	interface Setting {
		centre: Centre;
		coordinator: Actor;
		member: Actor;
		other: Actor;
	}

	async function setting(db: Kysely<Database>, name: string): Promise<Setting> {
		const centre = await newCentre(db, name);
		const person = (chosenName: string, roles: Actor['roles']) =>
			createPerson(db, centre.id, {
				chosenName,
				passphraseHash: 'x',
				roles: [...roles],
				languages: []
			}).then((accountId) => ({ accountId, centreId: centre.id, roles }));
		return {
			centre,
			coordinator: await person(`${name} coordinator`, ['member', 'coordinator']),
			member: await person(`${name} member`, ['member']),
			other: await person(`${name} other`, ['member'])
		};
	}

	const input = (fields: Partial<EventInput> = {}): EventInput => ({
		kind: 'film',
		title: 'Film night: Bread and Roses',
		description: 'Popcorn, tea; subtitles, and a talk after.',
		place: 'Big room',
		startsAt: new Date('2026-11-20T22:30:00Z'),
		endsAt: new Date('2026-11-21T01:15:00Z'),
		capacity: 2,
		membersOnly: false,
		...fields
	});

	it('shows the week by day and by night, and members-only events only to people who belong', async () => {
		const { db } = database();
		const { centre, coordinator, member } = await setting(db, 'Week');
		const film = await createEvent(db, coordinator, input(), NOW);
		const lunch = await createEvent(
			db,
			coordinator,
			input({
				kind: 'meal',
				title: 'Saturday lunch',
				startsAt: new Date('2026-11-21T13:00:00Z'),
				endsAt: new Date('2026-11-21T15:00:00Z'),
				capacity: null
			}),
			NOW
		);
		const meeting = await createEvent(
			db,
			coordinator,
			input({
				kind: 'meeting',
				title: 'Members’ meeting',
				startsAt: new Date('2026-11-17T18:30:00Z'),
				endsAt: new Date('2026-11-17T20:30:00Z'),
				capacity: null,
				membersOnly: true
			}),
			NOW
		);
		await createEvent(
			db,
			coordinator,
			input({
				startsAt: new Date('2026-11-27T22:30:00Z'),
				endsAt: new Date('2026-11-28T01:00:00Z')
			}),
			NOW
		);

		const ids = (week: Awaited<ReturnType<typeof calendarWeek>>) =>
			week.days.flatMap((day) => day.events.map((event) => event.id));
		const all = await calendarWeek(db, centre, member, { week: null, view: 'all' }, NOW);
		expect(all.weekStart).toBe('2026-11-16');
		expect(all.next).toBe('2026-11-23');
		expect(ids(all)).toEqual([meeting, film, lunch]);
		const friday = all.days.find((day) => day.date === '2026-11-20');
		expect(friday?.events[0]).toMatchObject({
			id: film,
			night: true,
			endsNextDay: true,
			capacity: 2,
			taken: 0,
			signedUp: false,
			ended: false
		});
		const night = await calendarWeek(
			db,
			centre,
			member,
			{ week: '2026-11-19', view: 'night' },
			NOW
		);
		expect(ids(night)).toEqual([meeting, film]);
		const day = await calendarWeek(db, centre, member, { week: null, view: 'day' }, NOW);
		expect(ids(day)).toEqual([lunch]);

		const visitor = await calendarWeek(db, centre, null, { week: null, view: 'all' }, NOW);
		expect(ids(visitor)).toEqual([film, lunch]);
		await expect(readEvent(db, centre, null, meeting, NOW)).rejects.toThrow(NotFoundError);
		await expect(readEvent(db, centre, member, meeting, NOW)).resolves.toMatchObject({
			membersOnly: true
		});

		// Another centre's people and events are another centre's.
		const elsewhere = await setting(db, 'Week elsewhere');
		await expect(readEvent(db, elsewhere.centre, elsewhere.member, film, NOW)).rejects.toThrow(
			NotFoundError
		);
		await expect(signUp(db, elsewhere.member, film, NOW)).rejects.toThrow(NotFoundError);
	});

	it('takes places up to the limit, says when it is full, and gives places back', async () => {
		const { db } = database();
		const { centre, coordinator, member, other } = await setting(db, 'Places');
		const film = await createEvent(db, coordinator, input({ capacity: 2 }), NOW);
		await expect(signUp(db, member, film, NOW)).resolves.toBe('signedUp');
		await expect(signUp(db, member, film, NOW)).resolves.toBe('already');
		await expect(signUp(db, other, film, NOW)).resolves.toBe('signedUp');
		await expect(signUp(db, coordinator, film, NOW)).rejects.toThrow(
			new RuleError('events.noPlacesLeft')
		);
		await expect(readEvent(db, centre, member, film, NOW)).resolves.toMatchObject({
			taken: 2,
			placesLeft: 0,
			signedUp: true
		});
		await cancelSignUp(db, other, film);
		await cancelSignUp(db, other, film);
		await expect(signUp(db, coordinator, film, NOW)).resolves.toBe('signedUp');

		// Fewer places than are taken is refused; as many is fine.
		await expect(updateEvent(db, coordinator, film, input({ capacity: 1 }), NOW)).rejects.toThrow(
			new RuleError('events.capacityBelowTaken')
		);
		await expect(
			updateEvent(db, coordinator, film, input({ capacity: null }), NOW)
		).rejects.toThrow(new RuleError('events.capacityBelowTaken'));
		await updateEvent(db, coordinator, film, input({ capacity: 2, title: 'Film night' }), NOW);

		// No sign-up where anyone can come, none once it is over, none once cancelled.
		const open = await createEvent(db, coordinator, input({ capacity: null }), NOW);
		await expect(signUp(db, member, open, NOW)).rejects.toThrow(
			new RuleError('events.noSignUpNeeded')
		);
		const later = new Date('2026-11-21T02:00:00Z');
		const another = await createEvent(db, coordinator, input({ capacity: 5 }), NOW);
		await expect(signUp(db, member, another, later)).rejects.toThrow(new RuleError('events.ended'));
		await setEventCancelled(db, coordinator, another, true, NOW);
		await expect(signUp(db, member, another, NOW)).rejects.toThrow(
			new RuleError('events.cancelledNoSignUp')
		);
		await expect(setEventCancelled(db, member, another, false, NOW)).rejects.toThrow(
			ForbiddenError
		);
		await expect(createEvent(db, member, input(), NOW)).rejects.toThrow(ForbiddenError);

		const mine = await bookings(db, centre, member, NOW);
		expect(mine.events.map((event) => [event.id, event.title])).toEqual([[film, 'Film night']]);
		expect(mine.feedSince).toBeNull();
	});

	it('gives the last of 50 places asked for at once to exactly one person', async () => {
		const { db, url } = database();
		const { centre, coordinator } = await setting(db, 'Last place');
		const film = await createEvent(db, coordinator, input({ capacity: 3 }), NOW);
		const people: Actor[] = [];
		for (let index = 0; index < 52; index += 1) {
			const accountId = await createPerson(db, centre.id, {
				chosenName: `Last place ${index}`,
				passphraseHash: 'x',
				roles: ['member'],
				languages: []
			});
			people.push({ accountId, centreId: centre.id, roles: ['member'] });
		}
		const [first, second, ...crowd] = people as [Actor, Actor, ...Actor[]];
		await signUp(db, first, film, NOW);
		await signUp(db, second, film, NOW);
		expect(crowd).toHaveLength(50);

		const pool = createPool(url, 20);
		const racing = createDatabase<Database>(pool);
		try {
			const results = await Promise.allSettled(
				crowd.map((person) => signUp(racing, person, film, NOW))
			);
			const won = results.filter((result) => result.status === 'fulfilled');
			const refused = results.filter(
				(result) =>
					result.status === 'rejected' &&
					result.reason instanceof RuleError &&
					result.reason.code === 'events.noPlacesLeft'
			);
			expect(won).toHaveLength(1);
			expect(refused).toHaveLength(49);
		} finally {
			await racing.destroy();
		}
		const { count } = await db
			.selectFrom('event_signups')
			.select((eb) => eb.fn.countAll<string>().as('count'))
			.where('event_id', '=', film)
			.executeTakeFirstOrThrow();
		expect(Number(count)).toBe(3);
	});

	it('publishes the centre’s events and a member’s own, as a real parser reads them', async () => {
		const { db } = database();
		const { centre, coordinator, member } = await setting(db, 'Feeds');
		const film = await createEvent(db, coordinator, input({ title: 'Film, night; \\ out' }), NOW);
		const meeting = await createEvent(
			db,
			coordinator,
			input({ kind: 'meeting', title: 'Members’ meeting', capacity: 10, membersOnly: true }),
			NOW
		);
		const dinner = await createEvent(db, coordinator, input({ title: 'Dinner' }), NOW);
		await setEventCancelled(db, coordinator, dinner, true, NOW);
		await signUp(db, member, meeting, NOW);
		await signUp(db, member, film, NOW);

		const context = { centre, origin: ORIGIN, now: NOW };
		const publicText = await centreFeed(db, context);
		const publicEvents = new ICAL.Component(ICAL.parse(publicText))
			.getAllSubcomponents('vevent')
			.map((vevent) => new ICAL.Event(vevent));
		// Members-only events stay out of the public calendar; a cancelled one says so.
		expect(publicEvents.map((event) => event.uid).sort()).toEqual(
			[`event-${film}@hearth`, `event-${dinner}@hearth`].sort()
		);
		const filmEntry = publicEvents.find((event) => event.uid === `event-${film}@hearth`);
		expect(filmEntry?.summary).toBe('Film, night; \\ out');
		expect(filmEntry?.startDate.toJSDate()).toEqual(new Date('2026-11-20T22:30:00Z'));
		expect(filmEntry?.component.getFirstPropertyValue('url')).toBe(
			`${ORIGIN}/c/${centre.slug}/events/${film}`
		);
		const dinnerEntry = publicEvents.find((event) => event.uid === `event-${dinner}@hearth`);
		expect(dinnerEntry?.component.getFirstPropertyValue('status')).toBe('CANCELLED');
		expect(dinnerEntry?.sequence).toBe(1);

		// The member's feed holds what they signed up for, with other parts' entries beside it.
		const entries = [
			...(await eventSignUpEntries(db, context, member.accountId)),
			{
				uid: 'course-session-1@hearth',
				summary: 'English class',
				start: new Date('2026-11-19T10:00:00Z'),
				end: new Date('2026-11-19T12:00:00Z')
			}
		];
		const own = new ICAL.Component(ICAL.parse(memberCalendar(context, entries)));
		expect(own.getFirstPropertyValue('x-wr-calname')).toBe(`My bookings at ${centre.name}`);
		expect(
			own.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent).summary)
		).toEqual(['English class', 'Film, night; \\ out', 'Members’ meeting']);
	});

	it('opens a member’s feed by a secret kept only as a hash, and a new secret stops the old', async () => {
		const { db } = database();
		const { centre, member, other } = await setting(db, 'Secret');
		const first = await renewFeed(db, member, NOW);
		expect(first).toMatch(/^[A-Za-z0-9_-]{43}$/);
		await expect(feedOwner(db, centre, first)).resolves.toBe(member.accountId);
		const stored = await db
			.selectFrom('calendar_feeds')
			.select('token_hash')
			.where('account_id', '=', member.accountId)
			.executeTakeFirstOrThrow();
		expect(stored.token_hash.toString('utf8')).not.toContain(first);
		expect(stored.token_hash).toHaveLength(32);

		const second = await renewFeed(db, member, NOW);
		expect(second).not.toBe(first);
		await expect(feedOwner(db, centre, first)).resolves.toBeNull();
		await expect(feedOwner(db, centre, second)).resolves.toBe(member.accountId);
		await expect(bookings(db, centre, member, NOW)).resolves.toMatchObject({ feedSince: NOW });

		// Another person's secret opens their own calendar; a made-up one, or one for another
		// centre, opens nothing.
		const theirs = await renewFeed(db, other, NOW);
		await expect(feedOwner(db, centre, theirs)).resolves.toBe(other.accountId);
		await expect(feedOwner(db, centre, 'A'.repeat(43))).resolves.toBeNull();
		await expect(feedOwner(db, centre, '../../etc/passwd')).resolves.toBeNull();
		const elsewhere = await newCentre(db, 'Secret elsewhere');
		await expect(feedOwner(db, elsewhere, second)).resolves.toBeNull();

		await stopFeed(db, member);
		await expect(feedOwner(db, centre, second)).resolves.toBeNull();
	});

	it('forgets sign-ups a week after their event, and keeps no trace of cancelled ones', async () => {
		const { db } = database();
		const { centre, coordinator, member } = await setting(db, 'Forget');
		const film = await createEvent(db, coordinator, input(), NOW);
		await signUp(db, member, film, NOW);
		await forgetPastSignUps(db, new Date('2026-11-27T12:00:00Z'));
		await expect(readEvent(db, centre, member, film, NOW)).resolves.toMatchObject({ taken: 1 });
		await forgetPastSignUps(db, new Date('2026-11-28T12:00:00Z'));
		await expect(readEvent(db, centre, member, film, NOW)).resolves.toMatchObject({
			taken: 0,
			signedUp: false
		});
	});
});
