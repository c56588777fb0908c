import { error, fail, redirect } from '@sveltejs/kit';
import {
	attachPhoto,
	deleteShift,
	readShift,
	removePhoto,
	updateShift
} from '$lib/server/casework/diary';
import { parseShiftValues } from '$lib/server/casework/diary.schemas';
import { formEntries, invalid } from '$lib/server/forms';
import { expose, requireActor, requireCentre } from '$lib/server/http';
import { RuleError } from '$lib/server/platform/errors';
import { KEPT_FILE_MAX_BYTES } from '$lib/server/platform/file-types';
import { isUuid } from '$lib/server/platform/ids';
import { getPlatform } from '$lib/server/platform/runtime';
import type { MessageKey } from '$lib/i18n/messages/en';
import { shiftValues, spanProblem } from './shift-form.server';
import type { Actions, PageServerLoad } from './$types';

function shiftId({ params }: { params: { id: string } }): string {
	if (!isUuid(params.id)) error(404, 'errors.notFound');
	return params.id;
}

export const load: PageServerLoad = async (event) => {
	const actor = requireActor(event, 'member');
	const centre = requireCentre(event);
	const shift = await expose(readShift(getPlatform().db, actor, shiftId(event), centre.timeZone));
	const asks = event.url.searchParams;
	return {
		slug: centre.slug,
		shift,
		values: shiftValues(shift),
		confirmDelete: asks.has('delete'),
		confirmRemovePhoto: asks.has('removePhoto') && shift.photo !== null,
		done: asks.get('done'),
		photoLimit: KEPT_FILE_MAX_BYTES
	};
};

const PHOTO_PROBLEMS = new Set([
	'diary.photoMissing',
	'diary.photoTooLarge',
	'diary.photoNotImage'
]);

export const actions: Actions = {
	save: async (event) => {
		const actor = requireActor(event, 'member');
		const centre = requireCentre(event);
		const id = shiftId(event);
		const entries = formEntries(await event.request.formData());
		// The edit form carries no client id of its own: the shift keeps the one it was made with.
		const { clientId } = await expose(readShift(getPlatform().db, actor, id, centre.timeZone));
		const form = parseShiftValues({ ...entries, clientId });
		if (!form.ok) return invalid(entries, form.errors);
		try {
			await expose(updateShift(getPlatform().db, actor, id, form.data));
		} catch (thrown) {
			const problem = spanProblem(thrown);
			if (problem) return invalid(entries, problem);
			throw thrown;
		}
		redirect(303, `/c/${centre.slug}/diary/${id}?done=saved`);
	},
	delete: async (event) => {
		const actor = requireActor(event, 'member');
		const centre = requireCentre(event);
		const id = shiftId(event);
		const { startsOn } = await expose(readShift(getPlatform().db, actor, id, centre.timeZone));
		await expose(deleteShift(getPlatform().db, actor, id));
		redirect(303, `/c/${centre.slug}/diary?week=${startsOn}&done=deleted`);
	},
	photo: async (event) => {
		const actor = requireActor(event, 'member');
		const centre = requireCentre(event);
		const id = shiftId(event);
		const file = (await event.request.formData()).get('photo');
		const bytes =
			file instanceof File && file.size > 0
				? Buffer.from(await file.arrayBuffer())
				: Buffer.alloc(0);
		try {
			await expose(attachPhoto(getPlatform().db, actor, id, bytes));
		} catch (thrown) {
			if (thrown instanceof RuleError && PHOTO_PROBLEMS.has(thrown.code)) {
				return fail(400, { photoProblem: thrown.code as MessageKey });
			}
			throw thrown;
		}
		redirect(303, `/c/${centre.slug}/diary/${id}?done=photo`);
	},
	removePhoto: async (event) => {
		const actor = requireActor(event, 'member');
		const centre = requireCentre(event);
		const id = shiftId(event);
		await expose(removePhoto(getPlatform().db, actor, id));
		redirect(303, `/c/${centre.slug}/diary/${id}?done=photoRemoved`);
	}
};
