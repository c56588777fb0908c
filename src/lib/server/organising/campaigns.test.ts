import { beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../../../../tests/support/database';
import { newCentre } from '../../../../tests/support/fixtures';
import { addEmployer } from '../casework/employers';
import { createCentre, type Centre } from '../centres/centres.service';
import { createPerson, type Actor } from '../identity/identity.service';
import type { Role } from '../identity/identity.tables';
import { inCentre } from '../platform/database';
import { ForbiddenError, NotFoundError, RuleError } from '../platform/errors';
import { uuidv7 } from '../platform/ids';
import {
	activeCampaigns,
	addLead,
	addTimelineEntry,
	campaignForMember,
	campaignForOrganisers,
	createCampaign,
	leaveCampaign,
	link,
	listCampaigns,
	removeLead,
	removeTimelineEntry,
	supportCampaign,
	unlink,
	updateCampaign
} from './campaigns';
import {
	parseCampaignForm,
	parseEventForm,
	STORY_MAX,
	type CampaignInput
} from './campaigns.schemas';

const OPTIONS = { centreLocales: ['en', 'pt', 'ar'] as const, main: 'en' as const };

function input(extra: Partial<CampaignInput> = {}): CampaignInput {
	return {
		locales: ['en', 'pt'],
		texts: {
			en: { title: 'Pay us for waiting time', goal: 'Paid waiting time', story: 'We wait unpaid.' },
			pt: { title: 'Paguem o tempo de espera', goal: '', story: 'Esperamos sem pagamento.' }
		},
		targetKind: 'platform',
		targetName: 'QuickDrop',
		employerId: null,
		startedOn: '2026-11-01',
		state: 'active',
		...extra
	};
}

it('reads the campaign form in its languages, main language first', () => {
	const parsed = parseCampaignForm(
		{
			locales: ['pt', 'en'],
			'title-en': ' Fair pay ',
			'title-pt': 'Pagamento justo',
			'story-pt': 'Linha um\nLinha dois',
			targetKind: 'employer',
			targetName: '',
			employerId: '0190a0a0-0000-7000-8000-000000000000',
			startedOn: '2026-11-21'
		},
		{ centreLocales: ['en', 'pt', 'ar'], main: 'en' }
	);
	expect(parsed.ok && parsed.data).toEqual({
		locales: ['en', 'pt'],
		texts: {
			en: { title: 'Fair pay', goal: '', story: '' },
			pt: { title: 'Pagamento justo', goal: '', story: 'Linha um\nLinha dois' }
		},
		targetKind: 'employer',
		targetName: '',
		employerId: '0190a0a0-0000-7000-8000-000000000000',
		startedOn: '2026-11-21',
		state: 'active'
	});
});

it('says what is wrong: no title in the main language, a story too long, no target', () => {
	const bad = parseCampaignForm(
		{
			locales: ['en', 'pt', 'xx'],
			'title-en': '',
			'title-pt': 'Só em português',
			'story-pt': 'x'.repeat(STORY_MAX + 1),
			targetKind: 'council',
			targetName: '',
			startedOn: '2026-02-30'
		},
		{ centreLocales: [...OPTIONS.centreLocales], main: OPTIONS.main }
	);
	expect(!bad.ok && bad.errors).toEqual({
		locales: 'campaigns.languageUnknown',
		'title-en': 'campaigns.titleRequired',
		'story-pt': 'campaigns.storyTooLong',
		startedOn: 'campaigns.startedOnInvalid'
	});
	const noTarget = parseCampaignForm(
		{
			locales: 'en',
			'title-en': 'A',
			targetKind: 'council',
			targetName: '',
			startedOn: '2026-11-01'
		},
		{ centreLocales: ['en'], main: 'en' }
	);
	expect(!noTarget.ok && noTarget.errors).toEqual({ targetName: 'campaigns.targetNameRequired' });
	const note = parseEventForm(new FormData());
	expect(!note.ok && note.errors).toEqual({
		happenedOn: 'campaigns.happenedOnInvalid',
		note: 'campaigns.noteRequired'
	});
});

describeEachDatabase('campaigns', (database) => {
	let centre: Centre;
	let other: Centre;
	let organiser: Actor;
	let adviser: Actor;
	let member: Actor;
	let outsider: Actor;

	async function person(at: Centre, name: string, roles: Role[]): Promise<Actor> {
		const accountId = await createPerson(database().db, at.id, {
			chosenName: name,
			passphraseHash: 'x',
			roles,
			languages: []
		});
		return { accountId, centreId: at.id, roles };
	}

	beforeAll(async () => {
		const { db } = database();
		centre = await createCentre(db, {
			name: 'Campaigns centre',
			address: '',
			directions: '',
			timeZone: 'Europe/London',
			defaultLocale: 'en',
			locales: ['en', 'pt']
		});
		other = await newCentre(db, 'Another centre');
		organiser = await person(centre, 'Lucía C', ['member', 'organiser']);
		adviser = await person(centre, 'Amira C', ['member', 'adviser']);
		member = await person(centre, 'Mihai C', ['member']);
		outsider = await person(other, 'Organiser elsewhere', ['member', 'organiser']);
	});

	it('starts a campaign against an employer of the register, and refuses another centre’s', async () => {
		const { db } = database();
		const employer = await addEmployer(db, organiser, {
			name: 'Riverside Deliveries',
			tradingNames: [],
			sites: [],
			kind: 'employer',
			behindId: null
		});
		const theirs = await addEmployer(db, outsider, {
			name: 'Elsewhere Ltd',
			tradingNames: [],
			sites: [],
			kind: 'employer',
			behindId: null
		});
		const id = await createCampaign(
			db,
			organiser,
			input({ targetKind: 'employer', targetName: '', employerId: employer })
		);
		const read = await campaignForOrganisers(db, organiser, id, 'pt');
		expect(read).toMatchObject({
			targetName: 'Riverside Deliveries',
			employer: { id: employer, name: 'Riverside Deliveries' },
			startedOn: '2026-11-01',
			locales: ['en', 'pt']
		});
		// Portuguese has no goal: the main language's stands in.
		expect(read.shown).toEqual({
			locale: 'pt',
			title: 'Paguem o tempo de espera',
			goal: 'Paid waiting time',
			story: 'Esperamos sem pagamento.'
		});
		await expect(
			createCampaign(db, organiser, input({ targetKind: 'employer', employerId: theirs }))
		).rejects.toEqual(new RuleError('campaigns.employerUnknown'));
		await expect(
			updateCampaign(db, organiser, id, input({ targetKind: 'employer', employerId: theirs }))
		).rejects.toEqual(new RuleError('campaigns.employerUnknown'));
		await updateCampaign(db, organiser, id, input({ state: 'won' }));
		expect((await campaignForOrganisers(db, organiser, id, 'en')).state).toBe('won');
	});

	it('keeps a timeline, leads and links, auditing ids only', async () => {
		const { db, pool } = database();
		const id = await createCampaign(db, organiser, input());
		const entry = await addTimelineEntry(db, organiser, id, {
			happenedOn: '2026-11-05',
			note: 'First meeting with the riders'
		});
		await addLead(db, organiser, id, member.accountId);
		await addLead(db, organiser, id, member.accountId);
		await expect(addLead(db, organiser, id, outsider.accountId)).rejects.toEqual(
			new RuleError('campaigns.personUnknown')
		);
		const employer = await addEmployer(db, organiser, {
			name: 'Cold Store Logistics',
			tradingNames: [],
			sites: [],
			kind: 'employer',
			behindId: null
		});
		const collective = uuidv7();
		await pool.query(
			`insert into collective_cases (centre_id, id, employer_id, title, created_by)
			 values ($1, $2, $3, 'Cold store back pay', $4)`,
			[centre.id, collective, employer, organiser.accountId]
		);
		await link(db, organiser, id, 'case', collective);
		await link(db, organiser, id, 'case', collective);
		await expect(link(db, organiser, id, 'survey', uuidv7())).rejects.toEqual(
			new RuleError('campaigns.linkUnknown')
		);
		const read = await campaignForOrganisers(db, organiser, id, 'en');
		expect(read.timeline).toEqual([
			{ id: entry, happenedOn: '2026-11-05', note: 'First meeting with the riders' }
		]);
		expect(read.leads).toEqual([{ accountId: member.accountId, chosenName: 'Mihai C' }]);
		expect(read.cases).toEqual([{ id: collective, title: 'Cold store back pay', claims: 0 }]);

		await removeTimelineEntry(db, organiser, id, entry);
		await removeLead(db, organiser, id, member.accountId);
		await unlink(db, organiser, id, 'case', collective);
		await expect(unlink(db, organiser, id, 'case', collective)).rejects.toBeInstanceOf(
			NotFoundError
		);
		const emptied = await campaignForOrganisers(db, organiser, id, 'en');
		expect([emptied.timeline, emptied.leads, emptied.cases]).toEqual([[], [], []]);

		const { rows } = await pool.query<{ action: string }>(
			`select action, detail::text from audit_events where subject_id = $1 order by seq`,
			[id]
		);
		expect(rows.map((row) => row.action)).toEqual([
			'campaigns.created',
			'campaigns.entry_added',
			'campaigns.lead_added',
			'campaigns.lead_added',
			'campaigns.linked',
			'campaigns.linked',
			'campaigns.entry_removed',
			'campaigns.lead_removed',
			'campaigns.unlinked'
		]);
		expect(JSON.stringify(rows)).not.toContain('riders');
	});

	it('lets a member read active campaigns, support one and leave it', async () => {
		const { db } = database();
		const id = await createCampaign(db, organiser, input());
		const ended = await createCampaign(db, organiser, input({ state: 'ended' }));
		const list = await activeCampaigns(db, member, { page: 1, locale: 'pt' });
		expect(list.campaigns.map((campaign) => campaign.id)).toContain(id);
		expect(list.campaigns.map((campaign) => campaign.id)).not.toContain(ended);
		expect(list.campaigns.find((campaign) => campaign.id === id)?.title).toBe(
			'Paguem o tempo de espera'
		);

		await supportCampaign(db, member, id);
		await supportCampaign(db, member, id);
		expect((await campaignForMember(db, member, id, 'ar')).supporting).toBe(true);
		await leaveCampaign(db, member, id);
		const read = await campaignForMember(db, member, id, 'ar');
		expect(read.supporting).toBe(false);
		// Arabic is not one of the campaign's languages: it is read in its main one.
		expect(read.shown.locale).toBe('en');
		await expect(supportCampaign(db, member, ended)).rejects.toEqual(
			new RuleError('campaigns.notActive')
		);
	});

	it('is kept by organisers and coordinators, and stays in its centre', async () => {
		const { db } = database();
		const id = await createCampaign(db, organiser, input());
		await expect(createCampaign(db, adviser, input())).rejects.toBeInstanceOf(ForbiddenError);
		await expect(listCampaigns(db, member, { page: 1, locale: 'en' })).rejects.toBeInstanceOf(
			ForbiddenError
		);
		await expect(campaignForOrganisers(db, outsider, id, 'en')).rejects.toBeInstanceOf(
			NotFoundError
		);
		await expect(campaignForMember(db, outsider, id, 'en')).rejects.toBeInstanceOf(NotFoundError);
		await expect(supportCampaign(db, outsider, id)).rejects.toBeInstanceOf(NotFoundError);
		expect((await activeCampaigns(db, outsider, { page: 1, locale: 'en' })).total).toBe(0);
		// Row-level security: another centre's scope sees none of these rows, filter or not.
		const seen = await inCentre(db, other.id, async (trx) => [
			...(await trx.selectFrom('campaigns').select('id').execute()),
			...(await trx.selectFrom('campaign_events').select('id').execute())
		]);
		expect(seen).toEqual([]);
	});
});
