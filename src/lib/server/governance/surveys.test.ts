import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import type { Kysely } from 'kysely';
import { describe, expect, it } from 'vitest';
import { describeEachDatabase } from '../../../../tests/support/database';
import { centreDetails } from '../../../../tests/support/fixtures';
import { translator } from '../../i18n/translate';
import { createCentre, type Centre } from '../centres/centres.service';
import { createPerson, type Actor } from '../identity/identity.service';
import { ForbiddenError, NotFoundError, RuleError } from '../platform/errors';
import type { Database } from '../schema';
import {
	barChart,
	protectEach,
	protectPartition,
	SMALLEST_SHOWN,
	toCsv,
	type Figure
} from './survey-figures';
import {
	answerSurvey,
	createSurvey,
	deleteSurvey,
	gaps,
	localise,
	moveQuestion,
	questionChart,
	removeQuestion,
	resultsCsv,
	saveQuestion,
	setSurveyState,
	shuffleAnswers,
	surveyForStaff,
	surveyResults,
	surveysToManage,
	surveyToAnswer,
	updateSurvey,
	writtenAnswers
} from './surveys';
import {
	parseQuestionForm,
	parseSurveyForm,
	type QuestionInput,
	type SurveyInput
} from './surveys.schemas';

const t = translator('en');

describe('the survey form', () => {
	const centreLocales = ['en', 'pl', 'ar'] as const;

	it('puts the main language first and needs a title in it only', () => {
		const parsed = parseSurveyForm(
			{ locales: ['pl', 'en'], 'title-pl': ' Czego potrzebujesz? ', 'title-en': '' },
			{ centreLocales: [...centreLocales], main: 'pl', fixedLocales: null }
		);
		expect(parsed.ok && parsed.data).toEqual({
			locales: ['pl', 'en'],
			texts: {
				pl: { title: 'Czego potrzebujesz?', introduction: '' },
				en: { title: '', introduction: '' }
			}
		});
		const noTitle = parseSurveyForm(
			{ locales: ['pl', 'en'], 'title-en': 'What do you need?' },
			{ centreLocales: [...centreLocales], main: 'pl', fixedLocales: null }
		);
		expect(!noTitle.ok && noTitle.errors).toEqual({ 'title-pl': 'surveys.titleRequired' });
	});

	it('names a language the centre does not speak, none at all, and a title too long', () => {
		const bad = parseSurveyForm(
			{ locales: ['en', 'fr'], 'title-en': 'x'.repeat(121) },
			{ centreLocales: [...centreLocales], main: 'en', fixedLocales: null }
		);
		expect(!bad.ok && bad.errors).toEqual({
			locales: 'surveys.languageUnknown',
			'title-en': 'surveys.titleTooLong'
		});
		const none = parseSurveyForm(
			{},
			{ centreLocales: [...centreLocales], main: 'en', fixedLocales: null }
		);
		expect(!none.ok && none.errors).toEqual({ locales: 'surveys.languagesRequired' });
	});
});

