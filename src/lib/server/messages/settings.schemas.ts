import { z } from 'zod';
import { locales, type Locale } from '../../i18n/locales';
import { parseWallTime } from '../centres/opening-hours';
import { oneOf, parseForm, someOf, text, type Parsed } from '../forms';
import { normalisePhone } from './member-settings';
import { CHANNELS, TOPICS, type Topic } from './messages.tables';

export const AREA_MAX = 100;
export const EMAIL_MAX = 254;

export interface SettingsInput {
	language: Locale;
	inboxOn: boolean;
	/** null removes the address. */
	email: string | null;
	emailOn: boolean;
	/** E.164; null removes the number. */
	phone: string | null;
	smsOn: boolean;
	printOn: boolean;
	topics: Topic[];
	quietFrom: string | null;
	quietUntil: string | null;
	area: string;
}

const emailAddress = text({ max: EMAIL_MAX, tooLong: 'messages.emailInvalid' }).refine(
	(value) => value === '' || z.email().safeParse(value).success,
	{ message: 'messages.emailInvalid' }
);

const phoneNumber = text({ max: 40, tooLong: 'messages.phoneInvalid' }).refine(
	(value) => value === '' || normalisePhone(value) !== null,
	{ message: 'messages.phoneInvalid' }
);

const wallTime = text({ max: 10, tooLong: 'messages.quietTimeInvalid' }).refine(
	(value) => value === '' || parseWallTime(value) !== null,
	{ message: 'messages.quietTimeInvalid' }
);

const settingsSchema = z
	.object({
		language: oneOf(locales, 'messages.languageRequired'),
		channels: someOf(CHANNELS, 'messages.channelUnknown'),
		email: emailAddress,
		phone: phoneNumber,
		topics: someOf(TOPICS, 'messages.topicUnknown'),
		quietFrom: wallTime,
		quietUntil: wallTime,
		area: text({ max: AREA_MAX, tooLong: 'messages.areaTooLong' })
	})
	.superRefine((value, context) => {
		if (value.channels.includes('email') && value.email === '') {
			context.addIssue({ code: 'custom', path: ['email'], message: 'messages.emailNeeded' });
		}
		if (value.channels.includes('sms') && value.phone === '') {
			context.addIssue({ code: 'custom', path: ['phone'], message: 'messages.phoneNeeded' });
		}
		if (value.quietFrom !== '' && value.quietUntil === '') {
			context.addIssue({
				code: 'custom',
				path: ['quietUntil'],
				message: 'messages.quietUntilNeeded'
			});
		}
		if (value.quietFrom === '' && value.quietUntil !== '') {
			context.addIssue({
				code: 'custom',
				path: ['quietFrom'],
				message: 'messages.quietFromNeeded'
			});
		}
		const from = parseWallTime(value.quietFrom);
		if (from !== null && from === parseWallTime(value.quietUntil)) {
			context.addIssue({ code: 'custom', path: ['quietUntil'], message: 'messages.quietSame' });
		}
	})
	.transform((value): SettingsInput => ({
		language: value.language,
		inboxOn: value.channels.includes('inbox'),
		email: value.email === '' ? null : value.email,
		emailOn: value.channels.includes('email') && value.email !== '',
		phone: value.phone === '' ? null : normalisePhone(value.phone),
		smsOn: value.channels.includes('sms') && value.phone !== '',
		printOn: value.channels.includes('print'),
		topics: value.topics,
		quietFrom: parseWallTime(value.quietFrom),
		quietUntil: parseWallTime(value.quietUntil),
		area: value.area
	}));

export function parseSettings(form: FormData): Parsed<SettingsInput> {
	return parseForm(form, settingsSchema);
}
