import { z } from 'zod';
import type { FieldErrors, FormValues } from '../../form-types';
import { localeNames, type Locale } from '../../i18n/locales';
import { translator, type Params } from '../../i18n/translate';
import { smsWithStop } from '../../messages/sms-stop';
import { SMS_MAX_PARTS, smsSize } from '../../messages/sms';
import { formEntries, oneOf, someOf, text } from '../forms';
import { roles } from '../identity/identity.service';
import { isUuid } from '../platform/ids';
import {
	BROADCAST_TOPICS,
	CHANNELS,
	SEGMENT_KINDS,
	type BroadcastTexts,
	type BroadcastTopic,
	type Channel,
	type Segment
} from './messages.tables';

export const SUBJECT_MAX = 200;
export const BODY_MAX = 5000;
/** Room for a long text message: anything over SMS_MAX_PARTS is refused with its count anyway. */
export const SMS_TEXT_MAX = 1000;
export const AREA_MAX = 100;

/** The form field of a segment's value, one per kind, so the form works without scripts. */
export const SEGMENT_FIELDS = {
	language: 'segmentLanguage',
	campaign: 'segmentCampaign',
	course: 'segmentCourse',
	area: 'segmentArea',
	role: 'segmentRole'
} as const;

export interface BroadcastInput {
	topic: BroadcastTopic;
	segment: Segment;
	channels: Channel[];
	locales: Locale[];
	texts: BroadcastTexts;
}

/** As `Parsed`, with the numbers some messages need (an SMS's parts, a language's name). */
export type ParsedBroadcast =
	| { ok: true; data: BroadcastInput; values: FormValues }
	| { ok: false; values: FormValues; errors: FieldErrors; params: Record<string, Params> };

export const textField = (part: 'subject' | 'body' | 'sms', locale: string) => `${part}-${locale}`;

const subject = text({ max: SUBJECT_MAX, tooLong: 'broadcasts.subjectTooLong' });
const body = text({ max: BODY_MAX, tooLong: 'broadcasts.bodyTooLong', multiline: true });
const sms = text({ max: SMS_TEXT_MAX, tooLong: 'broadcasts.smsTextTooLong', multiline: true });

const baseSchema = z.object({
	topic: oneOf(BROADCAST_TOPICS, 'broadcasts.topicRequired'),
	segmentKind: oneOf(SEGMENT_KINDS, 'broadcasts.segmentRequired'),
	channels: someOf(CHANNELS, 'broadcasts.channelsRequired', 'broadcasts.channelsRequired')
});

export interface SmsFit {
	parts: number;
	/** Characters to take out to fit SMS_MAX_PARTS; 0 when it fits. */
	over: number;
}

/** How a text message fits once the stop line of its language is added. */
export function smsFit(textOfSms: string, locale: Locale): SmsFit {
	const size = smsSize(smsWithStop(textOfSms, translator(locale)));
	const room = SMS_MAX_PARTS * (size.encoding === 'gsm' ? 153 : 67);
	return { parts: size.parts, over: Math.max(0, size.length - room) };
}

/** What a member's phone receives for a language: the short text, or else the whole body. */
export function smsText(texts: BroadcastTexts[string] | undefined): string {
	return texts?.sms || texts?.body || '';
}

function segmentValue(
	kind: Segment['kind'],
	values: FormValues,
	centreLocales: readonly Locale[]
): { value: string } | { error: FieldErrors } {
	if (kind === 'everyone') return { value: '' };
	const field = SEGMENT_FIELDS[kind];
	const raw = values[field];
	const value = typeof raw === 'string' ? raw.trim() : '';
	const ok =
		kind === 'language'
			? (centreLocales as readonly string[]).includes(value)
			: kind === 'role'
				? (roles as readonly string[]).includes(value)
				: kind === 'area'
					? value.length > 0 && [...value].length <= AREA_MAX
					: isUuid(value);
	return ok ? { value } : { error: { [field]: 'broadcasts.segmentValueRequired' } };
}

