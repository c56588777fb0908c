import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { locales } from '$lib/i18n/locales';
import { formatMinutes, formatPence, parsePounds } from './money';

describe('parsePounds', () => {
	it('reads pounds as exact pence', () => {
		expect(parsePounds('12.5')).toBe(1250);
		expect(parsePounds('12.21')).toBe(1221);
		expect(parsePounds('£1,234.56')).toBe(123456);
		expect(parsePounds(' £ 7 ')).toBe(700);
		expect(parsePounds('0.07')).toBe(7);
		expect(parsePounds('.5')).toBe(50);
		expect(parsePounds('1,234')).toBe(123400);
		expect(parsePounds('0')).toBe(0);
	});

	it('reads a decimal comma, as most of Hearth’s languages write it', () => {
		expect(parsePounds('12,21')).toBe(1221);
		expect(parsePounds('7,5')).toBe(750);
	});

	it('refuses what is not an amount of pounds', () => {
		for (const text of [
			'-1',
			'',
			'£',
			'twelve',
			'1.234',
			'12.345',
			'1,23,4',
			'1e3',
			'0x10',
			'12 50',
			'£-3',
			'NaN'
		]) {
			expect(parsePounds(text), text).toBeNull();
		}
		expect(parsePounds('9'.repeat(30))).toBeNull();
	});

	it('gives back any amount it wrote', () => {
		fc.assert(
			fc.property(fc.integer({ min: 0, max: 10_000_000_00 }), (pence) => {
				const pounds = `${Math.floor(pence / 100)}.${String(pence % 100).padStart(2, '0')}`;
				expect(parsePounds(pounds)).toBe(pence);
				expect(
					parsePounds(
						`£${Number(pounds.split('.')[0]).toLocaleString('en-GB')}.${pounds.split('.')[1]}`
					)
				).toBe(pence);
			})
		);
	});
});

describe('formatPence', () => {
	it('writes pence as pounds in each language', () => {
		expect(formatPence(123456, 'en')).toBe('£1,234.56');
		expect(formatPence(1221, 'en')).toBe('£12.21');
		expect(formatPence(-50, 'en')).toBe('-£0.50');
		expect(formatPence(1221, 'pl')).toMatch(/12,21/);
		for (const locale of locales) expect(formatPence(1221, locale)).toMatch(/£|GBP/);
	});
});

describe('formatMinutes', () => {
	it('writes hours as decimals where exact, else hours and minutes', () => {
		expect(formatMinutes(450, 'en')).toBe('7.5 hours');
		expect(formatMinutes(60, 'en')).toBe('1 hour');
		expect(formatMinutes(2400, 'en')).toBe('40 hours');
		expect(formatMinutes(45, 'en')).toBe('0.75 hours');
		expect(formatMinutes(440, 'en')).toBe('7 h 20 min');
		expect(formatMinutes(450, 'pl')).toBe('7,5 godziny');
		expect(formatMinutes(300, 'pl')).toBe('5 godzin');
	});
});
