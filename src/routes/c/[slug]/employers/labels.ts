import type { EmployerKind, EmployerProblem } from '$lib/server/casework/casework.tables';
import type { MessageKey } from '$lib/i18n/messages/en';

export const PROBLEM_KEYS: Record<EmployerProblem, MessageKey> = {
	unpaid_wages: 'employers.problemUnpaidWages',
	below_minimum_wage: 'employers.problemBelowMinimumWage',
	deductions: 'employers.problemDeductions',
	no_breaks: 'employers.problemNoBreaks',
	holiday_pay: 'employers.problemHolidayPay',
	unsafe_work: 'employers.problemUnsafeWork',
	dismissal: 'employers.problemDismissal',
	discrimination: 'employers.problemDiscrimination',
	harassment: 'employers.problemHarassment',
	other: 'employers.problemOther'
};

export const KIND_KEYS: Record<EmployerKind, MessageKey> = {
	employer: 'employers.kindEmployer',
	agency: 'employers.kindAgency',
	platform: 'employers.kindPlatform'
};

/** A page number from the address, 1 when absent or not a number. */
export function pageNumber(url: URL): number {
	const page = url.searchParams.get('page') ?? '1';
	return /^\d{1,6}$/.test(page) ? Number(page) : 1;
}

/** The month of a 'YYYY-MM-01' date, as the language writes it. */
export function monthName(month: string, locale: string): string {
	return new Intl.DateTimeFormat(locale, {
		month: 'long',
		year: 'numeric',
		timeZone: 'UTC'
	}).format(new Date(`${month}T00:00:00Z`));
}
