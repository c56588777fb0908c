import { requireActor } from '$lib/server/http';
import { roles } from '$lib/server/identity/identity.service';
import { historyPage } from '../plan-pages.server';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const actor = requireActor(event, ...roles);
	return historyPage(event, actor, actor.accountId);
};
