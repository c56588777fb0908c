import { fail, redirect } from '@sveltejs/kit';
import { isLocale, type Locale } from '$lib/i18n/locales';
import {
	answerSurvey,
	localise,
	surveyForStaff,
	surveyLocale,
	type Survey
} from '$lib/server/governance/surveys';
import { firstValue } from '$lib/form-types';
import { formEntries } from '$lib/server/forms';
import { expose, requireActor, requireCentre } from '$lib/server/http';
import { RuleError } from '$lib/server/platform/errors';
import { getPlatform } from '$lib/server/platform/runtime';
import { idFrom } from '../ids';
import type { Actions, PageServerLoad } from './$types';

const staff = ['adviser', 'organiser', 'coordinator'] as const;

/** The language of the paper being typed in: as asked, else the page's, if the survey has it. */
function paperLocale(survey: Survey, asked: string | null, fallback: Locale): Locale {
	return surveyLocale(survey, isLocale(asked) ? asked : fallback);
}

export const load: PageServerLoad = async (event) => {
	const actor = requireActor(event, ...staff);
	const centre = requireCentre(event);
	const survey = await expose(surveyForStaff(getPlatform().db, actor, idFrom(event.params.id)));
	const locale = paperLocale(survey, event.url.searchParams.get('lang'), event.locals.locale);
	return {
		slug: centre.slug,
		survey: localise(survey, locale),
		coordinator: actor.roles.includes('coordinator'),
		saved: event.url.searchParams.has('saved')
	};
};

export const actions: Actions = {
	save: async (event) => {
		const actor = requireActor(event, ...staff);
		const centre = requireCentre(event);
		const id = idFrom(event.params.id);
		const { db, secretKey } = getPlatform();
		const survey = await expose(surveyForStaff(db, actor, id));
		const values = formEntries(await event.request.formData());
		const locale = paperLocale(survey, firstValue(values, 'lang'), event.locals.locale);
		try {
			const result = await expose(answerSurvey(db, centre, id, values, 'paper', secretKey));
			if (!result.ok) return fail(400, { values: result.values, errors: result.errors });
		} catch (thrown) {
			if (thrown instanceof RuleError && thrown.code === 'surveys.closed') {
				return fail(409, { closed: true });
			}
			throw thrown;
		}
		redirect(303, `${event.url.pathname}?lang=${locale}&saved`);
	}
};
