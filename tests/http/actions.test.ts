import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fieldValue, HttpClient, showsStackTrace, signedInAs } from '../support/http-client';
import { message, queryRows, words } from '../support/pages';
import { startHearth, type RunningHearth } from '../support/server';

const PASSPHRASE = 'open door warm kettle';

describe('actions over HTTP', () => {
	let hearth: RunningHearth;
	const traces: string[] = [];
	const client = () =>
		new HttpClient(hearth.url, {
			observe: (answer) => {
				if (showsStackTrace(answer.body)) traces.push(`${answer.method} ${answer.path}`);
			}
		});
	const signedIn = (chosenName: string) => signedInAs(client(), chosenName, PASSPHRASE);
	const action = (fields: Record<string, string | string[]> = {}) => ({
		kind: 'demonstration',
		'title-en': 'Night demo',
		date: '2030-06-12',
		starts: '23:00',
		ends: '23:45',
		place: 'Dock Road',
		meetingPoint: 'By the clock',
		capacity: '1',
		campaignId: '',
		...fields
	});

	beforeAll(async () => {
		hearth = await startHearth({ HEARTH_DEMO: '1' });
	});
	afterAll(async () => {
		await hearth?.stop();
		expect(traces).toEqual([]);
	});

	it('answers bad and hostile input with the form back, never a 500', async () => {
		const lucia = await signedIn('Lucía (demo)');
		const hostile: Record<string, string | string[]>[] = [
			{ meetingPoint: '' },
			{ capacity: '0' },
			{ ends: '22:00' },
			{ kind: ['meeting', 'training'], date: '2030-13-40' },
			{ 'title-en': '<script>alert(1)</script>'.repeat(20) },
			{ campaignId: "' or 1=1 --" },
			{ 'title-en': '', 'details-ar': 'تفاصيل' }
		];
		for (const fields of hostile) {
			const answer = await lucia.post('/c/demo/manage/actions/new?/save', action(fields));
			expect(answer.status, JSON.stringify(fields)).toBe(400);
			expect(fieldValue(answer.body, 'place')).toBe('Dock Road');
		}
		const night = await lucia.post(
			'/c/demo/manage/actions/new?/save',
			action({ meetingPoint: '' })
		);
		expect(words(night.body)).toContain(message('actions.meetingPointAtNight'));
		const zero = await lucia.post('/c/demo/manage/actions/new?/save', action({ capacity: '0' }));
		expect(words(zero.body)).toContain(message('actions.capacityInvalid'));

		const made = await lucia.post('/c/demo/manage/actions/new?/save', action());
		expect(made.status).toBe(303);
		const [row] = await queryRows<{ id: string }>(
			hearth.databaseUrl,
			`select id from actions where texts -> 'en' ->> 'title' = 'Night demo'`
		);
		const id = row?.id ?? '';
		const door = `/c/demo/manage/actions/${id}/door`;
		for (const unnamed of ['', '-3', 'lots', '1e9']) {
			const answer = await lucia.post(door, { unnamed, unnamedShown: '0' });
			expect(answer.status, unnamed).toBe(400);
			expect(words(answer.body)).toContain(message('actions.unnamedInvalid'));
		}
		expect((await lucia.post(door, { unnamed: '2', attended: 'not-an-id' })).status).toBe(303);

		// Members cannot reach the organisers' pages; a full action says so plainly.
		const mihai = await signedIn('Mihai (demo)');
		expect((await mihai.get(door)).status).toBe(403);
		expect((await mihai.post(`/c/demo/actions/${id}?/signUp`, {})).status).toBe(303);
		const grace = await signedIn('Grace (demo)');
		const full = await grace.post(`/c/demo/actions/${id}?/signUp`, {});
		expect(full.status).toBe(409);
		expect(words(full.body)).toContain(message('actions.full'));
		expect((await grace.get('/c/demo/actions/not-an-id')).status).toBe(404);
		expect((await client().get(`/c/demo/actions/${id}`)).status).toBe(200);
	});
});
