import { expose, requireActor, requireCentre } from '$lib/server/http';
import { listCentrePeople } from '$lib/server/organising/one-to-ones';
import { QUERY_MAX } from '$lib/server/organising/one-to-ones.schemas';
import { getPlatform } from '$lib/server/platform/runtime';
import { pageNumber } from '../../employers/labels';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const actor = requireActor(event, 'organiser', 'coordinator');
	const centre = requireCentre(event);
	const query = (event.url.searchParams.get('q') ?? '').slice(0, QUERY_MAX);
	const people = await expose(
		listCentrePeople(getPlatform().db, actor, { query, page: pageNumber(event.url) })
	);
	return { slug: centre.slug, ...people };
};
