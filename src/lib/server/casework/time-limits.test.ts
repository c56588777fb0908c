import { describe, expect, it } from 'vitest';
import {
	addMonths,
	lastDayWithoutConciliation,
	needsWarning,
	timeLimit,
	type TimeLimitDates
} from './time-limits';

const wages = (dates: Partial<TimeLimitDates>): TimeLimitDates => ({
	kind: 'unpaid_wages',
	actOn: null,
	conciliationStartedOn: null,
	conciliationCertificateOn: null,
	...dates
});

describe('the last day without conciliation', () => {
	it.each([
		['2026-01-10', '2026-04-09'],
		['2026-11-30', '2027-02-27'],
		['2027-11-30', '2028-02-28'],
		['2026-08-31', '2026-11-29'],
		['2026-03-01', '2026-05-31'],
		['2026-12-01', '2027-02-28'],
		['2026-10-15', '2027-01-14'],
		['2027-11-29', '2028-02-28'],
		['2026-05-31', '2026-08-30']
	])('act on %s: last day %s', (act, last) => {
		expect(lastDayWithoutConciliation(act)).toBe(last);
	});

	it('keeps to the end of a shorter month when adding months', () => {
		expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
		expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
		expect(addMonths('2026-11-15', 3)).toBe('2027-02-15');
	});
});

describe('time limits with conciliation', () => {
	it('has none for a kind no tribunal hears, or without the day of the act', () => {
		expect(timeLimit({ ...wages({ actOn: '2026-01-10' }), kind: 'housing' })).toEqual({
			state: 'none'
		});
		expect(timeLimit(wages({}))).toEqual({ state: 'none' });
	});

	it('runs from the act when conciliation has not started', () => {
		expect(timeLimit(wages({ actOn: '2026-01-10' }))).toEqual({
			state: 'running',
			lastDay: '2026-04-09',
			conciliationLate: false
		});
	});

	it('is paused while conciliation runs', () => {
		expect(timeLimit(wages({ actOn: '2026-01-10', conciliationStartedOn: '2026-02-01' }))).toEqual({
			state: 'paused',
			lastDayBeforeConciliation: '2026-04-09'
		});
	});

	it('moves on by the days conciliation took when that leaves more than a month', () => {
		// Act 10 Jan: last day 9 Apr. Conciliation 1 Feb to 15 Feb: 14 days do not count → 23 Apr,
		// more than a month after 15 Feb (15 Mar), so 23 Apr stands.
		expect(
			timeLimit(
				wages({
					actOn: '2026-01-10',
					conciliationStartedOn: '2026-02-01',
					conciliationCertificateOn: '2026-02-15'
				})
			)
		).toEqual({ state: 'running', lastDay: '2026-04-23', conciliationLate: false });
	});

	it('becomes one month after the certificate when the moved day falls inside that month', () => {
		// Act 10 Jan: last day 9 Apr. Conciliation 1 Apr to 5 Apr: 4 days → 13 Apr, which is within
		// a month of 5 Apr, so the last day is 5 May.
		expect(
			timeLimit(
				wages({
					actOn: '2026-01-10',
					conciliationStartedOn: '2026-04-01',
					conciliationCertificateOn: '2026-04-05'
				})
			)
		).toEqual({ state: 'running', lastDay: '2026-05-05', conciliationLate: false });
	});

	it('counts a certificate on the day conciliation began as no days', () => {
		// Act 30 Nov 2026: last day 27 Feb 2027. Started and certified 1 Feb: one month after is
		// 1 Mar, later than 27 Feb, so 1 Mar.
		expect(
			timeLimit(
				wages({
					actOn: '2026-11-30',
					conciliationStartedOn: '2027-02-01',
					conciliationCertificateOn: '2027-02-01'
				})
			)
		).toEqual({ state: 'running', lastDay: '2027-03-01', conciliationLate: false });
	});

	it('moves nothing when conciliation began after the last day', () => {
		expect(
			timeLimit(
				wages({
					actOn: '2026-01-10',
					conciliationStartedOn: '2026-04-10',
					conciliationCertificateOn: '2026-04-20'
				})
			)
		).toEqual({ state: 'running', lastDay: '2026-04-09', conciliationLate: true });
	});

	it('still counts conciliation begun on the last day itself', () => {
		expect(
			timeLimit(
				wages({
					actOn: '2026-01-10',
					conciliationStartedOn: '2026-04-09',
					conciliationCertificateOn: '2026-04-09'
				})
			)
		).toEqual({ state: 'running', lastDay: '2026-05-09', conciliationLate: false });
	});
});

describe('the warning', () => {
	const limit = timeLimit(wages({ actOn: '2026-01-10' }));

	it('starts 28 days before the last day and stays after it', () => {
		expect(needsWarning(limit, '2026-03-11')).toBe(false);
		expect(needsWarning(limit, '2026-03-12')).toBe(true);
		expect(needsWarning(limit, '2026-04-09')).toBe(true);
		expect(needsWarning(limit, '2026-05-01')).toBe(true);
	});

	it('does not warn while conciliation holds the clock', () => {
		const paused = timeLimit(wages({ actOn: '2026-01-10', conciliationStartedOn: '2026-04-01' }));
		expect(needsWarning(paused, '2026-04-08')).toBe(false);
	});
});
