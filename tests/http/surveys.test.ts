import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../src/lib/i18n/messages/en';
import {
	checkedValues,
	controls,
	decodeHtml,
	fieldValue,
	HttpClient,
	showsStackTrace,
	signedInAs,
	type Fields
} from '../support/http-client';
import { message, queryRows, title, words } from '../support/pages';
import { startHearth, type RunningHearth } from '../support/server';

const PASSPHRASE = 'open door warm kettle';
const COORDINATOR = 'Coordinator (demo)';
const ADVISER = 'Tomasz (demo)';
const MEMBER = 'Joana (demo)';

interface DemoSurvey {
	id: string;
	/** Question identifiers by kind. */
	single: string;
	multiple: string;
	scale: string;
	text: string;
	/** The first option of the single-choice question. */
	option: string;
}

async function demoSurvey(databaseUrl: string): Promise<DemoSurvey> {
	const questions = await queryRows<{ survey_id: string; id: string; kind: string }>(
		databaseUrl,
		`select q.survey_id, q.id, q.kind from survey_questions q join centres c on c.id = q.centre_id
		 where c.slug = 'demo' order by q.position`
	);
	const byKind = (kind: string) => questions.find((question) => question.kind === kind)?.id ?? '';
	const [option] = await queryRows<{ id: string }>(
		databaseUrl,
		'select id from survey_options where question_id = $1 order by position limit 1',
		[byKind('single')]
	);
	return {
		id: questions[0]?.survey_id ?? '',
		single: byKind('single'),
		multiple: byKind('multiple'),
		scale: byKind('scale'),
		text: byKind('text'),
		option: option?.id ?? ''
	};
}

async function responses(databaseUrl: string, surveyId: string): Promise<number> {
	const [row] = await queryRows<{ n: number }>(
		databaseUrl,
		'select count(*)::int as n from survey_responses where survey_id = $1',
		[surveyId]
	);
	return row?.n ?? 0;
}

