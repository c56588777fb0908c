import { randomUUID } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { FieldErrors, FormValues } from '../../form-types';
import { isLocale, type Locale } from '../../i18n/locales';
import type { MessageKey } from '../../i18n/messages/en';
import type { Translate } from '../../i18n/translate';
import type { Centre } from '../centres/centres.service';
import { text } from '../forms';
import { requireRole, type Actor } from '../identity/identity.service';
import { recordAudit } from '../platform/audit';
import { open, seal } from '../platform/crypto';
import { inCentre } from '../platform/database';
import { NotFoundError, RuleError } from '../platform/errors';
import { uuidv7 } from '../platform/ids';
import type { Database, Db } from '../schema';
import {
	barChart,
	percentOf,
	protectEach,
	protectPartition,
	SMALLEST_SHOWN,
	toCsv,
	type Figure
} from './survey-figures';
import { ANSWER_MAX, QUESTIONS_MAX, type QuestionInput, type SurveyInput } from './surveys.schemas';
import type { QuestionKind, QuestionText, SurveyState, SurveyText } from './surveys.tables';

/**
 * Community needs surveys. A response keeps no account, address or time: a random identifier and
 * the answers. Coordinators build surveys and read their results, which show no group smaller
 * than five; advisers, organisers and coordinators print them and type in paper answers.
 */

export type AnswerRoute = 'link' | 'paper';

export interface SurveyOption {
	id: string;
	position: number;
	labels: Record<string, string>;
}

export interface SurveyQuestion {
	id: string;
	position: number;
	kind: QuestionKind;
	texts: Record<string, QuestionText>;
	options: SurveyOption[];
}

export interface Survey {
	id: string;
	state: SurveyState;
	/** The main language first. */
	locales: Locale[];
	texts: Record<string, SurveyText>;
	questions: SurveyQuestion[];
	responses: number;
	linkCount: number;
	paperCount: number;
}

export interface SurveySummary {
	id: string;
	state: SurveyState;
	title: string;
	questions: number;
	responses: number;
}

/** What stops a survey from opening: a text missing in a language, or no question at all. */
export interface Gap {
	/** Null: the survey's own title. */
	question: number | null;
	locale: Locale;
}

/** The survey's texts in one language, falling back to its main language where one is missing. */
export interface LocalisedSurvey {
	id: string;
	state: SurveyState;
	locale: Locale;
	locales: Locale[];
	title: string;
	introduction: string;
	questions: {
		id: string;
		position: number;
		kind: QuestionKind;
		text: string;
		low: string;
		high: string;
		options: { id: string; value: string; label: string }[];
	}[];
}

const staff = ['adviser', 'organiser', 'coordinator'] as const;

/** The language to show a survey in: the reader's when the survey has it, else its main one. */
export function surveyLocale(survey: Pick<Survey, 'locales'>, wanted: Locale): Locale {
	return survey.locales.includes(wanted) ? wanted : (survey.locales[0] ?? wanted);
}

export function localise(survey: Survey, wanted: Locale): LocalisedSurvey {
	const locale = surveyLocale(survey, wanted);
	const main = survey.locales[0] ?? locale;
	const pick = <T>(texts: Record<string, T>): T | undefined => texts[locale] ?? texts[main];
	const surveyText = pick(survey.texts);
	return {
		id: survey.id,
		state: survey.state,
		locale,
		locales: survey.locales,
		title: surveyText?.title || survey.texts[main]?.title || '',
		introduction: surveyText?.introduction ?? '',
		questions: survey.questions.map((question) => {
			const texts = pick(question.texts);
			return {
				id: question.id,
				position: question.position,
				kind: question.kind,
				text: texts?.text || question.texts[main]?.text || '',
				low: texts?.low ?? '',
				high: texts?.high ?? '',
				options: question.options.map((option) => ({
					id: option.id,
					// A scale is answered with its point; a choice with the option's identifier.
					value: question.kind === 'scale' ? String(option.position) : option.id,
					label:
						question.kind === 'scale'
							? String(option.position)
							: option.labels[locale] || option.labels[main] || ''
				}))
			};
		})
	};
}

