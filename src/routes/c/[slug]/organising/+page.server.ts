import { expose, requireActor, requireCentre } from '$lib/server/http';
import { ownOrganisingRecord } from '$lib/server/organising/one-to-ones';
import { getPlatform } from '$lib/server/platform/runtime';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const actor = requireActor(event, 'member', 'adviser', 'organiser', 'coordinator');
	const centre = requireCentre(event);
	const { db, secretKey } = getPlatform();
	const record = await expose(ownOrganisingRecord(db, actor, secretKey));
	return { slug: centre.slug, ...record };
};
