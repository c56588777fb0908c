import { createHash } from 'node:crypto';
import { z } from 'zod';
import type {
	AccommodationBlock,
	PayPeriodInput,
	ShiftSpan,
	WageCheckInput
} from '$lib/casework/wage-types';
import { parsePounds } from '$lib/casework/money';
import type { FieldErrors, FormValues } from '$lib/form-types';
import { firstValue } from '$lib/form-types';
import type { MessageKey } from '$lib/i18n/messages/en';
import { isValidTimeZone } from '../centres/opening-hours';

export const MAX_PAY_PERIODS = 60;
export const MAX_SHIFTS_PER_PERIOD = 400;
export const MAX_PERIOD_DAYS = 31;
export const MAX_SHIFT_MINUTES = 24 * 60;
/** A million pounds: far above any pay period, low enough that sums stay exact integers. */
export const MAX_PENCE = 100_000_000;
export const MAX_AGE_YEARS = 120;
export const DEFAULT_TIME_ZONE = 'Europe/London';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const LOCAL_TIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})$/;
const TIME_OF_DAY = /^(\d{2}):(\d{2})$/;

/** Days since 1970-01-01 of a real calendar date, or null for anything else. */
export function dayNumber(date: string): number | null {
	const match = DATE.exec(date);
	if (!match) return null;
	const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
	const time = Date.UTC(year, month - 1, day);
	const back = new Date(time);
	if (
		back.getUTCFullYear() !== year ||
		back.getUTCMonth() !== month - 1 ||
		back.getUTCDate() !== day
	)
		return null;
	return time / 86_400_000;
}

export function isDate(text: string): boolean {
	return dayNumber(text) !== null;
}

function dateAfter(date: string, days: number): string {
	const day = dayNumber(date) ?? 0;
	return new Date((day + days) * 86_400_000).toISOString().slice(0, 10);
}

function minutesOfDay(text: string): number | null {
	const match = TIME_OF_DAY.exec(text);
	if (!match) return null;
	const [hours, minutes] = [Number(match[1]), Number(match[2])];
	return hours < 24 && minutes < 60 ? hours * 60 + minutes : null;
}

/**
 * Minutes of a local 'YYYY-MM-DDTHH:MM' on a clock without daylight saving, or null. Lengths of
 * shifts are checked on the wall clock the worker read; the calculation itself counts an hour
 * gained or lost when the clocks change.
 */
export function localMinutes(text: string): number | null {
	const match = LOCAL_TIME.exec(text);
	if (!match) return null;
	const day = dayNumber(match[1] ?? '');
	const time = minutesOfDay(`${match[2]}:${match[3]}`);
	return day === null || time === null ? null : day * 1440 + time;
}

