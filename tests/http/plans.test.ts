import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../src/lib/i18n/messages/en';
import {
	decodeHtml,
	fieldValue,
	HttpClient,
	setUpCentre,
	showsStackTrace,
	signedInAs,
	type Fields
} from '../support/http-client';
import { message, queryRows, title, words } from '../support/pages';
import { startHearth, type RunningHearth } from '../support/server';

const PASSPHRASE = 'open door warm kettle';
const GRACE = 'Grace (demo)';

/** The plan form as the member's edit page fills it, so a test changes only what it means to. */
async function formOf(client: HttpClient, path: string): Promise<Fields> {
	const page = await client.get(path);
	expect(page.status, path).toBe(200);
	const fields: Fields = { language: 'en' };
	for (const name of ['basedOn', 'iCan', 'iAm', 'iWill', 'iWant']) {
		fields[name] = fieldValue(page.body, name) ?? '';
	}
	for (const side of ['member', 'centre']) {
		for (let index = 0; index < 6; index += 1) {
			const text = fieldValue(page.body, `${side}-${index}-text`);
			if (text === null) break;
			fields[`${side}-${index}-text`] = text;
			const due = fieldValue(page.body, `${side}-${index}-due`);
			if (due !== null) fields[`${side}-${index}-due`] = due;
			if (side === 'centre') fields[`${side}-${index}-kind`] = 'course';
		}
	}
	return fields;
}

