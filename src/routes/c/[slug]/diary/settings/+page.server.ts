import { redirect } from '@sveltejs/kit';
import { forgetSettings, readSettings, saveSettings } from '$lib/server/casework/diary';
import { parseSettingsValues } from '$lib/server/casework/diary.schemas';
import { formEntries, invalid } from '$lib/server/forms';
import { expose, requireActor, requireCentre } from '$lib/server/http';
import { getPlatform } from '$lib/server/platform/runtime';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const actor = requireActor(event, 'member');
	const centre = requireCentre(event);
	const settings = await expose(readSettings(getPlatform().db, actor));
	return {
		slug: centre.slug,
		saved: settings.saved,
		values: {
			dateOfBirth: settings.dateOfBirth ?? '',
			apprenticeSince: settings.apprenticeSince ?? '',
			payPeriod: settings.payPeriod,
			periodStartsOn: settings.periodStartsOn ?? ''
		},
		confirmForget: event.url.searchParams.has('forget') && settings.saved,
		done: event.url.searchParams.get('done')
	};
};

export const actions: Actions = {
	save: async (event) => {
		const actor = requireActor(event, 'member');
		const centre = requireCentre(event);
		const form = parseSettingsValues(formEntries(await event.request.formData()));
		if (!form.ok) return invalid(form.values, form.errors);
		await expose(saveSettings(getPlatform().db, actor, form.data));
		redirect(303, `/c/${centre.slug}/diary/settings?done=saved`);
	},
	forget: async (event) => {
		const actor = requireActor(event, 'member');
		const centre = requireCentre(event);
		await expose(forgetSettings(getPlatform().db, actor));
		redirect(303, `/c/${centre.slug}/diary/settings?done=forgotten`);
	}
};
