export const locales = ['en', 'es', 'pl', 'ro', 'pt', 'ar'] as const;
export type Locale = (typeof locales)[number];

/** Each language named in itself, as a person looking for it would recognise it. */
export const localeNames: Record<Locale, string> = {
	en: 'English',
	es: 'Español',
	pl: 'Polski',
	ro: 'Română',
	pt: 'Português',
	ar: 'العربية'
};

const rightToLeft = new Set<Locale>(['ar']);

export function isLocale(value: unknown): value is Locale {
	return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

export function direction(locale: Locale): 'ltr' | 'rtl' {
	return rightToLeft.has(locale) ? 'rtl' : 'ltr';
}

/** The first language of an Accept-Language header that Hearth speaks, by the header's weights. */
export function fromAcceptLanguage(
	header: string | null,
	offered: readonly Locale[]
): Locale | null {
	if (!header) return null;
	const ranked = header
		.split(',')
		.map((part, index) => {
			const [tag = '', ...params] = part.trim().split(';');
			const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
			const weight = q ? Number(q.slice(2)) : 1;
			return { tag: tag.toLowerCase(), weight: Number.isFinite(weight) ? weight : 0, index };
		})
		.filter((entry) => entry.tag && entry.weight > 0)
		.sort((a, b) => b.weight - a.weight || a.index - b.index);
	for (const { tag } of ranked) {
		const base = tag.split('-')[0];
		const match = offered.find((locale) => locale === base);
		if (match) return match;
	}
	return null;
}

/** The person's choice, else their browser's, else the centre's default. */
export function negotiateLocale(
	chosen: string | undefined,
	acceptLanguage: string | null,
	offered: readonly Locale[],
	fallback: Locale
): Locale {
	if (isLocale(chosen)) return chosen;
	return fromAcceptLanguage(acceptLanguage, offered) ?? fallback;
}

const nativeNames = new Map<string, string>();

/** A language Hearth has no catalogue for, named in itself ('tl' → 'Tagalog'), for listing. */
export function nativeLanguageName(code: string): string {
	let name = nativeNames.get(code);
	if (name === undefined) {
		try {
			const found = new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? code;
			// Names stand alone in lists, so they start with a capital where the script has one.
			name = found.charAt(0).toLocaleUpperCase(code) + found.slice(1);
		} catch {
			name = code;
		}
		nativeNames.set(code, name);
	}
	return name;
}