describe('the question form', () => {
	it('reads options line by line in each language, and a scale’s points and ends', () => {
		const choice = parseQuestionForm(
			{
				kind: 'multiple',
				'text-pl': 'Czego potrzebujesz?',
				'options-pl': 'Angielski\n\n  Porady prawne \r\nOpieka',
				'text-en': 'What do you need?',
				'options-en': 'English\nLegal advice\nChildcare'
			},
			['pl', 'en']
		);
		expect(choice.ok && choice.data.optionLabels).toEqual([
			{ pl: 'Angielski', en: 'English' },
			{ pl: 'Porady prawne', en: 'Legal advice' },
			{ pl: 'Opieka', en: 'Childcare' }
		]);
		const scale = parseQuestionForm(
			{ kind: 'scale', points: '7', 'text-pl': 'Jak?', 'low-pl': 'Źle', 'high-pl': 'Dobrze' },
			['pl', 'en']
		);
		expect(scale.ok && scale.data).toMatchObject({
			kind: 'scale',
			points: 7,
			texts: { pl: { text: 'Jak?', low: 'Źle', high: 'Dobrze' }, en: { text: '' } },
			optionLabels: []
		});
	});

	it('names each problem beside its field', () => {
		const bad = parseQuestionForm(
			{
				kind: 'single',
				'text-pl': '',
				'options-pl': 'Tylko jedna',
				'options-en': 'One\nTwo'
			},
			['pl', 'en']
		);
		expect(!bad.ok && bad.errors).toEqual({
			'text-pl': 'surveys.questionRequired',
			'options-pl': 'surveys.optionsTooFew',
			'options-en': 'surveys.optionsMismatch'
		});
		for (const points of ['1', '11', 'five', '2.5']) {
			const wrong = parseQuestionForm({ kind: 'scale', points, 'text-pl': 'Jak?' }, ['pl']);
			expect(!wrong.ok && wrong.errors, points).toEqual({ points: 'surveys.pointsInvalid' });
		}
		const kind = parseQuestionForm({ kind: 'essay', 'text-pl': 'Jak?' }, ['pl']);
		expect(!kind.ok && kind.errors).toMatchObject({ kind: 'surveys.kindInvalid' });
	});
});

/**
 * Every value each hidden count could have, for a reader who knows the total, the shown counts,
 * and the rule: a count shown as "fewer than 5" is 1 to 4, a count hidden to protect another is
 * 0 or 5 and more. Found by trying every combination, independently of the rule's own reasoning.
 */
function possibleValues(figures: Figure[], total: number): Set<number>[] {
	const shownSum = figures.reduce((sum, figure) => sum + (figure.shown ? figure.count : 0), 0);
	const hidden = figures.flatMap((figure, index) => (figure.shown ? [] : [{ figure, index }]));
	const seen = hidden.map(() => new Set<number>());
	const fits = (figure: Figure, value: number) =>
		!figure.shown &&
		(figure.reason === 'small' ? value >= 1 && value <= 4 : value === 0 || value >= 5);
	const chosen: number[] = [];
	const walk = (position: number, left: number) => {
		if (position === hidden.length) {
			if (left === 0) chosen.forEach((value, index) => seen[index]?.add(value));
			return;
		}
		const { figure } = hidden[position] as (typeof hidden)[number];
		for (let value = 0; value <= left; value += 1) {
			if (!fits(figure, value)) continue;
			chosen.push(value);
			walk(position + 1, left - value);
			chosen.pop();
		}
	};
	walk(0, total - shownSum);
	return seen;
}

describe('hiding small groups', () => {
	it('hides counts of 1 to 4, and keeps zero and five', () => {
		expect(protectEach([0, 1, 4, 5, 12])).toEqual([
			{ shown: true, count: 0 },
			{ shown: false, reason: 'small' },
			{ shown: false, reason: 'small' },
			{ shown: true, count: 5 },
			{ shown: true, count: 12 }
		]);
	});

	it('hides a second count when one hidden count could be found by subtraction', () => {
		// 3 + 10 + 12 = 25: with 10 and 12 and the total shown, the 3 would follow.
		expect(protectPartition([3, 10, 12])).toEqual([
			{ shown: false, reason: 'small' },
			{ shown: false, reason: 'protects' },
			{ shown: true, count: 12 }
		]);
		// Two small counts of 4 in a total of 8 would both be known to be 4: nothing can be shown.
		expect(protectPartition([4, 4])).toBeNull();
		// Nothing small: everything shown.
		expect(protectPartition([5, 0, 9])).toEqual([
			{ shown: true, count: 5 },
			{ shown: true, count: 0 },
			{ shown: true, count: 9 }
		]);
	});

	it('never lets a hidden count be worked out from the total and what is shown', () => {
		fc.assert(
			fc.property(fc.array(fc.nat({ max: 12 }), { minLength: 1, maxLength: 5 }), (counts) => {
				const total = counts.reduce((sum, count) => sum + count, 0);
				const figures = protectPartition(counts);
				if (figures === null) return;
				figures.forEach((figure, index) => {
					const count = counts[index] as number;
					if (figure.shown) expect(figure.count).toBe(count);
					// Every group of 1 to 4 is hidden, whatever else happens.
					if (count > 0 && count < SMALLEST_SHOWN) expect(figure.shown).toBe(false);
				});
				for (const values of possibleValues(figures, total)) {
					expect(values.size, `counts ${counts.join(', ')}`).toBeGreaterThanOrEqual(2);
				}
			}),
			{ numRuns: 400 }
		);
	});
});

