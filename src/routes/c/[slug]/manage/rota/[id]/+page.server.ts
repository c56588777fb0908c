import { error, redirect } from '@sveltejs/kit';
import { removeShift, shiftForCoordinator, updateShift } from '$lib/server/centres/rota';
import { parseShiftForm, rotaLanguages } from '$lib/server/centres/rota.schemas';
import { formEntries, invalid } from '$lib/server/forms';
import { expose, requireActor, requireCentre } from '$lib/server/http';
import { isUuid } from '$lib/server/platform/ids';
import { getPlatform } from '$lib/server/platform/runtime';
import { shiftInput, shiftProblem, shiftValues } from '../shift-form';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

function shiftId(event: RequestEvent | Parameters<PageServerLoad>[0]): string {
	if (!isUuid(event.params.id)) error(404, 'errors.notFound');
	return event.params.id;
}

export const load: PageServerLoad = async (event) => {
	const actor = requireActor(event, 'coordinator');
	const centre = requireCentre(event);
	const shift = await expose(
		shiftForCoordinator(getPlatform().db, actor, centre, shiftId(event), getPlatform().now())
	);
	return {
		shift,
		values: shiftValues(shift),
		languages: [...rotaLanguages],
		removing: event.url.searchParams.has('remove')
	};
};

export const actions: Actions = {
	save: async (event) => {
		const actor = requireActor(event, 'coordinator');
		const centre = requireCentre(event);
		const id = shiftId(event);
		const form = parseShiftForm(formEntries(await event.request.formData()));
		if (!form.ok) return invalid(form.values, form.errors);
		try {
			await expose(
				updateShift(getPlatform().db, actor, id, shiftInput(form.data, centre), getPlatform().now())
			);
		} catch (thrown) {
			const problem = shiftProblem(thrown);
			if (problem) return invalid(form.values, problem);
			throw thrown;
		}
		redirect(303, `/c/${centre.slug}/manage/rota?done=changed#shift-${id}`);
	},
	remove: async (event) => {
		const actor = requireActor(event, 'coordinator');
		const centre = requireCentre(event);
		await expose(removeShift(getPlatform().db, actor, shiftId(event)));
		redirect(303, `/c/${centre.slug}/manage/rota?done=removed`);
	}
};
