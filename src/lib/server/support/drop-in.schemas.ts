import { z } from 'zod';
import { commonLanguages } from '../directory/languages';
import { oneOf, text } from '../forms';
import { SUPPORT_TOPICS } from './topics';

export const NAME_MAX = 60;
export const WORDS_MAX = 200;
export const DESK_MAX = 40;

/**
 * The languages a person may choose when they check in: those most spoken at worker centres,
 * and any other that an adviser of the centre speaks, so that nobody is left out of a match.
 */
export function checkInLanguages(adviserLanguages: readonly string[]): string[] {
	return [...new Set([...commonLanguages, ...adviserLanguages])];
}

/** The check-in form, the same at the front desk and on a person's own phone. */
export function checkInFields(languages: readonly string[]) {
	return z.object({
		chosenName: text({ max: NAME_MAX, tooLong: 'dropIn.nameTooLong' }),
		topic: oneOf(SUPPORT_TOPICS, 'dropIn.topicRequired'),
		language: z.preprocess(
			(value) => (typeof value === 'string' ? value.trim() : ''),
			z
				.string()
				.refine((value) => value.length > 0, { message: 'dropIn.languageRequired', abort: true })
				.refine((value) => languages.includes(value), { message: 'dropIn.languageUnknown' })
		),
		words: text({ max: WORDS_MAX, tooLong: 'dropIn.wordsTooLong' })
	});
}

export type CheckInInput = z.infer<ReturnType<typeof checkInFields>>;

export const CALL_MODES = ['fit', 'anyone'] as const;
export type CallMode = (typeof CALL_MODES)[number];

export const callFields = z.object({
	desk: text({ max: DESK_MAX, tooLong: 'dropIn.deskTooLong' }),
	mode: z.preprocess((value) => (value === 'anyone' ? 'anyone' : 'fit'), z.enum(CALL_MODES))
});