describe('the CSV', () => {
	it('starts with a byte order mark, quotes what needs it and defuses formulas', () => {
		const csv = toCsv([
			['Pytanie', 'Odpowiedź', 'Liczba'],
			['Czy "tak", czy nie?', 'Tak\nna pewno', 12],
			['=HYPERLINK("x")', '-3', '@home'],
			['سؤال', 'نعم', 7]
		]);
		expect(csv.startsWith('\uFEFF')).toBe(true);
		expect(csv.slice(1).split('\r\n')).toEqual([
			'Pytanie,Odpowiedź,Liczba',
			'"Czy ""tak"", czy nie?","Tak\nna pewno",12',
			`"'=HYPERLINK(""x"")",'-3,'@home`,
			'سؤال,نعم,7',
			''
		]);
	});
});

describe('the bar chart', () => {
	const bars = [
		{ label: 'Tak <b>', count: 10, value: '10 (50%)' },
		{ label: 'Nie', count: 5, value: '5 (25%)' },
		{ label: 'Może', count: null, value: 'fewer than 5' }
	];

	it('is an image with a text alternative, its words escaped, its hidden count only an outline', () => {
		const svg = barChart({ bars, dir: 'ltr', title: 'Answers to "Czy?"' });
		expect(svg).toMatch(/^<svg [^>]*role="img"[^>]*aria-label="Answers to &quot;Czy\?&quot;"/);
		expect(svg).not.toContain('<b>');
		expect(svg).toContain('Tak &lt;b&gt; — 10 (50%)');
		expect(svg).not.toMatch(/<script|style=/);
		const rects = [...svg.matchAll(/<rect x="(\d+)" y="\d+" width="(\d+)"[^>]*>/g)];
		expect(rects.map((rect) => [Number(rect[1]), Number(rect[2])])).toEqual([
			[0, 600],
			[0, 300],
			[0, 40]
		]);
		expect(rects[2]?.[0]).toContain('stroke-dasharray');
	});

	it('grows its bars from the right in a right-to-left language', () => {
		const svg = barChart({ bars, dir: 'rtl', title: 'نتائج' });
		const starts = [...svg.matchAll(/<rect x="(\d+)" y="\d+" width="(\d+)"/g)].map(
			(rect) => Number(rect[1]) + Number(rect[2])
		);
		expect(starts).toEqual([600, 600, 600]);
		expect(svg).toContain('direction="rtl"');
	});
});

