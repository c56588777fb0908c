import { redirect } from '@sveltejs/kit';
import { saveRoom } from '$lib/server/centres/rooms';
import { roomSchema } from '$lib/server/centres/rooms.schemas';
import { invalid, parseForm } from '$lib/server/forms';
import { expose, requireActor, requireCentre } from '$lib/server/http';
import { getPlatform } from '$lib/server/platform/runtime';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	requireActor(event, 'coordinator');
	return { defaults: { kind: 'rest', hours: 'centre', membersBook: 'yes' } };
};

export const actions: Actions = {
	default: async (event) => {
		const actor = requireActor(event, 'coordinator');
		const centre = requireCentre(event);
		const form = parseForm(await event.request.formData(), roomSchema);
		if (!form.ok) return invalid(form.values, form.errors);
		const { db, now } = getPlatform();
		const id = await expose(saveRoom(db, actor, null, form.data, now()));
		redirect(303, `/c/${centre.slug}/manage/rooms/${id}?saved`);
	}
};
