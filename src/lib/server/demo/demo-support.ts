import type { Centre } from '../centres/centres.service';
import { addDays, instantToLocal, localToInstant } from '../centres/opening-hours';
import { uuidv7 } from '../platform/ids';
import type { Db } from '../schema';
import type { PartOfDay } from '../support/advisers.tables';
import type { SupportTopic } from '../support/topics';

const profiles: {
	name: string;
	about: string;
	languages: string[];
	helpsWith: SupportTopic[];
	works: PartOfDay[];
}[] = [
	{
		name: 'Amira (demo)',
		about:
			'I came here as a carer and spent two years chasing wages I was owed, so I know how long it can feel.\nI help with pay, rights at work and housing, and I can sit with you while you call your landlord. For immigration questions I will find you a regulated adviser and come with you if you like.',
		languages: ['ar', 'en', 'fr'],
		helpsWith: ['wages-and-pay', 'work-rights', 'housing', 'immigration-referral', 'family'],
		works: ['day', 'evening']
	},
	{
		name: 'Tomasz (demo)',
		about:
			'I rode for a delivery app for four years. Deactivations, missing tips, accidents on the bike: bring me your screenshots and we will work it out together.\nI am here most evenings and on the Friday and Saturday nights.',
		languages: ['pl', 'en', 'ru'],
		helpsWith: ['wages-and-pay', 'work-rights', 'benefits', 'debt', 'finding-work'],
		works: ['evening', 'night']
	},
	{
		name: 'Lucía (demo)',
		about:
			'I teach English here and help people find work that treats them well. If you are not sure what you need, start with me: we can talk it through in Spanish or Portuguese.',
		languages: ['es', 'pt', 'en'],
		helpsWith: ['work-rights', 'health', 'english-and-learning', 'finding-work', 'family'],
		works: ['day', 'evening', 'night']
	}
];

/**
 * The advisers' profiles in their own words; Yusuf has chosen Amira and sees her in a few days;
 * Mihai had a time with Tomasz yesterday, with a Romanian interpreter, which offers both of them
 * "find another time".
 */
export async function seedDemoSupport(trx: Db, centre: Centre, now: Date): Promise<void> {
	const people = await trx
		.selectFrom('centre_people')
		.innerJoin('accounts', 'accounts.id', 'centre_people.account_id')
		.select(['accounts.id', 'accounts.chosen_name'])
		.where('centre_people.centre_id', '=', centre.id)
		.execute();
	const id = (name: string) => {
		const found = people.find((person) => person.chosen_name === name);
		if (!found) throw new Error(`The demo has no ${name}`);
		return found.id;
	};
	for (const profile of profiles) {
		await trx
			.insertInto('adviser_profiles')
			.values({
				centre_id: centre.id,
				account_id: id(profile.name),
				about: profile.about,
				languages: profile.languages,
				helps_with: profile.helpsWith,
				works_days: profile.works.includes('day'),
				works_evenings: profile.works.includes('evening'),
				works_nights: profile.works.includes('night'),
				photo: null,
				photo_type: null,
				updated_at: now
			})
			.execute();
	}
	const choices: [string, string][] = [
		['Yusuf (demo)', 'Amira (demo)'],
		['Mihai (demo)', 'Tomasz (demo)']
	];
	for (const [member, adviser] of choices) {
		await trx
			.insertInto('adviser_choices')
			.values({
				centre_id: centre.id,
				id: uuidv7(now.getTime()),
				member_id: id(member),
				adviser_id: id(adviser),
				chosen_at: new Date(now.getTime() - 20 * 86_400_000),
				ended_at: null
			})
			.execute();
	}
	const today = instantToLocal(now, centre.timeZone).date;
	// The next weekday at least two days on, by day, when the centre is open.
	let day = addDays(today, 2);
	while (
		[6, 7].includes(
			instantToLocal(localToInstant(day, '12:00', centre.timeZone), centre.timeZone).weekday
		)
	) {
		day = addDays(day, 1);
	}
	const appointments = [
		{
			member: 'Yusuf (demo)',
			adviser: 'Amira (demo)',
			startsAt: localToInstant(day, '11:00', centre.timeZone),
			minutes: 30,
			interpreter: null
		},
		{
			member: 'Mihai (demo)',
			adviser: 'Tomasz (demo)',
			startsAt: localToInstant(addDays(today, -1), '17:00', centre.timeZone),
			minutes: 30,
			interpreter: 'ro'
		}
	];
	for (const appointment of appointments) {
		await trx
			.insertInto('appointments')
			.values({
				centre_id: centre.id,
				id: uuidv7(now.getTime()),
				member_id: id(appointment.member),
				adviser_id: id(appointment.adviser),
				kind: 'appointment',
				mode: 'in_person',
				interpreter_language: appointment.interpreter,
				starts_at: appointment.startsAt,
				ends_at: new Date(appointment.startsAt.getTime() + appointment.minutes * 60_000),
				meeting_id: null,
				booked_by: id(appointment.adviser),
				created_at: now,
				updated_at: now
			})
			.execute();
	}
}