describeEachDatabase('surveys', (database) => {
	const key = randomBytes(32);

	interface Setting {
		centre: Centre;
		coordinator: Actor;
		adviser: Actor;
		member: Actor;
	}

	async function setting(db: Kysely<Database>, name: string): Promise<Setting> {
		const centre = await createCentre(db, {
			...centreDetails(name),
			defaultLocale: 'pl',
			locales: ['pl', 'en', 'ar']
		});
		const person = (chosenName: string, roles: Actor['roles']) =>
			createPerson(db, centre.id, {
				chosenName,
				passphraseHash: 'x',
				roles: [...roles],
				languages: []
			}).then((accountId) => ({ accountId, centreId: centre.id, roles }));
		return {
			centre,
			coordinator: await person(`${name} coordinator`, ['member', 'coordinator']),
			adviser: await person(`${name} adviser`, ['member', 'adviser']),
			member: await person(`${name} member`, ['member'])
		};
	}

	const surveyInput: SurveyInput = {
		locales: ['pl', 'en'],
		texts: {
			pl: { title: 'Czego potrzebujesz?', introduction: 'Planujemy.' },
			en: { title: 'What do you need?', introduction: 'We are planning.' }
		}
	};
	const single: QuestionInput = {
		kind: 'single',
		points: 0,
		texts: { pl: { text: 'Kiedy?', low: '', high: '' }, en: { text: 'When?', low: '', high: '' } },
		optionLabels: [
			{ pl: 'Rano', en: 'Morning' },
			{ pl: 'Wieczorem', en: 'Evening' },
			{ pl: 'W nocy', en: 'Night' }
		]
	};
	const scale: QuestionInput = {
		kind: 'scale',
		points: 5,
		texts: {
			pl: { text: 'Jak się czujesz?', low: 'Źle', high: 'Dobrze' },
			en: { text: 'How welcome?', low: 'Not', high: 'Very' }
		},
		optionLabels: []
	};
	const written: QuestionInput = {
		kind: 'text',
		points: 0,
		texts: {
			pl: { text: 'Coś jeszcze?', low: '', high: '' },
			en: { text: 'More?', low: '', high: '' }
		},
		optionLabels: []
	};
	const NOW = new Date('2026-11-18T12:00:00Z');

	async function openSurvey(db: Kysely<Database>, s: Setting) {
		const id = await createSurvey(db, s.coordinator, surveyInput, NOW);
		const when = await saveQuestion(db, s.coordinator, id, null, single);
		const how = await saveQuestion(db, s.coordinator, id, null, scale);
		const more = await saveQuestion(db, s.coordinator, id, null, written);
		await setSurveyState(db, s.coordinator, id, 'open');
		const survey = await surveyToAnswer(db, s.centre, id);
		const options = survey.questions[0]?.options.map((option) => option.id) ?? [];
		return { id, when, how, more, options };
	}

	it('opens only with a question and every text in every language of the survey', async () => {
		const { db } = database();
		const s = await setting(db, 'Opening');
		const id = await createSurvey(db, s.coordinator, surveyInput, NOW);
		await expect(setSurveyState(db, s.coordinator, id, 'open')).rejects.toThrow(
			new RuleError('surveys.noQuestions')
		);
		const question = await saveQuestion(db, s.coordinator, id, null, {
			...single,
			texts: { pl: single.texts.pl as (typeof single.texts)['pl'] },
			optionLabels: [{ pl: 'Rano' }, { pl: 'Wieczorem', en: 'Evening' }]
		});
		const draft = await surveyForStaff(db, s.coordinator, id);
		expect(gaps(draft)).toEqual([{ question: 1, locale: 'en' }]);
		await expect(setSurveyState(db, s.coordinator, id, 'open')).rejects.toThrow(
			new RuleError('surveys.textsMissing')
		);
		// Drafts are nobody else's business.
		await expect(surveyToAnswer(db, s.centre, id)).rejects.toThrow(NotFoundError);
		await expect(surveyForStaff(db, s.adviser, id)).rejects.toThrow(NotFoundError);
		await saveQuestion(db, s.coordinator, id, question, single);
		await setSurveyState(db, s.coordinator, id, 'open');
		const open = await surveyToAnswer(db, s.centre, id);
		expect(open.state).toBe('open');
		// Shown in Polish to a Polish reader, and in its main language to an Arabic one.
		expect(localise(open, 'pl').questions[0]?.options.map((o) => o.label)).toEqual([
			'Rano',
			'Wieczorem',
			'W nocy'
		]);
		expect(localise(open, 'ar')).toMatchObject({ locale: 'pl', title: 'Czego potrzebujesz?' });
		// Once open, a language cannot be left without its words.
		await expect(
			updateSurvey(db, s.coordinator, id, {
				locales: ['pl', 'en'],
				texts: { ...surveyInput.texts, en: { title: '', introduction: '' } }
			})
		).rejects.toThrow(new RuleError('surveys.textsNeededOnceOpen'));
		expect(
			(await surveysToManage(db, s.adviser, 'en')).map((row) => [row.title, row.state])
		).toEqual([['What do you need?', 'open']]);
	});

	it('keeps an answer with no person, no time and a random identifier, by link and on paper', async () => {
		const { db } = database();
		const s = await setting(db, 'Answering');
		const { id, when, how, more, options } = await openSurvey(db, s);
		const sent = await answerSurvey(
			db,
			s.centre,
			id,
			{ [`q-${when}`]: options[1] as string, [`q-${how}`]: '4', [`q-${more}`]: 'Mam na imię Ewa.' },
			'link',
			key
		);
		expect(sent).toEqual({ ok: true });
		await answerSurvey(db, s.centre, id, { [`q-${how}`]: '2' }, 'paper', key);
		const responses = await db
			.selectFrom('survey_responses')
			.selectAll()
			.where('survey_id', '=', id)
			.execute();
		expect(responses).toHaveLength(2);
		for (const response of responses) {
			expect(Object.keys(response).sort()).toEqual(['centre_id', 'id', 'survey_id']);
			expect(response.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4/);
		}
		const counts = await db
			.selectFrom('surveys')
			.select(['link_count', 'paper_count', 'unshuffled'])
			.where('id', '=', id)
			.executeTakeFirstOrThrow();
		expect(counts).toEqual({ link_count: 1, paper_count: 1, unshuffled: true });
		// The words are sealed at rest.
		const sealed = await db
			.selectFrom('survey_written_answers')
			.select('answer')
			.where('survey_id', '=', id)
			.execute();
		expect(sealed).toHaveLength(1);
		expect(sealed[0]?.answer).toMatch(/^v1\./);
		expect(sealed[0]?.answer).not.toContain('Ewa');
	});

	it('names each bad answer and keeps the others', async () => {
		const { db } = database();
		const s = await setting(db, 'Bad answers');
		const { id, when, how, more, options } = await openSurvey(db, s);
		const good = { [`q-${when}`]: options[0] as string };
		const cases: [Record<string, string | string[]>, Record<string, string>][] = [
			[
				{ ...good, 'q-0196a3c0-0000-7000-8000-0000000000ff': 'x' },
				{ survey: 'surveys.questionUnknown' }
			],
			[{ ...good, 'q-nonsense': 'x' }, { survey: 'surveys.questionUnknown' }],
			[{ [`q-${when}`]: 'not-an-option' }, { [`q-${when}`]: 'surveys.optionUnknown' }],
			[
				{ [`q-${when}`]: [options[0] as string, options[1] as string] },
				{ [`q-${when}`]: 'surveys.chooseOne' }
			],
			[{ ...good, [`q-${how}`]: '6' }, { [`q-${how}`]: 'surveys.scaleOutOfRange' }],
			[{ ...good, [`q-${how}`]: '0' }, { [`q-${how}`]: 'surveys.scaleOutOfRange' }],
			[
				{ ...good, [`q-${more}`]: 'x'.repeat(100 * 1024) },
				{ [`q-${more}`]: 'surveys.answerTooLong' }
			],
			[{ [`q-${when}`]: '', [`q-${more}`]: '   ' }, { survey: 'surveys.answerSomething' }]
		];
		for (const [values, errors] of cases) {
			const result = await answerSurvey(db, s.centre, id, values, 'link', key);
			expect(result).toEqual({ ok: false, values, errors });
		}
		const kept = (table: 'survey_responses' | 'survey_chosen_options') =>
			db.selectFrom(table).selectAll().where('survey_id', '=', id).execute();
		expect(await kept('survey_responses')).toEqual([]);
		await setSurveyState(db, s.coordinator, id, 'closed');
		await expect(answerSurvey(db, s.centre, id, good, 'link', key)).rejects.toThrow(
			new RuleError('surveys.closed')
		);
	});

	it('lets the words change once answered, never the options or questions', async () => {
		const { db } = database();
		const s = await setting(db, 'Frozen');
		const { id, when, how, options } = await openSurvey(db, s);
		await answerSurvey(db, s.centre, id, { [`q-${when}`]: options[2] as string }, 'link', key);
		const fewer = { ...single, optionLabels: single.optionLabels.slice(0, 2) };
		await expect(saveQuestion(db, s.coordinator, id, when, fewer)).rejects.toThrow(
			new RuleError('surveys.answeredNoChange')
		);
		await expect(saveQuestion(db, s.coordinator, id, null, single)).rejects.toThrow(
			new RuleError('surveys.answeredNoChange')
		);
		await expect(removeQuestion(db, s.coordinator, id, how)).rejects.toThrow(
			new RuleError('surveys.answeredNoChange')
		);
		await saveQuestion(db, s.coordinator, id, when, {
			...single,
			optionLabels: [{ pl: 'Rano' }, { pl: 'Wieczorem' }, { pl: 'Nocą' }]
		});
		const survey = await surveyForStaff(db, s.coordinator, id);
		const question = survey.questions.find((q) => q.id === when);
		// The same options, the answer still on the third, its Polish words fixed, English kept.
		expect(question?.options.map((option) => option.id)).toEqual(options);
		expect(question?.options[2]?.labels).toEqual({ pl: 'Nocą', en: 'Night' });
		await moveQuestion(db, s.coordinator, id, how, 'up');
		const moved = await surveyForStaff(db, s.coordinator, id);
		expect(moved.questions.map((q) => [q.id, q.position])).toEqual([
			[how, 1],
			[when, 2],
			[moved.questions[2]?.id, 3]
		]);
	});

	it('shows results with small groups hidden and no total that gives them away', async () => {
		const { db } = database();
		const s = await setting(db, 'Results');
		const { id, when, how, more, options } = await openSurvey(db, s);
		// 12 mornings, 3 evenings, no nights, 1 no answer: 16 responses.
		const plan = [
			...Array.from({ length: 12 }, () => options[0]),
			...Array.from({ length: 3 }, () => options[1]),
			undefined
		];
		for (const [index, option] of plan.entries()) {
			const values: Record<string, string> = { [`q-${how}`]: index < 13 ? '5' : '3' };
			if (option) values[`q-${when}`] = option;
			if (index < 6) values[`q-${more}`] = `Odpowiedź ${index}`;
			await answerSurvey(db, s.centre, id, values, index < 2 ? 'paper' : 'link', key);
		}
		await expect(surveyResults(db, s.adviser, id, 'en')).rejects.toThrow(ForbiddenError);
		const results = await surveyResults(db, s.coordinator, id, 'en');
		expect(results.responses).toBe(16);
		// With 14 by link and 16 in all, the 2 on paper would follow: the 14 is hidden too.
		expect(results.routes).toEqual({
			link: { shown: false, reason: 'protects' },
			paper: { shown: false, reason: 'small' }
		});
		const [whenResult, howResult, moreResult] = results.questions;
		// Evening (3) and no answer (1) are both hidden; together they make 4, so neither follows.
		expect(whenResult?.rows?.map((row) => [row.label, row.figure, row.percent])).toEqual([
			['Morning', { shown: true, count: 12 }, 75],
			['Evening', { shown: false, reason: 'small' }, null],
			['Night', { shown: true, count: 0 }, 0],
			['', { shown: false, reason: 'small' }, null]
		]);
		// Three said 3 and thirteen said 5: showing the 13 would give the 3 away.
		expect(howResult?.rows?.map((row) => row.figure)).toEqual([
			{ shown: true, count: 0 },
			{ shown: true, count: 0 },
			{ shown: false, reason: 'small' },
			{ shown: true, count: 0 },
			{ shown: false, reason: 'protects' },
			{ shown: true, count: 0 }
		]);
		expect(moreResult?.written).toEqual({ shown: true, count: 6 });
		expect(questionChart(whenResult!, t, 'ltr')).toContain('Evening — fewer than 5');
		expect(questionChart(howResult!, t, 'ltr')).toContain('5 — hidden, to protect a small group');
		const csv = resultsCsv(results, t);
		expect(csv).toContain('\r\n1,When?,Morning,12,75\r\n');
		expect(csv).toContain('1,When?,Evening,fewer than 5,\r\n');
		expect(csv).not.toContain('Odpowiedź');
		// The words themselves: six written, all shown to a coordinator, and the reading audited.
		const page = await writtenAnswers(db, s.coordinator, id, more, 1, key);
		expect(page?.answers.sort()).toEqual([0, 1, 2, 3, 4, 5].map((n) => `Odpowiedź ${n}`));
		const audit = await db
			.selectFrom('audit_events')
			.select(['action', 'subject_id'])
			.where('action', '=', 'surveys.written_answers_read')
			.where('subject_id', '=', more)
			.execute();
		expect(audit).toEqual([{ action: 'surveys.written_answers_read', subject_id: more }]);
	});

	it('lists written answers only when at least five wrote one', async () => {
		const { db } = database();
		const s = await setting(db, 'Few words');
		const { id, more } = await openSurvey(db, s);
		for (let index = 0; index < 4; index += 1) {
			await answerSurvey(db, s.centre, id, { [`q-${more}`]: `Słowa ${index}` }, 'link', key);
		}
		expect(await writtenAnswers(db, s.coordinator, id, more, 1, key)).toBeNull();
		const results = await surveyResults(db, s.coordinator, id, 'pl');
		expect(results).toMatchObject({ responses: null, questions: [] });
	});

	it('shuffles stored answers into the order of their random identifiers', async () => {
		const { db, pool } = database();
		const s = await setting(db, 'Shuffle');
		const { id, how } = await openSurvey(db, s);
		for (let index = 0; index < 8; index += 1) {
			await answerSurvey(db, s.centre, id, { [`q-${how}`]: String((index % 5) + 1) }, 'link', key);
		}
		const chosen = () =>
			db.selectFrom('survey_chosen_options').selectAll().where('survey_id', '=', id).execute();
		const before = await chosen();
		expect(await shuffleAnswers(db)).toBeGreaterThanOrEqual(1);
		const { rows } = await pool.query<{ id: string; xmin: string }>(
			'select id, xmin::text from survey_responses where survey_id = $1 order by ctid',
			[id]
		);
		// Stored in the order of the random identifiers, all by one transaction.
		expect(rows.map((row) => row.id)).toEqual(rows.map((row) => row.id).sort());
		expect(new Set(rows.map((row) => row.xmin)).size).toBe(1);
		const after = await chosen();
		const key_ = (row: (typeof before)[number]) => `${row.response_id}/${row.option_id}`;
		expect(after.map(key_).sort()).toEqual(before.map(key_).sort());
		expect(await shuffleAnswers(db)).toBe(0);
	});

	it('lets only a coordinator build, and deletes a survey with every answer', async () => {
		const { db } = database();
		const s = await setting(db, 'Roles');
		await expect(createSurvey(db, s.adviser, surveyInput, NOW)).rejects.toThrow(ForbiddenError);
		await expect(surveysToManage(db, s.member, 'pl')).rejects.toThrow(ForbiddenError);
		const { id, how } = await openSurvey(db, s);
		await answerSurvey(db, s.centre, id, { [`q-${how}`]: '3' }, 'link', key);
		await expect(deleteSurvey(db, s.adviser, id)).rejects.toThrow(ForbiddenError);
		await deleteSurvey(db, s.coordinator, id);
		const kept = (table: 'survey_responses' | 'survey_chosen_options') =>
			db.selectFrom(table).selectAll().where('survey_id', '=', id).execute();
		expect(await kept('survey_responses')).toEqual([]);
		expect(await kept('survey_chosen_options')).toEqual([]);
		await expect(surveyToAnswer(db, s.centre, id)).rejects.toThrow(NotFoundError);
	});
});
