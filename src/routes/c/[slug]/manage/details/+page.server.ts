import { redirect } from '@sveltejs/kit';
import { detailsSchema } from '$lib/server/centres/centres.schemas';
import { updateDetails } from '$lib/server/centres/centres.service';
import { invalid, parseForm } from '$lib/server/forms';
import { expose, requireActor, requireCentre } from '$lib/server/http';
import { getPlatform } from '$lib/server/platform/runtime';
import { timeZones } from '$lib/server/time-zones';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	requireActor(event, 'coordinator');
	const centre = requireCentre(event);
	return {
		timeZones,
		current: {
			name: centre.name,
			address: centre.address,
			directions: centre.directions,
			timeZone: centre.timeZone,
			locales: centre.locales,
			defaultLocale: centre.defaultLocale
		}
	};
};

export const actions: Actions = {
	default: async (event) => {
		const actor = requireActor(event, 'coordinator');
		const form = parseForm(await event.request.formData(), detailsSchema);
		if (!form.ok) return invalid(form.values, form.errors);
		await expose(updateDetails(getPlatform().db, actor, form.data));
		redirect(303, `/c/${event.params.slug}?saved=details`);
	}
};