describe('surveys over HTTP', () => {
	let hearth: RunningHearth;
	let survey: DemoSurvey;
	const traces: string[] = [];
	const client = () =>
		new HttpClient(hearth.url, {
			observe: (answer) => {
				if (showsStackTrace(answer.body)) traces.push(`${answer.method} ${answer.path}`);
			}
		});
	const signedIn = (chosenName: string) => signedInAs(client(), chosenName, PASSPHRASE);
	const page = () => `/c/demo/surveys/${survey.id}`;

	beforeAll(async () => {
		hearth = await startHearth({ HEARTH_DEMO: '1' });
		survey = await demoSurvey(hearth.databaseUrl);
	});
	afterAll(async () => {
		await hearth?.stop();
		expect(traces).toEqual([]);
	});

	it('lets anyone answer by link with no account, setting no cookie, in a small page', async () => {
		const visitor = client();
		for (const path of ['/c/demo/surveys', page()]) {
			const answer = await visitor.get(path, { 'accept-encoding': 'identity' });
			expect(answer.status, path).toBe(200);
			expect(answer.body.length, path).toBeLessThan(40 * 1024);
			expect(answer.setCookies, path).toEqual([]);
		}
		const list = await visitor.get('/c/demo/surveys');
		expect(words(list.body)).toContain('What should the centre do next?');
		const before = await responses(hearth.databaseUrl, survey.id);
		const sent = await visitor.post(`${page()}?/answer`, {
			[`q-${survey.single}`]: survey.option,
			[`q-${survey.scale}`]: '4',
			[`q-${survey.text}`]: 'More evening classes, please.'
		});
		expect(sent.status).toBe(303);
		expect(sent.location).toBe(`${page()}/thanks`);
		expect(sent.setCookies).toEqual([]);
		const thanks = await visitor.follow(sent);
		expect(title(thanks.body)).toContain('Thank you');
		expect(await responses(hearth.databaseUrl, survey.id)).toBe(before + 1);
	});

	it('names each bad answer, keeps the others, and stores nothing', async () => {
		const visitor = client();
		const before = await responses(hearth.databaseUrl, survey.id);
		const long = 'słowo '.repeat(20_000).slice(0, 100 * 1024);
		const cases: [Fields, keyof typeof en][] = [
			[{ 'q-0196a3c0-0000-7000-8000-0000000000ff': 'yes' }, 'surveys.questionUnknown'],
			[{ 'q-<script>': 'x' }, 'surveys.questionUnknown'],
			[{ [`q-${survey.text}`]: long }, 'surveys.answerTooLong'],
			[{ [`q-${survey.single}`]: 'not-an-option' }, 'surveys.optionUnknown'],
			[{ [`q-${survey.multiple}`]: ['x', 'y'] }, 'surveys.optionUnknown'],
			[{ [`q-${survey.scale}`]: '9' }, 'surveys.scaleOutOfRange'],
			[{ [`q-${survey.scale}`]: '-1' }, 'surveys.scaleOutOfRange'],
			[{ [`q-${survey.text}`]: '' }, 'surveys.answerSomething']
		];
		for (const [extra, key] of cases) {
			const sent: Fields = {
				[`q-${survey.single}`]: survey.option,
				[`q-${survey.text}`]: 'Kept words',
				...extra
			};
			if (key === 'surveys.answerSomething') delete sent[`q-${survey.single}`];
			const answer = await visitor.post(`${page()}?/answer`, sent);
			expect(answer.status, key).toBe(400);
			expect(title(answer.body), key).toMatch(/^Error: /);
			expect(decodeHtml(answer.body), key).toContain(message(key));
			if (key !== 'surveys.optionUnknown' && key !== 'surveys.answerSomething') {
				expect(checkedValues(answer.body, `q-${survey.single}`), key).toEqual([survey.option]);
			}
		}
		// The 100 KB answer comes back whole, to be shortened rather than typed again.
		const tooLong = await visitor.post(`${page()}?/answer`, { [`q-${survey.text}`]: long });
		expect(fieldValue(tooLong.body, `q-${survey.text}`)).toBe(long);
		expect(await responses(hearth.databaseUrl, survey.id)).toBe(before);
	});

	it('answers 404 for surveys that are not there, and keeps staff pages to staff', async () => {
		const visitor = client();
		for (const path of [
			'/c/demo/surveys/not-a-uuid',
			'/c/demo/surveys/0196a3c0-0000-7000-8000-0000000000ff',
			'/c/demo/surveys/0196a3c0-0000-7000-8000-0000000000ff/thanks'
		]) {
			expect((await visitor.get(path)).status, path).toBe(404);
		}
		const manage = await visitor.get('/c/demo/manage/surveys');
		expect(manage.status).toBe(303);
		const member = await signedIn(MEMBER);
		expect((await member.get('/c/demo/manage/surveys')).status).toBe(403);
		expect((await member.get(`/c/demo/manage/surveys/${survey.id}/results.csv`)).status).toBe(403);
		// An adviser types in paper answers and prints, but neither builds nor reads results.
		const adviser = await signedIn(ADVISER);
		expect((await adviser.get(`/c/demo/manage/surveys/${survey.id}/paper`)).status).toBe(200);
		expect((await adviser.get(`/c/demo/manage/surveys/${survey.id}/print`)).status).toBe(200);
		expect((await adviser.get(`/c/demo/manage/surveys/${survey.id}/results`)).status).toBe(403);
		expect((await adviser.get(`/c/demo/manage/surveys/${survey.id}`)).status).toBe(403);
		expect((await adviser.post('/c/demo/manage/surveys/new?/save', {})).status).toBe(403);
	});

	it('takes a paper answer typed in by a volunteer, and counts it as paper only', async () => {
		const adviser = await signedIn(ADVISER);
		const [before] = await queryRows<{ paper_count: number }>(
			hearth.databaseUrl,
			'select paper_count from surveys where id = $1',
			[survey.id]
		);
		const path = `/c/demo/manage/surveys/${survey.id}/paper`;
		const form = await adviser.get(`${path}?lang=pl`);
		expect(decodeHtml(form.body)).toContain('Kiedy możesz przychodzić do centrum?');
		const bad = await adviser.post(`${path}?/save`, {
			lang: 'pl',
			[`q-${survey.single}`]: survey.option,
			[`q-${survey.scale}`]: '11'
		});
		expect(bad.status).toBe(400);
		expect(checkedValues(bad.body, `q-${survey.single}`)).toEqual([survey.option]);
		const saved = await adviser.post(`${path}?/save`, {
			lang: 'pl',
			[`q-${survey.single}`]: survey.option,
			[`q-${survey.scale}`]: '5'
		});
		expect(saved.status).toBe(303);
		expect(saved.location).toBe(`${path}?lang=pl&saved`);
		const [after] = await queryRows<{ paper_count: number }>(
			hearth.databaseUrl,
			'select paper_count from surveys where id = $1',
			[survey.id]
		);
		expect(after?.paper_count).toBe((before?.paper_count ?? 0) + 1);
	});

	it('shows results as SVG on the server and gives a CSV of the same hidden figures', async () => {
		const coordinator = await signedIn(COORDINATOR);
		const results = await coordinator.get(`/c/demo/manage/surveys/${survey.id}/results`);
		expect(results.status).toBe(200);
		expect(results.body).toMatch(/<svg [^>]*role="img"/);
		expect(results.body).not.toContain('<script');
		expect(words(results.body)).toContain(message('surveys.fewerThanFive'));
		const csv = await coordinator.get(`/c/demo/manage/surveys/${survey.id}/results.csv`);
		expect(csv.status).toBe(200);
		expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
		expect(csv.headers.get('content-disposition')).toBe(
			`attachment; filename="survey-${survey.id}.csv"`
		);
		// fetch's text() drops a leading byte order mark; the bytes keep it.
		const raw = await fetch(`${hearth.url}/c/demo/manage/surveys/${survey.id}/results.csv`, {
			headers: { cookie: [...coordinator.cookies].map(([k, v]) => `${k}=${v}`).join('; ') }
		});
		const bytes = new Uint8Array(await raw.arrayBuffer());
		expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		expect(csv.body).toContain('fewer than 5');
		expect(csv.body).not.toContain('More evening classes');
	});

	it('names every problem of the builder’s forms and keeps what was typed', async () => {
		const coordinator = await signedIn(COORDINATOR);
		const noTitle = await coordinator.post('/c/demo/manage/surveys/new?/save', {
			locales: ['en', 'pl'],
			'title-pl': 'Ankieta',
			'introduction-en': 'Why we ask'
		});
		expect(noTitle.status).toBe(400);
		expect(decodeHtml(noTitle.body)).toContain(message('surveys.titleRequired'));
		expect(fieldValue(noTitle.body, 'title-pl')).toBe('Ankieta');
		const made = await coordinator.post('/c/demo/manage/surveys/new?/save', {
			locales: ['en', 'pl'],
			'title-en': 'Night transport',
			'title-pl': 'Transport nocny'
		});
		expect(made.status).toBe(303);
		const base = (made.location ?? '').split('?')[0] ?? '';
		const mismatch = await coordinator.post(`${base}/questions/new?/save`, {
			kind: 'single',
			'text-en': 'How do you get home?',
			'options-en': 'Bus\nBike\nWalk',
			'options-pl': 'Autobus\nRower'
		});
		expect(mismatch.status).toBe(400);
		expect(decodeHtml(mismatch.body)).toContain(message('surveys.optionsMismatch'));
		expect(fieldValue(mismatch.body, 'options-en')).toBe('Bus\nBike\nWalk');
		// Opening with Polish missing is refused, and the page says what is missing.
		await coordinator.post(`${base}/questions/new?/save`, {
			kind: 'single',
			'text-en': 'How do you get home?',
			'options-en': 'Bus\nBike'
		});
		const refused = await coordinator.post(`${base}?/open`, {});
		expect(refused.status).toBe(409);
		expect(decodeHtml(refused.body)).toContain(message('surveys.textsMissing'));
		expect(words(refused.body)).toContain('question 1 in Polski');
		// A draft is nobody else's to see.
		const draftId = base.split('/').at(-1) ?? '';
		expect((await client().get(`/c/demo/surveys/${draftId}`)).status).toBe(404);
		expect(controls(refused.body).some((c) => c.attributes.get('name') === 'locales')).toBe(true);
	});

	it('tells someone answering a closed survey that it has closed, calmly', async () => {
		const coordinator = await signedIn(COORDINATOR);
		const visitor = client();
		const form = await visitor.get(page());
		expect(form.status).toBe(200);
		const close = await coordinator.post(`/c/demo/manage/surveys/${survey.id}?/close`, {});
		expect(close.status).toBe(303);
		const late = await visitor.post(`${page()}?/answer`, {
			[`q-${survey.single}`]: survey.option
		});
		expect(late.status).toBe(409);
		expect(words(late.body)).toContain(message('surveys.closedTitle'));
		const closed = await visitor.get(page());
		expect(closed.status).toBe(200);
		expect(words(closed.body)).toContain(message('surveys.closedTitle'));
		expect(
			controls(closed.body).filter(
				(c) => c.tag !== 'input' || c.attributes.get('type') !== 'hidden'
			)
		).toHaveLength(0);
	});
});
