import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../src/lib/i18n/messages/en';
import {
	HttpClient,
	setUpCentre,
	showsStackTrace,
	signedInAs,
	type Answer
} from '../support/http-client';
import { queryRows } from '../support/pages';
import { startHearth, type RunningHearth } from '../support/server';

const PASSPHRASE = 'open door warm kettle';
const SYNC = '/c/demo/diary/sync';

/** A night shift as the offline script keeps it: the add-shift form's fields, all strings. */
function nightShift(startsOn: string, extra: Record<string, string> = {}): Record<string, string> {
	return {
		clientId: randomUUID(),
		startsOn,
		startTime: '22:00',
		endsNextDay: 'yes',
		endTime: '06:00',
		unpaidBreakMinutes: '30',
		employerName: 'Night Kitchens Ltd',
		site: '',
		promised: '12.21',
		paid: '',
		deductions: '',
		accommodation: 'none',
		accommodationCharged: '',
		note: '',
		...extra
	};
}

function sendJson(client: HttpClient, body: unknown, headers: Record<string, string | null> = {}) {
	return client.post(SYNC, JSON.stringify(body), {
		'content-type': 'application/json',
		accept: 'application/json',
		...headers
	});
}

interface SyncAnswer {
	saved: string[];
	refused: Record<string, Record<string, string>>;
}

function answerOf(answer: Answer): SyncAnswer {
	expect(answer.headers.get('content-type')).toMatch(/^application\/json/);
	return JSON.parse(answer.body) as SyncAnswer;
}

