import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../src/lib/i18n/messages/en';
import { es } from '../../src/lib/i18n/messages/es';
import { uuidv7 } from '../../src/lib/server/platform/ids';
import {
	checkedValues,
	decodeHtml,
	fieldValue,
	HttpClient,
	showsStackTrace,
	type Fields,
	signedInAs
} from '../support/http-client';
import { startHearth, type RunningHearth } from '../support/server';

const PASSPHRASE = 'open door warm kettle';
const COORDINATOR = 'Coordinator (demo)';
const MEMBER = 'Mihai (demo)';
const NEW_SHIFT = '/c/demo/manage/rota/new';

/** A date some days from today, as a date input sends it. */
function daysAhead(days: number): string {
	return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

describe('the night rota over HTTP', () => {
	let hearth: RunningHearth;
	const traces: string[] = [];
	const client = () =>
		new HttpClient(hearth.url, {
			observe: (answer) => {
				if (showsStackTrace(answer.body) || answer.status >= 500) {
					traces.push(`${answer.method} ${answer.path} ${answer.status}`);
				}
			}
		});

	const signedIn = (chosenName: string) => signedInAs(client(), chosenName, PASSPHRASE);

	const shift = (extra: Fields = {}): Fields => ({
		date: daysAhead(10),
		starts: '22:00',
		ends: '06:00',
		minPeople: '2',
		firstAid: '1',
		childcare: '0',
		...extra
	});

	beforeAll(async () => {
		hearth = await startHearth({ HEARTH_DEMO: '1' });
	});
	afterAll(async () => {
		await hearth?.stop();
		expect(traces).toEqual([]);
	});

	it('is for people of the centre; its coordinator pages for coordinators', async () => {
		const anonymous = await client().get('/c/demo/rota');
		expect(anonymous.status).toBe(303);
		expect(anonymous.location).toBe(`/sign-in?next=${encodeURIComponent('/c/demo/rota')}`);
		const member = await signedIn(MEMBER);
		expect((await member.get('/c/demo/rota')).status).toBe(200);
		expect((await member.get('/c/demo/rota/skills')).status).toBe(200);
		for (const path of ['/c/demo/manage/rota', NEW_SHIFT, '/c/demo/manage/rota/generate']) {
			expect((await member.get(path)).status, path).toBe(403);
		}
		expect((await member.post(NEW_SHIFT, shift({ nextDay: 'yes' }))).status).toBe(403);
	});

	it('answers a shift that ends before it starts with the reason, in the person’s language, input kept', async () => {
		const coordinator = await signedIn(COORDINATOR);
		const answer = await coordinator.post(NEW_SHIFT, shift({ interpreters: ['ar', 'pl'] }));
		expect(answer.status).toBe(400);
		const body = decodeHtml(answer.body);
		expect(body).toContain(en['rota.endsBeforeStarts']);
		expect(fieldValue(answer.body, 'date')).toBe(daysAhead(10));
		expect(fieldValue(answer.body, 'starts')).toBe('22:00');
		expect(fieldValue(answer.body, 'ends')).toBe('06:00');
		expect(checkedValues(answer.body, 'interpreters').sort()).toEqual(['ar', 'pl']);

		const spanish = await coordinator.post(NEW_SHIFT, shift(), { 'accept-language': 'es' });
		expect(spanish.status).toBe(400);
		expect(decodeHtml(spanish.body)).toContain(es['rota.endsBeforeStarts']);

		const made = await coordinator.post(NEW_SHIFT, shift({ nextDay: 'yes' }));
		expect(made.status).toBe(303);
		expect(made.location).toMatch(/^\/c\/demo\/manage\/rota\?done=added#shift-[0-9a-f-]{36}$/);
		const again = await coordinator.post(NEW_SHIFT, shift({ nextDay: 'yes' }));
		expect(again.status).toBe(400);
		expect(decodeHtml(again.body)).toContain(en['rota.shiftExists']);
	});

	it('answers nonsense with messages, never an error page', async () => {
		const coordinator = await signedIn(COORDINATOR);
		const nonsense = await coordinator.post(NEW_SHIFT, {
			date: 'x'.repeat(10_000),
			starts: '<script>alert(1)</script>',
			ends: '24:00',
			nextDay: ['yes', 'no'],
			minPeople: '1e9',
			firstAid: '-1',
			childcare: '999',
			interpreters: 'klingon'
		});
		expect(nonsense.status).toBe(400);
		const body = decodeHtml(nonsense.body);
		for (const key of [
			'rota.dateInvalid',
			'rota.startsInvalid',
			'rota.endsInvalid',
			'rota.minPeopleInvalid',
			'rota.needInvalid',
			'rota.languageUnknown'
		] as const) {
			expect(body, key).toContain(en[key]);
		}
		expect(nonsense.body).not.toContain('<script>alert(1)</script>');

		const past = await coordinator.post(NEW_SHIFT, shift({ date: daysAhead(-3), nextDay: 'yes' }));
		expect(past.status).toBe(400);
		expect(decodeHtml(past.body)).toContain(en['rota.shiftInPast']);

		const pattern = await coordinator.post('/c/demo/manage/rota/generate', {
			openings: uuidv7(),
			parts: '2',
			minPeople: '2'
		});
		expect(pattern.status).toBe(400);
		expect(decodeHtml(pattern.body)).toContain(en['rota.openingUnknown']);

		const unknown = await coordinator.get(`/c/demo/manage/rota/${uuidv7()}`);
		expect(unknown.status).toBe(404);
		expect((await coordinator.get('/c/demo/manage/rota/not-a-shift')).status).toBe(404);

		const member = await signedIn(MEMBER);
		for (const shiftId of ['', 'not-a-shift', uuidv7()]) {
			const answer = await member.post('/c/demo/rota?/signUp', { shiftId });
			expect(answer.status, shiftId).toBe(400);
			expect(decodeHtml(answer.body)).toContain(en['rota.shiftGone']);
		}
		const skills = await member.post('/c/demo/rota/skills', {
			skills: ['first_aid', 'juggling'],
			languages: 'ro'
		});
		expect(skills.status).toBe(400);
		expect(decodeHtml(skills.body)).toContain(en['rota.skillUnknown']);
		expect(checkedValues(skills.body, 'languages')).toEqual(['ro']);
	});
});
