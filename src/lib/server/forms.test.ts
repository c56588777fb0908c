import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	exceptionSchema,
	openingSchema,
	parseIsoDate,
	setupSchema
} from './centres/centres.schemas';
import { parseForm } from './forms';
import {
	codeSchema,
	enrolSchema,
	joinSchema,
	rolesSchema,
	signInSchema
} from './identity/identity.schemas';

const schemas = {
	setupSchema,
	exceptionSchema,
	openingSchema,
	joinSchema,
	signInSchema,
	codeSchema,
	enrolSchema,
	rolesSchema
};
const fields = [
	'name',
	'address',
	'directions',
	'timeZone',
	'locales',
	'defaultLocale',
	'chosenName',
	'passphrase',
	'passphraseAgain',
	'code',
	'consent',
	'roles',
	'weekday',
	'opens',
	'closes',
	'date',
	'kind',
	'exceptionOpens',
	'exceptionCloses',
	'note'
];

function formOf(entries: [string, string][]): FormData {
	const form = new FormData();
	for (const [key, value] of entries) form.append(key, value);
	return form;
}

describe('form parsers', () => {
	it('never throw, and answer with field errors that are catalogue keys', () => {
		const entry = fc.tuple(
			fc.constantFrom(...fields, 'unexpected'),
			fc.string({ unit: 'binary', maxLength: 300 })
		);
		fc.assert(
			fc.property(
				fc.constantFrom(...Object.values(schemas)),
				fc.array(entry, { maxLength: 25 }),
				(schema, entries) => {
					const result = parseForm(formOf(entries), schema as never);
					if (!result.ok) {
						for (const key of Object.values(result.errors))
							expect(key).toMatch(/^[a-z]+\.[a-zA-Z]+$/);
					}
					for (const key of Object.keys(result.values)) expect(key).not.toMatch(/passphrase/i);
				}
			),
			{ numRuns: 300 }
		);
	});

	it('keep what the person typed, except passphrases', () => {
		const result = parseForm(
			formOf([
				['chosenName', '<script>alert(1)</script>'],
				['passphrase', 'secret words that are long'],
				['passphraseAgain', 'other']
			]),
			joinSchema
		);
		expect(result.ok).toBe(false);
		expect(result.values).toEqual({ chosenName: '<script>alert(1)</script>' });
	});

	it.each([
		['\u202Eevil', 'form.hiddenCharacters'],
		['nul\u0000byte', 'form.hiddenCharacters'],
		['two\nlines', 'form.hiddenCharacters'],
		['x'.repeat(61), 'identity.nameTooLong'],
		['   ', 'identity.nameRequired']
	])('refuse the chosen name %j with %s', (chosenName, message) => {
		const result = parseForm(
			formOf([
				['chosenName', chosenName],
				['passphrase', 'p']
			]),
			signInSchema
		);
		expect(result.ok === false && result.errors.chosenName).toBe(message);
	});

	it('accept emoji and any script in names', () => {
		const result = parseForm(
			formOf([
				['chosenName', 'Ana 🌙 آنا'],
				['passphrase', 'x']
			]),
			signInSchema
		);
		expect(result.ok).toBe(true);
	});

	it('read times as people type them', () => {
		const result = parseForm(
			formOf([
				['weekday', '5'],
				['opens', '22.00'],
				['closes', '0600']
			]),
			openingSchema
		);
		expect(result.ok && result.data).toEqual({ weekday: 5, opens: '22:00', closes: '06:00' });
	});

	it('read only real calendar dates', () => {
		fc.assert(
			fc.property(
				fc.date({ min: new Date('1900-01-01'), max: new Date('2999-12-31'), noInvalidDate: true }),
				(date) => {
					const text = date.toISOString().slice(0, 10);
					expect(parseIsoDate(text)).toBe(text);
				}
			)
		);
		for (const bad of ['2026-02-30', '2026-13-01', '26-01-01', '2026-1-1', ''])
			expect(parseIsoDate(bad)).toBeNull();
	});

	it('ask for extra hours only when the centre opens at extra hours', () => {
		expect(
			parseForm(
				formOf([
					['date', '2026-12-25'],
					['kind', 'closed']
				]),
				exceptionSchema
			).ok
		).toBe(true);
		const open = parseForm(
			formOf([
				['date', '2026-12-24'],
				['kind', 'open']
			]),
			exceptionSchema
		);
		expect(open.ok === false && Object.keys(open.errors).sort()).toEqual([
			'exceptionCloses',
			'exceptionOpens'
		]);
	});

	it('store one spelling of a time zone and refuse unknown ones', () => {
		const base: [string, string][] = [
			['name', 'A centre'],
			['locales', 'en'],
			['defaultLocale', 'en'],
			['chosenName', 'Someone'],
			['passphrase', 'lanterns over the river'],
			['passphraseAgain', 'lanterns over the river']
		];
		const ok = parseForm(formOf([...base, ['timeZone', 'america/new_york']]), setupSchema);
		expect(ok.ok && ok.data.timeZone).toBe('America/New_York');
		const bad = parseForm(formOf([...base, ['timeZone', 'Mars/Olympus']]), setupSchema);
		expect(bad.ok === false && bad.errors.timeZone).toBe('centres.timeZoneUnknown');
	});
});