/** Whole years of age on a day. */
function ageOn(dateOfBirth: string, day: string): number {
	const [by, bm, bd] = dateOfBirth.split('-').map(Number) as [number, number, number];
	const [y, m, d] = day.split('-').map(Number) as [number, number, number];
	return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

/** What can be wrong with input whose every value has the right type. */
export type WageProblem =
	| 'dateOfBirthFuture'
	| 'dateOfBirthTooOld'
	| 'apprenticeBeforeBirth'
	| 'periodEndsBeforeStart'
	| 'periodTooLong'
	| 'accommodationTooManyDays'
	| 'shiftEndsBeforeStart'
	| 'shiftTooLong'
	| 'breakTooLong'
	| 'shiftOutsidePeriod';

export interface RuleProblem {
	path: (string | number)[];
	problem: WageProblem;
}

/** The rules between values: dates in order, shifts inside their period and no longer than a day. */
export function wageRuleProblems(input: WageCheckInput): RuleProblem[] {
	const problems: RuleProblem[] = [];
	const today = dayNumber(input.asOf) ?? 0;
	const born = dayNumber(input.dateOfBirth) ?? 0;
	if (born > today) problems.push({ path: ['dateOfBirth'], problem: 'dateOfBirthFuture' });
	else if (ageOn(input.dateOfBirth, input.asOf) > MAX_AGE_YEARS)
		problems.push({ path: ['dateOfBirth'], problem: 'dateOfBirthTooOld' });
	if (input.apprenticeSince !== null && (dayNumber(input.apprenticeSince) ?? 0) < born)
		problems.push({ path: ['apprentice', 'startDate'], problem: 'apprenticeBeforeBirth' });

	input.payPeriods.forEach((period, index) => {
		const at = ['payPeriods', index];
		const start = dayNumber(period.start) ?? 0;
		const end = dayNumber(period.end) ?? 0;
		if (end < start) problems.push({ path: [...at, 'end'], problem: 'periodEndsBeforeStart' });
		else if (end - start + 1 > MAX_PERIOD_DAYS)
			problems.push({ path: [...at, 'end'], problem: 'periodTooLong' });
		const accommodationDays = period.accommodation.reduce(
			(sum, block) => sum + block.daysProvided,
			0
		);
		if (end >= start && accommodationDays > end - start + 1)
			problems.push({
				path: [...at, 'accommodation', 'daysProvided'],
				problem: 'accommodationTooManyDays'
			});
		period.shifts.forEach((shift, shiftIndex) => {
			const here = [...at, 'shifts', shiftIndex];
			const from = localMinutes(shift.start) ?? 0;
			const to = localMinutes(shift.end) ?? 0;
			const startDay = Math.floor(from / 1440);
			if (to <= from) problems.push({ path: [...here, 'end'], problem: 'shiftEndsBeforeStart' });
			else if (to - from > MAX_SHIFT_MINUTES)
				problems.push({ path: [...here, 'end'], problem: 'shiftTooLong' });
			else if (shift.unpaidBreakMinutes >= to - from)
				problems.push({ path: [...here, 'unpaidBreakMinutes'], problem: 'breakTooLong' });
			if (end >= start && (startDay < start || startDay > end))
				problems.push({ path: [...here, 'start'], problem: 'shiftOutsidePeriod' });
		});
	});
	return problems;
}

// ---- The API's JSON ---------------------------------------------------------------------------

const ruleMessages: Record<WageProblem, string> = {
	dateOfBirthFuture: 'The date of birth is after asOf; it cannot be in the future.',
	dateOfBirthTooOld: `The date of birth makes the worker older than ${MAX_AGE_YEARS}.`,
	apprenticeBeforeBirth: 'The apprenticeship cannot start before the date of birth.',
	periodEndsBeforeStart: 'The pay period ends before it starts.',
	periodTooLong: `A pay period can be at most ${MAX_PERIOD_DAYS} days long.`,
	accommodationTooManyDays: 'There are more days of accommodation than days in the pay period.',
	shiftEndsBeforeStart: 'The shift ends before it starts (or when it starts).',
	shiftTooLong: 'A shift can be at most 24 hours long.',
	breakTooLong: 'The unpaid break is as long as the shift or longer.',
	shiftOutsidePeriod: 'The shift starts outside its pay period.'
};

/** A message for a value of the wrong type, and a plainer one when the value is missing. */
function typeError(message: string) {
	return {
		error: (issue: { input?: unknown }) => (issue.input === undefined ? 'Required.' : message)
	};
}

const dateText = z
	.string(typeError('Must be a date written YYYY-MM-DD.'))
	.refine(isDate, { message: 'Must be a real date written YYYY-MM-DD.' });

const localTimeText = z
	.string(typeError('Must be a local date and time written YYYY-MM-DDTHH:MM.'))
	.refine((text) => localMinutes(text) !== null, {
		message: 'Must be a real local date and time written YYYY-MM-DDTHH:MM.'
	});

function wholeNumber(what: string, max: number) {
	return z
		.number(typeError(`Must be a whole number of ${what}.`))
		.int({ message: `Must be a whole number of ${what}.` })
		.min(0, { message: 'Must not be negative.' })
		.max(max, { message: `Must be at most ${max}.` });
}

const shiftJson = z.object(
	{
		start: localTimeText,
		end: localTimeText,
		unpaidBreakMinutes: wholeNumber('minutes', MAX_SHIFT_MINUTES)
	},
	typeError('Must be an object with start, end and unpaidBreakMinutes.')
);

const periodJson = z.object(
	{
		start: dateText,
		end: dateText,
		paidPence: wholeNumber('pence', MAX_PENCE),
		deductionsForEmployerPence: wholeNumber('pence', MAX_PENCE),
		accommodation: z
			.object(
				{
					daysProvided: wholeNumber('days', MAX_PERIOD_DAYS),
					chargedPencePerDay: wholeNumber('pence', MAX_PENCE)
				},
				typeError('Must be null or an object with daysProvided and chargedPencePerDay.')
			)
			.nullable()
			.optional(),
		shifts: z.array(shiftJson, typeError('Must be a list of shifts.')).max(MAX_SHIFTS_PER_PERIOD, {
			message: `A pay period can have at most ${MAX_SHIFTS_PER_PERIOD} shifts.`
		})
	},
	typeError('Must be an object describing a pay period.')
);

const requestJson = z.object(
	{
		dateOfBirth: dateText,
		apprentice: z
			.object({ startDate: dateText }, typeError('Must be null or an object with startDate.'))
			.nullable()
			.optional(),
		asOf: dateText.optional(),
		timeZone: z
			.string(typeError('Must be an IANA time zone name such as Europe/London.'))
			.refine(isValidTimeZone, { message: 'Must be an IANA time zone name such as Europe/London.' })
			.optional(),
		payPeriods: z
			.array(periodJson, typeError('Must be a list of pay periods.'))
			.min(1, { message: 'Give at least one pay period.' })
			.max(MAX_PAY_PERIODS, { message: `At most ${MAX_PAY_PERIODS} pay periods at once.` })
	},
	typeError('The request body must be a JSON object.')
);

/** Problems by field path ('payPeriods.0.shifts.1.end'); 'body' for the request as a whole. */
export type ApiErrors = Record<string, string>;

function pathName(path: readonly PropertyKey[]): string {
	return path.length === 0 ? 'body' : path.map(String).join('.');
}

/**
 * The API's request as calculator input. `today` stands in for a missing `asOf`. Every problem
 * is reported at its field path with an English message; the first problem of a field wins.
 */
export function parseWageCheckRequest(
	body: unknown,
	today: string
): { ok: true; input: WageCheckInput } | { ok: false; errors: ApiErrors } {
	const parsed = requestJson.safeParse(body);
	if (!parsed.success) {
		const errors: ApiErrors = {};
		for (const issue of parsed.error.issues) errors[pathName(issue.path)] ??= issue.message;
		return { ok: false, errors };
	}
	const data = parsed.data;
	const input: WageCheckInput = {
		dateOfBirth: data.dateOfBirth,
		apprenticeSince: data.apprentice?.startDate ?? null,
		asOf: data.asOf ?? today,
		timeZone: data.timeZone ?? DEFAULT_TIME_ZONE,
		payPeriods: data.payPeriods.map((period) => ({
			start: period.start,
			end: period.end,
			paidPence: period.paidPence,
			deductionsForEmployerPence: period.deductionsForEmployerPence,
			accommodation: period.accommodation ? [period.accommodation] : [],
			shifts: period.shifts
		}))
	};
	const problems = wageRuleProblems(input);
	if (problems.length === 0) return { ok: true, input };
	const errors: ApiErrors = {};
	for (const { path, problem } of problems) errors[pathName(path)] ??= ruleMessages[problem];
	return { ok: false, errors };
}

// ---- The public page's form -------------------------------------------------------------------

export const ROWS_AT_FIRST = 7;
export const ROWS_MORE = 7;
export const MAX_ROWS = 70;

/** How many shift rows the form shows: what it was sent with, kept within bounds. */
export function rowCount(values: FormValues | undefined, more = false): number {
	const sent = Number.parseInt(firstValue(values, 'rows'), 10);
	const rows = Number.isFinite(sent) ? sent : ROWS_AT_FIRST;
	return Math.min(MAX_ROWS, Math.max(ROWS_AT_FIRST, rows + (more ? ROWS_MORE : 0)));
}

export const shiftField = (row: number, part: 'date' | 'start' | 'end' | 'nextDay' | 'break') =>
	`shift-${row}-${part}`;

/** A shift as entered on a row of the form, for the diary. */
export interface ShiftRow {
	startsOn: string;
	startTime: string;
	endsNextDay: boolean;
	endTime: string;
	unpaidBreakMinutes: number;
}

export interface WageCheckForm {
	input: WageCheckInput;
	rows: ShiftRow[];
}

const formRuleKeys: Record<WageProblem, MessageKey> = {
	dateOfBirthFuture: 'wageCheck.errorBirthFuture',
	dateOfBirthTooOld: 'wageCheck.errorBirthTooOld',
	apprenticeBeforeBirth: 'wageCheck.errorApprenticeBeforeBirth',
	periodEndsBeforeStart: 'wageCheck.errorPeriodEndsBeforeStart',
	periodTooLong: 'wageCheck.errorPeriodTooLong',
	accommodationTooManyDays: 'wageCheck.errorAccommodationTooManyDays',
	shiftEndsBeforeStart: 'wageCheck.errorShiftEndsBeforeStart',
	shiftTooLong: 'wageCheck.errorShiftTooLong',
	breakTooLong: 'wageCheck.errorBreakTooLong',
	shiftOutsidePeriod: 'wageCheck.errorShiftOutsidePeriod'
};

const text = (values: FormValues, name: string) => firstValue(values, name).trim();

function pence(values: FormValues, name: string): number | null {
	const amount = parsePounds(text(values, name));
	return amount !== null && amount <= MAX_PENCE ? amount : null;
}

function wholeCount(textValue: string, max: number): number | null {
	if (!/^\d{1,5}$/.test(textValue)) return null;
	const count = Number(textValue);
	return count <= max ? count : null;
}

/**
 * The page's one pay period as calculator input, and its shift rows for the diary. Rows left
 * empty are skipped. Problems come back by form field, as catalogue keys.
 */
export function parseWageCheckForm(
	values: FormValues,
	timeZone: string,
	today: string
): { ok: true; data: WageCheckForm } | { ok: false; errors: FieldErrors } {
	const errors: FieldErrors = {};
	const problem = (field: string, key: MessageKey) => {
		errors[field] ??= key;
	};

	const dateOfBirth = text(values, 'dateOfBirth');
	if (!dateOfBirth) problem('dateOfBirth', 'wageCheck.errorBirthMissing');
	else if (!isDate(dateOfBirth)) problem('dateOfBirth', 'wageCheck.errorDate');

	const apprentice = text(values, 'apprentice') === 'yes';
	const apprenticeSince = text(values, 'apprenticeSince');
	if (apprentice && !isDate(apprenticeSince))
		problem('apprenticeSince', 'wageCheck.errorApprenticeSince');

	const periodStart = text(values, 'periodStart');
	const periodEnd = text(values, 'periodEnd');
	if (!isDate(periodStart)) problem('periodStart', 'wageCheck.errorPeriodStart');
	if (!isDate(periodEnd)) problem('periodEnd', 'wageCheck.errorPeriodEnd');

	const paid = pence(values, 'paid');
	if (paid === null) problem('paid', 'wageCheck.errorPaid');
	const deductions = text(values, 'deductions') === '' ? 0 : pence(values, 'deductions');
	if (deductions === null) problem('deductions', 'wageCheck.errorDeductions');

	const accommodation: AccommodationBlock[] = [];
	const housing = text(values, 'accommodation');
	if (housing === 'free' || housing === 'charged') {
		const days = wholeCount(text(values, 'accommodationDays'), MAX_PERIOD_DAYS);
		if (days === null) problem('accommodationDays', 'wageCheck.errorAccommodationDays');
		const charged = housing === 'charged' ? pence(values, 'accommodationCharged') : 0;
		if (charged === null) problem('accommodationCharged', 'wageCheck.errorAccommodationCharged');
		if (days !== null && charged !== null)
			accommodation.push({ daysProvided: days, chargedPencePerDay: charged });
	} else if (housing !== '' && housing !== 'none') {
		problem('accommodation', 'wageCheck.errorAccommodation');
	}

	const rows: ShiftRow[] = [];
	const rowOfShift: number[] = [];
	for (let row = 0; row < rowCount(values); row++) {
		const date = text(values, shiftField(row, 'date'));
		const start = text(values, shiftField(row, 'start'));
		const end = text(values, shiftField(row, 'end'));
		const breakText = text(values, shiftField(row, 'break'));
		if (!date && !start && !end && !breakText) continue;
		const before = Object.keys(errors).length;
		if (!isDate(date)) problem(shiftField(row, 'date'), 'wageCheck.errorShiftDate');
		if (minutesOfDay(start) === null) problem(shiftField(row, 'start'), 'wageCheck.errorShiftTime');
		if (minutesOfDay(end) === null) problem(shiftField(row, 'end'), 'wageCheck.errorShiftTime');
		const unpaidBreak = breakText === '' ? 0 : wholeCount(breakText, MAX_SHIFT_MINUTES);
		if (unpaidBreak === null) problem(shiftField(row, 'break'), 'wageCheck.errorBreak');
		if (Object.keys(errors).length > before || unpaidBreak === null) continue;
		rows.push({
			startsOn: date,
			startTime: start,
			endsNextDay: text(values, shiftField(row, 'nextDay')) === 'yes',
			endTime: end,
			unpaidBreakMinutes: unpaidBreak
		});
		rowOfShift.push(row);
	}
	if (rows.length === 0 && !Object.keys(errors).some((field) => field.startsWith('shift-')))
		problem(shiftField(0, 'date'), 'wageCheck.errorNoShifts');

	if (Object.keys(errors).length > 0) return { ok: false, errors };

	const shifts: ShiftSpan[] = rows.map((row) => ({
		start: `${row.startsOn}T${row.startTime}`,
		end: `${row.endsNextDay ? dateAfter(row.startsOn, 1) : row.startsOn}T${row.endTime}`,
		unpaidBreakMinutes: row.unpaidBreakMinutes
	}));
	const period: PayPeriodInput = {
		start: periodStart,
		end: periodEnd,
		paidPence: paid ?? 0,
		deductionsForEmployerPence: deductions ?? 0,
		accommodation,
		shifts
	};
	const input: WageCheckInput = {
		dateOfBirth,
		apprenticeSince: apprentice ? apprenticeSince : null,
		asOf: today,
		timeZone,
		payPeriods: [period]
	};
	for (const { path, problem: found } of wageRuleProblems(input)) {
		problem(formField(path, rowOfShift), formRuleKeys[found]);
	}
	if (Object.keys(errors).length > 0) return { ok: false, errors };
	return { ok: true, data: { input, rows } };
}

/** The form field that shows a problem found at a path of the calculator input. */
function formField(path: (string | number)[], rowOfShift: number[]): string {
	if (path[0] === 'apprentice') return 'apprenticeSince';
	if (path[0] !== 'payPeriods') return String(path[0]);
	if (path[2] === 'end') return 'periodEnd';
	if (path[2] === 'accommodation') return 'accommodationDays';
	const row = rowOfShift[Number(path[3])] ?? 0;
	const part = path[4];
	return shiftField(
		row,
		part === 'unpaidBreakMinutes' ? 'break' : part === 'start' ? 'date' : 'end'
	);
}

/** The calendar day it is at `now` on the clock of `timeZone`, as 'YYYY-MM-DD'. */
export function todayIn(now: Date, timeZone: string): string {
	const parts = new Intl.DateTimeFormat('en', {
		timeZone,
		year: 'numeric',
		month: '2-digit',
		day: '2-digit'
	}).formatToParts(now);
	const part = (type: string) => parts.find((each) => each.type === type)?.value ?? '';
	return `${part('year')}-${part('month')}-${part('day')}`;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * The diary's id for a shift kept from the page. The page hands out a fresh `batch` with each
 * answer, and the id follows from it and the shift itself: pressing "keep" twice, or sending the
 * form again after a lost connection, keeps each shift once, while a shift changed in between is
 * a new shift. Without a batch the ids are fresh.
 */
export function keptShiftId(batch: string, row: ShiftRow, index: number): string {
	if (!UUID.test(batch)) return crypto.randomUUID();
	const hex = createHash('sha256')
		.update(JSON.stringify([batch, index, row]))
		.digest('hex')
		.slice(0, 32)
		.split('');
	hex[12] = '4';
	hex[16] = '89ab'[parseInt(hex[16] ?? '0', 16) % 4] ?? '8';
	const id = hex.join('');
	return `${id.slice(0, 8)}-${id.slice(8, 12)}-${id.slice(12, 16)}-${id.slice(16, 20)}-${id.slice(20)}`;
}
