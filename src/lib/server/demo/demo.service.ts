import type { Kysely } from 'kysely';
import type { Database } from '../schema';
import { createCentre, findCentre, forgetCentre, type Centre } from '../centres/centres.service';
import * as centresRepo from '../centres/centres.repository';
import { addDays, instantToLocal } from '../centres/opening-hours';
import { seedDemoChildcare } from './demo-childcare';
import { seedDemoCourses } from './demo-courses';
import { seedDemoDirectory } from './demo-directory';
import { seedDemoEvents } from './demo-events';
import { seedDemoGuides } from './demo-guides';
import { seedDemoRooms } from './demo-rooms';
import { seedDemoRota } from './demo-rota';
import { seedDemoSupport } from './demo-support';
import { seedDemoPlans } from './demo-plans';
import { seedDemoDropIn } from './demo-drop-in';
import { seedDemoGovernance } from './demo-governance';
import { seedDemoSurveys } from './demo-surveys';
import { seedDemoCasework } from './demo-casework';
import { seedDemoCampaigns } from './demo-campaigns';
import { seedDemoActions } from './demo-actions';
import { seedDemoPetitions } from './demo-petitions';
import { seedDemoOneToOnes } from './demo-one-to-ones';
import { seedDemoMessages } from './demo-messages';
import { createPerson } from '../identity/identity.service';
import { hashPassphrase } from '../identity/passphrase';
import { inCentre } from '../platform/database';
import { uuidv7 } from '../platform/ids';

export const DEMO_SLUG = 'demo';
/** Published on the demo centre's page: the demo is for looking around, never for real data. */
export const DEMO_PASSPHRASE = 'open door warm kettle';
export const DEMO_COORDINATOR = 'Coordinator (demo)';

const people = [
	{ chosenName: DEMO_COORDINATOR, roles: ['member', 'coordinator'], languages: ['en', 'es'] },
	{ chosenName: 'Amira (demo)', roles: ['member', 'adviser'], languages: ['ar', 'en', 'fr'] },
	{ chosenName: 'Tomasz (demo)', roles: ['member', 'adviser'], languages: ['pl', 'en', 'ru'] },
	{
		chosenName: 'Lucía (demo)',
		roles: ['member', 'adviser', 'organiser'],
		languages: ['es', 'pt', 'en']
	},
	{ chosenName: 'Mihai (demo)', roles: ['member'], languages: ['ro'] },
	{ chosenName: 'Grace (demo)', roles: ['member'], languages: ['en', 'tl'] },
	{ chosenName: 'Joana (demo)', roles: ['member'], languages: ['pt'] },
	{ chosenName: 'Yusuf (demo)', roles: ['member'], languages: ['ar', 'ku'] }
] as const;

/** The next 25 December on or after a local date. */
function nextChristmas(today: string): string {
	const year = Number(today.slice(0, 4));
	const thisYear = `${year}-12-25`;
	return today <= thisYear ? thisYear : `${year + 1}-12-25`;
}

/**
 * A believable centre to look around: open by day and through Friday and Saturday nights, three
 * advisers with different languages, a dozen services and a few members. Made once; later calls
 * return the same centre.
 */
export async function seedDemo(db: Kysely<Database>, now = new Date()): Promise<Centre> {
	const existing = await findCentre(db, DEMO_SLUG);
	if (existing) return existing;
	// Every demo person shares the published passphrase: one hash serves them all.
	const passphraseHash = await hashPassphrase(DEMO_PASSPHRASE);
	const demo = await db.transaction().execute(async (trx) => {
		const centre = await createCentre(
			trx,
			{
				name: 'Riverside Workers’ Centre (demo)',
				address: '12 Canal Street\nLondon E1 6AA',
				directions:
					'Two minutes from Whitechapel station. Ring the blue door; at night the door by the bike racks is open.',
				timeZone: 'Europe/London',
				defaultLocale: 'en',
				locales: ['en', 'es', 'pl', 'ro', 'pt', 'ar']
			},
			{ isDemo: true, slug: DEMO_SLUG }
		);
		for (const person of people) {
			await createPerson(trx, centre.id, {
				chosenName: person.chosenName,
				passphraseHash,
				roles: [...person.roles],
				languages: [...person.languages]
			});
		}
		await inCentre(trx, centre.id, async (scoped) => {
			const week: [number, string, string][] = [
				[1, '10:00', '19:00'],
				[2, '10:00', '19:00'],
				[3, '10:00', '21:00'],
				[4, '10:00', '19:00'],
				[5, '10:00', '19:00'],
				[5, '22:00', '06:00'],
				[6, '12:00', '17:00'],
				[6, '22:00', '06:00']
			];
			for (const [weekday, opens, closes] of week) {
				await centresRepo.insertOpening(scoped, {
					centreId: centre.id,
					id: uuidv7(),
					weekday,
					opens,
					closes
				});
			}
			const today = instantToLocal(now, centre.timeZone).date;
			await centresRepo.insertException(scoped, {
				centreId: centre.id,
				id: uuidv7(),
				onDate: nextChristmas(today),
				kind: 'closed',
				opens: null,
				closes: null,
				note: 'Christmas Day'
			});
			await centresRepo.insertException(scoped, {
				centreId: centre.id,
				id: uuidv7(),
				onDate: addDays(today, 9),
				kind: 'open',
				opens: '22:00',
				closes: '06:00',
				note: 'Open all night before the riders’ strike'
			});
			await seedDemoDirectory(scoped, centre.id);
			await seedDemoRooms(scoped, centre, now);
			await seedDemoChildcare(scoped, centre, now);
			await seedDemoCourses(scoped, centre, now);
			await seedDemoEvents(scoped, centre, now);
			await seedDemoRota(scoped, centre, now);
			await seedDemoGuides(scoped, centre, now);
			await seedDemoSupport(scoped, centre, now);
			await seedDemoPlans(scoped, centre, now);
			await seedDemoDropIn(scoped, centre, now);
			await seedDemoGovernance(scoped, centre, now);
			await seedDemoSurveys(scoped, centre, now);
			await seedDemoCasework(scoped, centre, now);
			await seedDemoCampaigns(scoped, centre, now);
			await seedDemoActions(scoped, centre, now);
			await seedDemoPetitions(scoped, centre, now);
			await seedDemoOneToOnes(scoped, centre, now);
			await seedDemoMessages(scoped, centre);
		});
		return centre;
	});
	forgetCentre();
	return demo;
}
