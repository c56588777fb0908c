import { redirect } from '@sveltejs/kit';
import { invalid } from '$lib/server/forms';
import { expose, requireActor, requireCentre } from '$lib/server/http';
import { addPartner } from '$lib/server/organising/partners';
import { parsePartnerForm } from '$lib/server/organising/partners.schemas';
import { getPlatform } from '$lib/server/platform/runtime';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	requireActor(event, 'organiser', 'coordinator');
	return { slug: requireCentre(event).slug };
};

export const actions: Actions = {
	default: async (event) => {
		const actor = requireActor(event, 'organiser', 'coordinator');
		const centre = requireCentre(event);
		const form = parsePartnerForm(await event.request.formData());
		if (!form.ok) return invalid(form.values, form.errors);
		const id = await expose(addPartner(getPlatform().db, actor, form.data));
		redirect(303, `/c/${centre.slug}/manage/partners/${id}?saved`);
	}
};
