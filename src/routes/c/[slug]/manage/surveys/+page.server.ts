import { SMALLEST_SHOWN } from '$lib/server/governance/survey-figures';
import { surveysToManage } from '$lib/server/governance/surveys';
import { expose, requireActor, requireCentre } from '$lib/server/http';
import { getPlatform } from '$lib/server/platform/runtime';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const actor = requireActor(event, 'adviser', 'organiser', 'coordinator');
	const centre = requireCentre(event);
	const surveys = await expose(surveysToManage(getPlatform().db, actor, event.locals.locale));
	return {
		// A handful of answers is shown as "fewer than 5", as the results are.
		surveys: surveys.map((survey) => ({
			...survey,
			responses: survey.responses > 0 && survey.responses < SMALLEST_SHOWN ? null : survey.responses
		})),
		coordinator: actor.roles.includes('coordinator'),
		slug: centre.slug,
		deleted: event.url.searchParams.has('deleted')
	};
};
