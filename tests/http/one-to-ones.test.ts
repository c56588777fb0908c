import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uuidv7 } from '../../src/lib/server/platform/ids';
import {
	decodeHtml,
	fieldValue,
	HttpClient,
	showsStackTrace,
	signedInAs
} from '../support/http-client';
import { message, queryRows, words } from '../support/pages';
import { startHearth, type RunningHearth } from '../support/server';

const PASSPHRASE = 'open door warm kettle';
const ORGANISER = 'Lucía (demo)';
const ADVISER = 'Amira (demo)';
const COORDINATOR = 'Coordinator (demo)';
const KEY = randomBytes(32);
const ENV = { HEARTH_DEMO: '1', HEARTH_SECRET_KEY: KEY.toString('base64') };
const CONVERSATION = {
	heldOn: '2025-06-02',
	issues: 'Deductions for a uniform at the depot',
	interest: 'Wants to know what the law says',
	nextStep: 'Read the guide on deductions'
};

describe('one-to-ones and the path over HTTP', () => {
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
	const accountId = async (chosenName: string) =>
		(
			await queryRows<{ id: string }>(
				hearth.databaseUrl,
				'select id from accounts where chosen_name = $1',
				[chosenName]
			)
		)[0]?.id ?? '';

	beforeAll(async () => {
		hearth = await startHearth(ENV);
	});
	afterAll(async () => {
		await hearth?.stop();
		expect(traces).toEqual([]);
	});

	it('records a one-to-one, answers bad input with the form back, and the member reads it', async () => {
		const organiser = await signedIn(ORGANISER);
		const joana = await accountId('Joana (demo)');
		const page = `/c/demo/manage/organising/${joana}`;

		const empty = await organiser.post(`${page}?/record`, { ...CONVERSATION, nextStep: ' ' });
		expect(empty.status).toBe(400);
		expect(words(empty.body)).toContain(message('oneToOnes.nextStepRequired'));
		expect(fieldValue(empty.body, 'issues')).toBe(CONVERSATION.issues);
		const future = await organiser.post(`${page}?/record`, {
			...CONVERSATION,
			heldOn: '2099-01-01'
		});
		expect(future.status).toBe(400);
		expect(words(future.body)).toContain(message('oneToOnes.dateFuture'));
		expect(fieldValue(future.body, 'interest')).toBe(CONVERSATION.interest);

		const recorded = await organiser.post(`${page}?/record`, CONVERSATION);
		expect(recorded.status).toBe(303);
		expect(recorded.headers.get('location')).toBe(`${page}?recorded`);
		const shown = words((await organiser.get(`${page}?recorded`)).body);
		expect(shown).toContain(CONVERSATION.issues);
		expect(shown).toContain(message('oneToOnes.recorded'));

		const joanaReads = decodeHtml(
			(await (await signedIn('Joana (demo)')).get('/c/demo/organising')).body
		);
		expect(joanaReads).toContain(CONVERSATION.issues);
		expect(joanaReads).toContain(CONVERSATION.nextStep);
		expect(joanaReads).toContain(ORGANISER);
		expect(joanaReads).toContain(message('oneToOnes.mineCorrect'));
		const yusufReads = decodeHtml(
			(await (await signedIn('Yusuf (demo)')).get('/c/demo/organising')).body
		);
		expect(yusufReads).not.toContain(CONVERSATION.issues);
		expect(yusufReads).toContain(message('oneToOnes.mineEmpty'));
	});

	it('keeps members and advisers who are not organisers out', async () => {
		const joana = await accountId('Joana (demo)');
		const [oneToOne] = await queryRows<{ id: string }>(
			hearth.databaseUrl,
			'select id from one_to_ones where account_id = $1',
			[joana]
		);
		for (const name of ['Mihai (demo)', ADVISER]) {
			const client = await signedIn(name);
			for (const path of [
				'/c/demo/manage/organising',
				`/c/demo/manage/organising/${joana}`,
				`/c/demo/manage/organising/${joana}/${oneToOne?.id}`
			]) {
				expect((await client.get(path)).status, `${name} ${path}`).toBe(403);
			}
			const post = await client.post(`/c/demo/manage/organising/${joana}?/record`, CONVERSATION);
			expect(post.status, name).toBe(403);
			const step = await client.post(`/c/demo/manage/organising/${joana}?/step`, {
				step: 'spoke_up',
				reachedOn: '2025-06-02'
			});
			expect(step.status, name).toBe(403);
		}
		const organiser = await signedIn(ORGANISER);
		expect((await organiser.get(`/c/demo/manage/organising/${uuidv7()}`)).status).toBe(404);
		expect((await organiser.get('/c/demo/manage/organising/not-an-id')).status).toBe(404);
		expect((await organiser.get(`/c/demo/manage/organising/${joana}/${uuidv7()}`)).status).toBe(
			404
		);
	});

	it('records and removes a step after confirming, and a coordinator corrects a one-to-one', async () => {
		const organiser = await signedIn(ORGANISER);
		const joana = await accountId('Joana (demo)');
		const page = `/c/demo/manage/organising/${joana}`;
		const bad = await organiser.post(`${page}?/step`, { step: 'champion', reachedOn: 'soon' });
		expect(bad.status).toBe(400);
		expect(words(bad.body)).toContain(message('oneToOnes.stepRequired'));
		expect(
			(await organiser.post(`${page}?/step`, { step: 'spoke_up', reachedOn: '2025-06-03' })).status
		).toBe(303);
		const confirm = await organiser.get(`${page}?remove=spoke_up`);
		expect(words(confirm.body)).toContain(message('oneToOnes.removeStepHeading'));
		expect((await organiser.post(`${page}?/removeStep`, { step: 'spoke_up' })).status).toBe(303);
		expect((await organiser.post(`${page}?/removeStep`, { step: 'spoke_up' })).status).toBe(404);

		const [oneToOne] = await queryRows<{ id: string }>(
			hearth.databaseUrl,
			'select id from one_to_ones where account_id = $1',
			[joana]
		);
		const coordinator = await signedIn(COORDINATOR);
		const edit = `${page}/${oneToOne?.id}`;
		expect(fieldValue((await coordinator.get(edit)).body, 'nextStep')).toBe(CONVERSATION.nextStep);
		expect(words((await coordinator.get(`${edit}?delete`)).body)).toContain(
			message('oneToOnes.deleteHeading')
		);
		const corrected = await coordinator.post(`${edit}?/correct`, {
			...CONVERSATION,
			nextStep: 'Bring payslips on Monday'
		});
		expect(corrected.status).toBe(303);
		expect(words((await organiser.get(page)).body)).toContain('Bring payslips on Monday');
		expect((await coordinator.post(`${edit}?/delete`, {})).status).toBe(303);
		expect(words((await organiser.get(page)).body)).toContain(message('oneToOnes.listEmpty'));
	});
});
