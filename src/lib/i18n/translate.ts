import { en, type MessageKey } from './messages/en';
import { es } from './messages/es';
import { pl } from './messages/pl';
import { ro } from './messages/ro';
import { pt } from './messages/pt';
import { ar } from './messages/ar';
import type { Locale } from './locales';
import type { Message, Plural } from './message';

export type Catalogue = Record<MessageKey, Message>;
export type { MessageKey };

export const catalogues: Record<Locale, Catalogue> = { en, es, pl, ro, pt, ar };

export type Params = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: Params) => string;

const pluralRules = new Map<Locale, Intl.PluralRules>();

function fill(text: string, params: Params | undefined): string {
	if (!params) return text;
	return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
		name in params ? String(params[name]) : whole
	);
}

/** Returns t(key, params): a plural message picks its form by params.count. */
export function translator(locale: Locale): Translate {
	const catalogue = catalogues[locale];
	let rules = pluralRules.get(locale);
	if (!rules) {
		rules = new Intl.PluralRules(locale);
		pluralRules.set(locale, rules);
	}
	const plural = rules;
	return (key, params) => {
		const message = catalogue[key] ?? en[key];
		// A key that is not in the catalogue shows itself rather than breaking the page; a test
		// checks that every key the code uses exists.
		if (message === undefined) return key;
		if (typeof message === 'string') return fill(message, params);
		const count = Number(params?.count ?? 0);
		const form = plural.select(count) as keyof Plural;
		return fill(message[form] ?? message.other, params);
	};
}
