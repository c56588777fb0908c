import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../src/lib/i18n/messages/en';
import {
	decodeHtml,
	fieldValue,
	HttpClient,
	showsStackTrace,
	type Answer,
	signedInAs
} from '../support/http-client';
import { startHearth, type RunningHearth } from '../support/server';

const PASSPHRASE = 'open door warm kettle';
// Friday afternoon in London: the demo's Friday night session is ahead.
const CLOCK = '2026-11-20T15:00:00Z';

describe('childcare forms answer bad input with messages, never an error', () => {
	let hearth: RunningHearth;
	const answers: Answer[] = [];
	const client = () => new HttpClient(hearth.url, { observe: (answer) => answers.push(answer) });
	let member: HttpClient;
	let adviser: HttpClient;
	let session = '';

	const signedIn = (chosenName: string) => signedInAs(client(), chosenName, PASSPHRASE);

	beforeAll(async () => {
		hearth = await startHearth({ HEARTH_DEMO: '1', HEARTH_CLOCK_START: CLOCK });
		member = await signedIn('Mihai (demo)');
		adviser = await signedIn('Amira (demo)');
		const list = await member.get('/c/demo/childcare');
		session = /\/c\/demo\/childcare\/([0-9a-f-]{36})"/.exec(list.body)?.[1] ?? '';
		expect(session).not.toBe('');
	});

	afterAll(async () => {
		await hearth?.stop();
	});

	const text = (key: keyof typeof en) => en[key] as string;

	it('names each problem of a booking and keeps what was typed', async () => {
		const cases: {
			fields: Record<string, string | string[]>;
			field: string;
			key: keyof typeof en;
		}[] = [
			{
				fields: { childName: '', age: '4' },
				field: 'childName',
				key: 'childcare.childNameRequired'
			},
			{ fields: { age: '4' }, field: 'childName', key: 'childcare.childNameRequired' },
			{
				fields: { childName: 'x'.repeat(10_000), age: '4' },
				field: 'childName',
				key: 'childcare.childNameTooLong'
			},
			{
				fields: { childName: 'Sami\u202Eevil', age: '4' },
				field: 'childName',
				key: 'form.hiddenCharacters'
			},
			{
				fields: { childName: 'Sa\u0000mi', age: '4' },
				field: 'childName',
				key: 'form.hiddenCharacters'
			},
			{ fields: { childName: 'Sami', age: 'four' }, field: 'age', key: 'childcare.ageInvalid' },
			{ fields: { childName: 'Sami', age: '-1' }, field: 'age', key: 'childcare.ageInvalid' },
			{ fields: { childName: 'Sami', age: '18' }, field: 'age', key: 'childcare.ageInvalid' },
			{
				fields: { childName: 'Sami', age: '99999999999999999999' },
				field: 'age',
				key: 'childcare.ageInvalid'
			},
			{ fields: { childName: 'Sami', age: ['4', '5'] }, field: 'age', key: 'childcare.ageInvalid' },
			// The demo's Friday night groups stop at 11: a twelve-year-old is too old for them.
			{ fields: { childName: 'Sami', age: '12' }, field: 'age', key: 'childcare.ageNotInBand' }
		];
		for (const { fields, field, key } of cases) {
			const answer = await member.post(`/c/demo/childcare/${session}?/book`, fields);
			expect(answer.status, `${JSON.stringify(fields).slice(0, 80)}`).toBe(400);
			expect(decodeHtml(answer.body)).toContain(text(key));
			expect(answer.body).toContain(`href="#field-${field}"`);
		}
		const kept = await member.post(`/c/demo/childcare/${session}?/book`, {
			childName: '<script>alert(1)</script>',
			age: '12'
		});
		expect(fieldValue(kept.body, 'childName')).toBe('<script>alert(1)</script>');
		expect(fieldValue(kept.body, 'age')).toBe('12');
		expect(kept.body).not.toContain('<script>alert(1)</script>');
	});

	it('refuses strangers and wrong addresses plainly', async () => {
		const stranger = client();
		const anonymous = await stranger.post(`/c/demo/childcare/${session}?/book`, {
			childName: 'Sami',
			age: '4'
		});
		expect(anonymous.status).toBe(303);
		expect(anonymous.location).toContain('/sign-in');
		expect((await member.get(`/c/demo/childcare/not-a-session`)).status).toBe(404);
		expect(
			(
				await member.post(`/c/demo/childcare/0196a3c0-0000-7000-8000-0000000000ff?/book`, {
					childName: 'Sami',
					age: '4'
				})
			).status
		).toBe(404);
		// Members never see the list of children.
		expect((await member.get(`/c/demo/manage/childcare/${session}`)).status).toBe(403);
		expect(
			(
				await member.post(`/c/demo/manage/childcare/${session}?/pickUp`, {
					booking: 'x',
					code: '1'
				})
			).status
		).toBe(403);
	});

	it('answers a bad pick-up with a message and changes nothing', async () => {
		const booked = await adviser.post(`/c/demo/manage/childcare/${session}?/book`, {
			childName: 'Desk child',
			age: '6'
		});
		expect(booked.status).toBe(200);
		const code = /class="code"[^>]*>([^<]*)</.exec(booked.body)?.[1] ?? '';
		const duty = await adviser.get(`/c/demo/manage/childcare/${session}`);
		const booking = /name="booking" value="([0-9a-f-]{36})"/.exec(duty.body)?.[1] ?? '';
		expect(
			(await adviser.post(`/c/demo/manage/childcare/${session}?/checkIn`, { booking })).status
		).toBe(303);

		const problems: { fields: Record<string, string>; key: keyof typeof en }[] = [
			{ fields: { booking: '', code }, key: 'childcare.childRequired' },
			{ fields: { booking: 'not-an-id', code }, key: 'childcare.childRequired' },
			{ fields: { booking, code: '' }, key: 'childcare.codeFormat' },
			{ fields: { booking, code: '12' }, key: 'childcare.codeFormat' },
			{ fields: { booking, code: 'x'.repeat(10_000) }, key: 'childcare.codeFormat' },
			{
				fields: { booking: '0196a3c0-0000-7000-8000-0000000000ff', code },
				key: 'childcare.childGone'
			},
			{
				fields: { booking, code: code.startsWith('9') ? '1111 1111' : '9999 9999' },
				key: 'childcare.codeWrong'
			}
		];
		for (const { fields, key } of problems) {
			const answer = await adviser.post(`/c/demo/manage/childcare/${session}?/pickUp`, fields);
			expect(answer.status, key).toBe(400);
			expect(decodeHtml(answer.body)).toContain(text(key));
		}
		const still = await adviser.get(`/c/demo/manage/childcare/${session}`);
		expect(still.body).toContain('Desk child');
		const handed = await adviser.post(`/c/demo/manage/childcare/${session}?/pickUp`, {
			booking,
			code
		});
		expect(handed.status).toBe(200);
		expect(decodeHtml(handed.body)).toContain('Desk child has been picked up.');
	});

	it('never answers with a server error or a stack trace', () => {
		expect(answers.length).toBeGreaterThan(20);
		for (const answer of answers) {
			expect(answer.status, `${answer.method} ${answer.path}`).toBeLessThan(500);
			expect(showsStackTrace(answer.body)).toBe(false);
		}
	});
});
