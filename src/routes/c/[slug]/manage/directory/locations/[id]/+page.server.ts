import { error, redirect } from '@sveltejs/kit';
import {
	getLocation,
	organizationChoices,
	removeLocation,
	updateLocation
} from '$lib/server/directory/places';
import { locationSchema } from '$lib/server/directory/places.schemas';
import { invalid, parseForm } from '$lib/server/forms';
import { expose, requireActor } from '$lib/server/http';
import { RuleError } from '$lib/server/platform/errors';
import { isUuid } from '$lib/server/platform/ids';
import { getPlatform } from '$lib/server/platform/runtime';
import type { Actions, PageServerLoad } from './$types';

function locationId(id: string): string {
	if (!isUuid(id)) error(404, 'errors.notFound');
	return id;
}

export const load: PageServerLoad = async (event) => {
	const actor = requireActor(event, 'coordinator');
	const { db } = getPlatform();
	const found = await expose(getLocation(db, actor, locationId(event.params.id)));
	return {
		...found,
		organizations: await expose(organizationChoices(db, actor)),
		removing: event.url.searchParams.has('remove')
	};
};

export const actions: Actions = {
	save: async (event) => {
		const actor = requireActor(event, 'coordinator');
		const id = locationId(event.params.id);
		const form = parseForm(await event.request.formData(), locationSchema);
		if (!form.ok) return invalid(form.values, form.errors);
		try {
			await expose(updateLocation(getPlatform().db, actor, id, form.data));
		} catch (thrown) {
			// The organisation chosen was removed while the form was open.
			if (thrown instanceof RuleError && thrown.code === 'locations.organizationUnknown') {
				return invalid(form.values, { organizationId: 'locations.organizationUnknown' });
			}
			throw thrown;
		}
		redirect(303, `/c/${event.params.slug}/manage/directory/locations?saved=1`);
	},
	remove: async (event) => {
		const actor = requireActor(event, 'coordinator');
		await expose(removeLocation(getPlatform().db, actor, locationId(event.params.id)));
		redirect(303, `/c/${event.params.slug}/manage/directory/locations?removed=1`);
	}
};
