import { expose, requireActor, requireCentre } from '$lib/server/http';
import { listCampaigns } from '$lib/server/organising/campaigns';
import { getPlatform } from '$lib/server/platform/runtime';
import { pageNumber } from '../../employers/labels';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const actor = requireActor(event, 'organiser', 'coordinator');
	const centre = requireCentre(event);
	const list = await expose(
		listCampaigns(getPlatform().db, actor, {
			page: pageNumber(event.url),
			locale: event.locals.locale
		})
	);
	return { slug: centre.slug, ...list };
};
