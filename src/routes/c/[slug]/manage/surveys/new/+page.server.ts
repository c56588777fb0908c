import { redirect } from '@sveltejs/kit';
import { createSurvey } from '$lib/server/governance/surveys';
import { parseSurveyForm } from '$lib/server/governance/surveys.schemas';
import { formEntries, invalid } from '$lib/server/forms';
import { expose, requireActor, requireCentre } from '$lib/server/http';
import { getPlatform } from '$lib/server/platform/runtime';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	requireActor(event, 'coordinator');
	const centre = requireCentre(event);
	return {
		slug: centre.slug,
		locales: centre.locales,
		values: { locales: [...centre.locales] }
	};
};

export const actions: Actions = {
	save: async (event) => {
		const actor = requireActor(event, 'coordinator');
		const centre = requireCentre(event);
		const values = formEntries(await event.request.formData());
		const form = parseSurveyForm(values, {
			centreLocales: centre.locales,
			main: centre.defaultLocale,
			fixedLocales: null
		});
		if (!form.ok) return invalid(form.values, form.errors);
		const { db, now } = getPlatform();
		const id = await expose(createSurvey(db, actor, form.data, now()));
		redirect(303, `/c/${centre.slug}/manage/surveys/${id}?done=created`);
	}
};
