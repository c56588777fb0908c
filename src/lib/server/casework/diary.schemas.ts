import { z } from 'zod';
import type { FieldErrors, FormValues } from '../../form-types';
import type { MessageKey } from '../../i18n/messages/en';
import { parsePounds } from '../../casework/money';
import type { Accommodation, PayPeriodKind } from './casework.tables';
import { parseIsoDate } from '../centres/centres.schemas';
import { parseWallTime } from '../centres/opening-hours';
import { isUuid } from '../platform/ids';
import { text, type Parsed } from '../forms';

export const ACCOMMODATIONS = ['none', 'free', 'charged'] as const;
export const PAY_PERIODS = ['week', 'fortnight', 'month'] as const;

export const EMPLOYER_NAME_MAX = 200;
export const SITE_MAX = 200;
export const NOTE_MAX = 2000;
const DAY_MINUTES = 24 * 60;
// The database's own limits: beyond them a figure is a slip of the keyboard, not a wage.
const PROMISED_MAX_PENCE = 1_000_000;
const PAID_MAX_PENCE = 10_000_000;
const CHARGE_MAX_PENCE = 1_000_000;
// Dates a diary can sensibly hold: a typo such as 0202 or 20255 is caught as not a date.
const EARLIEST_DAY = '1990-01-01';
const LATEST_DAY = '2099-12-31';

export interface ShiftInput {
	/** A UUID made by the phone (offline) or by the form/server. */
	clientId: string;
	/** 'YYYY-MM-DD'. */
	startsOn: string;
	/** 'HH:MM'. */
	startTime: string;
	/** The shift ended after midnight. */
	endsNextDay: boolean;
	/** 'HH:MM'. */
	endTime: string;
	unpaidBreakMinutes: number;
	/** '' when not given. */
	employerName: string;
	/** '' when not given. */
	site: string;
	promisedPencePerHour: number | null;
	paidPence: number | null;
	/** For the employer's benefit: uniform, tools. */
	deductionsPence: number;
	accommodation: Accommodation;
	accommodationChargedPence: number;
	note: string;
}

export interface DiarySettingsInput {
	dateOfBirth: string | null;
	apprenticeSince: string | null;
	payPeriod: PayPeriodKind;
	periodStartsOn: string | null;
}

const textOf = (value: string | string[] | undefined) => (typeof value === 'string' ? value : '');

/** A day typed as YYYY-MM-DD within the years a diary can hold, or null. */
export function parseDiaryDay(input: string): string | null {
	const day = parseIsoDate(input);
	return day && day >= EARLIEST_DAY && day <= LATEST_DAY ? day : null;
}

function minutesOf(time: string): number {
	const [hours, minutes] = time.split(':').map(Number);
	return (hours ?? 0) * 60 + (minutes ?? 0);
}

/** How long a shift lasted on the wall clock, before its break. */
export function wallMinutes(startTime: string, endTime: string, endsNextDay: boolean): number {
	return (endsNextDay ? DAY_MINUTES : 0) + minutesOf(endTime) - minutesOf(startTime);
}

/**
 * An amount of money in pounds: empty gives `empty`, anything that is not a whole number of pence
 * from zero up to `max` is a problem.
 */
function money(value: string, max: number, empty: number | null): number | null | undefined {
	if (value.trim() === '') return empty;
	const pence = parsePounds(value);
	return pence === null || pence > max ? undefined : pence;
}

const employerField = text({ max: EMPLOYER_NAME_MAX, tooLong: 'diary.employerTooLong' });
const siteField = text({ max: SITE_MAX, tooLong: 'diary.siteTooLong' });
const noteField = text({ max: NOTE_MAX, tooLong: 'diary.noteTooLong', multiline: true });

/**
 * Reads a shift from form fields (or the offline script's JSON, which uses the same names, all
 * strings). Every problem is named on its field, so the person's input goes back to them whole.
 */