describe('plans over HTTP', () => {
	let hearth: RunningHearth;
	let graceId: string;
	let adviserName: string;
	const traces: string[] = [];
	const client = () =>
		new HttpClient(hearth.url, {
			observe: (answer) => {
				if (showsStackTrace(answer.body)) traces.push(`${answer.method} ${answer.path}`);
			}
		});
	const signedIn = (chosenName: string) => signedInAs(client(), chosenName, PASSPHRASE);
	const versions = async () =>
		Number(
			(
				await queryRows<{ n: string }>(
					hearth.databaseUrl,
					'select count(*) as n from plan_versions where member_id = $1',
					[graceId]
				)
			)[0]?.n
		);

	beforeAll(async () => {
		hearth = await startHearth({ HEARTH_DEMO: '1' });
		const rows = await queryRows<{ member: string; adviser: string }>(
			hearth.databaseUrl,
			`select c.member_id as member, a.chosen_name as adviser
			 from plans p
			 join adviser_choices c on c.centre_id = p.centre_id and c.id = p.shared_choice_id
			 join accounts a on a.id = c.adviser_id
			 join accounts m on m.id = p.member_id
			 where m.chosen_name = $1 and c.ended_at is null`,
			[GRACE]
		);
		if (!rows[0]) throw new Error('The demo has no plan shared by Grace');
		graceId = rows[0].member;
		adviserName = rows[0].adviser;
	});
	afterAll(async () => {
		await hearth?.stop();
		expect(traces).toEqual([]);
	});

	it('refuses a plan of a megabyte with a clear message, and gives every word back', async () => {
		const grace = await signedIn(GRACE);
		const fields = await formOf(grace, '/c/demo/plan/edit');
		const before = await versions();
		const huge = 'I can cook for forty people. '.repeat(36_200);
		expect(huge.length).toBeGreaterThan(1024 * 1024);
		const answer = await grace.post('/c/demo/plan/edit?/save', { ...fields, iCan: huge });
		expect(answer.status).toBe(400);
		expect(title(answer.body)).toMatch(/^Error: /);
		const text = words(answer.body);
		expect(text).toContain(en['form.problem']);
		expect(text).toMatch(/“I can” is [\d,]+ characters long\. Shorten it to 4,000 characters/);
		expect(text).toContain('1,049,800');
		expect(fieldValue(answer.body, 'iCan')).toBe(huge);
		expect(fieldValue(answer.body, 'iAm')).toBe(fields.iAm);
		expect(await versions()).toBe(before);
	});

	it('refuses an unknown language, keeping the text', async () => {
		const grace = await signedIn(GRACE);
		const fields = await formOf(grace, '/c/demo/plan/edit');
		const before = await versions();
		for (const language of ['xx', 'en<script>', '']) {
			const answer = await grace.post('/c/demo/plan/edit?/save', {
				...fields,
				language,
				iWant: 'Night work, so I can see my children after school.'
			});
			expect(answer.status, language).toBe(400);
			expect(title(answer.body)).toMatch(/^Error: /);
			expect(words(answer.body)).toContain(message('plan.languageUnknown'));
			expect(fieldValue(answer.body, 'iWant')).toBe(
				'Night work, so I can see my children after school.'
			);
		}
		expect(await versions()).toBe(before);
	});

	it('tells a writer someone saved in between, keeps their text, and saves it once seen', async () => {
		const grace = await signedIn(GRACE);
		const fields = await formOf(grace, '/c/demo/plan/edit');
		const stale = { ...fields, basedOn: String(Number(fields.basedOn) - 1), iAm: 'Still me.' };
		const answer = await grace.post('/c/demo/plan/edit?/save', stale);
		expect(answer.status).toBe(409);
		expect(title(answer.body)).toMatch(/^Error: /);
		expect(words(answer.body)).toContain(message('plan.changedMeanwhileTitle'));
		expect(fieldValue(answer.body, 'iAm')).toBe('Still me.');
		expect(fieldValue(answer.body, 'basedOn')).toBe(fields.basedOn);
		const again = await grace.post('/c/demo/plan/edit?/save', {
			...stale,
			basedOn: fieldValue(answer.body, 'basedOn') ?? ''
		});
		expect(again.status).toBe(303);
		expect(again.location).toBe('/c/demo/plan?done=saved');
	});

	it('gives the plan as a file to the member and the adviser it is shared with', async () => {
		for (const [who, path] of [
			[GRACE, '/c/demo/plan/plan.txt'],
			[adviserName, `/c/demo/manage/support/plans/${graceId}/plan.txt`]
		]) {
			const reader = await signedIn(who as string);
			const file = await reader.get(path as string);
			expect(file.status, who).toBe(200);
			expect(file.headers.get('content-type')).toBe('text/plain; charset=utf-8');
			expect(file.headers.get('content-disposition')).toMatch(
				/^attachment; filename="plan-\d+\.txt"$/
			);
			expect(file.headers.get('cache-control')).toBe('no-store');
			expect(file.body).toContain('The plan of Grace (demo) at');
			expect(file.body).toContain('I can\r\n-----\r\n');
			expect(file.body).toContain('What the centre will provide');
		}
	});

	it('lets only the member and the adviser it is shared with read it', async () => {
		const adviserPath = `/c/demo/manage/support/plans/${graceId}`;
		const adviser = await signedIn(adviserName);
		const shown = await adviser.get(adviserPath);
		expect(shown.status).toBe(200);
		expect(decodeHtml(shown.body)).toContain('The plan of Grace (demo)');
		const listed = await adviser.get('/c/demo/manage/support/plans');
		expect(words(listed.body)).toContain('Grace (demo)');

		const otherAdviser = ['Amira (demo)', 'Tomasz (demo)', 'Lucía (demo)'].find(
			(name) => name !== adviserName
		) as string;
		const strangers: [string, HttpClient][] = [
			['another member', await signedIn('Mihai (demo)')],
			['an adviser who is not hers', await signedIn(otherAdviser)],
			['a coordinator of the centre', await signedIn('Coordinator (demo)')]
		];
		const elsewhere = client();
		const setUp = await setUpCentre(elsewhere, {
			name: 'Northside Workers’ Centre',
			chosenName: 'Northside coordinator',
			passphrase: 'a long passphrase for the north side'
		});
		expect(setUp.status).toBe(303);
		strangers.push(['a coordinator of another centre', elsewhere]);
		for (const [who, stranger] of strangers) {
			for (const path of [
				adviserPath,
				`${adviserPath}/versions`,
				`${adviserPath}/versions/1`,
				`${adviserPath}/edit`,
				`${adviserPath}/plan.txt`
			]) {
				const answer = await stranger.get(path);
				expect(answer.status, `${who}: ${path}`).toBe(403);
				expect(answer.body, `${who}: ${path}`).not.toContain('live-in carer');
			}
			const write = await stranger.post(`${adviserPath}/edit?/save`, {
				basedOn: '99',
				language: 'en',
				iCan: 'Written by someone else'
			});
			expect(write.status, who).toBe(403);
			// Their own plan page is theirs, never Grace's.
			const own = await stranger.get('/c/demo/plan');
			expect(own.body, who).not.toContain('live-in carer');
		}
		const latest = await queryRows<{ n: string }>(
			hearth.databaseUrl,
			`select count(*) as n from plan_versions where member_id = $1 and written_by not in
			 (select id from accounts where chosen_name in ($2, $3))`,
			[graceId, GRACE, adviserName]
		);
		expect(Number(latest[0]?.n)).toBe(0);
	});

	it('keeps a written plan’s pages within 40 KB before compression', async () => {
		const grace = await signedIn(GRACE);
		for (const path of [
			'/c/demo/plan',
			'/c/demo/plan/edit',
			'/c/demo/plan/versions',
			'/c/demo/plan/versions/1'
		]) {
			const answer = await grace.get(path, { 'accept-encoding': 'identity' });
			expect(answer.status, path).toBe(200);
			expect(answer.body.length, path).toBeLessThan(40 * 1024);
		}
	});

	it('answers a malformed address with not found, never a fault', async () => {
		const adviser = await signedIn(adviserName);
		for (const path of [
			'/c/demo/manage/support/plans/not-a-member',
			`/c/demo/manage/support/plans/${graceId}/versions/0`,
			`/c/demo/manage/support/plans/${graceId}/versions/abc`,
			`/c/demo/manage/support/plans/${graceId}/versions/999999`
		]) {
			expect((await adviser.get(path)).status, path).toBe(404);
		}
		const grace = await signedIn(GRACE);
		expect((await grace.get('/c/demo/plan/versions/99999999999')).status).toBe(404);
		expect((await grace.get('/c/demo/plan/versions?page=abc')).status).toBe(200);
		expect((await client().get('/c/demo/plan')).status).toBe(303);
	});
});
