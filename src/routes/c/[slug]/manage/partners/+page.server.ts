import { expose, requireActor, requireCentre } from '$lib/server/http';
import { listPartners } from '$lib/server/organising/partners';
import { getPlatform } from '$lib/server/platform/runtime';
import { pageNumber } from '../../employers/labels';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const actor = requireActor(event, 'organiser', 'coordinator');
	const centre = requireCentre(event);
	const list = await expose(listPartners(getPlatform().db, actor, pageNumber(event.url)));
	return { slug: centre.slug, ...list, deleted: event.url.searchParams.has('deleted') };
};