/** Every text the survey needs in each of its languages before it can open. */
export function gaps(survey: Pick<Survey, 'locales' | 'texts' | 'questions'>): Gap[] {
	const found: Gap[] = [];
	for (const locale of survey.locales) {
		if (!survey.texts[locale]?.title) found.push({ question: null, locale });
		for (const question of survey.questions) {
			const texts = question.texts[locale];
			const complete =
				!!texts?.text &&
				(question.kind !== 'scale' || (!!texts.low && !!texts.high)) &&
				question.options.every(
					(option) =>
						question.kind === 'scale' || question.kind === 'text' || !!option.labels[locale]
				);
			if (!complete) found.push({ question: question.position, locale });
		}
	}
	return found;
}

/**
 * A survey with its questions. `lock` holds its row until the transaction ends; `count` counts its
 * responses, which answering does not need.
 */
async function loadSurvey(
	trx: Db,
	centreId: string,
	id: string,
	{ lock = false, count = true }: { lock?: boolean; count?: boolean } = {}
): Promise<Survey> {
	let query = trx
		.selectFrom('surveys')
		.select(['id', 'state', 'locales', 'texts', 'link_count', 'paper_count'])
		.where('centre_id', '=', centreId)
		.where('id', '=', id);
	if (lock) query = query.forUpdate();
	const row = await query.executeTakeFirst();
	if (!row) throw new NotFoundError();
	const [questions, options, { responses }] = await Promise.all([
		trx
			.selectFrom('survey_questions')
			.select(['id', 'position', 'kind', 'texts'])
			.where('centre_id', '=', centreId)
			.where('survey_id', '=', id)
			.orderBy('position')
			.execute(),
		trx
			.selectFrom('survey_options')
			.select(['id', 'question_id', 'position', 'labels'])
			.where('centre_id', '=', centreId)
			.where('survey_id', '=', id)
			.orderBy('position')
			.execute(),
		count
			? trx
					.selectFrom('survey_responses')
					.select((eb) => eb.fn.countAll<number>().as('responses'))
					.where('centre_id', '=', centreId)
					.where('survey_id', '=', id)
					.executeTakeFirstOrThrow()
			: { responses: 0 }
	]);
	return {
		id: row.id,
		state: row.state,
		locales: row.locales.filter(isLocale),
		texts: row.texts,
		questions: questions.map((question) => ({
			id: question.id,
			position: question.position,
			kind: question.kind,
			texts: question.texts,
			options: options
				.filter((option) => option.question_id === question.id)
				.map((option) => ({ id: option.id, position: option.position, labels: option.labels }))
		})),
		responses: Number(responses),
		linkCount: row.link_count,
		paperCount: row.paper_count
	};
}

/** A survey for anyone to answer: an open or closed one; a draft is not there for anyone. */
export async function surveyToAnswer(
	db: Kysely<Database>,
	centre: Centre,
	id: string
): Promise<Survey> {
	const survey = await inCentre(db, centre.id, (trx) => loadSurvey(trx, centre.id, id));
	if (survey.state === 'draft') throw new NotFoundError();
	return survey;
}

/** A survey as the staff see it: coordinators any survey, other staff only an open one. */
export async function surveyForStaff(
	db: Kysely<Database>,
	actor: Actor,
	id: string
): Promise<Survey> {
	requireRole(actor, ...staff);
	const survey = await inCentre(db, actor.centreId, (trx) => loadSurvey(trx, actor.centreId, id));
	if (!actor.roles.includes('coordinator') && survey.state !== 'open') throw new NotFoundError();
	return survey;
}

/** The open surveys, titled in the reader's language where the survey has it. */
export async function openSurveys(
	db: Kysely<Database>,
	centre: Centre,
	locale: Locale
): Promise<{ id: string; title: string; locale: Locale }[]> {
	const rows = await inCentre(db, centre.id, (trx) =>
		trx
			.selectFrom('surveys')
			.select(['id', 'locales', 'texts'])
			.where('centre_id', '=', centre.id)
			.where('state', '=', 'open')
			.orderBy('id', 'desc')
			.execute()
	);
	return rows.map((row) => {
		const shown = surveyLocale({ locales: row.locales.filter(isLocale) }, locale);
		return { id: row.id, title: row.texts[shown]?.title ?? '', locale: shown };
	});
}

const LIST_LIMIT = 200;

