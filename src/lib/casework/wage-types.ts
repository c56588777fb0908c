/**
 * The minimum-wage calculation's input and result. Money is integer pence and time is integer
 * minutes throughout; dates are 'YYYY-MM-DD' and shift times local 'YYYY-MM-DDTHH:MM' on the
 * clock of `timeZone`.
 */

/** One set of rates from the day it took effect (a row of `minimum_wage_rates`). */
export interface MinimumWageRates {
	effectiveFrom: string;
	livingWageAge: number;
	livingWagePence: number;
	youngAdultPence: number | null;
	age18To20Pence: number;
	age16To17Pence: number;
	apprenticePence: number;
	accommodationOffsetPence: number | null;
}

export interface ShiftSpan {
	start: string;
	end: string;
	unpaidBreakMinutes: number;
}

export interface AccommodationBlock {
	daysProvided: number;
	/** 0 when the accommodation was free. */
	chargedPencePerDay: number;
}

export interface PayPeriodInput {
	start: string;
	/** Inclusive. */
	end: string;
	paidPence: number;
	deductionsForEmployerPence: number;
	accommodation: AccommodationBlock[];
	shifts: ShiftSpan[];
}

export interface WageCheckInput {
	dateOfBirth: string;
	/** The day the apprenticeship began, or null for someone who is not an apprentice. */
	apprenticeSince: string | null;
	/** Today, for the arrears uplift. */
	asOf: string;
	timeZone: string;
	payPeriods: PayPeriodInput[];
}

export type WageBand =
	'living_wage' | 'young_adult' | 'age_18_to_20' | 'age_16_to_17' | 'apprentice';

/**
 * One line of a period's explanation: a message key of the catalogues and its values. Values
 * whose name ends in `Pence` are money, in `Minutes` are a length of time, in `On` are a date.
 */
export interface ExplanationLine {
	key: string;
	values: Record<string, string | number>;
}

export interface PeriodResult {
	start: string;
	end: string;
	minutesWorked: number;
	/** Null when no minimum applies (under 16) or no rates are known for the period's start. */
	band: WageBand | null;
	ratePence: number | null;
	minimumDuePence: number;
	countedPayPence: number;
	owedPence: number;
	owedAtTodaysRatesPence: number;
	explanation: ExplanationLine[];
}

export interface WageCheckResult {
	owedPence: number;
	owedAtTodaysRatesPence: number;
	periods: PeriodResult[];
}
