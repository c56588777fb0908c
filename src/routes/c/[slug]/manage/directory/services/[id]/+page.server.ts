import { error, redirect } from '@sveltejs/kit';
import { formEntries, invalid } from '$lib/server/forms';
import { formLayout, formValuesOf } from '$lib/server/directory/service-form';
import {
	referralsOfService,
	removeService,
	saveService,
	serviceForEditing,
	serviceFormChoices
} from '$lib/server/directory/services';
import { parseServiceForm } from '$lib/server/directory/services.schemas';
import { expose, requireActor, requireCentre } from '$lib/server/http';
import { isUuid } from '$lib/server/platform/ids';
import { RuleError } from '$lib/server/platform/errors';
import { getPlatform } from '$lib/server/platform/runtime';
import type { Actions, PageServerLoad } from './$types';

function serviceId(id: string): string {
	if (!isUuid(id)) error(404, 'errors.notFound');
	return id;
}

export const load: PageServerLoad = async (event) => {
	const actor = requireActor(event, 'coordinator');
	const centre = requireCentre(event);
	const id = serviceId(event.params.id);
	const { db } = getPlatform();
	const service = await expose(serviceForEditing(db, actor, id));
	const values = formValuesOf(service);
	const confirmingRemoval = event.url.searchParams.has('remove');
	return {
		slug: centre.slug,
		id,
		name: service.name,
		choices: await serviceFormChoices(db, actor),
		values,
		confirmingRemoval,
		referrals: confirmingRemoval ? await referralsOfService(db, actor, id) : 0,
		...formLayout(centre, values, true)
	};
};

export const actions: Actions = {
	save: async (event) => {
		const actor = requireActor(event, 'coordinator');
		const centre = requireCentre(event);
		const id = serviceId(event.params.id);
		const values = formEntries(await event.request.formData());
		const form = parseServiceForm(values, formLayout(centre, values, false).otherLocales);
		if (!form.ok) return invalid(form.values, form.errors);
		try {
			await expose(saveService(getPlatform().db, actor, id, form.data));
		} catch (thrown) {
			if (thrown instanceof RuleError && thrown.code.startsWith('service.')) {
				const field = thrown.code === 'service.locationUnknown' ? 'locationId' : 'organizationId';
				return invalid(values, { [field]: thrown.code as 'service.locationUnknown' });
			}
			throw thrown;
		}
		redirect(303, `/c/${centre.slug}/manage/directory?saved=${id}`);
	},
	remove: async (event) => {
		const actor = requireActor(event, 'coordinator');
		const centre = requireCentre(event);
		const id = serviceId(event.params.id);
		try {
			await expose(removeService(getPlatform().db, actor, id));
		} catch (thrown) {
			if (thrown instanceof RuleError) redirect(303, `${event.url.pathname}?remove`);
			throw thrown;
		}
		redirect(303, `/c/${centre.slug}/manage/directory?removed`);
	}
};
