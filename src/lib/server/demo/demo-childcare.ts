import type { Centre } from '../centres/centres.service';
import { addDays, instantToLocal, localToInstant } from '../centres/opening-hours';
import { uuidv7 } from '../platform/ids';
import type { Db } from '../schema';

interface DemoSession {
	weekday: number;
	starts: string;
	ends: string;
	childrenPerStaff: number;
	staffCount: number;
	bands: [number, number, number][];
}

// Childcare while parents are in the Wednesday evening English class, on Saturday afternoons,
// and through Friday night for parents working or resting at the centre. No child is booked:
// a booking is made by a parent, with a code only they hold.
const week: DemoSession[] = [
	{
		weekday: 3,
		starts: '17:30',
		ends: '21:00',
		childrenPerStaff: 4,
		staffCount: 3,
		bands: [
			[0, 2, 3],
			[3, 5, 6],
			[6, 11, 8]
		]
	},
	{
		weekday: 5,
		starts: '22:00',
		ends: '06:00',
		childrenPerStaff: 3,
		staffCount: 2,
		bands: [
			[0, 4, 3],
			[5, 11, 4]
		]
	},
	{
		weekday: 6,
		starts: '12:00',
		ends: '17:00',
		childrenPerStaff: 8,
		staffCount: 1,
		bands: [[3, 11, 8]]
	}
];

/** The demo centre's childcare: the next two weeks of sessions, by day and at night. */
export async function seedDemoChildcare(trx: Db, centre: Centre, now: Date): Promise<void> {
	const today = instantToLocal(now, centre.timeZone).date;
	for (let offset = 0; offset < 14; offset++) {
		const date = addDays(today, offset);
		const { weekday } = instantToLocal(
			localToInstant(date, '12:00', centre.timeZone),
			centre.timeZone
		);
		for (const session of week.filter((entry) => entry.weekday === weekday)) {
			const startsAt = localToInstant(date, session.starts, centre.timeZone);
			const endsAt = localToInstant(
				session.ends <= session.starts ? addDays(date, 1) : date,
				session.ends,
				centre.timeZone
			);
			if (endsAt.getTime() <= now.getTime()) continue;
			const id = uuidv7();
			await trx
				.insertInto('childcare_sessions')
				.values({
					centre_id: centre.id,
					id,
					starts_at: startsAt,
					ends_at: endsAt,
					children_per_staff: session.childrenPerStaff,
					staff_count: session.staffCount
				})
				.execute();
			await trx
				.insertInto('childcare_bands')
				.values(
					session.bands.map(([minAge, maxAge, capacity]) => ({
						centre_id: centre.id,
						id: uuidv7(),
						session_id: id,
						min_age: minAge,
						max_age: maxAge,
						capacity
					}))
				)
				.execute();
		}
	}
}
