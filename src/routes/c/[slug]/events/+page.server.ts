import { calendarWeek } from '$lib/server/centres/events';
import { calendarQuery } from '$lib/server/centres/events.schemas';
import { requireCentre } from '$lib/server/http';
import { getPlatform } from '$lib/server/platform/runtime';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const centre = requireCentre(event);
	const query = calendarQuery.parse(Object.fromEntries(event.url.searchParams));
	const { db, now } = getPlatform();
	const week = await calendarWeek(db, centre, event.locals.actor, query, now());
	return { week, slug: centre.slug, belongs: !!event.locals.actor };
};
