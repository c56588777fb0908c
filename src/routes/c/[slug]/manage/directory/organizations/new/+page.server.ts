import { redirect } from '@sveltejs/kit';
import { createOrganization } from '$lib/server/directory/places';
import { organizationSchema } from '$lib/server/directory/places.schemas';
import { invalid, parseForm } from '$lib/server/forms';
import { expose, requireActor } from '$lib/server/http';
import { getPlatform } from '$lib/server/platform/runtime';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	requireActor(event, 'coordinator');
	return {};
};

export const actions: Actions = {
	default: async (event) => {
		const actor = requireActor(event, 'coordinator');
		const form = parseForm(await event.request.formData(), organizationSchema);
		if (!form.ok) return invalid(form.values, form.errors);
		await expose(createOrganization(getPlatform().db, actor, form.data));
		redirect(303, `/c/${event.params.slug}/manage/directory/organizations?saved=1`);
	}
};
