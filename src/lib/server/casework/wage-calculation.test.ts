import { describe, expect, it } from 'vitest';
import type {
	MinimumWageRates,
	PayPeriodInput,
	ShiftSpan,
	WageCheckInput
} from '$lib/casework/wage-types';
import { en } from '$lib/i18n/messages/en';
import type { Message } from '$lib/i18n/message';
import { ageOn, checkWages } from './wage-calculation';

/** The rates as the migration seeds them (the 2026 offset is not confirmed: null). */
const SEEDED_RATES: MinimumWageRates[] = [
	['2016-10-01', 25, 720, 695, 555, 400, 340, 600],
	['2017-04-01', 25, 750, 705, 560, 405, 350, 640],
	['2018-04-01', 25, 783, 738, 590, 420, 370, 700],
	['2019-04-01', 25, 821, 770, 615, 435, 390, 755],
	['2020-04-01', 25, 872, 820, 645, 455, 415, 820],
	['2021-04-01', 23, 891, 836, 656, 462, 430, 836],
	['2022-04-01', 23, 950, 918, 683, 481, 481, 870],
	['2023-04-01', 23, 1042, 1018, 749, 528, 528, 910],
	['2024-04-01', 21, 1144, null, 860, 640, 640, 999],
	['2025-04-01', 21, 1221, null, 1000, 755, 755, 1066],
	['2026-04-01', 21, 1271, null, 1085, 800, 800, null]
].map(
	([effectiveFrom, livingWageAge, livingWage, youngAdult, adult, young, apprentice, offset]) => ({
		effectiveFrom: effectiveFrom as string,
		livingWageAge: livingWageAge as number,
		livingWagePence: livingWage as number,
		youngAdultPence: youngAdult as number | null,
		age18To20Pence: adult as number,
		age16To17Pence: young as number,
		apprenticePence: apprentice as number,
		accommodationOffsetPence: offset as number | null
	})
);

const ADULT = '1990-01-01';

function shift(start: string, end: string, unpaidBreakMinutes = 0): ShiftSpan {
	return { start, end, unpaidBreakMinutes };
}

/** Five days of 09:00–17:00 from a Monday: 40 hours. */
function workingWeek(monday: string): ShiftSpan[] {
	const first = Date.parse(`${monday}T00:00:00Z`);
	return [0, 1, 2, 3, 4].map((day) => {
		const date = new Date(first + day * 86_400_000).toISOString().slice(0, 10);
		return shift(`${date}T09:00`, `${date}T17:00`);
	});
}

function period(
	start: string,
	end: string,
	shifts: ShiftSpan[],
	paidPence: number,
	extra: Partial<PayPeriodInput> = {}
): PayPeriodInput {
	return {
		start,
		end,
		paidPence,
		deductionsForEmployerPence: 0,
		accommodation: [],
		shifts,
		...extra
	};
}

function check(
	payPeriods: PayPeriodInput[],
	worker: Partial<Omit<WageCheckInput, 'payPeriods'>> = {}
) {
	return checkWages(
		{
			dateOfBirth: ADULT,
			apprenticeSince: null,
			asOf: '2025-06-30',
			timeZone: 'Europe/London',
			payPeriods,
			...worker
		},
		SEEDED_RATES
	);
}

const keys = (lines: { key: string }[]) => lines.map((line) => line.key);