export function parseShiftValues(values: FormValues): Parsed<ShiftInput> {
	const errors: FieldErrors = {};
	const problem = (field: string, key: MessageKey) => {
		errors[field] ??= key;
	};
	const field = (name: string) => textOf(values[name]).trim();

	const clientId = field('clientId').toLowerCase();
	if (!isUuid(clientId)) problem('clientId', 'diary.formExpired');

	const startsOn = parseDiaryDay(field('startsOn'));
	if (!startsOn) problem('startsOn', 'diary.dateInvalid');
	const startTime = parseWallTime(field('startTime'));
	if (!startTime) problem('startTime', 'diary.startTimeInvalid');
	const endTime = parseWallTime(field('endTime'));
	if (!endTime) problem('endTime', 'diary.endTimeInvalid');
	const endsNextDay = field('endsNextDay') === 'yes';

	const breakText = field('unpaidBreakMinutes');
	const unpaidBreakMinutes =
		breakText === '' ? 0 : /^\d{1,4}$/.test(breakText) ? Number(breakText) : NaN;
	if (Number.isNaN(unpaidBreakMinutes)) problem('unpaidBreakMinutes', 'diary.breakInvalid');

	if (startTime && endTime) {
		const length = wallMinutes(startTime, endTime, endsNextDay);
		if (length <= 0) problem('endTime', 'diary.endsBeforeStarts');
		else if (length > DAY_MINUTES) problem('endTime', 'diary.longerThanDay');
		else if (unpaidBreakMinutes >= length) problem('unpaidBreakMinutes', 'diary.breakTooLong');
	}

	const texts = { employerName: employerField, site: siteField, note: noteField };
	const written = {} as Record<keyof typeof texts, string>;
	for (const [name, schema] of Object.entries(texts) as [keyof typeof texts, z.ZodType<string>][]) {
		const result = schema.safeParse(values[name]);
		if (result.success) written[name] = result.data;
		else problem(name, result.error.issues[0]?.message as MessageKey);
	}

	const promisedPencePerHour = money(field('promised'), PROMISED_MAX_PENCE, null);
	if (promisedPencePerHour === undefined) problem('promised', 'diary.moneyInvalid');
	const paidPence = money(field('paid'), PAID_MAX_PENCE, null);
	if (paidPence === undefined) problem('paid', 'diary.moneyInvalid');
	const deductionsPence = money(field('deductions'), PAID_MAX_PENCE, 0);
	if (deductionsPence === undefined) problem('deductions', 'diary.moneyInvalid');

	const accommodationText = field('accommodation') || 'none';
	const accommodation = (ACCOMMODATIONS as readonly string[]).includes(accommodationText)
		? (accommodationText as Accommodation)
		: null;
	if (!accommodation) problem('accommodation', 'diary.accommodationInvalid');
	let accommodationChargedPence: number | null | undefined = 0;
	if (accommodation === 'charged') {
		accommodationChargedPence = money(field('accommodationCharged'), CHARGE_MAX_PENCE, null);
		if (accommodationChargedPence === undefined) {
			problem('accommodationCharged', 'diary.moneyInvalid');
		} else if (!accommodationChargedPence) {
			problem('accommodationCharged', 'diary.chargeRequired');
		}
	}

	if (Object.keys(errors).length > 0) return { ok: false, values, errors };
	return {
		ok: true,
		values,
		data: {
			clientId,
			startsOn: startsOn as string,
			startTime: startTime as string,
			endsNextDay,
			endTime: endTime as string,
			unpaidBreakMinutes,
			employerName: written.employerName,
			site: written.site,
			promisedPencePerHour: promisedPencePerHour ?? null,
			paidPence: paidPence ?? null,
			deductionsPence: deductionsPence ?? 0,
			accommodation: accommodation as Accommodation,
			accommodationChargedPence: accommodationChargedPence ?? 0,
			note: written.note
		}
	};
}

/**
 * Reads the diary settings. Each is optional: an empty date is one the member chose not to give
 * (or took away).
 */
export function parseSettingsValues(values: FormValues): Parsed<DiarySettingsInput> {
	const errors: FieldErrors = {};
	const day = (name: string): string | null => {
		const typed = textOf(values[name]).trim();
		if (typed === '') return null;
		const found = parseDiaryDay(typed);
		if (!found) errors[name] = 'diary.dateInvalid';
		return found;
	};
	const dateOfBirth = day('dateOfBirth');
	const apprenticeSince = day('apprenticeSince');
	const periodStartsOn = day('periodStartsOn');
	const periodText = textOf(values.payPeriod).trim() || 'week';
	const payPeriod = (PAY_PERIODS as readonly string[]).includes(periodText)
		? (periodText as PayPeriodKind)
		: null;
	if (!payPeriod) errors.payPeriod = 'diary.payPeriodInvalid';
	if (dateOfBirth && apprenticeSince && apprenticeSince < dateOfBirth) {
		errors.apprenticeSince ??= 'diary.apprenticeBeforeBirth';
	}
	if (Object.keys(errors).length > 0) return { ok: false, values, errors };
	return {
		ok: true,
		values,
		data: { dateOfBirth, apprenticeSince, payPeriod: payPeriod as PayPeriodKind, periodStartsOn }
	};
}

/** A from/to range of days for "what am I owed", with an employer among the member's own. */
export interface OwedRange {
	from: string;
	to: string;
	employerId: string | null;
}

export function parseOwedValues(values: FormValues): Parsed<OwedRange> {
	const errors: FieldErrors = {};
	const from = parseDiaryDay(textOf(values.from));
	if (!from) errors.from = 'diary.dateInvalid';
	const to = parseDiaryDay(textOf(values.to));
	if (!to) errors.to = 'diary.dateInvalid';
	if (from && to && to < from) errors.to = 'diary.toBeforeFrom';
	const employerText = textOf(values.employer).trim();
	const employerId = employerText === '' ? null : employerText;
	if (employerId && !isUuid(employerId)) errors.employer = 'diary.employerUnknown';
	if (Object.keys(errors).length > 0) return { ok: false, values, errors };
	return { ok: true, values, data: { from: from as string, to: to as string, employerId } };
}
