import { addDays } from '../centres/opening-hours';
import type { CaseKind } from './casework.tables';

/**
 * Employment tribunal time limits, worked out from calendar dates only ('YYYY-MM-DD'), so no
 * clock or time zone can move a day. A claim must start within three months less one day of the
 * act; ACAS early conciliation must start before that, and stops the clock while it runs.
 */

/** The kinds of case a tribunal claim can follow, and so have a time limit. */
export const TIME_LIMITED_KINDS: readonly CaseKind[] = [
	'unpaid_wages',
	'unsafe_work',
	'dismissal',
	'discrimination'
];

/** How many days before the last day the case page starts warning. */
export const WARNING_DAYS = 28;

export interface TimeLimitDates {
	kind: CaseKind;
	actOn: string | null;
	conciliationStartedOn: string | null;
	conciliationCertificateOn: string | null;
}

export type TimeLimit =
	| { state: 'none' }
	/** Conciliation has started and no certificate has come: the clock is stopped. */
	| { state: 'paused'; lastDayBeforeConciliation: string }
	/**
	 * The last day a claim can start. `conciliationLate` when conciliation began after the last
	 * day had already passed, so it moved nothing.
	 */
	| { state: 'running'; lastDay: string; conciliationLate: boolean };

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function parts(date: string): [number, number, number] {
	const match = DATE.exec(date);
	if (!match) throw new Error(`Not a calendar date: ${date}`);
	return [Number(match[1]), Number(match[2]), Number(match[3])];
}

function fromUtc(time: number): string {
	return new Date(time).toISOString().slice(0, 10);
}

function utc(date: string): number {
	const [year, month, day] = parts(date);
	return Date.UTC(year, month - 1, day);
}

/** Whole days from one date to another: positive when `to` is later. */
export function daysBetween(from: string, to: string): number {
	return Math.round((utc(to) - utc(from)) / 86_400_000);
}

/** The same day of the month `months` later; a day the month lacks becomes its last day. */
export function addMonths(date: string, months: number): string {
	const [year, month, day] = parts(date);
	const target = Date.UTC(year, month - 1 + months, 1);
	const targetYear = new Date(target).getUTCFullYear();
	const targetMonth = new Date(target).getUTCMonth();
	const monthLength = new Date(Date.UTC(targetYear, targetMonth + 1, 0)).getUTCDate();
	return fromUtc(Date.UTC(targetYear, targetMonth, Math.min(day, monthLength)));
}

/**
 * The last day to start a claim without conciliation: the act plus three months, less one day.
 * Where the later month has no such day (31 August → 31 November), the month's last day stands
 * in before the day is taken off, giving 29 November. Some read that case as 30 November; Hearth
 * takes the earlier day on purpose, so a member is never told they have a day they may not have.
 */
export function lastDayWithoutConciliation(actOn: string): string {
	return addDays(addMonths(actOn, 3), -1);
}

/**
 * The last day to start a claim. Days from the day after conciliation began (day A) to the day
 * the certificate came (day B) do not count, so the limit moves on by B − A days; if it then falls
 * within one month after day B, it becomes one month after day B. Conciliation that began after
 * the limit had passed moves nothing.
 */
export function timeLimit(dates: TimeLimitDates): TimeLimit {
	if (!TIME_LIMITED_KINDS.includes(dates.kind) || !dates.actOn) return { state: 'none' };
	const original = lastDayWithoutConciliation(dates.actOn);
	const started = dates.conciliationStartedOn;
	if (!started) return { state: 'running', lastDay: original, conciliationLate: false };
	if (started > original) return { state: 'running', lastDay: original, conciliationLate: true };
	const certificate = dates.conciliationCertificateOn;
	if (!certificate) return { state: 'paused', lastDayBeforeConciliation: original };
	const moved = addDays(original, daysBetween(started, certificate));
	const monthAfterCertificate = addMonths(certificate, 1);
	const lastDay = moved <= monthAfterCertificate ? monthAfterCertificate : moved;
	return { state: 'running', lastDay, conciliationLate: false };
}

/** Whether the case page should warn: from 28 days before the last day, and after it. */
export function needsWarning(limit: TimeLimit, today: string): boolean {
	return limit.state === 'running' && daysBetween(today, limit.lastDay) <= WARNING_DAYS;
}
