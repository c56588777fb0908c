import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeHtml, HttpClient, setUpCentre } from '../support/http-client';
import { startHearth, type RunningHearth } from '../support/server';

const PASSPHRASE = 'lanterns over the river';

const centre = (name: string) => ({
	name,
	timeZone: 'Europe/Warsaw',
	locales: ['en', 'pl'],
	defaultLocale: 'pl'
});

describe('several centres on one Hearth', () => {
	let hearth: RunningHearth;
	let steward: HttpClient;
	beforeAll(async () => {
		hearth = await startHearth();
		steward = new HttpClient(hearth.url);
		const setUp = await setUpCentre(steward, {
			...centre('First Centre'),
			chosenName: 'Network Steward',
			passphrase: PASSPHRASE
		});
		expect(setUp.status).toBe(303);
	});
	afterAll(() => hearth?.stop());

	it('lets the steward open another centre, with its own roles and its own language', async () => {
		const invalid = await steward.post('/network/centres/new', { ...centre(''), locales: [] });
		expect(invalid.status).toBe(400);
		const opened = await steward.post('/network/centres/new', centre('Second Centre'));
		expect(opened.status).toBe(303);
		expect(opened.location).toBe('/c/second-centre/manage');

		// Someone joins the second centre only: a member there, nothing at the first.
		const member = new HttpClient(hearth.url);
		const joined = await member.post('/c/second-centre/join', {
			chosenName: 'Only Second',
			passphrase: PASSPHRASE,
			passphraseAgain: PASSPHRASE
		});
		expect(joined.status).toBe(303);
		expect((await member.get('/c/second-centre/manage')).status).toBe(403);
		expect((await member.get('/network/centres/new')).status).toBe(403);
		expect((await member.post('/network/centres/new', centre('Taken'))).status).toBe(403);

		const account = decodeHtml((await member.get('/account')).body);
		expect(account).toContain('Second Centre');
		expect(account).not.toContain('First Centre');

		// Each centre's pages speak its own main language to a browser that asks for none.
		const visitor = new HttpClient(hearth.url);
		expect((await visitor.get('/c/second-centre', { 'accept-language': null })).body).toMatch(
			/<html lang="pl"/
		);

		// The first centre's people list does not show the second centre's member.
		const people = decodeHtml((await steward.get('/c/first-centre/manage/people')).body);
		expect(people).toContain('Network Steward');
		expect(people).not.toContain('Only Second');
		const home = await visitor.get('/');
		expect(decodeHtml(home.body)).toContain('Second Centre');
	});
});
