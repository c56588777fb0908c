import type { Locale } from './locales';

const cache = new Map<string, Intl.DateTimeFormat>();

// English dates and times are written the British way (22:00, Friday 25 December): Hearth's
// reference data and first centres are in the UK, and a 24-hour clock reads clearly at night.
const conventions: Partial<Record<Locale, string>> = { en: 'en-GB' };

function formatter(
	locale: Locale,
	timeZone: string,
	options: Intl.DateTimeFormatOptions
): Intl.DateTimeFormat {
	const key = `${locale}|${timeZone}|${JSON.stringify(options)}`;
	let found = cache.get(key);
	if (!found) {
		found = new Intl.DateTimeFormat(conventions[locale] ?? locale, { timeZone, ...options });
		cache.set(key, found);
	}
	return found;
}

const decimals = new Map<string, Intl.NumberFormat>();

function decimalFormatter(locale: Locale, digits: number): Intl.NumberFormat {
	const key = `${locale}|${digits}`;
	let found = decimals.get(key);
	if (!found) {
		found = new Intl.NumberFormat(conventions[locale] ?? locale, {
			minimumFractionDigits: digits,
			maximumFractionDigits: digits
		});
		decimals.set(key, found);
	}
	return found;
}

/** Dates and times in the person's language, on the centre's clock. */
export interface Formats {
	time(instant: Date): string;
	date(instant: Date): string;
	dateTime(instant: Date): string;
	/** A local calendar date 'YYYY-MM-DD', written out in full. */
	calendarDate(date: string): string;
	/** ISO weekday 1 (Monday) to 7 (Sunday). */
	weekday(day: number): string;
	/** A wall-clock 'HH:MM' as the language writes times. */
	wallTime(time: string): string;
	/** A number written with exactly `digits` decimals, rounded to the nearest. */
	decimal(value: number, digits: number): string;
}

export function formats(locale: Locale, timeZone: string): Formats {
	return {
		time: (instant) =>
			formatter(locale, timeZone, { hour: 'numeric', minute: '2-digit' }).format(instant),
		date: (instant) => formatter(locale, timeZone, { dateStyle: 'full' }).format(instant),
		dateTime: (instant) =>
			formatter(locale, timeZone, { dateStyle: 'medium', timeStyle: 'short' }).format(instant),
		calendarDate: (date) =>
			formatter(locale, 'UTC', { dateStyle: 'full' }).format(new Date(`${date}T12:00:00Z`)),
		// 2024-01-01 was a Monday.
		weekday: (day) =>
			formatter(locale, 'UTC', { weekday: 'long' }).format(new Date(Date.UTC(2024, 0, day, 12))),
		wallTime: (time) => {
			const [hours = 0, minutes = 0] = time.split(':').map(Number);
			return formatter(locale, 'UTC', { hour: 'numeric', minute: '2-digit' }).format(
				new Date(Date.UTC(2024, 0, 1, hours, minutes))
			);
		},
		decimal: (value, digits) => decimalFormatter(locale, digits).format(value)
	};
}
