import fs from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formats } from '../../src/lib/i18n/format';
import { translator } from '../../src/lib/i18n/translate';
import {
	checkedValues,
	fieldValue,
	HttpClient,
	showsStackTrace,
	signedInAs,
	type Answer,
	type ExtraHeaders,
	type Fields
} from '../support/http-client';
import { message, queryRows, words } from '../support/pages';
import { startHearth, type RunningHearth } from '../support/server';

const PASSPHRASE = 'open door warm kettle';
const PAGE = '/c/demo/wages';
const API = '/api/wages/check';

const openapi = JSON.parse(
	fs.readFileSync(path.resolve(import.meta.dirname, '../../docs/openapi.json'), 'utf8')
) as { paths: Record<string, unknown> };
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addSchema(openapi, 'openapi.json');
const schema = (name: string) => {
	const validate = ajv.getSchema(`openapi.json#/components/schemas/${name}`);
	if (!validate) throw new Error(`The OpenAPI document has no schema ${name}`);
	return validate;
};

/** Whether a JSON body fits one of the document's schemas; the problems when it does not. */
function fits(name: string, body: unknown): string {
	const validate = schema(name);
	return validate(body) ? 'fits' : JSON.stringify(validate.errors);
}

/** The example request, with one part changed when a test says so. */
function example(change: Record<string, unknown> = {}, period: Record<string, unknown> = {}) {
	return {
		dateOfBirth: '2004-05-01',
		apprentice: null,
		asOf: '2026-11-22',
		payPeriods: [
			{
				start: '2025-03-01',
				end: '2025-03-31',
				paidPence: 150000,
				deductionsForEmployerPence: 0,
				accommodation: null,
				shifts: [{ start: '2025-03-01T22:00', end: '2025-03-02T06:00', unpaidBreakMinutes: 30 }],
				...period
			}
		],
		...change
	};
}

/** A week of night shifts, 22:00 to 06:00 with half an hour's unpaid break, on the page's form. */
const nightWeek: Fields = {
	rows: '7',
	dateOfBirth: '2004-05-01',
	apprentice: 'no',
	periodStart: '2025-03-03',
	periodEnd: '2025-03-09',
	paid: '200.00',
	deductions: '',
	accommodation: 'none',
	...Object.fromEntries(
		[0, 1, 2, 3, 4].flatMap((row) => [
			[`shift-${row}-date`, `2025-03-0${3 + row}`],
			[`shift-${row}-start`, '22:00'],
			[`shift-${row}-end`, '06:00'],
			[`shift-${row}-nextDay`, 'yes'],
			[`shift-${row}-break`, '30']
		])
	)
};

