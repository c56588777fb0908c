import { listAssemblies } from '$lib/server/governance/assemblies';
import { requireActor, requireCentre } from '$lib/server/http';
import { getPlatform } from '$lib/server/platform/runtime';
import { pageNumber } from '../../assemblies/paging';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	requireActor(event, 'coordinator');
	const centre = requireCentre(event);
	const page = pageNumber(event.url);
	return {
		slug: centre.slug,
		page,
		...(await listAssemblies(getPlatform().db, centre.id, page))
	};
};
