import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uuidv7 } from '../../src/lib/server/platform/ids';
import { fieldValue, HttpClient, showsStackTrace, signedInAs } from '../support/http-client';
import { message, queryRows, words } from '../support/pages';
import { startHearth, type RunningHearth } from '../support/server';

const PASSPHRASE = 'open door warm kettle';
const ORGANISER = 'Lucía (demo)';
const ADVISER = 'Amira (demo)';
const MEMBER = 'Mihai (demo)';

describe('campaigns and partners over HTTP', () => {
	let hearth: RunningHearth;
	const traces: string[] = [];
	const signedIn = (chosenName: string) =>
		signedInAs(
			new HttpClient(hearth.url, {
				observe: (answer) => {
					if (showsStackTrace(answer.body)) traces.push(`${answer.method} ${answer.path}`);
				}
			}),
			chosenName,
			PASSPHRASE
		);

	const campaign = (fields: Record<string, string | string[]> = {}) => ({
		locales: ['en', 'pt'],
		'title-en': 'Pay us for waiting time',
		'goal-en': 'Paid waiting time',
		'story-en': 'We wait unpaid between orders.',
		'title-pt': 'Paguem o tempo de espera',
		'goal-pt': '',
		'story-pt': '',
		targetKind: 'platform',
		employerId: '',
		targetName: 'QuickDrop',
		startedOn: '2026-11-01',
		...fields
	});

	beforeAll(async () => {
		hearth = await startHearth({ HEARTH_DEMO: '1' });
	});
	afterAll(async () => {
		await hearth?.stop();
		expect(traces).toEqual([]);
	});

	it('sends bad input back with the input kept and says what is wrong', async () => {
		const organiser = await signedIn(ORGANISER);
		const noTitle = await organiser.post(
			'/c/demo/manage/campaigns/new',
			campaign({ 'title-en': '', 'story-pt': 'x'.repeat(5001) })
		);
		expect(noTitle.status).toBe(400);
		expect(words(noTitle.body)).toContain(message('campaigns.titleRequired'));
		expect(words(noTitle.body)).toContain(message('campaigns.storyTooLong'));
		expect(fieldValue(noTitle.body, 'title-pt')).toBe('Paguem o tempo de espera');

		// An employer that is not in this centre's register (another centre's, or none).
		const elsewhere = await organiser.post(
			'/c/demo/manage/campaigns/new',
			campaign({ targetKind: 'employer', employerId: uuidv7(), targetName: '' })
		);
		expect(elsewhere.status).toBe(400);
		expect(words(elsewhere.body)).toContain(message('campaigns.employerUnknown'));
		expect(fieldValue(elsewhere.body, 'story-en')).toBe('We wait unpaid between orders.');

		const hostile = await organiser.post(
			'/c/demo/manage/campaigns/new',
			campaign({ locales: 'xx', targetKind: '<script>', startedOn: 'yesterday' })
		);
		expect(hostile.status).toBe(400);

		const made = await organiser.post('/c/demo/manage/campaigns/new', campaign());
		expect(made.status).toBe(303);
		const id = /\/manage\/campaigns\/([0-9a-f-]{36})/.exec(made.headers.get('location') ?? '')?.[1];
		const entry = await organiser.post(`/c/demo/manage/campaigns/${id}?/addEntry`, {
			happenedOn: '2026-13-01',
			note: ''
		});
		expect(entry.status).toBe(400);
		expect(words(entry.body)).toContain(message('campaigns.noteRequired'));
		const lead = await organiser.post(`/c/demo/manage/campaigns/${id}?/addLead`, {
			accountId: 'nobody'
		});
		expect(lead.status).toBe(400);
		const linked = await organiser.post(`/c/demo/manage/campaigns/${id}?/link`, {
			kind: 'survey',
			surveyId: uuidv7()
		});
		expect(linked.status).toBe(400);
		expect(words(linked.body)).toContain(message('campaigns.linkUnknown'));

		const partner = await organiser.post('/c/demo/manage/partners/new', {
			name: '',
			kind: 'church',
			contact: 'Ring the office'
		});
		expect(partner.status).toBe(400);
		expect(words(partner.body)).toContain(message('partners.nameRequired'));
		expect(fieldValue(partner.body, 'contact')).toBe('Ring the office');
	});

	it('keeps the manage pages for organisers and coordinators, and the member pages for the centre', async () => {
		const organiser = await signedIn(ORGANISER);
		const made = await organiser.post('/c/demo/manage/campaigns/new', campaign());
		const id = /\/manage\/campaigns\/([0-9a-f-]{36})/.exec(made.headers.get('location') ?? '')?.[1];
		const member = await signedIn(MEMBER);
		const adviser = await signedIn(ADVISER);
		for (const path of [
			'/c/demo/manage/campaigns',
			'/c/demo/manage/campaigns/new',
			`/c/demo/manage/campaigns/${id}`,
			'/c/demo/manage/partners'
		]) {
			expect((await member.get(path)).status).toBe(403);
			expect((await adviser.get(path)).status).toBe(403);
		}
		expect((await member.post('/c/demo/manage/campaigns/new', campaign())).status).toBe(403);
		expect((await organiser.get('/c/demo/manage/campaigns/not-an-id')).status).toBe(404);
		expect((await organiser.get(`/c/demo/manage/campaigns/${uuidv7()}`)).status).toBe(404);

		// Leads are named on the member pages: no one signed out reads them.
		const anonymous = new HttpClient(hearth.url);
		expect((await anonymous.get(`/c/demo/campaigns/${id}`)).status).toBe(303);
		const page = await member.get(`/c/demo/campaigns/${id}`);
		expect(page.status).toBe(200);
		expect(page.body).not.toContain('<script');
		const supported = await member.post(`/c/demo/campaigns/${id}?/support`, {});
		expect(supported.status).toBe(303);
		const rows = await queryRows<{ count: string }>(
			hearth.databaseUrl,
			`select count(*) from campaign_supporters s join accounts a on a.id = s.account_id
			 where s.campaign_id = $1 and a.chosen_name = $2`,
			[id, MEMBER]
		);
		expect(rows[0]?.count).toBe('1');
	});
});
