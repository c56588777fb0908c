import type {
	ExplanationLine,
	MinimumWageRates,
	PayPeriodInput,
	PeriodResult,
	WageBand,
	WageCheckInput,
	WageCheckResult
} from '$lib/casework/wage-types';
import { localToInstant } from '../centres/opening-hours';

const MINUTE_MS = 60_000;
const LOCAL_SHIFT = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})$/;

/**
 * What a worker was owed under the minimum-wage law, period by period, in exact integer pence
 * with every step explained. Pure: the caller validates input; odd input counts for nothing
 * rather than throwing.
 */
export function checkWages(input: WageCheckInput, rates: MinimumWageRates[]): WageCheckResult {
	const ordered = [...rates].sort((a, b) => compare(a.effectiveFrom, b.effectiveFrom));
	const today = rateFor(input, ordered, input.asOf);
	const periods = input.payPeriods.map((period) => checkPeriod(input, period, ordered, today));
	return {
		owedPence: periods.reduce((sum, period) => sum + period.owedPence, 0),
		owedAtTodaysRatesPence: periods.reduce((sum, period) => sum + period.owedAtTodaysRatesPence, 0),
		periods
	};
}

interface WorkerRate {
	rates: MinimumWageRates;
	age: number;
	band: WageBand;
	ratePence: number;
}

type RateFinding =
	| { kind: 'rate'; found: WorkerRate }
	| { kind: 'noRates' }
	| { kind: 'under16'; rates: MinimumWageRates; age: number };

function checkPeriod(
	input: WageCheckInput,
	period: PayPeriodInput,
	rates: MinimumWageRates[],
	today: RateFinding
): PeriodResult {
	const explanation: ExplanationLine[] = [];
	const minutesWorked = explainTime(period, input.timeZone, explanation);
	const finding = rateFor(input, rates, period.start);
	const nothing = {
		start: period.start,
		end: period.end,
		minutesWorked,
		ratePence: null,
		band: null,
		minimumDuePence: 0,
		countedPayPence: 0,
		owedPence: 0,
		owedAtTodaysRatesPence: 0,
		explanation
	};
	if (finding.kind === 'noRates') {
		explanation.push(line('wages.explainNoRates', { startOn: period.start }));
		return nothing;
	}
	if (finding.kind === 'under16') {
		explanation.push(line('wages.explainAge', { startOn: period.start, age: finding.age }));
		explanation.push(line('wages.explainUnderSixteen', {}));
		return nothing;
	}

	const { rates: inForce, band, ratePence, age } = finding.found;
	explanation.push(line('wages.explainAge', { startOn: period.start, age }));
	explanation.push(line('wages.explainRatesFrom', { ratesOn: inForce.effectiveFrom }));
	explanation.push(explainBand(input, inForce, band, ratePence));
	const birthday = birthdayWithin(input.dateOfBirth, period.start, period.end);
	if (birthday) explanation.push(line('wages.explainBirthdayLater', { birthdayOn: birthday }));

	const minimumDuePence = divideRoundingHalfUp(minutesWorked * ratePence, 60);
	explanation.push(
		line('wages.explainMinimumDue', {
			workedMinutes: minutesWorked,
			ratePence,
			minimumDuePence
		})
	);

	const countedPayPence = explainCountedPay(period, inForce, explanation);
	const owedPence = Math.max(0, minimumDuePence - countedPayPence);
	if (owedPence > 0) {
		explanation.push(line('wages.explainOwed', { minimumDuePence, countedPayPence, owedPence }));
	} else {
		explanation.push(line('wages.explainNothingOwed', { minimumDuePence, countedPayPence }));
	}

	let owedAtTodaysRatesPence = owedPence;
	if (owedPence > 0 && today.kind === 'rate' && today.found.ratePence > ratePence) {
		owedAtTodaysRatesPence = divideRoundingHalfUp(owedPence * today.found.ratePence, ratePence);
		explanation.push(
			line('wages.explainUplift', {
				owedPence,
				periodRatePence: ratePence,
				todayRatePence: today.found.ratePence,
				asOn: input.asOf,
				upliftedPence: owedAtTodaysRatesPence
			})
		);
	}

	return {
		...nothing,
		band,
		ratePence,
		minimumDuePence,
		countedPayPence,
		owedPence,
		owedAtTodaysRatesPence
	};
}

