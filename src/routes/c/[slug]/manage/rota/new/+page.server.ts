import { redirect } from '@sveltejs/kit';
import { createShift } from '$lib/server/centres/rota';
import { parseShiftForm, rotaLanguages } from '$lib/server/centres/rota.schemas';
import { formEntries, invalid } from '$lib/server/forms';
import { expose, requireActor, requireCentre } from '$lib/server/http';
import { parseIsoDate } from '$lib/server/centres/centres.schemas';
import { getPlatform } from '$lib/server/platform/runtime';
import { newShiftValues, shiftInput, shiftProblem } from '../shift-form';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	requireActor(event, 'coordinator');
	const date = parseIsoDate(event.url.searchParams.get('date') ?? '');
	return {
		languages: [...rotaLanguages],
		values: date ? { ...newShiftValues, date } : newShiftValues
	};
};

export const actions: Actions = {
	default: async (event) => {
		const actor = requireActor(event, 'coordinator');
		const centre = requireCentre(event);
		const form = parseShiftForm(formEntries(await event.request.formData()));
		if (!form.ok) return invalid(form.values, form.errors);
		let id: string;
		try {
			id = await expose(
				createShift(getPlatform().db, actor, shiftInput(form.data, centre), getPlatform().now())
			);
		} catch (thrown) {
			const problem = shiftProblem(thrown);
			if (problem) return invalid(form.values, problem);
			throw thrown;
		}
		redirect(303, `/c/${centre.slug}/manage/rota?done=added#shift-${id}`);
	}
};
