import { expose, requireActor, requireCentre } from '$lib/server/http';
import { listActionsForStaff } from '$lib/server/organising/actions';
import { getPlatform } from '$lib/server/platform/runtime';
import { pageNumber } from '../../employers/labels';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const actor = requireActor(event, 'organiser', 'coordinator');
	const centre = requireCentre(event);
	const { db, now } = getPlatform();
	const list = await expose(
		listActionsForStaff(
			db,
			centre,
			actor,
			{ page: pageNumber(event.url), locale: event.locals.locale },
			now()
		)
	);
	return { slug: centre.slug, ...list, saved: event.url.searchParams.has('saved') };
};
