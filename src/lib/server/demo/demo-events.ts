import type { Centre } from '../centres/centres.service';
import { mondayOf } from '../centres/events';
import type { EventKind } from '../centres/events.tables';
import {
	addDays,
	instantToLocal,
	localToInstant,
	type LocalDate,
	type WallTime
} from '../centres/opening-hours';
import { uuidv7 } from '../platform/ids';
import type { Db } from '../schema';

interface DemoEvent {
	kind: EventKind;
	title: string;
	description: string;
	place: string;
	/** Days after the Monday of the week. */
	day: number;
	starts: WallTime;
	ends: WallTime;
	capacity: number | null;
	membersOnly?: boolean;
	/** Demo members who hold a place. */
	signedUp?: string[];
}

const FILMS = [
	'Bread and Roses',
	'Sorry We Missed You',
	'Made in Dagenham',
	'Pride',
	'Norma Rae'
] as const;

/** One week of the centre's life; `week` counts from the current week. */
function weekOf(week: number): DemoEvent[] {
	const events: DemoEvent[] = [
		{
			kind: 'meal',
			title: 'Shared dinner',
			description:
				'Cooked together, eaten together. Bring a dish if you like, or just come hungry. Vegetarian and halal food every week.',
			place: 'Kitchen and big room',
			day: 2,
			starts: '18:30',
			ends: '20:30',
			capacity: 30,
			signedUp: week === 1 ? ['Amira (demo)', 'Yusuf (demo)'] : []
		},
		{
			kind: 'other',
			title: 'Bike repair afternoon',
			description:
				'Punctures, brakes and chains, with tools and a mechanic who rides for a living. Bring your bike.',
			place: 'Yard by the bike racks',
			day: 3,
			starts: '14:00',
			ends: '17:00',
			capacity: 12
		},
		{
			kind: 'film',
			title: `Film night: ${FILMS[(week + FILMS.length) % FILMS.length]}`,
			description:
				'Popcorn, tea and a film about work and the people who do it, with subtitles. Stay for a talk afterwards, or curl up on the sofas.',
			place: 'Big room, upstairs',
			day: 4,
			starts: '22:30',
			ends: '01:15',
			capacity: 25,
			signedUp: week === 1 ? ['Grace (demo)', 'Joana (demo)', 'Yusuf (demo)'] : []
		},
		{
			kind: 'meal',
			title: 'Saturday lunch',
			description: 'Soup, bread and whatever the market gave us. Children welcome.',
			place: 'Kitchen and big room',
			day: 5,
			starts: '13:00',
			ends: '15:00',
			capacity: 40
		},
		{
			kind: 'social',
			title: 'Saturday night social',
			description:
				'Music, tea, cards and a warm room between shifts. For riders, carers and everyone else working the night.',
			place: 'Big room, upstairs',
			day: 5,
			starts: '23:00',
			ends: '03:00',
			capacity: null
		}
	];
	if (week === 1) {
		events.push({
			kind: 'meeting',
			title: 'Members’ meeting',
			description:
				'The winter night rota, the strike fund, and anything you bring. One member, one vote. Interpreters for Arabic, Polish, Portuguese, Romanian and Spanish.',
			place: 'Big room, upstairs',
			day: 1,
			starts: '18:30',
			ends: '20:30',
			capacity: null,
			membersOnly: true
		});
	}
	return events;
}

/**
 * A believable month: shared dinners on Wednesdays, a bike repair afternoon, a film night on
 * Fridays running past midnight, Saturday lunch and a Saturday-night social, and a members' meeting,
 * from the Monday of this week for five weeks.
 */
export async function seedDemoEvents(trx: Db, centre: Centre, now: Date): Promise<void> {
	const people = await trx
		.selectFrom('accounts')
		.innerJoin('centre_people', 'centre_people.account_id', 'accounts.id')
		.select(['accounts.id', 'accounts.chosen_name'])
		.where('centre_people.centre_id', '=', centre.id)
		.execute();
	const idOf = new Map(people.map((person) => [person.chosen_name, person.id]));
	const monday = mondayOf(instantToLocal(now, centre.timeZone).date);
	for (let week = 0; week < 5; week += 1) {
		for (const event of weekOf(week)) {
			const date: LocalDate = addDays(monday, week * 7 + event.day);
			const startsAt = localToInstant(date, event.starts, centre.timeZone);
			const endsAt = localToInstant(
				event.ends > event.starts ? date : addDays(date, 1),
				event.ends,
				centre.timeZone
			);
			const id = uuidv7();
			await trx
				.insertInto('events')
				.values({
					centre_id: centre.id,
					id,
					kind: event.kind,
					title: event.title,
					description: event.description,
					place: event.place,
					starts_at: startsAt,
					ends_at: endsAt,
					capacity: event.capacity,
					members_only: event.membersOnly ?? false,
					cancelled_at: null
				})
				.execute();
			for (const name of event.signedUp ?? []) {
				const accountId = idOf.get(name);
				if (!accountId) continue;
				await trx
					.insertInto('event_signups')
					.values({ centre_id: centre.id, event_id: id, account_id: accountId })
					.execute();
			}
		}
	}
}
