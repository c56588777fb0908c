import { error, fail, redirect } from '@sveltejs/kit';
import {
	getOrganization,
	removeOrganization,
	updateOrganization
} from '$lib/server/directory/places';
import { organizationSchema } from '$lib/server/directory/places.schemas';
import { invalid, parseForm } from '$lib/server/forms';
import { expose, requireActor } from '$lib/server/http';
import { RuleError } from '$lib/server/platform/errors';
import { isUuid } from '$lib/server/platform/ids';
import { getPlatform } from '$lib/server/platform/runtime';
import type { Actions, PageServerLoad } from './$types';

function organizationId(id: string): string {
	if (!isUuid(id)) error(404, 'errors.notFound');
	return id;
}

export const load: PageServerLoad = async (event) => {
	const actor = requireActor(event, 'coordinator');
	const found = await expose(
		getOrganization(getPlatform().db, actor, organizationId(event.params.id))
	);
	return { ...found, removing: event.url.searchParams.has('remove') };
};

export const actions: Actions = {
	save: async (event) => {
		const actor = requireActor(event, 'coordinator');
		const id = organizationId(event.params.id);
		const form = parseForm(await event.request.formData(), organizationSchema);
		if (!form.ok) return invalid(form.values, form.errors);
		await expose(updateOrganization(getPlatform().db, actor, id, form.data));
		redirect(303, `/c/${event.params.slug}/manage/directory/organizations?saved=1`);
	},
	remove: async (event) => {
		const actor = requireActor(event, 'coordinator');
		const id = organizationId(event.params.id);
		try {
			await expose(removeOrganization(getPlatform().db, actor, id));
		} catch (thrown) {
			if (thrown instanceof RuleError && thrown.code === 'organizations.ownNotRemovable') {
				return fail(409, { refused: true });
			}
			throw thrown;
		}
		redirect(303, `/c/${event.params.slug}/manage/directory/organizations?removed=1`);
	}
};
