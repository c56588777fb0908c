import { expect, it } from 'vitest';
import { describeEachDatabase } from '../../../../tests/support/database';
import { createCentre } from '../centres/centres.service';
import { createPerson } from '../identity/identity.service';
import { uuidv7 } from '../platform/ids';
import { campaignForOrganisers } from '../organising/campaigns';
import { seedDemoCampaigns } from './demo-campaigns';

describeEachDatabase('the demo campaign', (database) => {
	it('campaigns on the demo’s collective case with a partner union', async () => {
		const { db, pool } = database();
		const centre = await createCentre(db, {
			name: 'Demo-like centre',
			address: '',
			directions: '',
			timeZone: 'Europe/London',
			defaultLocale: 'en',
			locales: ['en', 'es', 'pt']
		});
		const lucia = await createPerson(db, centre.id, {
			chosenName: 'Lucía (demo)',
			passphraseHash: 'x',
			roles: ['member', 'adviser', 'organiser'],
			languages: []
		});
		const [employer, collective] = [uuidv7(), uuidv7()];
		await pool.query(
			`insert into employers (centre_id, id, name, kind) values ($1, $2, 'Brightway Cleaning Ltd', 'employer')`,
			[centre.id, employer]
		);
		await pool.query(
			`insert into collective_cases (centre_id, id, employer_id, title, created_by)
			 values ($1, $2, $3, 'Brightway night cleaners: unpaid wages', $4)`,
			[centre.id, collective, employer, lucia]
		);
		await seedDemoCampaigns(db, centre, new Date('2026-11-21T12:00:00Z'));
		const { rows } = await pool.query<{ id: string }>(
			'select id from campaigns where centre_id = $1',
			[centre.id]
		);
		expect(rows).toHaveLength(1);
		const campaign = await campaignForOrganisers(
			db,
			{ accountId: lucia, centreId: centre.id, roles: ['organiser'] },
			rows[0]!.id,
			'pt'
		);
		expect(campaign).toMatchObject({
			state: 'active',
			locales: ['en', 'pt'],
			targetName: 'Brightway Cleaning Ltd',
			startedOn: '2026-11-07',
			leads: [{ accountId: lucia, chosenName: 'Lucía (demo)' }],
			cases: [{ id: collective, title: 'Brightway night cleaners: unpaid wages', claims: 0 }],
			partners: [{ name: 'Cleaners and Allied Workers Union (demo)', kind: 'union' }]
		});
		expect(campaign.timeline).toHaveLength(1);
		expect(campaign.shown.title).toBe('Brightway: paguem às limpezas noturnas');
	});
});
