import { describe, expect, it } from 'vitest';
import { translator } from '$lib/i18n/translate';
import { explanationText } from './explain';

describe('explanationText', () => {
	it('writes money, hours and dates from the values’ names', () => {
		const line = {
			key: 'wages.explainMinimumDue',
			values: { workedMinutes: 2400, ratePence: 1221, minimumDuePence: 48840 }
		};
		expect(explanationText(line, translator('en'), 'en')).toBe(
			'Minimum pay due: 40 hours × £12.21 = £488.40.'
		);
		expect(
			explanationText(
				{ key: 'wages.explainRatesFrom', values: { ratesOn: '2025-04-01' } },
				translator('en'),
				'en'
			)
		).toMatch(/Tuesday,? 1 April 2025/);
	});

	it('picks plural forms by the count and leaves other numbers as they are', () => {
		const text = explanationText(
			{
				key: 'wages.explainAccommodationFree',
				values: { count: 1, offsetPence: 1066, addedPence: 1066 }
			},
			translator('en'),
			'en'
		);
		expect(text).toBe(
			'Free accommodation for 1 day counts as pay at £10.66 a day: £10.66 is added.'
		);
		expect(
			explanationText(
				{ key: 'wages.explainAge', values: { startOn: '2025-04-07', age: 21 } },
				translator('es'),
				'es'
			)
		).toMatch(/21\.$/);
	});
});