describe('"Am I paid enough?" over HTTP', () => {
	let hearth: RunningHearth;
	const traces: string[] = [];
	const client = () =>
		new HttpClient(hearth.url, {
			observe: (answer) => {
				if (showsStackTrace(answer.body)) traces.push(`${answer.method} ${answer.path}`);
			}
		});
	const count = async (table: 'diary_shifts' | 'audit_events') =>
		Number(
			(await queryRows<{ n: string }>(hearth.databaseUrl, `select count(*) as n from ${table}`))[0]
				?.n
		);

	/** A JSON POST to the API, by default as Hearth's own pages would send it. */
	function postJson(body: unknown, headers: ExtraHeaders = {}): Promise<Answer> {
		return client().send('POST', API, typeof body === 'string' ? body : JSON.stringify(body), {
			accept: 'application/json',
			'content-type': 'application/json',
			origin: hearth.url,
			'sec-fetch-site': 'same-origin',
			...headers
		});
	}

	beforeAll(async () => {
		hearth = await startHearth({ HEARTH_DEMO: '1', HEARTH_CLOCK_START: '2026-11-22T12:00:00Z' });
	});
	afterAll(async () => {
		await hearth?.stop();
		expect(traces).toEqual([]);
	});

	describe('POST /api/wages/check', () => {
		it('answers the issue’s example with the figures worked out by hand', async () => {
			const answer = await postJson(example());
			expect(answer.status, answer.body).toBe(200);
			expect(answer.headers.get('content-type')).toMatch(/^application\/json/);
			expect(answer.headers.get('cache-control')).toBe('no-store');
			expect(answer.headers.get('access-control-allow-origin')).toBe('*');
			const body = JSON.parse(answer.body);
			// 20 on 1 March 2025, so the 18–20 rate in force since 1 April 2024: £8.60. 22:00 to
			// 06:00 less 30 minutes is 7.5 hours; 7.5 × 860 = 6450. £1,500 paid is far more.
			expect(body).toMatchObject({
				owedPence: 0,
				owedAtTodaysRatesPence: 0,
				periods: [
					{
						start: '2025-03-01',
						end: '2025-03-31',
						hoursWorked: 7.5,
						band: 'age_18_to_20',
						ratePence: 860,
						minimumDuePence: 6450,
						countedPayPence: 150000,
						owedPence: 0,
						owedAtTodaysRatesPence: 0
					}
				]
			});
			expect(body.periods[0].explanation.length).toBeGreaterThan(2);
			expect(fits('WageCheckResponse', body)).toBe('fits');
		});

		it('works out arrears and repays them at today’s rate', async () => {
			// Paid £50 for the same 7.5 hours: owed 6450 − 5000 = 1450. On 22 November 2026 the
			// worker is 22, on the living wage of £12.71: 1450 × 1271 / 860 = 2142.97 → 2143.
			const answer = await postJson(example({}, { paidPence: 5000 }));
			expect(answer.status, answer.body).toBe(200);
			const body = JSON.parse(answer.body);
			expect(body.owedPence).toBe(1450);
			expect(body.owedAtTodaysRatesPence).toBe(2143);
			expect(body.periods[0].owedPence).toBe(1450);
			expect(fits('WageCheckResponse', body)).toBe('fits');
		});

		it('counts free accommodation and deductions for the employer in the pay', async () => {
			// A week from 3 March 2025 of 5 × 8 hours = 40 hours at £8.60 = 34400. Paid 34400, less
			// £20 for a uniform = 32400; free accommodation on 7 days at the £9.99 offset adds
			// 6993: 39393 counts, so nothing is owed; without the offset 2000 would be.
			const shifts = [3, 4, 5, 6, 7].map((day) => ({
				start: `2025-03-0${day}T09:00`,
				end: `2025-03-0${day}T17:00`,
				unpaidBreakMinutes: 0
			}));
			const period = {
				start: '2025-03-03',
				end: '2025-03-09',
				paidPence: 34400,
				deductionsForEmployerPence: 2000,
				shifts
			};
			const without = JSON.parse((await postJson(example({}, period))).body);
			expect(without.periods[0]).toMatchObject({
				hoursWorked: 40,
				minimumDuePence: 34400,
				countedPayPence: 32400,
				owedPence: 2000
			});
			const housed = JSON.parse(
				(
					await postJson(
						example({}, { ...period, accommodation: { daysProvided: 7, chargedPencePerDay: 0 } })
					)
				).body
			);
			expect(housed.periods[0]).toMatchObject({ countedPayPence: 39393, owedPence: 0 });
		});

		it('explains in Spanish when asked', async () => {
			const english = JSON.parse((await postJson(example())).body);
			const answer = await postJson(example(), { 'accept-language': 'es-ES,es;q=0.9,en;q=0.5' });
			expect(answer.headers.get('content-language')).toBe('es');
			const spanish = JSON.parse(answer.body);
			expect(spanish.owedPence).toBe(english.owedPence);
			expect(spanish.periods[0].explanation).not.toEqual(english.periods[0].explanation);
			expect(spanish.periods[0].explanation).toContain(
				translator('es')('wages.explainAge', {
					startOn: formats('es', 'UTC').calendarDate('2025-03-01'),
					age: 20
				})
			);
		});

		const shift = (start: string, end: string, unpaidBreakMinutes = 0) => ({
			start,
			end,
			unpaidBreakMinutes
		});

		it.each([
			['bad JSON', '{"dateOfBirth": ', 'body'],
			['a body that is not an object', [1, 2], 'body'],
			['a string for a number', example({}, { paidPence: '150000' }), 'payPeriods.0.paidPence'],
			['a negative wage', example({}, { paidPence: -100 }), 'payPeriods.0.paidPence'],
			['a wage in fractions of a penny', example({}, { paidPence: 1.5 }), 'payPeriods.0.paidPence'],
			[
				'a negative deduction',
				example({}, { deductionsForEmployerPence: -1 }),
				'payPeriods.0.deductionsForEmployerPence'
			],
			['a missing date of birth', example({ dateOfBirth: undefined }), 'dateOfBirth'],
			['a date of birth in the future', example({ dateOfBirth: '2030-01-01' }), 'dateOfBirth'],
			['a worker over 120', example({ dateOfBirth: '1890-01-01' }), 'dateOfBirth'],
			['a period ending before it starts', example({}, { end: '2025-02-01' }), 'payPeriods.0.end'],
			['a period over 31 days', example({}, { end: '2025-04-15' }), 'payPeriods.0.end'],
			[
				'a shift ending before it starts',
				example({}, { shifts: [shift('2025-03-01T22:00', '2025-03-01T06:00')] }),
				'payPeriods.0.shifts.0.end'
			],
			[
				'a 30-hour shift as the second shift',
				example(
					{},
					{
						shifts: [
							shift('2025-03-01T09:00', '2025-03-01T17:00'),
							shift('2025-03-02T06:00', '2025-03-03T12:00')
						]
					}
				),
				'payPeriods.0.shifts.1.end'
			],
			[
				'a break as long as the shift',
				example({}, { shifts: [shift('2025-03-01T09:00', '2025-03-01T10:00', 60)] }),
				'payPeriods.0.shifts.0.unpaidBreakMinutes'
			],
			[
				'a shift outside its period',
				example({}, { shifts: [shift('2025-05-01T09:00', '2025-05-01T10:00')] }),
				'payPeriods.0.shifts.0.start'
			],
			[
				'more than 60 periods',
				example({ payPeriods: Array.from({ length: 61 }, () => example().payPeriods[0]) }),
				'payPeriods'
			],
			[
				'more than 400 shifts in a period',
				example(
					{},
					{
						shifts: Array.from({ length: 401 }, () => shift('2025-03-01T09:00', '2025-03-01T10:00'))
					}
				),
				'payPeriods.0.shifts'
			]
		])('refuses %s with a 400 naming the field', async (_, body, field) => {
			const answer = await postJson(body);
			expect(answer.status, answer.body).toBe(400);
			expect(answer.headers.get('content-type')).toMatch(/^application\/json/);
			const parsed = JSON.parse(answer.body);
			expect(Object.keys(parsed.errors)).toContain(field);
			expect(parsed.errors[field]).toMatch(/^[A-Z][^{}]+\.$/);
			expect(fits('ValidationErrors', parsed)).toBe('fits');
		});

		it('keeps nothing it is sent', async () => {
			const [shifts, audits] = [await count('diary_shifts'), await count('audit_events')];
			await postJson(example({}, { paidPence: 5000 }));
			await postJson(example({}, { paidPence: -5 }));
			expect([await count('diary_shifts'), await count('audit_events')]).toEqual([shifts, audits]);
			expect(hearth.output.join('')).not.toContain('2004-05-01');
		});

		it('answers a browser app’s preflight on another site', async () => {
			const answer = await client().send('OPTIONS', API, undefined, {
				origin: 'https://partner.example',
				'access-control-request-method': 'POST',
				'access-control-request-headers': 'content-type'
			});
			expect(answer.status).toBe(204);
			expect(answer.headers.get('access-control-allow-origin')).toBe('*');
			expect(answer.headers.get('access-control-allow-methods')).toContain('POST');
			expect(answer.headers.get('access-control-allow-headers')).toContain('content-type');
		});

		it('answers a browser app on another site', async () => {
			const answer = await postJson(example(), {
				origin: 'https://partner.example',
				'sec-fetch-site': 'cross-site'
			});
			expect(answer.status, answer.body).toBe(200);
			expect(answer.headers.get('access-control-allow-origin')).toBe('*');
		});

		it('answers a partner’s server, which sends no Origin', async () => {
			const answer = await postJson(example(), { origin: null, 'sec-fetch-site': null });
			expect(answer.status, answer.body).toBe(200);
			expect(JSON.parse(answer.body).periods[0].minimumDuePence).toBe(6450);
		});

		it('leaves the rest of Hearth closed to other sites', async () => {
			const page = await client().post(PAGE + '?/check', nightWeek, {
				origin: 'https://partner.example',
				'sec-fetch-site': 'cross-site'
			});
			expect(page.status).toBe(403);
			const signIn = await client().post(
				'/sign-in',
				{ chosenName: 'Grace (demo)', passphrase: PASSPHRASE },
				{ origin: null, 'sec-fetch-site': null }
			);
			expect(signIn.status).toBe(403);
		});

		it('serves the OpenAPI document describing it', async () => {
			const answer = await client().get('/api/openapi.json', { accept: 'application/json' });
			expect(answer.status).toBe(200);
			expect(answer.headers.get('content-type')).toMatch(/^application\/json/);
			const served = JSON.parse(answer.body);
			expect(served).toEqual(openapi);
			expect(served.openapi).toMatch(/^3\.1\./);
			expect(Object.keys(served.paths)).toContain(API);
			expect(fits('WageCheckRequest', example())).toBe('fits');
		});
	});

	describe('the public page', () => {
		it('offers an empty form of seven shift rows and keeps nothing', async () => {
			const page = await client().get(PAGE);
			expect(page.status).toBe(200);
			expect(page.headers.get('cache-control')).toBe('no-store');
			expect(words(page.body)).toContain(message('wageCheck.nothingKept'));
			expect(fieldValue(page.body, 'rows')).toBe('7');
			expect(fieldValue(page.body, 'shift-6-date')).toBe('');
			expect(fieldValue(page.body, 'shift-7-date')).toBeNull();
			expect(page.body).not.toContain('<script');
			// Keeping shifts is for members who are signed in.
			expect(words(page.body)).not.toContain(message('wageCheck.keep'));
		});

		it('answers a plain form POST, without JavaScript, and writes nothing', async () => {
			const [shifts, audits] = [await count('diary_shifts'), await count('audit_events')];
			const answer = await client().post(PAGE + '?/check', nightWeek);
			expect(answer.status).toBe(200);
			expect(answer.headers.get('cache-control')).toBe('no-store');
			// 5 nights of 7.5 hours = 37.5 hours at £8.60 = £322.50; paid £200: £122.50 owed, and at
			// today's living wage of £12.71: 12250 × 1271 / 860 = 18104.36 → £181.04.
			const text = words(answer.body);
			expect(text).toContain('£122.50');
			expect(text).toContain('£181.04');
			expect(fieldValue(answer.body, 'paid')).toBe('200.00');
			expect(fieldValue(answer.body, 'shift-4-date')).toBe('2025-03-07');
			expect([await count('diary_shifts'), await count('audit_events')]).toEqual([shifts, audits]);
		});

		it('gives seven more rows and keeps everything typed', async () => {
			const answer = await client().post(PAGE + '?/more', {
				...nightWeek,
				accommodation: 'charged',
				accommodationDays: '3',
				accommodationCharged: '12.00'
			});
			expect(answer.status).toBe(200);
			expect(fieldValue(answer.body, 'rows')).toBe('14');
			expect(fieldValue(answer.body, 'shift-13-date')).toBe('');
			expect(fieldValue(answer.body, 'shift-14-date')).toBeNull();
			expect(fieldValue(answer.body, 'dateOfBirth')).toBe('2004-05-01');
			expect(fieldValue(answer.body, 'shift-2-start')).toBe('22:00');
			expect(checkedValues(answer.body, 'shift-2-nextDay')).toEqual(['yes']);
			expect(checkedValues(answer.body, 'accommodation')).toEqual(['charged']);
			expect(fieldValue(answer.body, 'accommodationCharged')).toBe('12.00');
		});

		it('stops offering more rows at seventy', async () => {
			const answer = await client().post(PAGE + '?/more', { ...nightWeek, rows: '63' });
			expect(fieldValue(answer.body, 'rows')).toBe('70');
			expect(fieldValue(answer.body, 'shift-69-date')).toBe('');
			expect(words(answer.body)).not.toContain(message('wageCheck.moreRows'));
			expect(words(answer.body)).toContain(message('wageCheck.check'));
		});

		it.each([
			[
				'a shift that ends before it starts',
				{ 'shift-1-nextDay': [] },
				'shift-1-end',
				'wageCheck.errorShiftEndsBeforeStart'
			],
			[
				'a 30-hour shift',
				{ 'shift-1-start': '00:00' },
				'shift-1-end',
				'wageCheck.errorShiftTooLong'
			],
			['a negative wage', { paid: '-200' }, 'paid', 'wageCheck.errorPaid'],
			['a wage that is not a number', { paid: 'lots' }, 'paid', 'wageCheck.errorPaid'],
			[
				'a period over 31 days',
				{ periodEnd: '2025-04-30' },
				'periodEnd',
				'wageCheck.errorPeriodTooLong'
			],
			[
				'a period ending before it starts',
				{ periodEnd: '2025-03-02' },
				'periodEnd',
				'wageCheck.errorPeriodEndsBeforeStart'
			],
			[
				'a shift outside the period',
				{ 'shift-4-date': '2025-03-20' },
				'shift-4-date',
				'wageCheck.errorShiftOutsidePeriod'
			],
			[
				'a break as long as the shift',
				{ 'shift-0-break': '480' },
				'shift-0-break',
				'wageCheck.errorBreakTooLong'
			],
			[
				'a date of birth in the future',
				{ dateOfBirth: '2099-01-01' },
				'dateOfBirth',
				'wageCheck.errorBirthFuture'
			],
			[
				'a worker over 120',
				{ dateOfBirth: '1899-12-31' },
				'dateOfBirth',
				'wageCheck.errorBirthTooOld'
			]
		] as const)('returns the form with %s, the input kept', async (_, change, field, key) => {
			const fields: Fields = { ...nightWeek, ...change };
			const answer = await client().post(PAGE + '?/check', fields);
			expect(answer.status).toBe(400);
			const text = words(answer.body);
			expect(text).toContain(message('form.problem'));
			expect(text).toContain(message(key));
			expect(answer.body).toContain(`href="#field-${field}"`);
			expect(answer.body).toMatch(new RegExp(`id="field-${field}"[^>]*aria-invalid="true"`));
			for (const [name, value] of Object.entries(fields)) {
				if (
					typeof value === 'string' &&
					!name.endsWith('nextDay') &&
					name !== 'apprentice' &&
					name !== 'accommodation'
				)
					expect(fieldValue(answer.body, name), name).toBe(value);
			}
			expect(text).not.toContain('£122.50');
		});

		it('keeps a signed-in member’s shifts in their diary, once', async () => {
			const member = await signedInAs(client(), 'Mihai (demo)', PASSPHRASE);
			const accountId = (
				await queryRows<{ id: string }>(
					hearth.databaseUrl,
					'select id from accounts where chosen_name = $1',
					['Mihai (demo)']
				)
			)[0]?.id;
			const mine = async () =>
				Number(
					(
						await queryRows<{ n: string }>(
							hearth.databaseUrl,
							'select count(*) as n from diary_shifts where account_id = $1',
							[accountId]
						)
					)[0]?.n
				);
			const before = await mine();
			const checked = await member.post(PAGE + '?/check', nightWeek);
			expect(checked.status).toBe(200);
			expect(words(checked.body)).toContain(message('wageCheck.keep'));
			expect(await mine()).toBe(before);
			const batch = fieldValue(checked.body, 'batch');
			expect(batch).toMatch(/^[0-9a-f-]{36}$/);

			const kept = await member.post(PAGE + '?/keep', { ...nightWeek, batch: batch ?? '' });
			expect(kept.status).toBe(200);
			expect(words(kept.body)).toContain('5 shifts are now in your diary.');
			expect(kept.body).toContain('href="/c/demo/diary"');
			expect(await mine()).toBe(before + 5);

			// The same answer sent again (a double press, a retry) keeps nothing twice.
			await member.post(PAGE + '?/keep', { ...nightWeek, batch: batch ?? '' });
			expect(await mine()).toBe(before + 5);
		});

		it('sends a visitor who is not signed in to sign in before keeping anything', async () => {
			const before = await count('diary_shifts');
			const answer = await client().post(PAGE + '?/keep', nightWeek);
			expect(answer.status).toBe(303);
			expect(answer.location).toMatch(/^\/sign-in/);
			expect(await count('diary_shifts')).toBe(before);
		});
	});
});
