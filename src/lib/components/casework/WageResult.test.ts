import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import type { MinimumWageRates, WageCheckResult } from '$lib/casework/wage-types';
import type { Locale } from '$lib/i18n/locales';
import { checkWages } from '$lib/server/casework/wage-calculation';
import WageResultHarness from './WageResultHarness.svelte';

const RATES: MinimumWageRates[] = [
	{
		effectiveFrom: '2024-04-01',
		livingWageAge: 21,
		livingWagePence: 1144,
		youngAdultPence: null,
		age18To20Pence: 860,
		age16To17Pence: 640,
		apprenticePence: 640,
		accommodationOffsetPence: 999
	}
];

// A week in June 2024 of 40 hours at 1144p: 45760 due, paid 40000, owed 5760; today (2024-12-01)
// the rate is the same, so nothing more at today's rates.
const underpaid = checkWages(
	{
		dateOfBirth: '1990-01-01',
		apprenticeSince: null,
		asOf: '2024-12-01',
		timeZone: 'Europe/London',
		payPeriods: [
			{
				start: '2024-06-03',
				end: '2024-06-09',
				paidPence: 40000,
				deductionsForEmployerPence: 0,
				accommodation: [],
				shifts: [3, 4, 5, 6, 7].map((day) => ({
					start: `2024-06-0${day}T09:00`,
					end: `2024-06-0${day}T17:00`,
					unpaidBreakMinutes: 0
				}))
			}
		]
	},
	RATES
);

function show(locale: Locale, result: WageCheckResult): string {
	const html = render(WageResultHarness, { props: { locale, result } }).body;
	return html
		.replace(/<!--[^>]*-->/g, '')
		.replace(/<[^>]*>/g, ' ')
		.replace(/\s+/g, ' ');
}

describe('WageResult', () => {
	it('shows what is owed and every step of each period', () => {
		const text = show('en', underpaid);
		expect(text).toContain('Owed: £57.60');
		expect(text).toContain('Pay period from Monday');
		expect(text).toContain('Minimum pay due: 40 hours × £11.44 = £457.60.');
		expect(text).toContain('Owed: £457.60 − £400.00 = £57.60.');
		expect(text).not.toContain('today’s rates');
	});

	it('speaks the page’s language, Arabic included', () => {
		expect(show('pl', underpaid)).toContain('40 godzin');
		const arabic = show('ar', underpaid);
		expect(arabic).toContain('المستحق');
		expect(arabic).not.toContain('wages.');
	});

	it('says when nothing is owed and when there is nothing to check', () => {
		const paid = checkWages(
			{
				dateOfBirth: '1990-01-01',
				apprenticeSince: null,
				asOf: '2024-12-01',
				timeZone: 'Europe/London',
				payPeriods: [
					{
						start: '2024-06-03',
						end: '2024-06-09',
						paidPence: 50000,
						deductionsForEmployerPence: 0,
						accommodation: [],
						shifts: []
					}
				]
			},
			RATES
		);
		expect(show('en', paid)).toContain('the pay met the minimum wage in every pay period');
		expect(show('en', { owedPence: 0, owedAtTodaysRatesPence: 0, periods: [] })).toContain(
			'There is nothing to check yet.'
		);
	});
});
