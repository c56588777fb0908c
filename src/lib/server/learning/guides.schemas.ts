import { z } from 'zod';
import { locales, type Locale } from '../../i18n/locales';
import { parseIsoDate } from '../centres/centres.schemas';
import { oneOf, parsed, text } from '../forms';
import type { GuideTopic } from './guides.tables';

export const TITLE_MAX = 200;
/**
 * A guide's body, in bytes as stored: about 15,000 words, thirty times a starter guide. The
 * database refuses more too. Between this and the server's own limit on a request (2 MB), the
 * form answers with its own message and keeps the text; above that the server refuses the
 * request before any form sees it.
 */
export const BODY_MAX_BYTES = 100 * 1024;

export const topics = [
	'work',
	'care',
	'home',
	'stopped',
	'other'
] as const satisfies readonly GuideTopic[];

const isoDate = (message: 'guides.writtenOnInvalid' | 'guides.reviewByInvalid') =>
	parsed(parseIsoDate, message);

const body = z.preprocess(
	(value) => (typeof value === 'string' ? value.replace(/\r\n?/g, '\n') : value),
	text({
		max: BODY_MAX_BYTES,
		required: 'guides.bodyRequired',
		tooLong: 'guides.bodyTooLong',
		multiline: true
	}).refine((value) => Buffer.byteLength(value, 'utf8') <= BODY_MAX_BYTES, {
		message: 'guides.bodyTooLong'
	})
);

const textFields = {
	title: text({
		max: TITLE_MAX,
		required: 'guides.titleRequired',
		tooLong: 'guides.titleTooLong'
	}),
	body,
	writtenOn: isoDate('guides.writtenOnInvalid'),
	reviewBy: isoDate('guides.reviewByInvalid')
};

const reviewAfterWriting = <T extends { writtenOn: string; reviewBy: string }>(
	schema: z.ZodType<T>
) =>
	schema.refine((value) => value.reviewBy >= value.writtenOn, {
		message: 'guides.reviewBeforeWritten',
		path: ['reviewBy']
	});

/** The words of a guide in one language, as the coordinator's form sends them. */
export function guideTextSchema(locale: Locale) {
	return reviewAfterWriting(
		z.object({
			...textFields,
			translatedFrom: z.preprocess(
				(value) => (typeof value === 'string' && value !== '' ? value : null),
				z
					.enum(locales, { message: 'guides.translatedFromInvalid' })
					.refine((from) => from !== locale, { message: 'guides.translatedFromInvalid' })
					.nullable()
			)
		})
	);
}

export type GuideTextInput = z.infer<ReturnType<typeof guideTextSchema>>;

/** A new guide: its topic, the language it is first written in, and its words. */
export const newGuideSchema = reviewAfterWriting(
	z.object({
		topic: oneOf(topics, 'guides.topicInvalid'),
		locale: oneOf(locales, 'guides.localeInvalid'),
		...textFields
	})
);

export type NewGuideInput = z.infer<typeof newGuideSchema>;