/** The surveys on the staff's list: every one for a coordinator, the open ones for others. */
export async function surveysToManage(
	db: Kysely<Database>,
	actor: Actor,
	locale: Locale
): Promise<SurveySummary[]> {
	requireRole(actor, ...staff);
	const rows = await inCentre(db, actor.centreId, (trx) => {
		let query = trx
			.selectFrom('surveys as s')
			.select(['s.id', 's.state', 's.locales', 's.texts'])
			.select((eb) => [
				eb
					.selectFrom('survey_questions as q')
					.whereRef('q.centre_id', '=', 's.centre_id')
					.whereRef('q.survey_id', '=', 's.id')
					.select((count) => count.fn.countAll<number>().as('n'))
					.as('questions'),
				eb
					.selectFrom('survey_responses as r')
					.whereRef('r.centre_id', '=', 's.centre_id')
					.whereRef('r.survey_id', '=', 's.id')
					.select((count) => count.fn.countAll<number>().as('n'))
					.as('responses')
			])
			.where('s.centre_id', '=', actor.centreId);
		if (!actor.roles.includes('coordinator')) query = query.where('s.state', '=', 'open');
		// Open first, then drafts, then closed; newest first within each.
		return query
			.orderBy(sql`array_position(array['open', 'draft', 'closed'], s.state)`)
			.orderBy('s.created_at', 'desc')
			.limit(LIST_LIMIT)
			.execute();
	});
	return rows.map((row) => {
		const shown = surveyLocale({ locales: row.locales.filter(isLocale) }, locale);
		return {
			id: row.id,
			state: row.state,
			title: row.texts[shown]?.title ?? '',
			questions: Number(row.questions ?? 0),
			responses: Number(row.responses ?? 0)
		};
	});
}

export async function createSurvey(
	db: Kysely<Database>,
	actor: Actor,
	input: SurveyInput,
	now: Date
): Promise<string> {
	requireRole(actor, 'coordinator');
	const id = uuidv7();
	await inCentre(db, actor.centreId, async (trx) => {
		await trx
			.insertInto('surveys')
			.values({
				centre_id: actor.centreId,
				id,
				locales: input.locales,
				texts: JSON.stringify(input.texts),
				created_at: now
			})
			.execute();
		await recordAudit(trx, {
			action: 'surveys.created',
			centreId: actor.centreId,
			actorId: actor.accountId,
			subjectId: id
		});
	});
	return id;
}

/**
 * Once a survey has opened, its texts may be fixed but never left missing in one of its
 * languages, since people are answering it in them.
 */
function requireComplete(survey: Survey): void {
	if (survey.state !== 'draft' && gaps(survey).length > 0) {
		throw new RuleError('surveys.textsNeededOnceOpen');
	}
}

/** Changes the survey's title and introduction; its languages only while it is a draft. */
export async function updateSurvey(
	db: Kysely<Database>,
	actor: Actor,
	id: string,
	input: SurveyInput
): Promise<void> {
	requireRole(actor, 'coordinator');
	await inCentre(db, actor.centreId, async (trx) => {
		const survey = await loadSurvey(trx, actor.centreId, id, { lock: true });
		const locales = survey.state === 'draft' ? input.locales : survey.locales;
		// Texts in a language taken off the survey are kept, in case it is put back.
		const texts = { ...survey.texts, ...input.texts };
		requireComplete({ ...survey, locales, texts });
		await trx
			.updateTable('surveys')
			.set({ locales, texts: JSON.stringify(texts) })
			.where('centre_id', '=', actor.centreId)
			.where('id', '=', id)
			.execute();
	});
}

function noAnswersYet(survey: Survey): void {
	if (survey.responses > 0) throw new RuleError('surveys.answeredNoChange');
}

/**
 * Adds a question (`questionId` null) or changes one. Once anyone has answered, only the texts
 * may change: not the kind, nor the number of options or points, nor which questions there are.
 */
