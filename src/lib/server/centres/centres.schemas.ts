import { z } from 'zod';
import { locales } from '../../i18n/locales';
import { oneOf, optionallyParsed, parsed, plain, secret, someOf, text } from '../forms';
import { checkNewPassphrase, chosenName } from '../identity/identity.schemas';
import { isValidTimeZone, parseWallTime } from './opening-hours';

// One spelling per zone: 'europe/london' is stored as 'Europe/London'.
const timeZone = parsed(
	(zone) =>
		isValidTimeZone(zone)
			? new Intl.DateTimeFormat('en', { timeZone: zone }).resolvedOptions().timeZone
			: null,
	'centres.timeZoneUnknown'
);

const detailsShape = {
	name: text({ max: 120, required: 'centres.nameRequired', tooLong: 'centres.nameTooLong' }),
	address: text({ max: 500, tooLong: 'centres.addressTooLong', multiline: true }),
	directions: text({ max: 1000, tooLong: 'centres.directionsTooLong', multiline: true }),
	timeZone,
	locales: someOf(locales, 'centres.languageUnknown', 'centres.languagesRequired'),
	defaultLocale: oneOf(locales, 'centres.defaultLanguageRequired')
};

function defaultIsOffered(
	data: { locales: string[]; defaultLocale: string },
	ctx: z.RefinementCtx
): void {
	if (!data.locales.includes(data.defaultLocale)) {
		ctx.addIssue({
			code: 'custom',
			path: ['defaultLocale'],
			message: 'centres.defaultLanguageNotOffered'
		});
	}
}

export const detailsSchema = z.object(detailsShape).superRefine(defaultIsOffered);

export const setupSchema = z
	.object({
		...detailsShape,
		chosenName,
		passphrase: secret('identity.passphraseRequired', 'identity.passphraseTooLong'),
		passphraseAgain: plain
	})
	.superRefine((data, ctx) => {
		defaultIsOffered(data, ctx);
		checkNewPassphrase(data, data.chosenName, ctx);
	});

const wallTime = (message: 'centres.opensInvalid' | 'centres.closesInvalid') =>
	parsed(parseWallTime, message);

export const openingSchema = z.object({
	weekday: oneOf(['1', '2', '3', '4', '5', '6', '7'], 'centres.weekdayRequired').transform(
		(day) => Number(day) as 1 | 2 | 3 | 4 | 5 | 6 | 7
	),
	opens: wallTime('centres.opensInvalid'),
	closes: wallTime('centres.closesInvalid')
});

/** A real calendar date typed as YYYY-MM-DD (what a date input sends). */
export function parseIsoDate(text: string): string | null {
	const value = text.trim();
	if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
	const date = new Date(`${value}T00:00:00Z`);
	return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value) ? value : null;
}

const isoDate = parsed(parseIsoDate, 'centres.dateInvalid');

export const exceptionSchema = z
	.object({
		date: isoDate,
		kind: oneOf(['closed', 'open'], 'centres.exceptionKindRequired'),
		exceptionOpens: optionallyParsed(parseWallTime),
		exceptionCloses: optionallyParsed(parseWallTime),
		note: text({ max: 200, tooLong: 'centres.noteTooLong' })
	})
	.superRefine((data, ctx) => {
		if (data.kind !== 'open') return;
		if (!data.exceptionOpens) {
			ctx.addIssue({ code: 'custom', path: ['exceptionOpens'], message: 'centres.opensInvalid' });
		}
		if (!data.exceptionCloses) {
			ctx.addIssue({ code: 'custom', path: ['exceptionCloses'], message: 'centres.closesInvalid' });
		}
	});

/** What a new centre's form starts with: the person's language, offered and default. */
export function detailsDefaults(locale: string): Record<string, string | string[]> {
	return { timeZone: 'Europe/London', locales: [locale], defaultLocale: locale };
}
