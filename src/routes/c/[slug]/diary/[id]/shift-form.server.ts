import type { RequestEvent } from '@sveltejs/kit';
import { instantToLocal } from '$lib/server/centres/opening-hours';
import type { ShiftDetail } from '$lib/server/casework/diary';
import type { FieldErrors, FormValues } from '$lib/server/forms';
import { requireCentre } from '$lib/server/http';
import { RuleError } from '$lib/server/platform/errors';
import { getPlatform } from '$lib/server/platform/runtime';

/** Today on the centre's clock. */
export function centreToday(event: Pick<RequestEvent, 'locals'>): string {
	return instantToLocal(getPlatform().now(), requireCentre(event).timeZone).date;
}

/** Pence as the pounds a person would type back: 1250 → '12.50'; nothing for none. */
export function poundsText(pence: number | null): string {
	if (pence === null) return '';
	return `${Math.floor(pence / 100)}.${String(pence % 100).padStart(2, '0')}`;
}

/** A stored shift as the edit form's fields. */
export function shiftValues(shift: ShiftDetail): FormValues {
	return {
		startsOn: shift.startsOn,
		startTime: shift.startTime,
		endTime: shift.endTime,
		...(shift.endsNextDay ? { endsNextDay: 'yes' } : {}),
		unpaidBreakMinutes: shift.unpaidBreakMinutes > 0 ? String(shift.unpaidBreakMinutes) : '',
		employerName: shift.employerName,
		site: shift.site,
		promised: poundsText(shift.promisedPencePerHour),
		paid: poundsText(shift.paidPence),
		deductions: shift.deductionsPence > 0 ? poundsText(shift.deductionsPence) : '',
		accommodation: shift.accommodation,
		accommodationCharged:
			shift.accommodation === 'charged' ? poundsText(shift.accommodationChargedPence) : '',
		note: shift.note
	};
}

const SPAN_PROBLEMS: Record<string, keyof FieldErrors> = {
	'diary.endsBeforeStarts': 'endTime',
	'diary.longerThanDay': 'endTime',
	'diary.breakTooLong': 'unpaidBreakMinutes'
};

/**
 * The field a refusal on the centre's clock belongs to: a change of the clocks in the night can
 * make a shift that looked right on the form too long or too short.
 */
export function spanProblem(thrown: unknown): FieldErrors | null {
	if (!(thrown instanceof RuleError)) return null;
	const field = SPAN_PROBLEMS[thrown.code];
	return field ? ({ [field]: thrown.code } as FieldErrors) : null;
}
