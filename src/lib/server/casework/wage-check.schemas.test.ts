import { describe, expect, it } from 'vitest';
import type { FormValues } from '$lib/form-types';
import {
	keptShiftId,
	parseWageCheckForm,
	parseWageCheckRequest,
	rowCount,
	todayIn
} from './wage-check.schemas';

const TODAY = '2026-11-22';

function request(overrides: Record<string, unknown> = {}, period: Record<string, unknown> = {}) {
	return {
		dateOfBirth: '2004-05-01',
		apprentice: null,
		asOf: TODAY,
		payPeriods: [
			{
				start: '2025-03-01',
				end: '2025-03-31',
				paidPence: 150000,
				deductionsForEmployerPence: 0,
				accommodation: null,
				shifts: [{ start: '2025-03-01T22:00', end: '2025-03-02T06:00', unpaidBreakMinutes: 30 }],
				...period
			}
		],
		...overrides
	};
}

function errorsOf(body: unknown): Record<string, string> {
	const parsed = parseWageCheckRequest(body, TODAY);
	if (parsed.ok) throw new Error('expected the request to be refused');
	return parsed.errors;
}

describe('the API request', () => {
	it('reads the issue’s example as calculator input', () => {
		const parsed = parseWageCheckRequest(request(), TODAY);
		expect(parsed).toEqual({
			ok: true,
			input: {
				dateOfBirth: '2004-05-01',
				apprenticeSince: null,
				asOf: TODAY,
				timeZone: 'Europe/London',
				payPeriods: [
					{
						start: '2025-03-01',
						end: '2025-03-31',
						paidPence: 150000,
						deductionsForEmployerPence: 0,
						accommodation: [],
						shifts: [{ start: '2025-03-01T22:00', end: '2025-03-02T06:00', unpaidBreakMinutes: 30 }]
					}
				]
			}
		});
	});

	it('takes an apprenticeship, accommodation, a time zone and a missing asOf', () => {
		const parsed = parseWageCheckRequest(
			request(
				{ apprentice: { startDate: '2024-09-01' }, asOf: undefined, timeZone: 'Europe/Dublin' },
				{ accommodation: { daysProvided: 31, chargedPencePerDay: 0 } }
			),
			TODAY
		);
		if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
		expect(parsed.input.apprenticeSince).toBe('2024-09-01');
		expect(parsed.input.asOf).toBe(TODAY);
		expect(parsed.input.timeZone).toBe('Europe/Dublin');
		expect(parsed.input.payPeriods[0]?.accommodation).toEqual([
			{ daysProvided: 31, chargedPencePerDay: 0 }
		]);
	});

	it('names each problem by its path', () => {
		const body = request(
			{},
			{
				paidPence: -1,
				deductionsForEmployerPence: '0',
				shifts: [
					{ start: '2025-03-01T09:00', end: '2025-03-01T17:00', unpaidBreakMinutes: 0 },
					{ start: '2025-03-03T06:00', end: '2025-03-04T12:00', unpaidBreakMinutes: 0 }
				]
			}
		);
		const errors = errorsOf(body);
		expect(errors['payPeriods.0.paidPence']).toBe('Must not be negative.');
		expect(errors['payPeriods.0.deductionsForEmployerPence']).toMatch(/whole number of pence/);
		// Rules between values wait until every value has the right type.
		expect(errorsOf(request({}, { shifts: body.payPeriods[0]?.shifts }))).toEqual({
			'payPeriods.0.shifts.1.end': 'A shift can be at most 24 hours long.'
		});
	});

	it.each([
		['a body that is not an object', [], 'body'],
		['null', null, 'body'],
		['a missing date of birth', request({ dateOfBirth: undefined }), 'dateOfBirth'],
		['a date that does not exist', request({ dateOfBirth: '2004-02-30' }), 'dateOfBirth'],
		['a date of birth after asOf', request({ dateOfBirth: '2027-01-01' }), 'dateOfBirth'],
		['a worker over 120', request({ dateOfBirth: '1900-01-01' }), 'dateOfBirth'],
		['an unknown time zone', request({ timeZone: 'Mars/Olympus' }), 'timeZone'],
		['no pay periods', request({ payPeriods: [] }), 'payPeriods'],
		[
			'more than 60 pay periods',
			request({ payPeriods: Array.from({ length: 61 }, () => request().payPeriods[0]) }),
			'payPeriods'
		],
		['a period ending before it starts', request({}, { end: '2025-02-28' }), 'payPeriods.0.end'],
		['a period over 31 days', request({}, { end: '2025-04-01' }), 'payPeriods.0.end'],
		['a fractional wage', request({}, { paidPence: 10.5 }), 'payPeriods.0.paidPence'],
		[
			'more than 400 shifts',
			request(
				{},
				{
					shifts: Array.from({ length: 401 }, () => ({
						start: '2025-03-01T09:00',
						end: '2025-03-01T10:00',
						unpaidBreakMinutes: 0
					}))
				}
			),
			'payPeriods.0.shifts'
		],
		[
			'a shift ending before it starts',
			request(
				{},
				{ shifts: [{ start: '2025-03-01T22:00', end: '2025-03-01T06:00', unpaidBreakMinutes: 0 }] }
			),
			'payPeriods.0.shifts.0.end'
		],
		[
			'a 30-hour shift',
			request(
				{},
				{ shifts: [{ start: '2025-03-01T06:00', end: '2025-03-02T12:00', unpaidBreakMinutes: 0 }] }
			),
			'payPeriods.0.shifts.0.end'
		],
		[
			'a break as long as the shift',
			request(
				{},
				{ shifts: [{ start: '2025-03-01T09:00', end: '2025-03-01T10:00', unpaidBreakMinutes: 60 }] }
			),
			'payPeriods.0.shifts.0.unpaidBreakMinutes'
		],
		[
			'a shift outside its period',
			request(
				{},
				{ shifts: [{ start: '2025-04-01T09:00', end: '2025-04-01T10:00', unpaidBreakMinutes: 0 }] }
			),
			'payPeriods.0.shifts.0.start'
		],
		[
			'a time without minutes',
			request(
				{},
				{ shifts: [{ start: '2025-03-01T9', end: '2025-03-01T10:00', unpaidBreakMinutes: 0 }] }
			),
			'payPeriods.0.shifts.0.start'
		],
		[
			'more days of accommodation than the period has',
			request(
				{},
				{ accommodation: { daysProvided: 31, chargedPencePerDay: 0 }, end: '2025-03-07' }
			),
			'payPeriods.0.accommodation.daysProvided'
		]
	])('refuses %s', (_, body, path) => {
		const errors = errorsOf(body);
		expect(Object.keys(errors)).toContain(path);
		expect(errors[path]).toMatch(/^[A-Z].+\.$/);
	});

	it('accepts a shift of exactly 24 hours', () => {
		const parsed = parseWageCheckRequest(
			request(
				{},
				{ shifts: [{ start: '2025-03-01T06:00', end: '2025-03-02T06:00', unpaidBreakMinutes: 0 }] }
			),
			TODAY
		);
		expect(parsed.ok).toBe(true);
	});
});

