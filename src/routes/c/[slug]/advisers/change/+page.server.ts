import { redirect } from '@sveltejs/kit';
import { leaveAdviser, myAdviser } from '$lib/server/support/advisers';
import { requireActor, requireCentre } from '$lib/server/http';
import { getPlatform } from '$lib/server/platform/runtime';
import type { Actions, PageServerLoad } from './$types';

const ANY_ROLE = ['member', 'adviser', 'organiser', 'coordinator'] as const;

export const load: PageServerLoad = async (event) => {
	const actor = requireActor(event, ...ANY_ROLE);
	const centre = requireCentre(event);
	const adviser = await myAdviser(getPlatform().db, actor);
	if (!adviser) redirect(303, `/c/${centre.slug}/advisers`);
	return { slug: centre.slug, adviser };
};

export const actions: Actions = {
	default: async (event) => {
		const actor = requireActor(event, ...ANY_ROLE);
		const centre = requireCentre(event);
		const { db, now } = getPlatform();
		await leaveAdviser(db, actor, now());
		redirect(303, `/c/${centre.slug}/advisers?movedOn`);
	}
};
