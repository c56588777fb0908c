import { eventsToManage } from '$lib/server/centres/events';
import { expose, requireActor, requireCentre } from '$lib/server/http';
import { getPlatform } from '$lib/server/platform/runtime';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const actor = requireActor(event, 'coordinator');
	const centre = requireCentre(event);
	const { db, now } = getPlatform();
	return {
		events: await expose(eventsToManage(db, centre, actor, now())),
		slug: centre.slug,
		saved: event.url.searchParams.get('saved')
	};
};
