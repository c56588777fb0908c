import { localise, surveyForStaff, writtenAnswers } from '$lib/server/governance/surveys';
import { expose, requireActor, requireCentre } from '$lib/server/http';
import { getPlatform } from '$lib/server/platform/runtime';
import { idFrom } from '../../ids';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const actor = requireActor(event, 'coordinator');
	const centre = requireCentre(event);
	const { db, secretKey } = getPlatform();
	const id = idFrom(event.params.id);
	const questionId = idFrom(event.params.question);
	const survey = localise(await expose(surveyForStaff(db, actor, id)), event.locals.locale);
	const asked = Number(event.url.searchParams.get('page'));
	const page = Number.isInteger(asked) && asked > 0 ? asked : 1;
	const written = await expose(writtenAnswers(db, actor, id, questionId, page, secretKey));
	const question = survey.questions.find((each) => each.id === questionId);
	return {
		slug: centre.slug,
		surveyId: id,
		question: { position: question?.position ?? 0, text: question?.text ?? '' },
		written
	};
};
