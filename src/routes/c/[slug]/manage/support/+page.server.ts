import { redirect } from '@sveltejs/kit';
import { expose, requireActor, requireCentre } from '$lib/server/http';
import { isUuid } from '$lib/server/platform/ids';
import { getPlatform } from '$lib/server/platform/runtime';
import { adviserDesk, clearNotice, ownProfile } from '$lib/server/support/advisers';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const actor = requireActor(event, 'adviser');
	const centre = requireCentre(event);
	const { db } = getPlatform();
	const profile = await ownProfile(db, actor);
	return {
		slug: centre.slug,
		hasProfile: profile.languages.length > 0,
		...(await adviserDesk(db, actor)),
		saved: event.url.searchParams.has('saved')
	};
};

export const actions: Actions = {
	clear: async (event) => {
		const actor = requireActor(event, 'adviser');
		const centre = requireCentre(event);
		const id = (await event.request.formData()).get('notice');
		if (isUuid(id)) await expose(clearNotice(getPlatform().db, actor, id));
		redirect(303, `/c/${centre.slug}/manage/support`);
	}
};