describe('the offline diary over HTTP', () => {
	let hearth: RunningHearth;
	const traces: string[] = [];
	const client = () =>
		new HttpClient(hearth.url, {
			observe: (answer) => {
				if (showsStackTrace(answer.body)) traces.push(`${answer.method} ${answer.path}`);
			}
		});
	const shiftsOf = (clientIds: string[]) =>
		queryRows<{ client_id: string; starts_at: Date; ends_at: Date; minutes: number }>(
			hearth.databaseUrl,
			`select s.client_id, s.starts_at, s.ends_at, s.unpaid_break_minutes as minutes
			 from diary_shifts s join accounts a on a.id = s.account_id
			 where a.chosen_name = 'Grace (demo)' and s.client_id = any($1::uuid[])
			 order by s.starts_at`,
			[clientIds]
		);

	beforeAll(async () => {
		hearth = await startHearth({ HEARTH_DEMO: '1' });
	});
	afterAll(async () => {
		await hearth?.stop();
		expect(traces).toEqual([]);
	});

	it('saves the valid shifts, once each however often they are sent', async () => {
		const grace = await signedInAs(client(), 'Grace (demo)', PASSPHRASE);
		const shifts = [nightShift('2026-11-16'), nightShift('2026-11-17'), nightShift('2026-11-18')];
		const ids = shifts.map((shift) => shift.clientId as string);

		const first = await sendJson(grace, { shifts });
		expect(first.status).toBe(200);
		expect(answerOf(first)).toEqual({ saved: ids, refused: {} });

		// The phone lost the answer and sends everything again, one shift twice over.
		const again = await sendJson(grace, { shifts: [...shifts, shifts[0]] });
		expect(again.status).toBe(200);
		expect(answerOf(again).saved.sort()).toEqual([...ids].sort());

		const rows = await shiftsOf(ids);
		expect(rows.map((row) => row.client_id)).toEqual(ids);
		// 22:00 to 06:00 the next day in London in November (GMT): eight hours, half an hour unpaid.
		expect(rows[0]?.starts_at.toISOString()).toBe('2026-11-16T22:00:00.000Z');
		expect(rows[0]?.ends_at.toISOString()).toBe('2026-11-17T06:00:00.000Z');
		expect(rows[0]?.minutes).toBe(30);
	});

	it('answers each refused shift with its problems by field, and keeps the good ones', async () => {
		const grace = await signedInAs(client(), 'Grace (demo)', PASSPHRASE);
		const good = nightShift('2026-11-19');
		const backwards = nightShift('2026-11-20', { endsNextDay: '', endTime: '21:00' });
		const badMoney = nightShift('2026-11-21', { paid: '12.345', startsOn: '2026-13-40' });

		const answer = await sendJson(grace, { shifts: [good, backwards, badMoney] });
		expect(answer.status).toBe(200);
		const { saved, refused } = answerOf(answer);
		expect(saved).toEqual([good.clientId]);
		expect(refused).toEqual({
			[backwards.clientId as string]: { endTime: en['diary.endsBeforeStarts'] },
			[badMoney.clientId as string]: {
				startsOn: en['diary.dateInvalid'],
				paid: en['diary.moneyInvalid']
			}
		});
		const rows = await shiftsOf([good, backwards, badMoney].map((s) => s.clientId as string));
		expect(rows.map((row) => row.client_id)).toEqual([good.clientId]);
	});

	it('speaks the member’s language in its refusals', async () => {
		const grace = await signedInAs(client(), 'Grace (demo)', PASSPHRASE);
		const wrong = nightShift('2026-11-22', { startTime: '25:00' });
		const answer = await sendJson(grace, { shifts: [wrong] }, { 'accept-language': 'es' });
		const { es } = await import('../../src/lib/i18n/messages/es');
		expect(answerOf(answer).refused[wrong.clientId as string]).toEqual({
			startTime: es['diary.startTimeInvalid']
		});
	});

	it('refuses what is not a list of shifts', async () => {
		const grace = await signedInAs(client(), 'Grace (demo)', PASSPHRASE);
		for (const body of ['not json', JSON.stringify({}), JSON.stringify({ shifts: ['a'] })]) {
			const answer = await grace.post(SYNC, body, { 'content-type': 'application/json' });
			expect(answer.status, body).toBe(400);
			expect(JSON.parse(answer.body)).toEqual({ error: en['diaryOffline.badRequest'] });
		}
	});

	it('refuses anyone who is not a signed-in member of the centre, in JSON', async () => {
		const shift = nightShift('2026-11-23');
		const nobody = await sendJson(client(), { shifts: [shift] });
		expect(nobody.status).toBe(401);
		expect(JSON.parse(nobody.body)).toEqual({ error: en['diaryOffline.signIn'] });

		const elsewhere = client();
		const setUp = await setUpCentre(elsewhere, {
			name: 'Northside Advice Centre',
			chosenName: 'Northside diary coordinator',
			passphrase: 'a long passphrase for the north side'
		});
		expect(setUp.status).toBe(303);
		const stranger = await sendJson(elsewhere, { shifts: [shift] });
		expect(stranger.status).toBe(403);
		expect(answerOf(stranger)).toEqual({ error: en['errors.forbidden'] });
		expect(await shiftsOf([shift.clientId as string])).toEqual([]);
	});

	it('refuses a post from another site', async () => {
		const grace = await signedInAs(client(), 'Grace (demo)', PASSPHRASE);
		const shift = nightShift('2026-11-24');
		const crossSite = await sendJson(
			grace,
			{ shifts: [shift] },
			{ 'sec-fetch-site': 'cross-site' }
		);
		expect(crossSite.status).toBe(403);
		const noOrigin = await sendJson(
			grace,
			{ shifts: [shift] },
			{ 'sec-fetch-site': null, origin: 'https://elsewhere.example' }
		);
		expect(noOrigin.status).toBe(403);
		expect(await shiftsOf([shift.clientId as string])).toEqual([]);
	});

	it('refuses a body over the limit before reading it', async () => {
		const grace = await signedInAs(client(), 'Grace (demo)', PASSPHRASE);
		const huge = JSON.stringify({
			shifts: [nightShift('2026-11-25', { note: 'x'.repeat(3_000_000) })]
		});
		const answer = await grace.post(SYNC, huge, { 'content-type': 'application/json' });
		expect(answer.status).toBe(413);
	});

	it('gives the diary’s manifest in the person’s language', async () => {
		const answer = await client().get('/c/demo/diary/manifest.webmanifest', {
			'accept-language': 'pl'
		});
		expect(answer.status).toBe(200);
		expect(answer.headers.get('content-type')).toMatch(/^application\/manifest\+json/);
		const { pl } = await import('../../src/lib/i18n/messages/pl');
		expect(JSON.parse(answer.body)).toMatchObject({
			short_name: pl['diaryOffline.appShortName'],
			lang: 'pl',
			start_url: '/c/demo/diary',
			scope: '/c/demo/diary',
			display: 'standalone',
			icons: [{ src: '/favicon.svg' }]
		});
		expect(JSON.parse(answer.body).name).toContain('Riverside');
	});
});