const week: FormValues = {
	rows: '7',
	dateOfBirth: '2004-05-01',
	apprentice: 'no',
	periodStart: '2025-03-03',
	periodEnd: '2025-03-09',
	paid: '400',
	deductions: '',
	accommodation: 'none',
	'shift-0-date': '2025-03-03',
	'shift-0-start': '22:00',
	'shift-0-end': '06:00',
	'shift-0-nextDay': 'yes',
	'shift-0-break': '30',
	'shift-2-date': '2025-03-05',
	'shift-2-start': '09:00',
	'shift-2-end': '17:00',
	'shift-2-break': ''
};

function formErrors(values: FormValues) {
	const parsed = parseWageCheckForm(values, 'Europe/London', TODAY);
	if (parsed.ok) throw new Error('expected the form to be refused');
	return parsed.errors;
}

describe('the page’s form', () => {
	it('reads one pay period, skipping empty rows and crossing midnight', () => {
		const parsed = parseWageCheckForm(week, 'Europe/London', TODAY);
		if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
		expect(parsed.data.input).toEqual({
			dateOfBirth: '2004-05-01',
			apprenticeSince: null,
			asOf: TODAY,
			timeZone: 'Europe/London',
			payPeriods: [
				{
					start: '2025-03-03',
					end: '2025-03-09',
					paidPence: 40000,
					deductionsForEmployerPence: 0,
					accommodation: [],
					shifts: [
						{ start: '2025-03-03T22:00', end: '2025-03-04T06:00', unpaidBreakMinutes: 30 },
						{ start: '2025-03-05T09:00', end: '2025-03-05T17:00', unpaidBreakMinutes: 0 }
					]
				}
			]
		});
		expect(parsed.data.rows[0]).toEqual({
			startsOn: '2025-03-03',
			startTime: '22:00',
			endsNextDay: true,
			endTime: '06:00',
			unpaidBreakMinutes: 30
		});
	});

	it('reads apprenticeship and charged accommodation', () => {
		const parsed = parseWageCheckForm(
			{
				...week,
				apprentice: 'yes',
				apprenticeSince: '2024-09-01',
				accommodation: 'charged',
				accommodationDays: '7',
				accommodationCharged: '12,50'
			},
			'Europe/London',
			TODAY
		);
		if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
		expect(parsed.data.input.apprenticeSince).toBe('2024-09-01');
		expect(parsed.data.input.payPeriods[0]?.accommodation).toEqual([
			{ daysProvided: 7, chargedPencePerDay: 1250 }
		]);
	});

	it.each([
		[
			'a shift ending before it starts',
			{ 'shift-2-end': '08:00' },
			'shift-2-end',
			'wageCheck.errorShiftEndsBeforeStart'
		],
		[
			'a 30-hour shift',
			{ 'shift-2-end': '15:00', 'shift-2-nextDay': 'yes' },
			'shift-2-end',
			'wageCheck.errorShiftTooLong'
		],
		['a negative wage', { paid: '-5' }, 'paid', 'wageCheck.errorPaid'],
		['a wage in words', { paid: 'four hundred' }, 'paid', 'wageCheck.errorPaid'],
		['no wage', { paid: '' }, 'paid', 'wageCheck.errorPaid'],
		[
			'a period over 31 days',
			{ periodEnd: '2025-04-30' },
			'periodEnd',
			'wageCheck.errorPeriodTooLong'
		],
		[
			'a period ending before it starts',
			{ periodEnd: '2025-03-01' },
			'periodEnd',
			'wageCheck.errorPeriodEndsBeforeStart'
		],
		[
			'a shift outside the period',
			{ 'shift-2-date': '2025-03-10' },
			'shift-2-date',
			'wageCheck.errorShiftOutsidePeriod'
		],
		[
			'a break as long as the shift',
			{ 'shift-2-break': '480' },
			'shift-2-break',
			'wageCheck.errorBreakTooLong'
		],
		[
			'a date of birth in the future',
			{ dateOfBirth: '2027-01-01' },
			'dateOfBirth',
			'wageCheck.errorBirthFuture'
		],
		[
			'a worker over 120',
			{ dateOfBirth: '1900-05-01' },
			'dateOfBirth',
			'wageCheck.errorBirthTooOld'
		],
		['a missing start time', { 'shift-2-start': '' }, 'shift-2-start', 'wageCheck.errorShiftTime'],
		[
			'an apprentice with no start',
			{ apprentice: 'yes' },
			'apprenticeSince',
			'wageCheck.errorApprenticeSince'
		],
		[
			'accommodation without days',
			{ accommodation: 'free' },
			'accommodationDays',
			'wageCheck.errorAccommodationDays'
		]
	])('refuses %s at its field', (_, change, field, key) => {
		expect(formErrors({ ...week, ...change })[field]).toBe(key);
	});

	it('asks for at least one shift', () => {
		const empty = Object.fromEntries(
			Object.entries(week).filter(([name]) => !name.startsWith('shift-'))
		);
		expect(formErrors(empty)).toEqual({ 'shift-0-date': 'wageCheck.errorNoShifts' });
	});

	it('counts rows within bounds', () => {
		expect(rowCount(undefined)).toBe(7);
		expect(rowCount({ rows: '7' }, true)).toBe(14);
		expect(rowCount({ rows: '-3' })).toBe(7);
		expect(rowCount({ rows: '9999' }, true)).toBe(70);
	});
});

describe('kept shift ids', () => {
	const row = {
		startsOn: '2025-03-03',
		startTime: '22:00',
		endsNextDay: true,
		endTime: '06:00',
		unpaidBreakMinutes: 30
	};
	const batch = '0192d3c4-5e6f-7a8b-9c0d-1e2f3a4b5c6d';

	it('gives the same shift of the same answer the same id, and a changed shift a new one', () => {
		const id = keptShiftId(batch, row, 0);
		expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
		expect(keptShiftId(batch, row, 0)).toBe(id);
		expect(keptShiftId(batch, { ...row, endTime: '07:00' }, 0)).not.toBe(id);
		expect(keptShiftId(batch, row, 1)).not.toBe(id);
		expect(keptShiftId('not-a-batch', row, 0)).not.toBe(keptShiftId('not-a-batch', row, 0));
	});
});

describe('today', () => {
	it('is the date on the given clock', () => {
		const lateEvening = new Date('2026-06-30T23:30:00Z');
		expect(todayIn(lateEvening, 'Europe/London')).toBe('2026-07-01');
		expect(todayIn(lateEvening, 'UTC')).toBe('2026-06-30');
	});
});
