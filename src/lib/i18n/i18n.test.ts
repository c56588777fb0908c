import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { direction, fromAcceptLanguage, locales, negotiateLocale } from './locales';
import type { Message } from './message';
import { en } from './messages/en';
import { catalogues, translator } from './translate';

const placeholders = (text: string) => [...new Set(text.match(/\{\w+\}/g) ?? [])].sort();
const forms = (message: Message) =>
	typeof message === 'string' ? [message] : Object.values(message);

function sourceFiles(folder: string): string[] {
	return fs.readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
		const full = path.join(folder, entry.name);
		if (entry.isDirectory()) return sourceFiles(full);
		return /\.(ts|svelte)$/.test(entry.name) && !entry.name.endsWith('.test.ts') ? [full] : [];
	});
}

describe('message catalogues', () => {
	for (const locale of locales) {
		describe(locale, () => {
			const catalogue = catalogues[locale];

			it('has every key and no other', () => {
				expect(Object.keys(catalogue).sort()).toEqual(Object.keys(en).sort());
			});

			it('keeps every placeholder of each message, in every plural form', () => {
				for (const [key, source] of Object.entries(en) as [keyof typeof en, Message][]) {
					const wanted = placeholders(forms(source).at(-1) as string);
					for (const form of forms(catalogue[key])) {
						expect(placeholders(form), `${locale} ${key}`).toEqual(wanted);
					}
				}
			});

			it('gives every plural form the language needs', () => {
				const needed = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
				for (const [key, message] of Object.entries(catalogue)) {
					if (typeof message === 'string') continue;
					for (const category of needed) {
						expect(
							message[category as keyof typeof message],
							`${locale} ${key} ${category}`
						).toBeTypeOf('string');
					}
				}
			});
		});
	}

	it('has every key the code uses', () => {
		const root = path.resolve(import.meta.dirname, '../..');
		const used = new Set<string>();
		for (const file of sourceFiles(root)) {
			const text = fs.readFileSync(file, 'utf8');
			for (const match of text.matchAll(/\bt\(\s*'([a-zA-Z]+\.[a-zA-Z]+)'/g))
				used.add(match[1] as string);
			for (const match of text.matchAll(
				/(?:message|required|tooLong):\s*'([a-zA-Z]+\.[a-zA-Z]+)'/g
			)) {
				used.add(match[1] as string);
			}
		}
		for (const role of ['member', 'adviser', 'organiser', 'coordinator']) used.add(`roles.${role}`);
		for (const problem of [
			'passphraseTooShort',
			'passphraseTooLong',
			'passphraseCommon',
			'nameTaken',
			'resetNeedsCoordinator',
			'resetElsewhere'
		]) {
			used.add(`identity.${problem}`);
		}
		expect(used.size).toBeGreaterThan(100);
		expect([...used].filter((key) => !(key in en))).toEqual([]);
	});

	it('chooses plural forms by the language’s own rules', () => {
		const pl = translator('pl');
		const forms = [1, 2, 5, 22, 25].map((count) => pl('people.count', { count }));
		expect(new Set(forms).size).toBeGreaterThanOrEqual(3);
		expect(translator('en')('people.count', { count: 1 })).toBe('1 person belongs to the centre.');
		expect(translator('en')('people.count', { count: 3 })).toBe('3 people belong to the centre.');
	});
});

describe('choosing a language', () => {
	it('writes Arabic right to left and the rest left to right', () => {
		expect(direction('ar')).toBe('rtl');
		expect(locales.filter((l) => direction(l) === 'rtl')).toEqual(['ar']);
	});

	it('takes the person’s choice, then their browser’s, then the centre’s', () => {
		expect(negotiateLocale('ro', 'es-ES,es;q=0.9', locales, 'en')).toBe('ro');
		expect(negotiateLocale(undefined, 'fr-FR,fr;q=0.9,pt-BR;q=0.8', locales, 'en')).toBe('pt');
		expect(negotiateLocale('klingon', 'xx', locales, 'pl')).toBe('pl');
		expect(fromAcceptLanguage('en;q=0.1, ar;q=0.9', locales)).toBe('ar');
		expect(fromAcceptLanguage('ar;q=0', locales)).toBeNull();
	});

	it('never fails on any Accept-Language header', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'binary' }), (header) => {
				const found = fromAcceptLanguage(header, locales);
				expect(found === null || locales.includes(found)).toBe(true);
			})
		);
	});
});