export async function saveQuestion(
	db: Kysely<Database>,
	actor: Actor,
	surveyId: string,
	questionId: string | null,
	input: QuestionInput
): Promise<string> {
	requireRole(actor, 'coordinator');
	return inCentre(db, actor.centreId, async (trx) => {
		const centreId = actor.centreId;
		const survey = await loadSurvey(trx, centreId, surveyId, { lock: true });
		const existing = questionId ? survey.questions.find((q) => q.id === questionId) : undefined;
		if (questionId && !existing) throw new NotFoundError();
		const optionCount =
			input.kind === 'scale' ? input.points : input.kind === 'text' ? 0 : input.optionLabels.length;
		const structureChanges =
			!existing || existing.kind !== input.kind || existing.options.length !== optionCount;
		if (structureChanges) noAnswersYet(survey);
		if (!existing && survey.questions.length >= QUESTIONS_MAX) {
			throw new RuleError('surveys.tooManyQuestions');
		}
		const id = existing?.id ?? uuidv7();
		// Texts in a language taken off the survey are kept, as the survey's own are.
		const texts = { ...existing?.texts, ...input.texts };
		const labels = (index: number) =>
			input.kind === 'single' || input.kind === 'multiple'
				? { ...existing?.options[index]?.labels, ...input.optionLabels[index] }
				: {};
		const options: SurveyOption[] = Array.from({ length: optionCount }, (_, index) => ({
			id: (structureChanges ? undefined : existing?.options[index]?.id) ?? uuidv7(),
			position: index + 1,
			labels: labels(index)
		}));
		const position = existing?.position ?? survey.questions.length + 1;
		const question: SurveyQuestion = { id, position, kind: input.kind, texts, options };
		requireComplete({
			...survey,
			questions: existing
				? survey.questions.map((q) => (q.id === id ? question : q))
				: [...survey.questions, question]
		});
		if (existing) {
			await trx
				.updateTable('survey_questions')
				.set({ kind: input.kind, texts: JSON.stringify(texts) })
				.where('centre_id', '=', centreId)
				.where('survey_id', '=', surveyId)
				.where('id', '=', id)
				.execute();
		} else {
			await trx
				.insertInto('survey_questions')
				.values({
					centre_id: centreId,
					survey_id: surveyId,
					id,
					position,
					kind: input.kind,
					texts: JSON.stringify(texts)
				})
				.execute();
		}
		if (structureChanges && existing) {
			await trx
				.deleteFrom('survey_options')
				.where('centre_id', '=', centreId)
				.where('survey_id', '=', surveyId)
				.where('question_id', '=', id)
				.execute();
		}
		if (structureChanges && options.length > 0) {
			await trx
				.insertInto('survey_options')
				.values(
					options.map((option) => ({
						centre_id: centreId,
						survey_id: surveyId,
						question_id: id,
						id: option.id,
						position: option.position,
						labels: JSON.stringify(option.labels)
					}))
				)
				.execute();
		} else {
			for (const option of options) {
				await trx
					.updateTable('survey_options')
					.set({ labels: JSON.stringify(option.labels) })
					.where('centre_id', '=', centreId)
					.where('survey_id', '=', surveyId)
					.where('question_id', '=', id)
					.where('id', '=', option.id)
					.execute();
			}
		}
		return id;
	});
}

/** Moves a question one place up or down. */
export async function moveQuestion(
	db: Kysely<Database>,
	actor: Actor,
	surveyId: string,
	questionId: string,
	direction: 'up' | 'down'
): Promise<void> {
	requireRole(actor, 'coordinator');
	await inCentre(db, actor.centreId, async (trx) => {
		const survey = await loadSurvey(trx, actor.centreId, surveyId, { lock: true });
		const index = survey.questions.findIndex((question) => question.id === questionId);
		if (index < 0) throw new NotFoundError();
		const other = survey.questions[direction === 'up' ? index - 1 : index + 1];
		const moving = survey.questions[index];
		if (!other || !moving) return;
		for (const [id, position] of [
			[moving.id, other.position],
			[other.id, moving.position]
		] as const) {
			await trx
				.updateTable('survey_questions')
				.set({ position })
				.where('centre_id', '=', actor.centreId)
				.where('survey_id', '=', surveyId)
				.where('id', '=', id)
				.execute();
		}
	});
}

/** Takes a question off a survey nobody has answered yet. */
export async function removeQuestion(
	db: Kysely<Database>,
	actor: Actor,
	surveyId: string,
	questionId: string
): Promise<void> {
	requireRole(actor, 'coordinator');
	await inCentre(db, actor.centreId, async (trx) => {
		const survey = await loadSurvey(trx, actor.centreId, surveyId, { lock: true });
		const question = survey.questions.find((each) => each.id === questionId);
		if (!question) throw new NotFoundError();
		noAnswersYet(survey);
		if (survey.state !== 'draft' && survey.questions.length === 1) {
			throw new RuleError('surveys.lastQuestion');
		}
		await trx
			.deleteFrom('survey_questions')
			.where('centre_id', '=', actor.centreId)
			.where('survey_id', '=', surveyId)
			.where('id', '=', questionId)
			.execute();
		await trx
			.updateTable('survey_questions')
			.set((eb) => ({ position: eb('position', '-', 1) }))
			.where('centre_id', '=', actor.centreId)
			.where('survey_id', '=', surveyId)
			.where('position', '>', question.position)
			.execute();
	});
}

