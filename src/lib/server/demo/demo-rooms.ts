import type { Centre } from '../centres/centres.service';
import { hourStart } from '../centres/headcount';
import { instantToLocal, openingIntervals, type Interval } from '../centres/opening-hours';
import { readCentreHours } from '../centres/rooms';
import type { RoomKind } from '../centres/rooms.tables';
import { uuidv7 } from '../platform/ids';
import type { Db } from '../schema';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

interface DemoRoom {
	name: string;
	kind: RoomKind;
	units: number;
	description: string;
	membersBook: boolean;
	/** Its own weekly hours; none means the centre's. */
	own?: [number, string, string][];
}

const rooms: DemoRoom[] = [
	{
		name: 'Rest area',
		kind: 'rest',
		units: 6,
		membersBook: true,
		description:
			'Six beds behind curtains, lights kept low, blankets and lockers. Ask at the desk for a wake-up call.'
	},
	{
		name: 'Quiet room',
		kind: 'quiet',
		units: 4,
		membersBook: false,
		description: 'No phones and no talking: somewhere to sit and breathe.'
	},
	{
		name: 'Prayer room',
		kind: 'prayer',
		units: 6,
		membersBook: false,
		description: 'Mats, the qibla marked, a washing area next door. Open to every faith.'
	},
	{
		name: 'Showers',
		kind: 'shower',
		units: 2,
		membersBook: true,
		description: 'Towels and soap at the desk. Half an hour each when it is busy.'
	},
	{
		name: 'Kitchen',
		kind: 'kitchen',
		units: 12,
		membersBook: false,
		description: 'Tea, coffee and soup all night; cook your own food by day.'
	},
	{
		name: 'Meeting room',
		kind: 'meeting',
		units: 14,
		membersBook: true,
		description: 'For union meetings, one-to-ones and classes. A screen and a whiteboard.',
		own: [1, 2, 3, 4, 5, 6].map((weekday) => [weekday, '10:00', '21:00'])
	},
	{
		name: 'Childcare room',
		kind: 'childcare',
		units: 8,
		membersBook: false,
		description: 'Toys, cots and a changing table; staffed while childcare sessions run.'
	}
];

/**
 * The demo centre's rooms, a few beds and showers already taken at the desk (no names: codes
 * only), and a week of door counts, so every page has something true-looking to show.
 */
export async function seedDemoRooms(trx: Db, centre: Centre, now: Date): Promise<void> {
	const ids = new Map<string, string>();
	for (const [index, room] of rooms.entries()) {
		const id = uuidv7();
		ids.set(room.name, id);
		await trx
			.insertInto('rooms')
			.values({
				centre_id: centre.id,
				id,
				name: room.name,
				kind: room.kind,
				description: room.description,
				units: room.units,
				uses_centre_hours: !room.own,
				members_book: room.membersBook,
				position: index + 1
			})
			.execute();
		for (const [weekday, opens, closes] of room.own ?? []) {
			await trx
				.insertInto('room_hours')
				.values({ centre_id: centre.id, id: uuidv7(), room_id: id, weekday, opens, closes })
				.execute();
		}
	}

	const hours = await readCentreHours(trx, centre, new Date(now.getTime() - 8 * DAY_MS));
	const week = openingIntervals(
		hours.weekly,
		hours.exceptions,
		new Date(now.getTime() - 7 * DAY_MS),
		new Date(now.getTime() + 8 * DAY_MS),
		centre.timeZone
	);
	// The opening under way, or the next one: a few beds and a shower taken there.
	const current = week.find((interval) => interval.end > now);
	if (current) {
		const start = new Date(
			Math.ceil(Math.max(current.start.getTime(), now.getTime()) / 60_000) * 60_000
		);
		const taken: [string, number, string][] = [
			['Rest area', 1, 'K7MA'],
			['Rest area', 2, 'R3TX'],
			['Rest area', 4, 'H9PC'],
			['Showers', 1, 'W4FE']
		];
		for (const [room, unit, code] of taken) {
			const end =
				room === 'Showers'
					? new Date(Math.min(current.end.getTime(), start.getTime() + HOUR_MS / 2))
					: current.end;
			if (end <= start) continue;
			await trx
				.insertInto('room_bookings')
				.values({
					centre_id: centre.id,
					id: uuidv7(),
					room_id: ids.get(room) as string,
					unit,
					period: `[${start.toISOString()},${end.toISOString()})`,
					code,
					account_id: null
				})
				.execute();
		}
	}

	await seedHeadcounts(
		trx,
		centre,
		week.filter((interval) => interval.start < now),
		now
	);
}

/** Door counts for each hour the centre was open in the past week: busier at night. */
async function seedHeadcounts(
	trx: Db,
	centre: Centre,
	openings: Interval[],
	now: Date
): Promise<void> {
	const thisHour = hourStart(now, centre.timeZone).getTime();
	const rows: {
		centre_id: string;
		hour_start: Date;
		visitor_group: 'adults' | 'children' | 'first_visit';
		count: number;
	}[] = [];
	let seed = 7;
	// The same counts every time the demo is made.
	const next = (limit: number) => {
		seed = (seed * 48271) % 2147483647;
		return seed % limit;
	};
	for (const opening of openings) {
		for (
			let hour = hourStart(opening.start, centre.timeZone).getTime();
			hour < Math.min(opening.end.getTime(), thisHour);
			hour += HOUR_MS
		) {
			const { time } = instantToLocal(new Date(hour), centre.timeZone);
			const night = time >= '21:00' || time < '06:00';
			const counts = {
				adults: 2 + next(night ? 12 : 8),
				children: next(night ? 2 : 4),
				first_visit: next(3)
			};
			for (const [group, count] of Object.entries(counts) as [keyof typeof counts, number][]) {
				if (count > 0) {
					rows.push({
						centre_id: centre.id,
						hour_start: new Date(hour),
						visitor_group: group,
						count
					});
				}
			}
		}
	}
	for (let index = 0; index < rows.length; index += 200) {
		await trx
			.insertInto('headcounts')
			.values(rows.slice(index, index + 200))
			.execute();
	}
}
