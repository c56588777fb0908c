import { z } from 'zod';
import type { FieldErrors, FormValues } from '../../form-types';
import { isLocale, type Locale } from '../../i18n/locales';
import { firstValue } from '../../form-types';
import { oneOf, text, type Parsed } from '../forms';
import type { QuestionKind, QuestionText, SurveyText } from './surveys.tables';

export const QUESTION_KINDS = [
	'single',
	'multiple',
	'scale',
	'text'
] as const satisfies readonly QuestionKind[];
export const TITLE_MAX = 120;
export const INTRODUCTION_MAX = 2000;
export const QUESTION_MAX = 500;
export const OPTION_MAX = 200;
export const END_LABEL_MAX = 60;
/** The longest written answer, in characters. */
export const ANSWER_MAX = 2000;
export const OPTIONS_MIN = 2;
export const OPTIONS_MAX = 20;
export const POINTS_MIN = 2;
export const POINTS_MAX = 10;
export const QUESTIONS_MAX = 50;

/** The survey's languages in the centre's order, its main language first. */
export function orderLocales(
	chosen: readonly Locale[],
	centreLocales: readonly Locale[],
	main: Locale
): Locale[] {
	const ordered = centreLocales.filter((locale) => chosen.includes(locale));
	return ordered.includes(main) ? [main, ...ordered.filter((locale) => locale !== main)] : ordered;
}

function firstProblem(result: z.ZodSafeParseResult<unknown>): FieldErrors[string] | undefined {
	return result.success ? undefined : (result.error.issues[0]?.message as FieldErrors[string]);
}

const title = text({ max: TITLE_MAX, tooLong: 'surveys.titleTooLong' });
const introduction = text({
	max: INTRODUCTION_MAX,
	tooLong: 'surveys.introductionTooLong',
	multiline: true
});

export interface SurveyInput {
	locales: Locale[];
	texts: Record<string, SurveyText>;
}

/**
 * Reads the survey's form: the languages it is in (when they may still change) and its title and
 * introduction in each. The main language needs a title; the others may wait until opening.
 */
export function parseSurveyForm(
	values: FormValues,
	options: {
		centreLocales: readonly Locale[];
		main: Locale;
		fixedLocales: readonly Locale[] | null;
	}
): Parsed<SurveyInput> {
	const errors: FieldErrors = {};
	let chosen: Locale[];
	if (options.fixedLocales) {
		chosen = [...options.fixedLocales];
	} else {
		const ticked = values.locales;
		const list = Array.isArray(ticked) ? ticked : ticked ? [ticked] : [];
		if (list.some((locale) => !isLocale(locale) || !options.centreLocales.includes(locale))) {
			errors.locales = 'surveys.languageUnknown';
		}
		chosen = orderLocales(list.filter(isLocale), options.centreLocales, options.main);
		if (chosen.length === 0) errors.locales ??= 'surveys.languagesRequired';
	}
	const texts: Record<string, SurveyText> = {};
	for (const locale of chosen) {
		const titleResult = title.safeParse(values[`title-${locale}`]);
		const introResult = introduction.safeParse(values[`introduction-${locale}`]);
		const titleProblem = firstProblem(titleResult);
		const introProblem = firstProblem(introResult);
		if (titleProblem) errors[`title-${locale}`] = titleProblem;
		if (introProblem) errors[`introduction-${locale}`] = introProblem;
		texts[locale] = {
			title: titleResult.success ? titleResult.data : '',
			introduction: introResult.success ? introResult.data : ''
		};
	}
	const main = chosen[0];
	if (main && !errors[`title-${main}`] && !texts[main]?.title) {
		errors[`title-${main}`] = 'surveys.titleRequired';
	}
	if (Object.keys(errors).length > 0) return { ok: false, values, errors };
	return { ok: true, values, data: { locales: chosen, texts } };
}

