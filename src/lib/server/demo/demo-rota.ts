import type { Centre } from '../centres/centres.service';
import { getHours } from '../centres/centres.service';
import { instantToLocal } from '../centres/opening-hours';
import { patternShifts } from '../centres/rota';
import type { RotaSkill } from '../centres/rota.tables';
import { uuidv7 } from '../platform/ids';
import type { Db } from '../schema';

const skills: Record<string, [RotaSkill, string][]> = {
	'Coordinator (demo)': [['first_aid', '']],
	'Amira (demo)': [
		['first_aid', ''],
		['interpreter', 'ar'],
		['interpreter', 'fr']
	],
	'Tomasz (demo)': [
		['interpreter', 'pl'],
		['interpreter', 'ru']
	],
	'Lucía (demo)': [
		['interpreter', 'es'],
		['interpreter', 'pt']
	],
	'Grace (demo)': [
		['first_aid', ''],
		['childcare', '']
	],
	'Joana (demo)': [['childcare', '']],
	'Yusuf (demo)': [
		['interpreter', 'ar'],
		['interpreter', 'ku']
	]
};

// Who covers each night, in turn. Every Saturday team has a first aider and an Arabic
// interpreter; the first Saturday is one person short, a gap for a volunteer to fill.
const fridayTeams = [
	['Grace (demo)', 'Tomasz (demo)', 'Joana (demo)'],
	['Coordinator (demo)', 'Lucía (demo)', 'Yusuf (demo)'],
	['Amira (demo)', 'Tomasz (demo)', 'Joana (demo)'],
	['Grace (demo)', 'Lucía (demo)', 'Yusuf (demo)']
];
const saturdayTeams = [
	['Amira (demo)', 'Joana (demo)'],
	['Grace (demo)', 'Yusuf (demo)', 'Tomasz (demo)'],
	['Amira (demo)', 'Lucía (demo)', 'Joana (demo)'],
	['Coordinator (demo)', 'Yusuf (demo)', 'Grace (demo)']
];

/**
 * The next four weeks of Friday and Saturday nights, one shift each, made from the centre's own
 * night openings (so a closed date has none): most fully staffed, the first Saturday short of a
 * person, and one person asking for someone to take over their Friday.
 */
export async function seedDemoRota(trx: Db, centre: Centre, now: Date): Promise<void> {
	const people = await trx
		.selectFrom('centre_people')
		.innerJoin('accounts', 'accounts.id', 'centre_people.account_id')
		.select(['accounts.id', 'accounts.chosen_name'])
		.where('centre_people.centre_id', '=', centre.id)
		.execute();
	const idOf = new Map(people.map((person) => [person.chosen_name, person.id]));

	for (const [name, held] of Object.entries(skills)) {
		const accountId = idOf.get(name);
		if (!accountId) continue;
		await trx
			.insertInto('rota_skills')
			.values(
				held.map(([skill, language]) => ({
					centre_id: centre.id,
					account_id: accountId,
					skill,
					language
				}))
			)
			.execute();
	}

	const hours = await getHours(trx, centre, now);
	const nights = hours.weekly.filter(
		(opening) => (opening.weekday === 5 || opening.weekday === 6) && opening.closes <= opening.opens
	);
	const shifts = patternShifts(
		hours,
		{ openingIds: nights.map((opening) => opening.id), extras: false, parts: 1 },
		centre.timeZone,
		now
	);
	let fridays = 0;
	let saturdays = 0;
	for (const shift of shifts) {
		const saturday = instantToLocal(shift.startsAt, centre.timeZone).weekday === 6;
		const team = saturday
			? saturdayTeams[saturdays++ % saturdayTeams.length]
			: fridayTeams[fridays++ % fridayTeams.length];
		const id = uuidv7();
		await trx
			.insertInto('rota_shifts')
			.values({
				centre_id: centre.id,
				id,
				starts_at: shift.startsAt,
				ends_at: shift.endsAt,
				min_people: 3
			})
			.execute();
		await trx
			.insertInto('rota_shift_needs')
			.values([
				{ centre_id: centre.id, shift_id: id, skill: 'first_aid', language: '', needed: 1 },
				...(saturday
					? [
							{
								centre_id: centre.id,
								shift_id: id,
								skill: 'interpreter' as const,
								language: 'ar',
								needed: 1
							}
						]
					: [])
			])
			.execute();
		const swapOffered = !saturday && fridays === 2;
		for (const name of team ?? []) {
			const accountId = idOf.get(name);
			if (!accountId) continue;
			await trx
				.insertInto('rota_signups')
				.values({
					centre_id: centre.id,
					shift_id: id,
					account_id: accountId,
					signed_up_at: now,
					swap_offered_at: swapOffered && name === 'Lucía (demo)' ? now : null
				})
				.execute();
		}
	}
}
