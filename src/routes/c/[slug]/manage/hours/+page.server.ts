import { error, redirect } from '@sveltejs/kit';
import { exceptionSchema, openingSchema } from '$lib/server/centres/centres.schemas';
import {
	addException,
	addOpening,
	getHours,
	removeException,
	removeOpening
} from '$lib/server/centres/centres.service';
import { invalid, parseForm } from '$lib/server/forms';
import { expose, requireActor, requireCentre } from '$lib/server/http';
import { isUuid } from '$lib/server/platform/ids';
import { getPlatform } from '$lib/server/platform/runtime';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	requireActor(event, 'coordinator');
	const centre = requireCentre(event);
	return { hours: await getHours(getPlatform().db, centre), timeZone: centre.timeZone };
};

/** The id of the opening or change to remove; anything else names nothing here. */
async function idFrom(request: Request): Promise<string> {
	const id = (await request.formData()).get('id');
	if (!isUuid(id)) error(404, 'errors.notFound');
	return id;
}

export const actions: Actions = {
	addOpening: async (event) => {
		const actor = requireActor(event, 'coordinator');
		const form = parseForm(await event.request.formData(), openingSchema);
		if (!form.ok) return invalid(form.values, form.errors);
		await expose(addOpening(getPlatform().db, actor, form.data));
		redirect(303, event.url.pathname);
	},
	removeOpening: async (event) => {
		const actor = requireActor(event, 'coordinator');
		await expose(removeOpening(getPlatform().db, actor, await idFrom(event.request)));
		redirect(303, event.url.pathname);
	},
	addException: async (event) => {
		const actor = requireActor(event, 'coordinator');
		const form = parseForm(await event.request.formData(), exceptionSchema);
		if (!form.ok) return invalid(form.values, form.errors);
		const { date, kind, exceptionOpens: opens, exceptionCloses: closes, note } = form.data;
		await expose(
			addException(
				getPlatform().db,
				actor,
				kind === 'open'
					? { date, kind, opens: opens as string, closes: closes as string, note }
					: { date, kind, note }
			)
		);
		redirect(303, event.url.pathname);
	},
	removeException: async (event) => {
		const actor = requireActor(event, 'coordinator');
		await expose(removeException(getPlatform().db, actor, await idFrom(event.request)));
		redirect(303, event.url.pathname);
	}
};
