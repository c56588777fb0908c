import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { MinimumWageRates, PayPeriodInput, WageCheckInput } from '$lib/casework/wage-types';
import { checkWages } from './wage-calculation';

const DAY_MS = 86_400_000;
const isoDate = (millis: number) => new Date(millis).toISOString().slice(0, 10);
const FIRST = Date.UTC(2015, 0, 1);
const LAST = Date.UTC(2027, 11, 31);
const clock = (minutes: number) =>
	`${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** A local 'YYYY-MM-DDTHH:MM' some minutes after midnight of a day. */
function localTime(dayMillis: number, minutes: number): string {
	const day = dayMillis + Math.floor(minutes / 1440) * DAY_MS;
	return `${isoDate(day)}T${clock(minutes % 1440)}`;
}

const shiftArbitrary = (periodStart: number, length: number) =>
	fc
		.record({
			day: fc.integer({ min: 0, max: length - 1 }),
			startMinute: fc.integer({ min: 0, max: 1439 }),
			duration: fc.integer({ min: 0, max: 16 * 60 }),
			unpaidBreakMinutes: fc.integer({ min: 0, max: 120 })
		})
		.map(({ day, startMinute, duration, unpaidBreakMinutes }) => ({
			start: localTime(periodStart + day * DAY_MS, startMinute),
			end: localTime(periodStart + day * DAY_MS, startMinute + duration),
			unpaidBreakMinutes
		}));

const periodArbitrary: fc.Arbitrary<PayPeriodInput> = fc
	.record({
		start: fc.integer({ min: FIRST / DAY_MS, max: LAST / DAY_MS }).map((day) => day * DAY_MS),
		length: fc.integer({ min: 1, max: 31 })
	})
	.chain(({ start, length }) =>
		fc.record({
			start: fc.constant(isoDate(start)),
			end: fc.constant(isoDate(start + (length - 1) * DAY_MS)),
			paidPence: fc.integer({ min: 0, max: 300_000 }),
			deductionsForEmployerPence: fc.integer({ min: 0, max: 10_000 }),
			accommodation: fc.array(
				fc.record({
					daysProvided: fc.integer({ min: 0, max: length }),
					chargedPencePerDay: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 3000 }))
				}),
				{ maxLength: 2 }
			),
			shifts: fc.array(shiftArbitrary(start, length), { maxLength: 12 })
		})
	);

const inputArbitrary: fc.Arbitrary<WageCheckInput> = fc.record({
	dateOfBirth: fc
		.integer({ min: Date.UTC(1950, 0, 1) / DAY_MS, max: Date.UTC(2012, 0, 1) / DAY_MS })
		.map((day) => isoDate(day * DAY_MS)),
	apprenticeSince: fc.option(
		fc.integer({ min: FIRST / DAY_MS, max: LAST / DAY_MS }).map((day) => isoDate(day * DAY_MS))
	),
	asOf: fc
		.integer({ min: FIRST / DAY_MS, max: Date.UTC(2029, 0, 1) / DAY_MS })
		.map((day) => isoDate(day * DAY_MS)),
	timeZone: fc.constantFrom('Europe/London', 'UTC'),
	payPeriods: fc.array(periodArbitrary, { minLength: 1, maxLength: 4 })
});

const pence = fc.integer({ min: 1, max: 3000 });

/** Any table the rates page accepts: the properties hold whatever the law says next year. */
const ratesArbitrary: fc.Arbitrary<MinimumWageRates[]> = fc.uniqueArray(
	fc
		.record({
			effectiveFrom: fc
				.integer({ min: Date.UTC(2014, 0, 1) / DAY_MS, max: LAST / DAY_MS })
				.map((day) => isoDate(day * DAY_MS)),
			livingWageAge: fc.integer({ min: 21, max: 25 }),
			livingWagePence: pence,
			youngAdultPence: pence,
			age18To20Pence: pence,
			age16To17Pence: pence,
			apprenticePence: pence,
			accommodationOffsetPence: fc.option(fc.integer({ min: 0, max: 2000 }))
		})
		.map((rates) => ({
			...rates,
			youngAdultPence: rates.livingWageAge > 21 ? rates.youngAdultPence : null
		})),
	{ minLength: 1, maxLength: 5, selector: (rates) => rates.effectiveFrom }
);

const withPeriods = (
	input: WageCheckInput,
	change: (period: PayPeriodInput) => PayPeriodInput
) => ({
	...input,
	payPeriods: input.payPeriods.map(change)
});

describe('checkWages: properties', () => {
	it('owes nothing when exactly the minimum was paid', () => {
		fc.assert(
			fc.property(inputArbitrary, ratesArbitrary, (input, rates) => {
				const first = checkWages(input, rates);
				const paidExactly = {
					...input,
					payPeriods: input.payPeriods.map((period, index) => ({
						...period,
						paidPence:
							period.paidPence +
							(first.periods[index]?.minimumDuePence ?? 0) -
							(first.periods[index]?.countedPayPence ?? 0)
					}))
				};
				const result = checkWages(paidExactly, rates);
				expect(result.owedPence).toBe(0);
				expect(result.owedAtTodaysRatesPence).toBe(0);
			})
		);
	});

	it('never owes less for an extra unpaid hour', () => {
		fc.assert(
			fc.property(inputArbitrary, ratesArbitrary, (input, rates) => {
				const before = checkWages(input, rates);
				const after = checkWages(
					withPeriods(input, (period) => ({
						...period,
						shifts: [
							...period.shifts,
							{
								start: `${period.start}T12:00`,
								end: `${period.start}T13:00`,
								unpaidBreakMinutes: 0
							}
						]
					})),
					rates
				);
				expect(after.owedPence).toBeGreaterThanOrEqual(before.owedPence);
				expect(after.owedAtTodaysRatesPence).toBeGreaterThanOrEqual(before.owedAtTodaysRatesPence);
			})
		);
	});

	it('never owes more when more was paid', () => {
		fc.assert(
			fc.property(
				inputArbitrary,
				ratesArbitrary,
				fc.integer({ min: 1, max: 100_000 }),
				(input, rates, more) => {
					const before = checkWages(input, rates);
					const after = checkWages(
						withPeriods(input, (period) => ({ ...period, paidPence: period.paidPence + more })),
						rates
					);
					expect(after.owedPence).toBeLessThanOrEqual(before.owedPence);
					expect(after.owedAtTodaysRatesPence).toBeLessThanOrEqual(before.owedAtTodaysRatesPence);
				}
			)
		);
	});

	it('owes at least as much at today’s rates, in whole pence, summed over the periods', () => {
		fc.assert(
			fc.property(inputArbitrary, ratesArbitrary, (input, rates) => {
				const result = checkWages(input, rates);
				expect(result.owedAtTodaysRatesPence).toBeGreaterThanOrEqual(result.owedPence);
				const figures = [result.owedPence, result.owedAtTodaysRatesPence];
				for (const period of result.periods) {
					expect(period.owedAtTodaysRatesPence).toBeGreaterThanOrEqual(period.owedPence);
					expect(period.owedPence).toBeGreaterThanOrEqual(0);
					figures.push(
						period.minutesWorked,
						period.minimumDuePence,
						period.countedPayPence,
						period.owedPence,
						period.owedAtTodaysRatesPence
					);
					for (const line of period.explanation) {
						for (const value of Object.values(line.values)) {
							if (typeof value === 'number') figures.push(value);
						}
					}
				}
				for (const figure of figures) expect(Number.isSafeInteger(figure)).toBe(true);
				expect(result.owedPence).toBe(result.periods.reduce((sum, p) => sum + p.owedPence, 0));
			})
		);
	});
});
