import { redirect } from '@sveltejs/kit';
import { formLayout } from '$lib/server/directory/service-form';
import { saveService, serviceFormChoices } from '$lib/server/directory/services';
import { parseServiceForm } from '$lib/server/directory/services.schemas';
import { expose, requireActor, requireCentre } from '$lib/server/http';
import { formEntries, invalid } from '$lib/server/forms';
import { RuleError } from '$lib/server/platform/errors';
import { getPlatform } from '$lib/server/platform/runtime';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const actor = requireActor(event, 'coordinator');
	const centre = requireCentre(event);
	const choices = await serviceFormChoices(getPlatform().db, actor);
	const own = choices.organizations.find((organization) => organization.isOwn);
	const values = { organizationId: own?.id ?? '' };
	return { slug: centre.slug, choices, values, ...formLayout(centre, values, true) };
};

export const actions: Actions = {
	save: async (event) => {
		const actor = requireActor(event, 'coordinator');
		const centre = requireCentre(event);
		const values = formEntries(await event.request.formData());
		const form = parseServiceForm(values, formLayout(centre, values, false).otherLocales);
		if (!form.ok) return invalid(form.values, form.errors);
		let id: string;
		try {
			id = await expose(saveService(getPlatform().db, actor, null, form.data));
		} catch (thrown) {
			if (thrown instanceof RuleError && thrown.code.startsWith('service.')) {
				const field = thrown.code === 'service.locationUnknown' ? 'locationId' : 'organizationId';
				return invalid(values, { [field]: thrown.code as 'service.locationUnknown' });
			}
			throw thrown;
		}
		redirect(303, `/c/${centre.slug}/manage/directory?saved=${id}`);
	}
};
