import { error } from '@sveltejs/kit';
import { localise, surveyToAnswer } from '$lib/server/governance/surveys';
import { expose, requireCentre } from '$lib/server/http';
import { isUuid } from '$lib/server/platform/ids';
import { getPlatform } from '$lib/server/platform/runtime';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const centre = requireCentre(event);
	if (!isUuid(event.params.id)) error(404, 'errors.notFound');
	const survey = await expose(surveyToAnswer(getPlatform().db, centre, event.params.id));
	const { title, locale } = localise(survey, event.locals.locale);
	return { title, locale, slug: centre.slug };
};
