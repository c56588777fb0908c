import { error, fail, redirect } from '@sveltejs/kit';
import { answerSurvey, localise, surveyToAnswer } from '$lib/server/governance/surveys';
import { formEntries } from '$lib/server/forms';
import { expose, requireCentre } from '$lib/server/http';
import { RuleError } from '$lib/server/platform/errors';
import { isUuid } from '$lib/server/platform/ids';
import { getPlatform } from '$lib/server/platform/runtime';
import type { Actions, PageServerLoad } from './$types';

function surveyId(id: string): string {
	if (!isUuid(id)) error(404, 'errors.notFound');
	return id;
}

export const load: PageServerLoad = async (event) => {
	const centre = requireCentre(event);
	const survey = await expose(surveyToAnswer(getPlatform().db, centre, surveyId(event.params.id)));
	return { survey: localise(survey, event.locals.locale), slug: centre.slug };
};

export const actions: Actions = {
	// Whoever answers, signed in or not, is not recorded: the form is the same for everyone.
	answer: async (event) => {
		const centre = requireCentre(event);
		const id = surveyId(event.params.id);
		const values = formEntries(await event.request.formData());
		const { db, secretKey } = getPlatform();
		try {
			const result = await expose(answerSurvey(db, centre, id, values, 'link', secretKey));
			if (!result.ok) return fail(400, { values: result.values, errors: result.errors });
		} catch (thrown) {
			if (thrown instanceof RuleError && thrown.code === 'surveys.closed') {
				return fail(409, { closed: true });
			}
			throw thrown;
		}
		redirect(303, `/c/${centre.slug}/surveys/${id}/thanks`);
	}
};
