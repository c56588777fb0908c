import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import type { Locale } from '$lib/i18n/locales';
import { countStv, type StvResult } from '$lib/server/governance/stv';
import StvCountHarness from './StvCountHarness.svelte';

/** `count` ballots, each naming the candidates in this order. */
function ballots(...groups: [number, string[]][]): string[][] {
	return groups.flatMap(([count, preferences]) =>
		Array.from({ length: count }, () => [...preferences])
	);
}

// Worked example (2) of stv.test.ts: a surplus at 0.22222, a second at 0.01562, rule 52 at the end.
const result = countStv({
	seats: 3,
	candidates: ['a', 'b', 'c', 'd', 'e'],
	ballots: ballots(
		[5, ['a', 'b', 'c']],
		[4, ['a', 'c']],
		[6, ['b', 'd']],
		[4, ['c']],
		[3, ['d', 'c']],
		[3, ['e', 'd']]
	)
});
const names = { a: 'Amina', b: 'Bogdan', c: 'Carmen', d: 'Dariusz', e: 'إلياس' };

function show(locale: Locale, shown: StvResult = result) {
	const html = render(StvCountHarness, { props: { locale, result: shown, names } }).body;
	const text = (fragment: string) =>
		fragment
			.replace(/<!--[^]*?-->/g, '')
			.replace(/<[^>]+>/g, ' ')
			.replace(/\s+/g, ' ')
			.trim();
	const rows = [...html.matchAll(/<tr[^>]*>([^]*?)<\/tr>/g)].map((row) =>
		[...(row[1] as string).matchAll(/<t[hd][^>]*>([^]*?)<\/t[hd]>/g)].map((cell) =>
			text(cell[1] as string)
		)
	);
	return { html, rows, text: text(html) };
}

describe('the count of an election, as a table', () => {
	it('shows one column per stage and one row per candidate, with what happened at each', () => {
		const { html, rows, text } = show('en');
		expect(text).toContain('To be elected, a candidate needed 7 votes (the quota).');
		expect(text).toContain('25 valid ballot papers were counted.');
		expect(html).toMatch(/<caption[^>]*>The count, stage by stage \(votes\)<\/caption>/);
		expect(rows[0]).toEqual(['Candidate', 'Stage 1', 'Stage 2', 'Stage 3', 'Stage 4', 'Stage 5']);
		expect(rows[1]).toEqual([
			'What happened',
			'First preferences counted',
			'Amina had 2.00000 votes more than needed. All their papers passed to the next choices at a transfer value of 0.22222.',
			'Bogdan had 0.11110 votes more than needed. All their papers passed to the next choices at a transfer value of 0.01562.',
			'إلياس had the fewest votes and left the count. Their papers passed to the next choices at the value they had.',
			'Carmen had the fewest votes and left the count. As many candidates were left as seats, so they are elected and no more papers are passed on.'
		]);
		// Votes to two places, cut: 4.88888 shows as 4.88 and 7.11110 as 7.11, never rounded up.
		expect(rows.slice(2, 7)).toEqual([
			['Amina Elected', '9.00 Elected', '7.00', '7.00', '7.00', '7.00'],
			['Bogdan Elected', '6.00', '7.11 Elected', '7.00', '7.00', '7.00'],
			['Carmen', '4.00', '4.88', '4.90', '4.90', '4.90 Left the count'],
			['Dariusz Elected', '3.00', '3.00', '3.09', '6.09', '6.09 Elected'],
			['إلياس', '3.00', '3.00', '3.00', '0.00 Left the count', '0.00']
		]);
		expect(rows[7]).toEqual(['Papers with no next choice', '0.00', '0.00', '0.00', '0.00', '0.00']);
		expect(rows[8]).toEqual([
			'Lost to rounding (fractions past five decimal places)',
			'0.00000',
			'0.00002',
			'0.00005',
			'0.00005',
			'0.00005'
		]);
	});

	it('is a labelled region a keyboard can scroll, with headers scoped and names in their own direction', () => {
		const { html } = show('en');
		const labelId = /role="region" aria-labelledby="([^"]+)" tabindex="0"/.exec(html)?.[1];
		expect(html).toMatch(
			new RegExp(`<p id="${labelId}"[^>]*>The count, stage by stage \\(votes\\)</p>`)
		);
		expect(html.match(/<th scope="col"/g)).toHaveLength(6);
		expect(html.match(/<th scope="row"/g)).toHaveLength(8);
		expect(html).toContain('<span dir="auto">إلياس</span>');
		expect(html).not.toMatch(/style=|<script/);
	});

	it('says how a tie was settled, in the reader’s language and numbers', () => {
		// a, b and c have one vote each at every stage: the lot falls on c, then on b.
		const tied = countStv(
			{ seats: 1, candidates: ['a', 'b', 'c'], ballots: [['a'], ['b', 'a'], ['c']] },
			(lot) => (lot.includes('c') ? 'c' : 'b')
		);
		const english = show('en', tied);
		expect(english.rows[1]?.slice(2)).toEqual([
			'Carmen had the fewest votes and left the count. Their papers passed to the next choices at the value they had. A tie at every stage, settled by lot.',
			'Bogdan had the fewest votes and left the count. As many candidates were left as seats, so they are elected and no more papers are passed on. A tie at every stage, settled by lot.'
		]);
		const polish = show('pl', result);
		expect(polish.rows[0]?.[1]).toBe('Etap 1');
		expect(polish.rows[3]?.[2]).toBe('7,11 Zdobywa miejsce');
		expect(polish.text).toContain('Do wyboru potrzeba było 7 głosów (kwota).');
		const arabic = show('ar', result);
		expect(arabic.text).toContain('المرحلة');
		expect(arabic.rows[3]?.[2]).toContain('فاز بالمقعد');
	});
});
