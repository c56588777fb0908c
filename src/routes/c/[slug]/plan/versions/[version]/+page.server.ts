import { requireActor } from '$lib/server/http';
import { roles } from '$lib/server/identity/identity.service';
import { versionPage } from '../../plan-pages.server';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const actor = requireActor(event, ...roles);
	return versionPage(event, actor, actor.accountId, event.params.version);
};
