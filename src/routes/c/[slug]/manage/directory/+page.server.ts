import { listServicesPage } from '$lib/server/directory/services';
import { requireActor, requireCentre } from '$lib/server/http';
import { getPlatform } from '$lib/server/platform/runtime';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const actor = requireActor(event, 'coordinator');
	const centre = requireCentre(event);
	const page = Number(event.url.searchParams.get('page') ?? '1');
	return {
		slug: centre.slug,
		saved: event.url.searchParams.get('saved'),
		removed: event.url.searchParams.has('removed'),
		...(await listServicesPage(getPlatform().db, actor, Number.isInteger(page) ? page : 1))
	};
};
