import { upcomingSessions } from '$lib/server/centres/childcare';
import { requireCentre } from '$lib/server/http';
import { getPlatform } from '$lib/server/platform/runtime';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const centre = requireCentre(event);
	const { db, now } = getPlatform();
	return {
		slug: centre.slug,
		sessions: await upcomingSessions(db, centre, now()),
		canBook: !!event.locals.actor
	};
};
