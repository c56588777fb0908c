import { error, fail, redirect } from '@sveltejs/kit';
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
	const question = survey.questions.find((q) => q.id === idFrom(event.params.question));
	if (!question) error(404, 'errors.notFound');
	const values: Record<string, string> = {
		kind: question.kind,
		points: question.kind === 'scale' ? String(question.options.length) : '5'
	};
	for (const locale of new Set([...survey.locales, ...Object.keys(question.texts)])) {
		const texts = question.texts[locale];
		values[`text-${locale}`] = texts?.text ?? '';
		values[`low-${locale}`] = texts?.low ?? '';
		values[`high-${locale}`] = texts?.high ?? '';
		values[`options-${locale}`] = question.options
			.map((option) => option.labels[locale] ?? '')
			.filter(Boolean)
			.join('\n');
	}
	return {
		slug: centre.slug,
		surveyId: survey.id,
		locales: survey.locales,
		number: question.position,
		answered: survey.responses > 0,
		values
	};
};

export const actions: Actions = {
	save: async (event) => {
		const actor = requireActor(event, 'coordinator');
		const centre = requireCentre(event);
		const id = idFrom(event.params.id);
		const questionId = idFrom(event.params.question);
		const { db } = getPlatform();
		const survey = await expose(surveyForStaff(db, actor, id));
		const values = formEntries(await event.request.formData());
		const form = parseQuestionForm(values, survey.locales);
		if (!form.ok) return invalid(form.values, form.errors);
		try {
			await expose(saveQuestion(db, actor, id, questionId, form.data));
		} catch (thrown) {
			if (thrown instanceof RuleError) {
				return fail(409, { values, problem: thrown.code as MessageKey });
			}
			throw thrown;
		}
		redirect(303, `/c/${centre.slug}/manage/surveys/${id}?done=question#questions`);
	}
};
