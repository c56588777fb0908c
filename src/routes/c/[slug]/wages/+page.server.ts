import { fail, type RequestEvent } from '@sveltejs/kit';
import type { WageCheckResult } from '$lib/casework/wage-types';
import { firstValue, type FieldErrors, type FormValues } from '$lib/form-types';
import { formEntries } from '$lib/server/forms';
import { recordShifts } from '$lib/server/casework/diary';
import type { ShiftInput } from '$lib/server/casework/diary.schemas';
import { loadRates } from '$lib/server/casework/minimum-wage-rates';
import { checkWages } from '$lib/server/casework/wage-calculation';
import {
	keptShiftId,
	MAX_ROWS,
	parseWageCheckForm,
	rowCount,
	todayIn,
	type ShiftRow
} from '$lib/server/casework/wage-check.schemas';
import { requireActor, requireCentre } from '$lib/server/http';
import { getPlatform } from '$lib/server/platform/runtime';
import type { Actions, PageServerLoad } from './$types';

// What a person types here is their pay and date of birth: no copy may be kept on the way back.
// The load runs for every answer of the page, form actions' included, so it says so for them all.
const UNKEPT = { 'cache-control': 'no-store' };

function canKeep(event: Pick<RequestEvent, 'locals'>): boolean {
	return event.locals.actor?.roles.includes('member') ?? false;
}

export const load: PageServerLoad = (event) => {
	const centre = requireCentre(event);
	event.setHeaders(UNKEPT);
	return {
		slug: centre.slug,
		rows: rowCount(undefined),
		maxRows: MAX_ROWS,
		canKeep: canKeep(event)
	};
};

interface Checked {
	values: FormValues;
	rows: number;
	errors?: FieldErrors;
	result?: WageCheckResult;
	/** Ties the shifts of this answer to their ids in the diary, should they be kept. */
	batch?: string;
	kept?: number;
}

/** The form's input, worked out; a 400 with the problems and the input kept when it cannot be. */
async function check(event: RequestEvent) {
	const centre = requireCentre(event);
	const values = formEntries(await event.request.formData());
	const { db, now } = getPlatform();
	const parsed = parseWageCheckForm(values, centre.timeZone, todayIn(now(), centre.timeZone));
	const rows = rowCount(values);
	if (!parsed.ok) {
		return { failed: fail(400, { values, rows, errors: parsed.errors } satisfies Checked) };
	}
	const result = checkWages(parsed.data.input, await loadRates(db));
	return { values, rows, result, shifts: parsed.data.rows };
}

function diaryShift(row: ShiftRow, index: number, batch: string): ShiftInput {
	return {
		clientId: keptShiftId(batch, row, index),
		...row,
		employerName: '',
		site: '',
		promisedPencePerHour: null,
		paidPence: null,
		deductionsPence: 0,
		accommodation: 'none',
		accommodationChargedPence: 0,
		note: ''
	};
}

export const actions: Actions = {
	check: async (event) => {
		const checked = await check(event);
		if ('failed' in checked) return checked.failed;
		const { values, rows, result } = checked;
		return { values, rows, result, batch: crypto.randomUUID() } satisfies Checked;
	},
	more: async (event) => {
		requireCentre(event);
		const values = formEntries(await event.request.formData());
		return { values, rows: rowCount(values, true) } satisfies Checked;
	},
	keep: async (event) => {
		const actor = requireActor(event, 'member');
		const checked = await check(event);
		if ('failed' in checked) return checked.failed;
		const { values, rows, result, shifts } = checked;
		const batch = firstValue(values, 'batch');
		const { saved } = await recordShifts(
			getPlatform().db,
			actor,
			shifts.map((row, index) => diaryShift(row, index, batch))
		);
		return { values, rows, result, batch, kept: saved.length } satisfies Checked;
	}
};
