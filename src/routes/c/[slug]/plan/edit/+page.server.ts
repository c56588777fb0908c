import { requireActor, requireCentre } from '$lib/server/http';
import { roles } from '$lib/server/identity/identity.service';
import { editPage, saveAction } from '../plan-pages.server';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const actor = requireActor(event, ...roles);
	return editPage(event, actor, actor.accountId);
};

export const actions: Actions = {
	save: async (event) => {
		const actor = requireActor(event, ...roles);
		return saveAction(event, actor, actor.accountId, `/c/${requireCentre(event).slug}/plan`);
	}
};
