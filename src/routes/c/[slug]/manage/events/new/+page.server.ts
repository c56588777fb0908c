import { redirect } from '@sveltejs/kit';
import { createEvent } from '$lib/server/centres/events';
import { parseEventForm } from '$lib/server/centres/events.schemas';
import { instantToLocal } from '$lib/server/centres/opening-hours';
import { formEntries, invalid } from '$lib/server/forms';
import { expose, requireActor, requireCentre } from '$lib/server/http';
import { getPlatform } from '$lib/server/platform/runtime';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	requireActor(event, 'coordinator');
	const centre = requireCentre(event);
	const today = instantToLocal(getPlatform().now(), centre.timeZone).date;
	return { slug: centre.slug, values: { kind: 'social', date: today } };
};

export const actions: Actions = {
	save: async (event) => {
		const actor = requireActor(event, 'coordinator');
		const centre = requireCentre(event);
		const values = formEntries(await event.request.formData());
		const form = parseEventForm(values, centre.timeZone);
		if (!form.ok) return invalid(form.values, form.errors);
		const { db, now } = getPlatform();
		const id = await expose(createEvent(db, actor, form.data, now()));
		redirect(303, `/c/${centre.slug}/manage/events?saved=${id}`);
	}
};
