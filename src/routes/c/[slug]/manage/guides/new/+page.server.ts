import { redirect } from '@sveltejs/kit';
import { addDays, instantToLocal } from '$lib/server/centres/opening-hours';
import { invalid, parseForm } from '$lib/server/forms';
import { expose, requireActor, requireCentre } from '$lib/server/http';
import { createGuide, guideLocales } from '$lib/server/learning/guides';
import { newGuideSchema, topics } from '$lib/server/learning/guides.schemas';
import { RuleError } from '$lib/server/platform/errors';
import { getPlatform } from '$lib/server/platform/runtime';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	requireActor(event, 'coordinator');
	const centre = requireCentre(event);
	const today = instantToLocal(getPlatform().now(), centre.timeZone).date;
	const locales = guideLocales(centre);
	return {
		slug: centre.slug,
		topics,
		locales,
		values: {
			topic: 'work',
			locale: locales.includes(event.locals.locale) ? event.locals.locale : centre.defaultLocale,
			title: '',
			body: '',
			writtenOn: today,
			reviewBy: addDays(today, 365)
		}
	};
};

export const actions: Actions = {
	create: async (event) => {
		const actor = requireActor(event, 'coordinator');
		const centre = requireCentre(event);
		const form = parseForm(await event.request.formData(), newGuideSchema);
		if (!form.ok) return invalid(form.values, form.errors);
		let id: string;
		try {
			id = await expose(createGuide(getPlatform().db, actor, centre, form.data));
		} catch (thrown) {
			if (thrown instanceof RuleError && thrown.code === 'guides.localeInvalid') {
				return invalid(form.values, { locale: 'guides.localeInvalid' });
			}
			throw thrown;
		}
		redirect(303, `/c/${centre.slug}/manage/guides/${id}?saved`);
	}
};
