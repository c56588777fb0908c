import { error, redirect } from '@sveltejs/kit';
import { detailsDefaults, detailsSchema } from '$lib/server/centres/centres.schemas';
import { invalid, parseForm } from '$lib/server/forms';
import { expose, requireSession } from '$lib/server/http';
import { getPlatform } from '$lib/server/platform/runtime';
import { openCentre } from '$lib/server/setup/setup.service';
import { timeZones } from '$lib/server/time-zones';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	const session = requireSession(event);
	if (!session.isSteward) error(403, 'errors.forbidden');
	return { timeZones, defaults: detailsDefaults(event.locals.locale) };
};

export const actions: Actions = {
	default: async (event) => {
		const session = requireSession(event);
		const form = parseForm(await event.request.formData(), detailsSchema);
		if (!form.ok) return invalid(form.values, form.errors);
		const centre = await expose(openCentre(getPlatform().db, session, form.data));
		redirect(303, `/c/${centre.slug}/manage`);
	}
};
