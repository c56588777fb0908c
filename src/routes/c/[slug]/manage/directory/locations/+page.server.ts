import { listLocations } from '$lib/server/directory/places';
import { expose, requireActor } from '$lib/server/http';
import { getPlatform } from '$lib/server/platform/runtime';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const actor = requireActor(event, 'coordinator');
	const page = Number(event.url.searchParams.get('page') ?? '1');
	return {
		list: await expose(listLocations(getPlatform().db, actor, page)),
		saved: event.url.searchParams.has('saved'),
		removed: event.url.searchParams.has('removed')
	};
};
