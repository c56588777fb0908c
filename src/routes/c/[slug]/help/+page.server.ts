import { categoryCodes } from '$lib/server/directory/categories';
import { searchServices, spokenLanguages } from '$lib/server/directory/search';
import { searchFiltersFrom } from '$lib/server/directory/search-params';
import { requireCentre } from '$lib/server/http';
import { getPlatform } from '$lib/server/platform/runtime';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const centre = requireCentre(event);
	const { db, now } = getPlatform();
	const filters = searchFiltersFrom(event.url.searchParams);
	const [answer, languages] = await Promise.all([
		searchServices(db, centre, filters, event.locals.locale, now()),
		spokenLanguages(db, centre.id)
	]);
	const searched = [...event.url.searchParams.keys()].some((key) => key !== 'page');
	return {
		filters,
		searched,
		languages,
		slug: centre.slug,
		categories: categoryCodes,
		...('problem' in answer
			? { problem: answer.problem, results: [], total: 0, page: 1, pages: 1 }
			: { problem: null, ...answer })
	};
};