export interface QuestionInput {
	kind: QuestionKind;
	/** Points of a scale; options of a choice question come from `optionLabels`. */
	points: number;
	texts: Record<string, QuestionText>;
	/** For each option, its label in each language that has one. */
	optionLabels: Record<string, string>[];
}

const questionText = text({ max: QUESTION_MAX, tooLong: 'surveys.questionTooLong' });
const endLabel = text({ max: END_LABEL_MAX, tooLong: 'surveys.endLabelTooLong' });
const optionLines = text({
	max: OPTIONS_MAX * (OPTION_MAX + 2),
	tooLong: 'surveys.optionsTooMany',
	multiline: true
});

/** One option a line; blank lines are skipped. */
export function optionsFromLines(lines: string): string[] {
	return lines
		.split(/\r?\n/)
		.map((line) => line.trim())
		.filter(Boolean);
}

/**
 * Reads a question's form. The survey's main language needs the question's text, and for a choice
 * question at least two options; another language may be left empty until opening, but options
 * it gives must be as many as the main language's, line for line.
 */
export function parseQuestionForm(
	values: FormValues,
	locales: readonly Locale[]
): Parsed<QuestionInput> {
	const errors: FieldErrors = {};
	const kindResult = oneOf(QUESTION_KINDS, 'surveys.kindInvalid').safeParse(values.kind);
	if (!kindResult.success) errors.kind = 'surveys.kindInvalid';
	const kind = kindResult.success ? kindResult.data : 'single';
	const pointsText = firstValue(values, 'points').trim();
	const points = /^\d{1,2}$/.test(pointsText) ? Number(pointsText) : NaN;
	if (kind === 'scale' && !(points >= POINTS_MIN && points <= POINTS_MAX)) {
		errors.points = 'surveys.pointsInvalid';
	}
	const texts: Record<string, QuestionText> = {};
	const lines: Record<string, string[]> = {};
	for (const locale of locales) {
		const read = (field: string, schema: typeof questionText) => {
			const result = schema.safeParse(values[`${field}-${locale}`]);
			const problem = firstProblem(result);
			if (problem) errors[`${field}-${locale}`] = problem;
			return result.success ? result.data : '';
		};
		texts[locale] = {
			text: read('text', questionText),
			low: kind === 'scale' ? read('low', endLabel) : '',
			high: kind === 'scale' ? read('high', endLabel) : ''
		};
		if (kind === 'single' || kind === 'multiple') {
			const list = optionsFromLines(read('options', optionLines));
			if (list.some((label) => [...label].length > OPTION_MAX)) {
				errors[`options-${locale}`] ??= 'surveys.optionTooLong';
			}
			lines[locale] = list;
		}
	}
	const [main] = locales;
	if (main && !errors[`text-${main}`] && !texts[main]?.text) {
		errors[`text-${main}`] = 'surveys.questionRequired';
	}
	let optionLabels: Record<string, string>[] = [];
	if (main && (kind === 'single' || kind === 'multiple')) {
		const count = lines[main]?.length ?? 0;
		if (count < OPTIONS_MIN) errors[`options-${main}`] ??= 'surveys.optionsTooFew';
		else if (count > OPTIONS_MAX) errors[`options-${main}`] ??= 'surveys.optionsTooMany';
		for (const locale of locales.slice(1)) {
			const given = lines[locale]?.length ?? 0;
			if (given > 0 && given !== count) errors[`options-${locale}`] ??= 'surveys.optionsMismatch';
		}
		optionLabels = Array.from({ length: count }, (_, index) =>
			Object.fromEntries(
				locales.flatMap((locale) => {
					const label = lines[locale]?.[index];
					return label ? [[locale, label]] : [];
				})
			)
		);
	}
	if (Object.keys(errors).length > 0) return { ok: false, values, errors };
	return {
		ok: true,
		values,
		data: { kind, points: kind === 'scale' ? points : 0, texts, optionLabels }
	};
}
