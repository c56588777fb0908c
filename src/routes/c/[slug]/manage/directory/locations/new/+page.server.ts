import { redirect } from '@sveltejs/kit';
import { createLocation, organizationChoices } from '$lib/server/directory/places';
import { DEFAULT_COUNTRY, locationSchema } from '$lib/server/directory/places.schemas';
import { invalid, parseForm } from '$lib/server/forms';
import { expose, requireActor } from '$lib/server/http';
import { RuleError } from '$lib/server/platform/errors';
import { getPlatform } from '$lib/server/platform/runtime';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const actor = requireActor(event, 'coordinator');
	return {
		organizations: await expose(organizationChoices(getPlatform().db, actor)),
		defaults: { country: DEFAULT_COUNTRY }
	};
};

export const actions: Actions = {
	default: async (event) => {
		const actor = requireActor(event, 'coordinator');
		const form = parseForm(await event.request.formData(), locationSchema);
		if (!form.ok) return invalid(form.values, form.errors);
		try {
			await expose(createLocation(getPlatform().db, actor, form.data));
		} catch (thrown) {
			// The organisation chosen was removed while the form was open.
			if (thrown instanceof RuleError && thrown.code === 'locations.organizationUnknown') {
				return invalid(form.values, { organizationId: 'locations.organizationUnknown' });
			}
			throw thrown;
		}
		redirect(303, `/c/${event.params.slug}/manage/directory/locations?saved=1`);
	}
};
