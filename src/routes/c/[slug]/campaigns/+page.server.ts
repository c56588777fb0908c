import { expose, requireActor, requireCentre } from '$lib/server/http';
import { activeCampaigns } from '$lib/server/organising/campaigns';
import { getPlatform } from '$lib/server/platform/runtime';
import { pageNumber } from '../employers/labels';
import type { PageServerLoad } from './$types';

const ANYONE = ['member', 'adviser', 'organiser', 'coordinator'] as const;

export const load: PageServerLoad = async (event) => {
	const actor = requireActor(event, ...ANYONE);
	const centre = requireCentre(event);
	const list = await expose(
		activeCampaigns(getPlatform().db, actor, {
			page: pageNumber(event.url),
			locale: event.locals.locale
		})
	);
	return { slug: centre.slug, ...list };
};
