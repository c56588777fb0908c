import { listEmployers } from '$lib/server/casework/employers';
import { expose, requireActor, requireCentre } from '$lib/server/http';
import { getPlatform } from '$lib/server/platform/runtime';
import { pageNumber } from '../../employers/labels';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const actor = requireActor(event, 'adviser', 'organiser', 'coordinator');
	const centre = requireCentre(event);
	const query = (event.url.searchParams.get('q') ?? '').slice(0, 200);
	const register = await expose(
		listEmployers(getPlatform().db, actor, { query, page: pageNumber(event.url) })
	);
	return { slug: centre.slug, ...register };
};
