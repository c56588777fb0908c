import { fail, redirect } from '@sveltejs/kit';
import type { MessageKey } from '$lib/i18n/messages/en';
import { saveQuestion, surveyForStaff } from '$lib/server/governance/surveys';
import { parseQuestionForm } from '$lib/server/governance/surveys.schemas';
import { formEntries, invalid } from '$lib/server/forms';
import { expose, requireActor, requireCentre } from '$lib/server/http';
import { RuleError } from '$lib/server/platform/errors';
import { getPlatform } from '$lib/server/platform/runtime';
import { idFrom } from '../../ids';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const actor = requireActor(event, 'coordinator');
	const centre = requireCentre(event);
	const survey = await expose(surveyForStaff(getPlatform().db, actor, idFrom(event.params.id)));
	return {
		slug: centre.slug,
		surveyId: survey.id,
		locales: survey.locales,
		number: survey.questions.length + 1,
		answered: survey.responses > 0,
		values: { kind: 'single', points: '5' }
	};
};

export const actions: Actions = {
	save: async (event) => {
		const actor = requireActor(event, 'coordinator');
		const centre = requireCentre(event);
		const id = idFrom(event.params.id);
		const { db } = getPlatform();
		const survey = await expose(surveyForStaff(db, actor, id));
		const values = formEntries(await event.request.formData());
		const form = parseQuestionForm(values, survey.locales);
		if (!form.ok) return invalid(form.values, form.errors);
		try {
			await expose(saveQuestion(db, actor, id, null, form.data));
		} catch (thrown) {
			if (thrown instanceof RuleError) {
				return fail(409, { values, problem: thrown.code as MessageKey });
			}
			throw thrown;
		}
		redirect(303, `/c/${centre.slug}/manage/surveys/${id}?done=question#questions`);
	}
};
