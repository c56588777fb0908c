import { error, redirect } from '@sveltejs/kit';
import { formEntries, invalid } from '$lib/server/forms';
import { expose, requireActor, requireCentre } from '$lib/server/http';
import { doorList, recordDoor } from '$lib/server/organising/actions';
import { parseDoorForm } from '$lib/server/organising/actions.schemas';
import { isUuid } from '$lib/server/platform/ids';
import { getPlatform } from '$lib/server/platform/runtime';
import type { Actions, PageServerLoad } from './$types';

function actionId(id: string): string {
	if (!isUuid(id)) error(404, 'errors.notFound');
	return id;
}

export const load: PageServerLoad = async (event) => {
	const actor = requireActor(event, 'organiser', 'coordinator');
	const centre = requireCentre(event);
	const { db, now } = getPlatform();
	const list = await expose(
		doorList(db, centre, actor, actionId(event.params.id), event.locals.locale, now())
	);
	return { slug: centre.slug, ...list, saved: event.url.searchParams.has('saved') };
};

export const actions: Actions = {
	default: async (event) => {
		const actor = requireActor(event, 'organiser', 'coordinator');
		const form = parseDoorForm(formEntries(await event.request.formData()));
		if (!form.ok) return invalid(form.values, form.errors);
		await expose(recordDoor(getPlatform().db, actor, actionId(event.params.id), form.data));
		redirect(303, `${event.url.pathname}?saved`);
	}
};