/**
 * Opens a survey for answers (also one closed before), or closes it. A survey opens only with at
 * least one question and every text in every one of its languages: a person reading Polish who
 * met an English question halfway through would be left out of it.
 */
export async function setSurveyState(
	db: Kysely<Database>,
	actor: Actor,
	id: string,
	state: 'open' | 'closed'
): Promise<void> {
	requireRole(actor, 'coordinator');
	await inCentre(db, actor.centreId, async (trx) => {
		const survey = await loadSurvey(trx, actor.centreId, id, { lock: true });
		if (survey.state === state) return;
		if (state === 'open') {
			if (survey.questions.length === 0) throw new RuleError('surveys.noQuestions');
			if (gaps(survey).length > 0) throw new RuleError('surveys.textsMissing');
		} else if (survey.state === 'draft') {
			throw new RuleError('surveys.closeDraft');
		}
		await trx
			.updateTable('surveys')
			.set({ state })
			.where('centre_id', '=', actor.centreId)
			.where('id', '=', id)
			.execute();
		await recordAudit(trx, {
			action: state === 'open' ? 'surveys.opened' : 'surveys.closed',
			centreId: actor.centreId,
			actorId: actor.accountId,
			subjectId: id
		});
	});
}

/** Deletes a survey and every answer to it, for good. */
export async function deleteSurvey(db: Kysely<Database>, actor: Actor, id: string): Promise<void> {
	requireRole(actor, 'coordinator');
	await inCentre(db, actor.centreId, async (trx) => {
		const deleted = await trx
			.deleteFrom('surveys')
			.where('centre_id', '=', actor.centreId)
			.where('id', '=', id)
			.executeTakeFirst();
		if (Number(deleted.numDeletedRows) === 0) throw new NotFoundError();
		await recordAudit(trx, {
			action: 'surveys.deleted',
			centreId: actor.centreId,
			actorId: actor.accountId,
			subjectId: id
		});
	});
}

export type AnswerResult = { ok: true } | { ok: false; values: FormValues; errors: FieldErrors };

const writtenAnswer = text({ max: ANSWER_MAX, tooLong: 'surveys.answerTooLong', multiline: true });

interface ReadAnswers {
	chosen: { questionId: string; optionId: string }[];
	written: { questionId: string; answer: string }[];
	errors: FieldErrors;
}

/** Reads a form's answers against the survey's questions: fields `q-<question id>`. */
export function readAnswers(survey: Survey, values: FormValues): ReadAnswers {
	const byId = new Map(survey.questions.map((question) => [question.id, question]));
	const result: ReadAnswers = { chosen: [], written: [], errors: {} };
	const problem = (field: string, key: MessageKey) => (result.errors[field] ??= key);
	for (const [name, raw] of Object.entries(values)) {
		if (!name.startsWith('q-')) continue;
		const question = byId.get(name.slice(2));
		if (!question) {
			problem('survey', 'surveys.questionUnknown');
			continue;
		}
		const given = (Array.isArray(raw) ? raw : [raw]).filter((value) => value !== '');
		if (given.length === 0) continue;
		switch (question.kind) {
			case 'text': {
				const parsed = writtenAnswer.safeParse(given.length === 1 ? given[0] : given.join('\n'));
				if (!parsed.success) problem(name, parsed.error.issues[0]?.message as MessageKey);
				else if (parsed.data) result.written.push({ questionId: question.id, answer: parsed.data });
				break;
			}
			case 'scale': {
				const point = given.length === 1 && /^\d{1,2}$/.test(given[0] ?? '') ? Number(given[0]) : 0;
				const option = question.options.find((each) => each.position === point);
				if (!option) problem(name, 'surveys.scaleOutOfRange');
				else result.chosen.push({ questionId: question.id, optionId: option.id });
				break;
			}
			case 'single':
			case 'multiple': {
				if (question.kind === 'single' && given.length > 1) {
					problem(name, 'surveys.chooseOne');
					break;
				}
				const ids = new Set(question.options.map((option) => option.id));
				if (given.some((value) => !ids.has(value))) {
					problem(name, 'surveys.optionUnknown');
					break;
				}
				for (const optionId of new Set(given)) {
					result.chosen.push({ questionId: question.id, optionId });
				}
				break;
			}
		}
	}
	if (
		Object.keys(result.errors).length === 0 &&
		result.chosen.length === 0 &&
		result.written.length === 0
	) {
		problem('survey', 'surveys.answerSomething');
	}
	return result;
}