/**
 * Reads the compose form. Each chosen language needs a body (and a subject when it goes to the
 * inbox or by email); a text message longer than SMS_MAX_PARTS with its stop line is refused
 * with its count of parts, as is a body sent by SMS when no short text was written.
 */
export function parseBroadcastForm(
	form: FormData,
	centreLocales: readonly Locale[]
): ParsedBroadcast {
	const values = formEntries(form);
	const errors: FieldErrors = {};
	const params: Record<string, Params> = {};
	const base = baseSchema.safeParse(values);
	if (!base.success) {
		for (const issue of base.error.issues) {
			errors[String(issue.path[0])] ??= issue.message as FieldErrors[string];
		}
	}
	const chosen = someOf(
		centreLocales as [Locale, ...Locale[]],
		'broadcasts.localesRequired',
		'broadcasts.localesRequired'
	).safeParse(values.locales);
	if (!chosen.success) errors.locales = 'broadcasts.localesRequired';
	const locales = chosen.success ? centreLocales.filter((l) => chosen.data.includes(l)) : [];
	const channels = base.success
		? CHANNELS.filter((channel) => base.data.channels.includes(channel))
		: [];
	const needsSubject = channels.includes('inbox') || channels.includes('email');

	let segment: Segment | null = null;
	if (base.success) {
		const found = segmentValue(base.data.segmentKind, values, centreLocales);
		if ('error' in found) Object.assign(errors, found.error);
		else segment = { kind: base.data.segmentKind, value: found.value };
	}

	// Every language typed in is kept, chosen or not, so that unticking one loses nothing.
	const texts: BroadcastTexts = {};
	for (const locale of centreLocales) {
		const read = {
			subject: subject.safeParse(values[textField('subject', locale)]),
			body: body.safeParse(values[textField('body', locale)]),
			sms: sms.safeParse(values[textField('sms', locale)])
		};
		const language = { language: localeNames[locale] };
		for (const [part, result] of Object.entries(read)) {
			if (!result.success && locales.includes(locale)) {
				const field = textField(part as 'subject', locale);
				errors[field] = result.error.issues[0]?.message as FieldErrors[string];
				params[field] = language;
			}
		}
		const entry = {
			subject: read.subject.success ? read.subject.data : '',
			body: read.body.success ? read.body.data : '',
			sms: read.sms.success ? read.sms.data : ''
		};
		if (entry.subject || entry.body || entry.sms) texts[locale] = entry;
		if (!locales.includes(locale) || !read.body.success || !read.sms.success) continue;

		if (!entry.body) {
			const field = textField('body', locale);
			errors[field] ??= 'broadcasts.bodyRequired';
			params[field] = language;
			continue;
		}
		if (needsSubject && !entry.subject && read.subject.success) {
			const field = textField('subject', locale);
			errors[field] = 'broadcasts.subjectRequired';
			params[field] = language;
		}
		if (entry.sms || channels.includes('sms')) {
			const fit = smsFit(smsText(entry), locale);
			if (fit.over > 0) {
				const field = textField('sms', locale);
				errors[field] = entry.sms ? 'broadcasts.smsTooLong' : 'broadcasts.bodyTooLongForSms';
				params[field] = { ...language, parts: fit.parts, max: SMS_MAX_PARTS, count: fit.over };
			}
		}
	}
	// An empty message says so once, rather than once per language.
	if (locales.length > 0 && locales.every((locale) => !texts[locale]?.body)) {
		for (const locale of locales) delete errors[textField('body', locale)];
		errors[textField('body', locales[0] as Locale)] = 'broadcasts.emptyMessage';
	}

	if (Object.keys(errors).length > 0 || !base.success || !segment) {
		return { ok: false, values, errors, params };
	}
	return {
		ok: true,
		values,
		data: { topic: base.data.topic, segment, channels, locales, texts }
	};
}
