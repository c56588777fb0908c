import { expose, requireActor, requireCentre } from '$lib/server/http';
import { listPetitions } from '$lib/server/organising/petitions';
import { getPlatform } from '$lib/server/platform/runtime';
import { pageNumber } from '../../employers/labels';
import { ORGANISERS } from './ids';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const actor = requireActor(event, ...ORGANISERS);
	const centre = requireCentre(event);
	const list = await expose(
		listPetitions(getPlatform().db, actor, {
			page: pageNumber(event.url),
			locale: event.locals.locale
		})
	);
	return { slug: centre.slug, ...list };
};