/**
 * Keeps one response, by link or typed in from paper. Nothing about the person is kept: no
 * account, no address, no time; the route is only a count on the survey. An answer to a survey
 * that has closed is refused with `surveys.closed`.
 */
export async function answerSurvey(
	db: Kysely<Database>,
	centre: Centre,
	surveyId: string,
	values: FormValues,
	route: AnswerRoute,
	key: Buffer
): Promise<AnswerResult> {
	return inCentre(db, centre.id, async (trx) => {
		const survey = await loadSurvey(trx, centre.id, surveyId, { lock: true, count: false });
		if (survey.state === 'draft') throw new NotFoundError();
		if (survey.state === 'closed') throw new RuleError('surveys.closed');
		const read = readAnswers(survey, values);
		if (Object.keys(read.errors).length > 0) return { ok: false, values, errors: read.errors };
		// A version 4 identifier: random, so it cannot be sorted into the order answers came in.
		const responseId = randomUUID();
		const scope = { centre_id: centre.id, survey_id: surveyId, response_id: responseId };
		await trx
			.insertInto('survey_responses')
			.values({ centre_id: centre.id, survey_id: surveyId, id: responseId })
			.execute();
		if (read.chosen.length > 0) {
			await trx
				.insertInto('survey_chosen_options')
				.values(
					read.chosen.map((each) => ({
						...scope,
						question_id: each.questionId,
						option_id: each.optionId
					}))
				)
				.execute();
		}
		if (read.written.length > 0) {
			await trx
				.insertInto('survey_written_answers')
				.values(
					read.written.map((each) => ({
						...scope,
						question_id: each.questionId,
						answer: seal(each.answer, key)
					}))
				)
				.execute();
		}
		await trx
			.updateTable('surveys')
			.set((eb) =>
				route === 'link'
					? { link_count: eb('link_count', '+', 1), unshuffled: true }
					: { paper_count: eb('paper_count', '+', 1), unshuffled: true }
			)
			.where('centre_id', '=', centre.id)
			.where('id', '=', surveyId)
			.execute();
		return { ok: true };
	});
}

export interface ResultRow {
	label: string;
	/** The row of people who left a single-choice question or a scale unanswered. */
	noAnswer: boolean;
	figure: Figure;
	percent: number | null;
}

export interface QuestionResult {
	id: string;
	position: number;
	kind: QuestionKind;
	text: string;
	low: string;
	high: string;
	/** Null when no count of the question can be shown without revealing a small group. */
	rows: ResultRow[] | null;
	/** For a free-text question: how many wrote something. */
	written: Figure | null;
}

export interface SurveyResults {
	survey: LocalisedSurvey;
	/** Null when fewer than five have answered: then nothing else is shown either. */
	responses: number | null;
	routes: { link: Figure; paper: Figure } | null;
	questions: QuestionResult[];
}

/**
 * The results a coordinator sees: counts per option with any group smaller than five hidden,
 * and no total from which a hidden one could be worked out (docs/surveys.md).
 */