/** Working time: the real time that passed in each shift, less its unpaid break. */
function explainTime(period: PayPeriodInput, timeZone: string, explanation: ExplanationLine[]) {
	let shiftMinutes = 0;
	let breakMinutes = 0;
	let worked = 0;
	for (const shift of period.shifts) {
		const elapsed = elapsedMinutes(shift.start, shift.end, timeZone);
		const unpaidBreak = Math.min(Math.max(0, shift.unpaidBreakMinutes), elapsed);
		shiftMinutes += elapsed;
		breakMinutes += unpaidBreak;
		worked += elapsed - unpaidBreak;
		const onTheClock = wallClockMinutes(shift.start, shift.end);
		if (onTheClock !== null && onTheClock !== elapsed && elapsed > 0) {
			explanation.push(
				line('wages.explainClockChange', {
					startOn: shift.start.slice(0, 10),
					clockMinutes: Math.max(0, onTheClock),
					realMinutes: elapsed
				})
			);
		}
	}
	if (breakMinutes > 0) {
		explanation.push(
			line('wages.explainHours', {
				count: period.shifts.length,
				shiftMinutes,
				breakMinutes,
				workedMinutes: worked
			})
		);
	} else {
		explanation.push(
			line('wages.explainHoursNoBreaks', { count: period.shifts.length, workedMinutes: worked })
		);
	}
	return worked;
}

function explainCountedPay(
	period: PayPeriodInput,
	rates: MinimumWageRates,
	explanation: ExplanationLine[]
): number {
	let counted = period.paidPence;
	explanation.push(line('wages.explainPaid', { paidPence: period.paidPence }));
	if (period.deductionsForEmployerPence > 0) {
		counted -= period.deductionsForEmployerPence;
		explanation.push(
			line('wages.explainDeductions', { deductionsPence: period.deductionsForEmployerPence })
		);
	}
	const blocks = period.accommodation.filter((block) => block.daysProvided > 0);
	const offsetPence = rates.accommodationOffsetPence;
	if (blocks.length > 0 && offsetPence === null) {
		explanation.push(line('wages.explainOffsetUnknown', { ratesOn: rates.effectiveFrom }));
	} else if (offsetPence !== null) {
		for (const block of blocks) {
			const days = block.daysProvided;
			const chargedPencePerDay = block.chargedPencePerDay;
			if (chargedPencePerDay <= 0) {
				counted += offsetPence * days;
				explanation.push(
					line('wages.explainAccommodationFree', {
						count: days,
						offsetPence,
						addedPence: offsetPence * days
					})
				);
			} else if (chargedPencePerDay > offsetPence) {
				const excessPence = chargedPencePerDay - offsetPence;
				counted -= excessPence * days;
				explanation.push(
					line('wages.explainAccommodationCharged', {
						count: days,
						chargedPence: chargedPencePerDay,
						offsetPence,
						excessPence,
						takenPence: excessPence * days
					})
				);
			} else {
				explanation.push(
					line('wages.explainAccommodationWithinOffset', {
						chargedPence: chargedPencePerDay,
						offsetPence
					})
				);
			}
		}
	}
	explanation.push(line('wages.explainCountedPay', { countedPayPence: counted }));
	return counted;
}

function explainBand(
	input: WageCheckInput,
	rates: MinimumWageRates,
	band: WageBand,
	ratePence: number
): ExplanationLine {
	switch (band) {
		case 'apprentice':
			return line('wages.explainBandApprentice', {
				apprenticeOn: input.apprenticeSince ?? '',
				ratePence
			});
		case 'living_wage':
			return line('wages.explainBandLivingWage', { fromAge: rates.livingWageAge, ratePence });
		case 'young_adult':
			return line('wages.explainBandYoungAdult', {
				toAge: rates.livingWageAge - 1,
				ratePence
			});
		case 'age_18_to_20':
			return line('wages.explainBandEighteenToTwenty', { ratePence });
		case 'age_16_to_17':
			return line('wages.explainBandSixteenToSeventeen', { ratePence });
	}
}

