import type { Kysely } from 'kysely';
import type { Centre } from '../centres/centres.service';
import { addDays, instantToLocal } from '../centres/opening-hours';
import type { Actor } from '../identity/identity.service';
import { addLead, addTimelineEntry, createCampaign, link } from '../organising/campaigns';
import { addPartner } from '../organising/partners';
import type { Database, Db } from '../schema';

/**
 * One active campaign against the employer of the demo's collective case, led by Lucía, with
 * the case, a partner union and a first entry on its timeline. Seeded after the casework, whose
 * collective case it links; without that case there is nothing to campaign on.
 */
export async function seedDemoCampaigns(db: Db, centre: Centre, now: Date): Promise<void> {
	const handle = db as Kysely<Database>;
	const lucia = await db
		.selectFrom('accounts as a')
		.innerJoin('centre_people as p', 'p.account_id', 'a.id')
		.select('a.id')
		.where('p.centre_id', '=', centre.id)
		.where('a.chosen_name', '=', 'Lucía (demo)')
		.executeTakeFirst();
	const collective = await db
		.selectFrom('collective_cases')
		.select(['id', 'employer_id'])
		.where('centre_id', '=', centre.id)
		.orderBy('created_at')
		.executeTakeFirst();
	if (!lucia || !collective) return;
	const actor: Actor = { accountId: lucia.id, centreId: centre.id, roles: ['member', 'organiser'] };
	const today = instantToLocal(now, centre.timeZone).date;
	const locales = centre.locales.filter((locale) => locale === 'en' || locale === 'pt');
	const campaign = await createCampaign(handle, actor, {
		locales: locales.length > 0 ? locales : [centre.defaultLocale],
		texts: {
			en: {
				title: 'Brightway: pay the night cleaners',
				goal: 'Every hour the night cleaners worked paid, at least at the minimum wage.',
				story:
					'Night cleaners at Brightway worked 22:00 to 06:00 and were paid less than the law allows, with money taken for their tabards. Together they are asking for what they are owed.'
			},
			pt: {
				title: 'Brightway: paguem às limpezas noturnas',
				goal: 'Todas as horas pagas, pelo menos ao salário mínimo.',
				story:
					'As equipas de limpeza noturna da Brightway trabalharam das 22:00 às 06:00 e receberam menos do que a lei permite. Juntas, pedem o que lhes é devido.'
			}
		},
		targetKind: 'employer',
		targetName: '',
		employerId: collective.employer_id,
		startedOn: addDays(today, -14),
		state: 'active'
	});
	await link(handle, actor, campaign, 'case', collective.id);
	const union = await addPartner(handle, actor, {
		name: 'Cleaners and Allied Workers Union (demo)',
		kind: 'union',
		contact: 'Branch office, open weekday evenings'
	});
	await link(handle, actor, campaign, 'partner', union);
	await addLead(handle, actor, campaign, lucia.id);
	await addTimelineEntry(handle, actor, campaign, {
		happenedOn: addDays(today, -7),
		note: 'Letter to Brightway’s head office asking for the unpaid wages.'
	});
}