export async function surveyResults(
	db: Kysely<Database>,
	actor: Actor,
	id: string,
	locale: Locale
): Promise<SurveyResults> {
	requireRole(actor, 'coordinator');
	return inCentre(db, actor.centreId, async (trx) => {
		const survey = await loadSurvey(trx, actor.centreId, id);
		const localised = localise(survey, locale);
		const total = survey.responses;
		if (total < SMALLEST_SHOWN) {
			return { survey: localised, responses: null, routes: null, questions: [] };
		}
		const chosen = await trx
			.selectFrom('survey_chosen_options')
			.select(['question_id', 'option_id', (eb) => eb.fn.countAll<number>().as('n')])
			.where('centre_id', '=', actor.centreId)
			.where('survey_id', '=', id)
			.groupBy(['question_id', 'option_id'])
			.execute();
		const written = await trx
			.selectFrom('survey_written_answers')
			.select(['question_id', (eb) => eb.fn.countAll<number>().as('n')])
			.where('centre_id', '=', actor.centreId)
			.where('survey_id', '=', id)
			.groupBy('question_id')
			.execute();
		const countOf = (questionId: string, optionId: string) =>
			Number(
				chosen.find((row) => row.question_id === questionId && row.option_id === optionId)?.n ?? 0
			);
		const routes = protectPartition([survey.linkCount, survey.paperCount]);
		const questions = localised.questions.map((question): QuestionResult => {
			const base = { ...question, rows: null, written: null };
			if (question.kind === 'text') {
				const count = Number(written.find((row) => row.question_id === question.id)?.n ?? 0);
				return { ...base, written: protectEach([count])[0] ?? null };
			}
			const counts = question.options.map((option) => countOf(question.id, option.id));
			const row = (label: string, figure: Figure, noAnswer = false): ResultRow => ({
				label,
				noAnswer,
				figure,
				percent: percentOf(figure, total)
			});
			if (question.kind === 'multiple') {
				const figures = protectEach(counts);
				return {
					...base,
					rows: question.options.map((option, index) => row(option.label, figures[index] as Figure))
				};
			}
			// One answer each: the counts and the unanswered make up every response.
			const unanswered = total - counts.reduce((sum, count) => sum + count, 0);
			const figures = protectPartition([...counts, unanswered]);
			if (!figures) return base;
			return {
				...base,
				rows: [
					...question.options.map((option, index) => row(option.label, figures[index] as Figure)),
					row('', figures[counts.length] as Figure, true)
				]
			};
		});
		return {
			survey: localised,
			responses: total,
			routes: routes ? { link: routes[0] as Figure, paper: routes[1] as Figure } : null,
			questions
		};
	});
}

/** A figure as words: "12", or why it is hidden. */
export function figureText(figure: Figure, t: Translate): string {
	if (figure.shown) return String(figure.count);
	return figure.reason === 'small' ? t('surveys.fewerThanFive') : t('surveys.hiddenToProtect');
}

/** The text written after a bar's label: the count and its share, or why it is hidden. */
export function barValue(row: ResultRow, t: Translate): string {
	return row.percent === null
		? figureText(row.figure, t)
		: t('surveys.countPercent', { count: figureText(row.figure, t), percent: row.percent });
}

/** A question's results as an SVG bar chart. */
export function questionChart(
	question: QuestionResult,
	t: Translate,
	dir: 'ltr' | 'rtl'
): string | null {
	if (!question.rows) return null;
	return barChart({
		dir,
		title: t('surveys.chartTitle', { question: question.text }),
		bars: question.rows.map((row) => ({
			label: row.noAnswer ? t('surveys.noAnswer') : row.label,
			count: row.figure.shown ? row.figure.count : null,
			value: barValue(row, t)
		}))
	});
}

/**
 * The results as CSV: the same hidden counts as the page, never the responses themselves. A row
 * per response would let anyone with the file match a person's answers to one another, and
 * written answers may name people.
 */
export function resultsCsv(results: SurveyResults, t: Translate): string {
	const rows: (string | number)[][] = [
		[
			t('surveys.csvQuestion'),
			t('surveys.csvText'),
			t('surveys.csvAnswer'),
			t('surveys.csvCount'),
			t('surveys.csvPercent')
		]
	];
	if (results.responses === null) {
		rows.push(['', '', t('surveys.csvResponses'), t('surveys.fewerThanFive'), '']);
		return toCsv(rows);
	}
	rows.push(['', '', t('surveys.csvResponses'), results.responses, 100]);
	for (const question of results.questions) {
		if (question.written) {
			rows.push([
				question.position,
				question.text,
				t('surveys.csvWritten'),
				figureText(question.written, t),
				''
			]);
		} else if (!question.rows) {
			rows.push([question.position, question.text, '', t('surveys.withheld'), '']);
		} else {
			for (const row of question.rows) {
				rows.push([
					question.position,
					question.text,
					row.noAnswer ? t('surveys.noAnswer') : row.label,
					figureText(row.figure, t),
					row.percent ?? ''
				]);
			}
		}
	}
	return toCsv(rows);
}