/** The rates in force on `date` and the worker's band and rate under them. */
function rateFor(input: WageCheckInput, rates: MinimumWageRates[], date: string): RateFinding {
	let inForce: MinimumWageRates | undefined;
	for (const candidate of rates) {
		if (compare(candidate.effectiveFrom, date) <= 0) inForce = candidate;
		else break;
	}
	if (!inForce) return { kind: 'noRates' };
	const age = ageOn(input.dateOfBirth, date);
	if (age < 16) return { kind: 'under16', rates: inForce, age };
	const since = input.apprenticeSince;
	if (
		since !== null &&
		compare(since, date) <= 0 &&
		(age < 19 || compare(date, addYear(since)) < 0)
	) {
		return { kind: 'rate', found: worker(inForce, age, 'apprentice', inForce.apprenticePence) };
	}
	if (age >= inForce.livingWageAge) {
		return { kind: 'rate', found: worker(inForce, age, 'living_wage', inForce.livingWagePence) };
	}
	if (age >= 21 && inForce.youngAdultPence !== null) {
		return { kind: 'rate', found: worker(inForce, age, 'young_adult', inForce.youngAdultPence) };
	}
	if (age >= 18) {
		return { kind: 'rate', found: worker(inForce, age, 'age_18_to_20', inForce.age18To20Pence) };
	}
	return { kind: 'rate', found: worker(inForce, age, 'age_16_to_17', inForce.age16To17Pence) };
}

function worker(rates: MinimumWageRates, age: number, band: WageBand, ratePence: number) {
	return { rates, age, band, ratePence };
}

/**
 * Whole years from `dateOfBirth` to `date`. Comparing month and day as text puts a 29 February
 * birthday on 1 March in other years, as the law does.
 */
export function ageOn(dateOfBirth: string, date: string): number {
	const years = Number(date.slice(0, 4)) - Number(dateOfBirth.slice(0, 4));
	const age = date.slice(5) < dateOfBirth.slice(5) ? years - 1 : years;
	return Number.isFinite(age) ? age : 0;
}

/** The birthday after the period's first day and on or before its last, if there is one. */
function birthdayWithin(dateOfBirth: string, start: string, end: string): string | null {
	for (let year = Number(start.slice(0, 4)); year <= Number(end.slice(0, 4)); year++) {
		const birthday = `${String(year).padStart(4, '0')}${dateOfBirth.slice(4)}`;
		if (compare(birthday, start) > 0 && compare(birthday, end) <= 0) return birthday;
	}
	return null;
}

function addYear(date: string): string {
	return `${String(Number(date.slice(0, 4)) + 1).padStart(4, '0')}${date.slice(4)}`;
}

function compare(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}

function elapsedMinutes(start: string, end: string, timeZone: string): number {
	const from = instant(start, timeZone);
	const to = instant(end, timeZone);
	if (from === null || to === null) return 0;
	return Math.max(0, Math.round((to - from) / MINUTE_MS));
}

/** Minutes between two local times as a clock on the wall shows them, ignoring clock changes. */
function wallClockMinutes(start: string, end: string): number | null {
	const from = instant(start, 'UTC');
	const to = instant(end, 'UTC');
	return from === null || to === null ? null : Math.round((to - from) / MINUTE_MS);
}

function instant(local: string, timeZone: string): number | null {
	const match = LOCAL_SHIFT.exec(local);
	if (!match) return null;
	try {
		return localToInstant(match[1] as string, match[2] as string, timeZone).getTime();
	} catch {
		return null;
	}
}

/** numerator ÷ denominator rounded half up, exact for whole numbers of any safe size. */
function divideRoundingHalfUp(numerator: number, denominator: number): number {
	if (denominator <= 0) return 0;
	const twice = 2 * numerator + denominator;
	const doubled = 2 * denominator;
	const remainder = ((twice % doubled) + doubled) % doubled;
	return (twice - remainder) / doubled;
}

function line(key: string, values: ExplanationLine['values']): ExplanationLine {
	return { key, values };
}
