import { redirect } from '@sveltejs/kit';
import { invalid } from '$lib/server/forms';
import { requireActor, requireCentre } from '$lib/server/http';
import { getPlatform } from '$lib/server/platform/runtime';
import { ownProfile, saveProfile } from '$lib/server/support/advisers';
import {
	ABOUT_MAX,
	parseProfileForm,
	PARTS_OF_DAY,
	supportLanguages
} from '$lib/server/support/advisers.schemas';
import { SUPPORT_TOPICS } from '$lib/server/support/topics';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const actor = requireActor(event, 'adviser');
	const centre = requireCentre(event);
	const profile = await ownProfile(getPlatform().db, actor);
	return {
		slug: centre.slug,
		me: actor.accountId,
		hasPhoto: profile.hasPhoto,
		languages: supportLanguages,
		topics: SUPPORT_TOPICS,
		parts: PARTS_OF_DAY,
		aboutMax: ABOUT_MAX,
		values: {
			about: profile.about,
			languages: profile.languages,
			helpsWith: profile.helpsWith,
			works: profile.works
		}
	};
};

export const actions: Actions = {
	default: async (event) => {
		const actor = requireActor(event, 'adviser');
		const centre = requireCentre(event);
		const form = await parseProfileForm(await event.request.formData());
		if (!form.ok) return invalid(form.values, form.errors);
		const { db, now } = getPlatform();
		await saveProfile(db, actor, form.data, now());
		redirect(303, `/c/${centre.slug}/manage/support?saved`);
	}
};
