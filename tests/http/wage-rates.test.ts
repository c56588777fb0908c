import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	fieldValue,
	HttpClient,
	showsStackTrace,
	signedInAs,
	type Fields
} from '../support/http-client';
import { message, queryRows, title, words } from '../support/pages';
import { startHearth, type RunningHearth } from '../support/server';

const PASSPHRASE = 'open door warm kettle';
const RATES_PAGE = '/c/demo/manage/wage-rates';

const RATES_2027: Fields = {
	effectiveFrom: '2027-04-01',
	livingWageAge: '21',
	livingWage: '13.20',
	youngAdult: '',
	eighteenToTwenty: '11.50',
	sixteenToSeventeen: '8.75',
	apprentice: '8.75',
	accommodationOffset: ''
};

describe('minimum wage rates over HTTP', () => {
	let hearth: RunningHearth;
	const traces: string[] = [];
	const client = () =>
		new HttpClient(hearth.url, {
			observe: (answer) => {
				if (showsStackTrace(answer.body)) traces.push(`${answer.method} ${answer.path}`);
			}
		});
	const signedIn = (chosenName: string) => signedInAs(client(), chosenName, PASSPHRASE);

	beforeAll(async () => {
		hearth = await startHearth({ HEARTH_DEMO: '1' });
	});
	afterAll(async () => {
		await hearth?.stop();
		expect(traces).toEqual([]);
	});

	it('lets a coordinator add next year’s rates, which the calculator then uses', async () => {
		const coordinator = await signedIn('Coordinator (demo)');
		const list = await coordinator.get(RATES_PAGE);
		expect(list.status).toBe(200);
		expect(title(list.body)).toContain(message('wages.ratesTitle'));
		// The seeded years, newest first, with 2026's offset not confirmed.
		const text = words(list.body);
		expect(text.indexOf('£12.71')).toBeGreaterThan(-1);
		expect(text.indexOf('£12.71')).toBeLessThan(text.indexOf('£12.21'));
		expect(text).toContain(message('wages.ratesNotConfirmed'));

		const added = await coordinator.post(RATES_PAGE, RATES_2027);
		expect(added.status).toBe(303);
		expect(added.location).toBe(`${RATES_PAGE}?saved=2027-04-01`);
		const after = await coordinator.follow(added);
		expect(words(after.body)).toContain('£13.20');

		const rows = await queryRows<{ living_wage_pence: number; accommodation_offset_pence: null }>(
			hearth.databaseUrl,
			`select living_wage_pence, accommodation_offset_pence from minimum_wage_rates
			 where effective_from = '2027-04-01'`
		);
		expect(rows).toEqual([{ living_wage_pence: 1320, accommodation_offset_pence: null }]);
		const audit = await queryRows<{ action: string }>(
			hearth.databaseUrl,
			`select action from audit_events where action like 'casework.wage_rates_%'`
		);
		expect(audit).toEqual([{ action: 'casework.wage_rates_added' }]);

		// A week in May 2027 for a 30-year-old: 10 hours at the new 1320p is 13200 due.
		const check = await client().send(
			'POST',
			'/api/wages/check',
			JSON.stringify({
				dateOfBirth: '1997-01-01',
				asOf: '2027-06-01',
				timeZone: 'Europe/London',
				payPeriods: [
					{
						start: '2027-05-03',
						end: '2027-05-09',
						paidPence: 10000,
						deductionsForEmployerPence: 0,
						shifts: [{ start: '2027-05-04T08:00', end: '2027-05-04T18:00', unpaidBreakMinutes: 0 }]
					}
				]
			}),
			{ 'content-type': 'application/json', accept: 'application/json' }
		);
		expect(check.status).toBe(200);
		const result = JSON.parse(check.body) as {
			owedPence: number;
			periods: { ratePence: number; minimumDuePence: number }[];
		};
		expect(result.periods[0]).toMatchObject({ ratePence: 1320, minimumDuePence: 13200 });
		expect(result.owedPence).toBe(3200);
	});

	it('lets a coordinator correct a year from its own page', async () => {
		const coordinator = await signedIn('Coordinator (demo)');
		const page = await coordinator.get(`${RATES_PAGE}/2026-04-01`);
		expect(page.status).toBe(200);
		expect(fieldValue(page.body, 'livingWage')).toBe('12.71');
		expect(fieldValue(page.body, 'accommodationOffset')).toBe('');
		const fields: Fields = {};
		for (const name of Object.keys(RATES_2027)) {
			if (name !== 'effectiveFrom') fields[name] = fieldValue(page.body, name) ?? '';
		}
		const saved = await coordinator.post(`${RATES_PAGE}/2026-04-01`, {
			...fields,
			accommodationOffset: '10.99'
		});
		expect(saved.status).toBe(303);
		const rows = await queryRows<{ accommodation_offset_pence: number; living_wage_pence: number }>(
			hearth.databaseUrl,
			`select accommodation_offset_pence, living_wage_pence from minimum_wage_rates
			 where effective_from = '2026-04-01'`
		);
		expect(rows).toEqual([{ accommodation_offset_pence: 1099, living_wage_pence: 1271 }]);
		expect((await coordinator.get(`${RATES_PAGE}/2026-04-31`)).status).toBe(404);
		expect((await coordinator.get(`${RATES_PAGE}/2015-04-01`)).status).toBe(404);
	});

	it('refuses members and other staff', async () => {
		const member = await signedIn('Joana (demo)');
		expect((await member.get(RATES_PAGE)).status).toBe(403);
		expect((await member.post(RATES_PAGE, RATES_2027)).status).toBe(403);
		const adviser = await signedIn('Amira (demo)');
		expect((await adviser.get(RATES_PAGE)).status).toBe(403);
		const visitor = await client().get(RATES_PAGE);
		expect(visitor.status).toBe(303);
		expect(visitor.location).toContain('/sign-in');
	});

	it('keeps bad input with a message for each problem', async () => {
		const coordinator = await signedIn('Coordinator (demo)');
		const answer = await coordinator.post(RATES_PAGE, {
			...RATES_2027,
			effectiveFrom: 'next April',
			livingWageAge: '23',
			livingWage: '0',
			eighteenToTwenty: '-3'
		});
		expect(answer.status).toBe(400);
		expect(title(answer.body)).toContain(message('form.errorTitle').trim());
		const text = words(answer.body);
		for (const key of [
			'wages.errorDate',
			'wages.errorRate',
			'wages.errorYoungAdultRequired'
		] as const) {
			expect(text).toContain(message(key));
		}
		expect(fieldValue(answer.body, 'effectiveFrom')).toBe('next April');
		expect(fieldValue(answer.body, 'livingWageAge')).toBe('23');
		expect(fieldValue(answer.body, 'eighteenToTwenty')).toBe('-3');
		expect(fieldValue(answer.body, 'sixteenToSeventeen')).toBe('8.75');
	});
});
