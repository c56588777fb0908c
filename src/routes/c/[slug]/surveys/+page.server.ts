import { openSurveys } from '$lib/server/governance/surveys';
import { requireCentre } from '$lib/server/http';
import { getPlatform } from '$lib/server/platform/runtime';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const centre = requireCentre(event);
	return {
		surveys: await openSurveys(getPlatform().db, centre, event.locals.locale),
		slug: centre.slug
	};
};
