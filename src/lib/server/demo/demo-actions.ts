import type { Centre } from '../centres/centres.service';
import { mondayOf } from '../centres/events';
import { addDays, instantToLocal, localToInstant } from '../centres/opening-hours';
import type { ActionTexts } from '../organising/organising.tables';
import { uuidv7 } from '../platform/ids';
import type { Db } from '../schema';

/**
 * Next week's actions at the demo centre: a members' meeting, and a demonstration at night with
 * a visible meeting point, so the night's door list and sign-ups have something to show.
 */
export async function seedDemoActions(db: Db, centre: Centre, now: Date): Promise<void> {
	const monday = addDays(mondayOf(instantToLocal(now, centre.timeZone).date), 7);
	const at = (day: number, time: string) =>
		localToInstant(addDays(monday, day), time, centre.timeZone);
	const actions: {
		kind: 'meeting' | 'demonstration';
		texts: ActionTexts;
		startsAt: Date;
		endsAt: Date;
		place: string;
		meetingPoint: string;
		capacity: number | null;
	}[] = [
		{
			kind: 'meeting',
			texts: {
				en: {
					title: 'Riders’ meeting: pay per drop',
					details: 'What the new rates mean for each of us, and what we do next.'
				},
				es: {
					title: 'Reunión de repartidores: pago por entrega',
					details: 'Qué significan las nuevas tarifas para cada uno, y qué hacemos ahora.'
				}
			},
			startsAt: at(1, '18:30'),
			endsAt: at(1, '20:00'),
			place: 'Big room',
			meetingPoint: '',
			capacity: 40
		},
		{
			kind: 'demonstration',
			texts: {
				en: {
					title: 'Night demonstration at the Riverside depot',
					details: 'Bring a light and a friend. Organisers in orange vests will be there.'
				},
				ro: {
					title: 'Demonstrație de noapte la depozitul Riverside',
					details: 'Adu o lanternă și un prieten. Organizatorii poartă veste portocalii.'
				}
			},
			startsAt: at(3, '22:00'),
			endsAt: at(3, '23:30'),
			place: 'Riverside depot, 4 Dock Road',
			meetingPoint: 'Under the big clock outside Whitechapel station',
			capacity: null
		}
	];
	await db
		.insertInto('actions')
		.values(
			actions.map((action) => ({
				centre_id: centre.id,
				id: uuidv7(),
				campaign_id: null,
				kind: action.kind,
				locales: Object.keys(action.texts),
				texts: action.texts,
				starts_at: action.startsAt,
				ends_at: action.endsAt,
				place: action.place,
				meeting_point: action.meetingPoint,
				capacity: action.capacity,
				created_by: null
			}))
		)
		.execute();
}
