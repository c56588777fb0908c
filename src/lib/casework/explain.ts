import { formats } from '$lib/i18n/format';
import type { Locale } from '$lib/i18n/locales';
import type { MessageKey, Translate } from '$lib/i18n/translate';
import { formatMinutes, formatPence } from './money';
import type { ExplanationLine } from './wage-types';

/**
 * One line of a wage check in the person's language. Values are written by their names' endings:
 * `…Pence` as money, `…Minutes` as hours, `…On` as a date; the rest as they are.
 */
export function explanationText(line: ExplanationLine, t: Translate, locale: Locale): string {
	const dates = formats(locale, 'UTC');
	const values: Record<string, string | number> = {};
	for (const [name, value] of Object.entries(line.values)) {
		if (typeof value === 'number' && name.endsWith('Pence'))
			values[name] = formatPence(value, locale);
		else if (typeof value === 'number' && name.endsWith('Minutes'))
			values[name] = formatMinutes(value, locale);
		else if (typeof value === 'string' && name.endsWith('On'))
			values[name] = dates.calendarDate(value);
		else values[name] = value;
	}
	return t(line.key as MessageKey, values);
}
