import type { Locale } from '$lib/i18n/locales';
import { translator } from '$lib/i18n/translate';

// English is written the British way, as in the rest of Hearth: the money is pounds sterling.
const conventions: Partial<Record<Locale, string>> = { en: 'en-GB' };

const currencies = new Map<Locale, Intl.NumberFormat>();
const hourCounts = new Map<Locale, Intl.NumberFormat>();

function tag(locale: Locale): string {
	return conventions[locale] ?? locale;
}

/** Pence as pounds in the person's language: 123456 → '£1,234.56' in English. */
export function formatPence(pence: number, locale: Locale): string {
	let found = currencies.get(locale);
	if (!found) {
		found = new Intl.NumberFormat(tag(locale), { style: 'currency', currency: 'GBP' });
		currencies.set(locale, found);
	}
	return found.format(pence / 100);
}

const GROUPED = /^\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?$/;
const DECIMAL_POINT = /^(?:\d+(?:\.\d{0,2})?|\.\d{1,2})$/;
// Most of Hearth's languages write a decimal comma ('12,21'); three digits after a single comma
// stay thousands ('1,234'), as an English speaker means them.
const DECIMAL_COMMA = /^\d+,\d{1,2}$/;

/**
 * Pounds typed by a person as exact pence: '12.5' → 1250, '£1,234.56' → 123456, '12,21' → 1221.
 * Null for anything else: a negative amount, more than two decimals, words.
 */
export function parsePounds(text: string): number | null {
	const compact = text.trim().replace(/^£\s*/, '');
	let pounds: string;
	let fraction: string;
	if (GROUPED.test(compact)) {
		[pounds = '', fraction = ''] = compact.replaceAll(',', '').split('.');
	} else if (DECIMAL_COMMA.test(compact)) {
		[pounds = '', fraction = ''] = compact.split(',');
	} else if (DECIMAL_POINT.test(compact)) {
		[pounds = '', fraction = ''] = compact.split('.');
	} else {
		return null;
	}
	const pence = Number(pounds || '0') * 100 + Number(fraction.padEnd(2, '0'));
	return Number.isSafeInteger(pence) ? pence : null;
}

/** A length of time in hours: 450 → '7.5 hours'; 440 → '7 h 20 min' where decimals would not be exact. */
export function formatMinutes(minutes: number, locale: Locale): string {
	const t = translator(locale);
	const whole = Math.trunc(minutes / 60);
	const rest = Math.abs(minutes % 60);
	// Quarters and tenths of an hour read naturally as decimals; other minutes are written out so
	// the figure a person checks against their payslip is never rounded.
	if ((rest * 100) % 60 === 0) {
		let found = hourCounts.get(locale);
		if (!found) {
			found = new Intl.NumberFormat(tag(locale), { maximumFractionDigits: 2 });
			hourCounts.set(locale, found);
		}
		const hours = minutes / 60;
		return t('wages.hours', { count: hours, hours: found.format(hours) });
	}
	return t('wages.hoursAndMinutes', { hours: whole, minutes: rest });
}

/** Pence as the plain pounds a form field holds: 1221 → '12.21', for a person to correct. */
export function penceAsPoundsText(pence: number): string {
	const sign = pence < 0 ? '-' : '';
	const whole = Math.abs(pence);
	return `${sign}${Math.floor(whole / 100)}.${String(whole % 100).padStart(2, '0')}`;
}