export const WRITTEN_PAGE = 20;

export interface WrittenPage {
	answers: string[];
	page: number;
	pages: number;
}

/**
 * Words written in answer to one question, shown to a coordinator only when at least five people
 * wrote something, twenty at a time in the order of their random identifiers (so never in the
 * order they came). Each page read is recorded in the audit log.
 */
export async function writtenAnswers(
	db: Kysely<Database>,
	actor: Actor,
	surveyId: string,
	questionId: string,
	page: number,
	key: Buffer
): Promise<WrittenPage | null> {
	requireRole(actor, 'coordinator');
	return inCentre(db, actor.centreId, async (trx) => {
		const question = await trx
			.selectFrom('survey_questions')
			.select('kind')
			.where('centre_id', '=', actor.centreId)
			.where('survey_id', '=', surveyId)
			.where('id', '=', questionId)
			.executeTakeFirst();
		if (!question || question.kind !== 'text') throw new NotFoundError();
		const { n } = await trx
			.selectFrom('survey_written_answers')
			.select((eb) => eb.fn.countAll<number>().as('n'))
			.where('centre_id', '=', actor.centreId)
			.where('survey_id', '=', surveyId)
			.where('question_id', '=', questionId)
			.executeTakeFirstOrThrow();
		const count = Number(n);
		if (count < SMALLEST_SHOWN) return null;
		const pages = Math.ceil(count / WRITTEN_PAGE);
		const current = Math.min(Math.max(1, page), pages);
		const rows = await trx
			.selectFrom('survey_written_answers')
			.select('answer')
			.where('centre_id', '=', actor.centreId)
			.where('survey_id', '=', surveyId)
			.where('question_id', '=', questionId)
			.orderBy('response_id')
			.limit(WRITTEN_PAGE)
			.offset((current - 1) * WRITTEN_PAGE)
			.execute();
		await recordAudit(trx, {
			action: 'surveys.written_answers_read',
			centreId: actor.centreId,
			actorId: actor.accountId,
			subjectId: questionId,
			detail: { survey: surveyId, page: current }
		});
		return { answers: rows.map((row) => open(row.answer, key)), page: current, pages };
	});
}

/**
 * Rewrites the responses of every survey answered since the last run, in the order of their
 * random identifiers and all in one transaction: afterwards neither where a row lies in the table
 * nor the transaction that wrote it says which answer came before which. For a nightly job.
 */
export async function shuffleAnswers(db: Kysely<Database>): Promise<number> {
	return db.transaction().execute(async (trx) => {
		const surveys = await trx
			.updateTable('surveys')
			.set({ unshuffled: false })
			.where('unshuffled', '=', true)
			.returning(['centre_id', 'id'])
			.execute();
		for (const survey of surveys) {
			const scope = { centre: survey.centre_id, survey: survey.id };
			await sql`create temporary table shuffled_responses on commit drop as
				select * from survey_responses where centre_id = ${scope.centre} and survey_id = ${scope.survey}`.execute(
				trx
			);
			await sql`create temporary table shuffled_chosen on commit drop as
				select * from survey_chosen_options where centre_id = ${scope.centre} and survey_id = ${scope.survey}`.execute(
				trx
			);
			await sql`create temporary table shuffled_written on commit drop as
				select * from survey_written_answers where centre_id = ${scope.centre} and survey_id = ${scope.survey}`.execute(
				trx
			);
			for (const table of [
				'survey_chosen_options',
				'survey_written_answers',
				'survey_responses'
			] as const) {
				await trx
					.deleteFrom(table)
					.where('centre_id', '=', survey.centre_id)
					.where('survey_id', '=', survey.id)
					.execute();
			}
			await sql`insert into survey_responses select * from shuffled_responses order by id`.execute(
				trx
			);
			await sql`insert into survey_chosen_options select * from shuffled_chosen order by response_id, question_id, option_id`.execute(
				trx
			);
			await sql`insert into survey_written_answers select * from shuffled_written order by response_id, question_id`.execute(
				trx
			);
			await sql`drop table shuffled_responses, shuffled_chosen, shuffled_written`.execute(trx);
		}
		return surveys.length;
	});
}