describe('checkWages: worked examples', () => {
	it('pays a 20-year-old the 18–20 rate: 860p in March 2025, 1000p from April 2025', () => {
		// Born 2004-06-15: 20 all spring 2025. Each week is 5 × 8 hours = 2400 minutes, paid £300.
		// March (2024 rates, 860p): 2400 × 860 / 60 = 34400 due, owed 34400 − 30000 = 4400.
		// April (2025 rates, 1000p): 2400 × 1000 / 60 = 40000 due, owed 10000.
		// Today (2025-06-01, still 20) the worker's rate is 1000p: March's 4400 × 1000 / 860 =
		// 5116.28 → 5116; April's rate is already 1000p, so 10000 stays.
		const result = check(
			[
				period('2025-03-03', '2025-03-09', workingWeek('2025-03-03'), 30000),
				period('2025-04-07', '2025-04-13', workingWeek('2025-04-07'), 30000)
			],
			{ dateOfBirth: '2004-06-15', asOf: '2025-06-01' }
		);
		const [march, april] = result.periods;
		expect(march).toMatchObject({
			minutesWorked: 2400,
			band: 'age_18_to_20',
			ratePence: 860,
			minimumDuePence: 34400,
			countedPayPence: 30000,
			owedPence: 4400,
			owedAtTodaysRatesPence: 5116
		});
		expect(april).toMatchObject({
			band: 'age_18_to_20',
			ratePence: 1000,
			minimumDuePence: 40000,
			owedPence: 10000,
			owedAtTodaysRatesPence: 10000
		});
		expect(result.owedPence).toBe(14400);
		expect(result.owedAtTodaysRatesPence).toBe(15116);

		// By 2025-06-30 the worker is 21, and today's rate is theirs now, the living wage 1221p:
		// 4400 × 1221 / 860 = 6246.98 → 6247, and April's 10000 × 1221 / 1000 = 12210.
		const later = check(
			[
				period('2025-03-03', '2025-03-09', workingWeek('2025-03-03'), 30000),
				period('2025-04-07', '2025-04-13', workingWeek('2025-04-07'), 30000)
			],
			{ dateOfBirth: '2004-06-15', asOf: '2025-06-30' }
		);
		expect(later.periods.map((p) => p.owedAtTodaysRatesPence)).toEqual([6247, 12210]);
	});

	it('moves to the living wage on a 21st birthday only from the next pay period', () => {
		// Born 2004-04-10. The week 2025-04-07..13 starts at age 20: 600 minutes × 1000p / 60 = 10000,
		// paid 10000, nothing owed, though the birthday falls inside it. The week from 2025-04-14
		// starts at 21: 600 × 1221 / 60 = 12210 due, paid 10000, owed 2210.
		const result = check(
			[
				period('2025-04-07', '2025-04-13', [shift('2025-04-11T08:00', '2025-04-11T18:00')], 10000),
				period('2025-04-14', '2025-04-20', [shift('2025-04-15T08:00', '2025-04-15T18:00')], 10000)
			],
			{ dateOfBirth: '2004-04-10' }
		);
		const [birthdayWeek, nextWeek] = result.periods;
		expect(birthdayWeek).toMatchObject({ band: 'age_18_to_20', ratePence: 1000, owedPence: 0 });
		expect(keys(birthdayWeek?.explanation ?? [])).toContain('wages.explainBirthdayLater');
		expect(nextWeek).toMatchObject({
			band: 'living_wage',
			ratePence: 1221,
			minimumDuePence: 12210,
			owedPence: 2210
		});
		expect(ageOn('2004-04-10', '2025-04-09')).toBe(20);
		expect(ageOn('2004-04-10', '2025-04-10')).toBe(21);
	});

	it('pays an apprentice of 25 the apprentice rate in the first year, and their age rate after', () => {
		// Born 2000-01-01, an apprentice since 2025-01-06.
		// Each week is 1800 minutes (30 hours) paid 22650.
		// 2025-06-02 (first year, 2025 rates): 1800 × 755 / 60 = 22650 due, nothing owed.
		// 2026-01-05 starts a day before the first anniversary: still the apprentice rate, 22650.
		// 2026-01-12 is past the first year at 26: 1800 × 1221 / 60 = 36630 due, owed 13980.
		const thirtyHours = (date: string) => [
			shift(`${date}T08:00`, `${date}T18:00`),
			shift(`${date}T08:00`, `${date}T18:00`),
			shift(`${date}T08:00`, `${date}T18:00`)
		];
		const result = check(
			[
				period('2025-06-02', '2025-06-08', thirtyHours('2025-06-03'), 22650),
				period('2026-01-05', '2026-01-11', thirtyHours('2026-01-06'), 22650),
				period('2026-01-12', '2026-01-18', thirtyHours('2026-01-13'), 22650)
			],
			{ dateOfBirth: '2000-01-01', apprenticeSince: '2025-01-06', asOf: '2026-02-01' }
		);
		expect(result.periods.map((p) => [p.band, p.ratePence, p.owedPence])).toEqual([
			['apprentice', 755, 0],
			['apprentice', 755, 0],
			['living_wage', 1221, 13980]
		]);
		// Today's rate for this worker (2026-02-01, still 2025 rates, 26) is 1221: no uplift.
		expect(result.owedAtTodaysRatesPence).toBe(13980);
	});

	it('keeps an apprentice under 19 on the apprentice rate after the first year', () => {
		// Born 2008-09-01, apprentice since 2024-09-02: on 2025-10-06 they are 17 and in the second
		// year, so still the apprentice rate of 755p: 600 × 755 / 60 = 7550 due.
		const result = check(
			[period('2025-10-06', '2025-10-12', [shift('2025-10-07T08:00', '2025-10-07T18:00')], 7550)],
			{ dateOfBirth: '2008-09-01', apprenticeSince: '2024-09-02' }
		);
		expect(result.periods[0]).toMatchObject({ band: 'apprentice', ratePence: 755, owedPence: 0 });
	});

	it('pays a whole week that starts on 29 March 2025 at the old rate, across the 1 April change', () => {
		// 35 years old. 8 hours on Saturday 29 March and 8 on Wednesday 2 April: 960 minutes, all at
		// 2024's 1144p because the period started before 1 April: 960 × 1144 / 60 = 18304, paid
		// 18304, nothing owed (at 1221p it would have been 19536).
		const result = check([
			period(
				'2025-03-29',
				'2025-04-04',
				[
					shift('2025-03-29T10:00', '2025-03-29T18:00'),
					shift('2025-04-02T10:00', '2025-04-02T18:00')
				],
				18304
			)
		]);
		expect(result.periods[0]).toMatchObject({
			minutesWorked: 960,
			ratePence: 1144,
			minimumDuePence: 18304,
			owedPence: 0
		});
		expect(result.periods[0]?.explanation).toContainEqual({
			key: 'wages.explainRatesFrom',
			values: { ratesOn: '2024-04-01' }
		});
	});

	it('adds the offset for each day of free accommodation', () => {
		// 40 hours at 1221p = 48840 due. Paid 42000, with 7 days' free accommodation counted at the
		// 2025 offset 1066p a day: 42000 + 7 × 1066 = 42000 + 7462 = 49462, at least 48840: nothing
		// owed. Without the accommodation 6840 would be owed.
		const result = check([
			period('2025-05-05', '2025-05-11', workingWeek('2025-05-05'), 42000, {
				accommodation: [{ daysProvided: 7, chargedPencePerDay: 0 }]
			})
		]);
		expect(result.periods[0]).toMatchObject({
			minimumDuePence: 48840,
			countedPayPence: 49462,
			owedPence: 0
		});
		expect(result.periods[0]?.explanation).toContainEqual({
			key: 'wages.explainAccommodationFree',
			values: { count: 7, offsetPence: 1066, addedPence: 7462 }
		});
	});

	it('takes off accommodation charged above the offset, and only the excess', () => {
		// 48840 due and paid exactly that, but accommodation was charged at 1500p a day for 7 days:
		// 1500 − 1066 = 434p a day above the offset, 7 × 434 = 3038 does not count: owed 3038.
		// A charge of 1000p a day is within the offset and changes nothing.
		const charged = check([
			period('2025-05-05', '2025-05-11', workingWeek('2025-05-05'), 48840, {
				accommodation: [{ daysProvided: 7, chargedPencePerDay: 1500 }]
			})
		]);
		expect(charged.periods[0]).toMatchObject({ countedPayPence: 45802, owedPence: 3038 });
		const withinOffset = check([
			period('2025-05-05', '2025-05-11', workingWeek('2025-05-05'), 48840, {
				accommodation: [{ daysProvided: 7, chargedPencePerDay: 1000 }]
			})
		]);
		expect(withinOffset.periods[0]).toMatchObject({ countedPayPence: 48840, owedPence: 0 });
	});

	it('takes off deductions for the employer’s benefit', () => {
		// 48840 due, paid 48840 but 2500 taken for a uniform: 46340 counts, 2500 owed.
		const result = check([
			period('2025-05-05', '2025-05-11', workingWeek('2025-05-05'), 48840, {
				deductionsForEmployerPence: 2500
			})
		]);
		expect(result.periods[0]).toMatchObject({ countedPayPence: 46340, owedPence: 2500 });
	});

	it('leaves accommodation out, and says so, when the year’s offset is not recorded', () => {
		// 2026 rates: 2400 × 1271 / 60 = 50840 due; paid 50000; the free accommodation cannot be
		// counted without an offset, so 840 is owed.
		const result = check(
			[
				period('2026-05-04', '2026-05-10', workingWeek('2026-05-04'), 50000, {
					accommodation: [{ daysProvided: 7, chargedPencePerDay: 0 }]
				})
			],
			{ asOf: '2026-06-01' }
		);
		expect(result.periods[0]).toMatchObject({ minimumDuePence: 50840, owedPence: 840 });
		expect(keys(result.periods[0]?.explanation ?? [])).toContain('wages.explainOffsetUnknown');
	});

	it('repays a 2024 underpayment at the rate of today (arrears uplift)', () => {
		// 2024-06-03 week: 2400 × 1144 / 60 = 45760 due, paid 40000, owed 5760.
		// As of 2025-06-01 (1221p): 5760 × 1221 / 1144 = 6147.69 → 6148.
		// As of 2026-05-01 (1271p): 5760 × 1271 / 1144 = 6399.44 → 6399.
		const week = [period('2024-06-03', '2024-06-09', workingWeek('2024-06-03'), 40000)];
		const in2025 = check(week, { asOf: '2025-06-01' });
		expect(in2025.owedPence).toBe(5760);
		expect(in2025.owedAtTodaysRatesPence).toBe(6148);
		const in2026 = check(week, { asOf: '2026-05-01' });
		expect(in2026.owedAtTodaysRatesPence).toBe(6399);
		expect(in2026.periods[0]?.explanation.at(-1)).toEqual({
			key: 'wages.explainUplift',
			values: {
				owedPence: 5760,
				periodRatePence: 1144,
				todayRatePence: 1271,
				asOn: '2026-05-01',
				upliftedPence: 6399
			}
		});
	});

	it('counts a night shift across midnight, less its break, rounding the pay half up', () => {
		// 22:00 Friday to 06:00 Saturday is 480 minutes, less a 30-minute break: 450. At 1221p:
		// 450 × 1221 / 60 = 9157.5 → 9158 due; paid 9000, owed 158.
		const result = check([
			period('2025-06-02', '2025-06-08', [shift('2025-06-06T22:00', '2025-06-07T06:00', 30)], 9000)
		]);
		expect(result.periods[0]).toMatchObject({
			minutesWorked: 450,
			minimumDuePence: 9158,
			owedPence: 158
		});
	});

	it('counts the real time of a night when the clocks change', () => {
		// 26 October 2025: the clocks go back at 02:00, so 22:00–06:00 is 9 hours (540 minutes):
		// 540 × 1221 / 60 = 10989. 30 March 2025: they go forward at 01:00, so 22:00–06:00 is 7 hours
		// (420 minutes), in a week from 24 March under 2024's 1144p: 420 × 1144 / 60 = 8008.
		const autumn = check([
			period('2025-10-20', '2025-10-26', [shift('2025-10-25T22:00', '2025-10-26T06:00')], 0)
		]);
		expect(autumn.periods[0]).toMatchObject({ minutesWorked: 540, minimumDuePence: 10989 });
		expect(autumn.periods[0]?.explanation).toContainEqual({
			key: 'wages.explainClockChange',
			values: { startOn: '2025-10-25', clockMinutes: 480, realMinutes: 540 }
		});
		const spring = check([
			period('2025-03-24', '2025-03-30', [shift('2025-03-29T22:00', '2025-03-30T06:00')], 0)
		]);
		expect(spring.periods[0]).toMatchObject({ minutesWorked: 420, minimumDuePence: 8008 });
	});

	it('sets no minimum under 16, and works out nothing where no rates are known', () => {
		const young = check([period('2025-06-02', '2025-06-08', workingWeek('2025-06-02'), 0)], {
			dateOfBirth: '2010-01-01'
		});
		expect(young.periods[0]).toMatchObject({
			minutesWorked: 2400,
			band: null,
			ratePence: null,
			minimumDuePence: 0,
			owedPence: 0
		});
		expect(keys(young.periods[0]?.explanation ?? [])).toContain('wages.explainUnderSixteen');
		const early = check([period('2015-01-05', '2015-01-11', workingWeek('2015-01-05'), 0)]);
		expect(early.periods[0]).toMatchObject({ band: null, owedPence: 0 });
		expect(keys(early.periods[0]?.explanation ?? [])).toContain('wages.explainNoRates');
	});

	it('uses the young adult band while the living wage started above 21', () => {
		// 2023 rates: 22 years old is under the living-wage age of 23: 1018p. 600 × 1018 / 60 = 10180.
		const result = check(
			[period('2023-06-05', '2023-06-11', [shift('2023-06-06T08:00', '2023-06-06T18:00')], 0)],
			{ dateOfBirth: '2001-01-01', asOf: '2023-07-01' }
		);
		expect(result.periods[0]).toMatchObject({
			band: 'young_adult',
			ratePence: 1018,
			minimumDuePence: 10180
		});
	});

	it('counts odd input for nothing rather than failing', () => {
		const result = check(
			[
				period(
					'2025-06-02',
					'2025-06-08',
					[
						shift('not a time', '2025-06-02T10:00'),
						shift('2025-06-02T10:00', '2025-06-02T09:00'),
						shift('2025-06-02T10:00', '2025-06-02T11:00', 500)
					],
					0
				)
			],
			{ timeZone: 'Nowhere/Atlantis' }
		);
		expect(result.periods[0]?.minutesWorked).toBe(0);
		expect(result.owedPence).toBe(0);
	});

	it('explains every step with catalogue keys and all their values', () => {
		const placeholders = (message: Message) =>
			[...(typeof message === 'string' ? message : message.other).matchAll(/\{(\w+)\}/g)].map(
				(match) => match[1]
			);
		const results = [
			check(
				[
					period(
						'2025-10-20',
						'2025-10-26',
						[shift('2025-10-25T22:00', '2025-10-26T06:00', 30)],
						100,
						{
							deductionsForEmployerPence: 50,
							accommodation: [
								{ daysProvided: 1, chargedPencePerDay: 0 },
								{ daysProvided: 2, chargedPencePerDay: 2000 },
								{ daysProvided: 2, chargedPencePerDay: 500 }
							]
						}
					)
				],
				{ asOf: '2026-06-01', dateOfBirth: '2004-10-22' }
			),
			check([period('2015-01-05', '2015-01-11', [], 0)]),
			check([period('2025-06-02', '2025-06-08', [], 0)], { dateOfBirth: '2010-01-01' }),
			check(
				[
					period('2026-06-01', '2026-06-07', [], 0, {
						accommodation: [{ daysProvided: 1, chargedPencePerDay: 0 }]
					})
				],
				{ apprenticeSince: '2026-01-01', asOf: '2026-07-01' }
			)
		];
		const lines = results.flatMap((result) => result.periods.flatMap((p) => p.explanation));
		expect(lines.length).toBeGreaterThan(15);
		for (const line of lines) {
			const message = en[line.key as keyof typeof en] as Message | undefined;
			expect(message, line.key).toBeDefined();
			for (const name of placeholders(message as Message)) {
				expect(line.values, `${line.key} {${name}}`).toHaveProperty(name as string);
			}
		}
	});
});
