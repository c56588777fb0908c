import type { FieldErrors, FormValues } from '$lib/form-types';
import type { Centre } from '$lib/server/centres/centres.service';
import type { ShiftInput, StaffedShift } from '$lib/server/centres/rota';
import { needsOf, shiftInstants, type ShiftForm } from '$lib/server/centres/rota.schemas';
import { RuleError } from '$lib/server/platform/errors';

/** The domain's refusals of a shift, named on the field a person would change. */
export function shiftProblem(thrown: unknown): FieldErrors | null {
	if (!(thrown instanceof RuleError)) return null;
	switch (thrown.code) {
		case 'endsBeforeStarts':
			return { ends: 'rota.endsBeforeStarts' };
		case 'tooLong':
			return { ends: 'rota.tooLong' };
		case 'shiftInPast':
			return { date: 'rota.shiftInPast' };
		case 'shiftExists':
			return { date: 'rota.shiftExists' };
		case 'minPeopleInvalid':
			return { minPeople: 'rota.minPeopleInvalid' };
		default:
			return null;
	}
}

export function shiftInput(form: ShiftForm, centre: Centre): ShiftInput {
	return {
		...shiftInstants(form.date, form.starts, form.ends, form.nextDay, centre.timeZone),
		minPeople: form.minPeople,
		needs: needsOf(form)
	};
}

/** A shift as its form shows it. */
export function shiftValues(shift: StaffedShift): FormValues {
	const needed = (skill: string) =>
		String(shift.needs.find((need) => need.skill === skill)?.needed ?? 0);
	return {
		date: shift.date,
		starts: shift.starts,
		ends: shift.ends,
		...(shift.endsNextDay ? { nextDay: 'yes' } : {}),
		minPeople: String(shift.minPeople),
		firstAid: needed('first_aid'),
		childcare: needed('childcare'),
		interpreters: shift.needs
			.filter((need) => need.skill === 'interpreter')
			.map((need) => need.language)
	};
}

export const newShiftValues: FormValues = { minPeople: '2', firstAid: '0', childcare: '0' };
