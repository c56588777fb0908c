import { requireCentre } from '$lib/server/http';
import { upcomingActions } from '$lib/server/organising/actions';
import { getPlatform } from '$lib/server/platform/runtime';
import { pageNumber } from '../employers/labels';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const centre = requireCentre(event);
	const { db, now } = getPlatform();
	const list = await upcomingActions(
		db,
		centre,
		event.locals.actor,
		{ page: pageNumber(event.url), locale: event.locals.locale },
		now()
	);
	return { slug: centre.slug, ...list };
};
