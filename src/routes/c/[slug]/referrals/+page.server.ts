import { listReferrals } from '$lib/server/directory/referrals';
import { expose, requireActor } from '$lib/server/http';
import { hasRole } from '$lib/server/identity/identity.service';
import { getPlatform } from '$lib/server/platform/runtime';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const actor = requireActor(event, 'member', 'adviser');
	const { db, secretKey } = getPlatform();
	const lists = await expose(listReferrals(db, actor, secretKey, event.locals.locale));
	return { ...lists, isAdviser: hasRole(actor, 'adviser') };
};
