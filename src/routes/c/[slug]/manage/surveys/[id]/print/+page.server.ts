import { isLocale } from '$lib/i18n/locales';
import { localise, surveyForStaff, surveyLocale } from '$lib/server/governance/surveys';
import { expose, requireActor, requireCentre } from '$lib/server/http';
import { getPlatform } from '$lib/server/platform/runtime';
import { idFrom } from '../ids';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const actor = requireActor(event, 'adviser', 'organiser', 'coordinator');
	const centre = requireCentre(event);
	const survey = await expose(surveyForStaff(getPlatform().db, actor, idFrom(event.params.id)));
	const asked = event.url.searchParams.get('lang');
	const locale = surveyLocale(survey, isLocale(asked) ? asked : event.locals.locale);
	return {
		slug: centre.slug,
		centreName: centre.name,
		survey: localise(survey, locale),
		coordinator: actor.roles.includes('coordinator')
	};
};
