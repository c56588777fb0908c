import { getContext, setContext } from 'svelte';
import { formats, type Formats } from './format';
import { direction, type Locale } from './locales';
import { translator, type Translate } from './translate';

export interface I18n {
	locale: Locale;
	dir: 'ltr' | 'rtl';
	t: Translate;
	format: Formats;
}

const KEY = Symbol('i18n');

/** Called once by the root layout; every component then reads it with `useI18n()`. */
export function provideI18n(locale: Locale, timeZone: string): I18n {
	const i18n = {
		locale,
		dir: direction(locale),
		t: translator(locale),
		format: formats(locale, timeZone)
	};
	setContext(KEY, i18n);
	return i18n;
}

export function useI18n(): I18n {
	return getContext<I18n>(KEY);
}
