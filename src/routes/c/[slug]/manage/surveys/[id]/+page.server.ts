import { fail, redirect } from '@sveltejs/kit';
import type { MessageKey } from '$lib/i18n/messages/en';
import { SMALLEST_SHOWN } from '$lib/server/governance/survey-figures';
import {
	deleteSurvey,
	gaps,
	localise,
	moveQuestion,
	removeQuestion,
	setSurveyState,
	surveyForStaff,
	updateSurvey
} from '$lib/server/governance/surveys';
import { parseSurveyForm } from '$lib/server/governance/surveys.schemas';
import { formEntries, invalid } from '$lib/server/forms';
import { expose, requireActor, requireCentre } from '$lib/server/http';
import { RuleError } from '$lib/server/platform/errors';
import { isUuid } from '$lib/server/platform/ids';
import { getPlatform } from '$lib/server/platform/runtime';
import { idFrom } from './ids';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const actor = requireActor(event, 'coordinator');
	const centre = requireCentre(event);
	const survey = await expose(surveyForStaff(getPlatform().db, actor, idFrom(event.params.id)));
	const search = event.url.searchParams;
	const removing = search.get('remove');
	const values: Record<string, string | string[]> = { locales: survey.locales };
	for (const [locale, texts] of Object.entries(survey.texts)) {
		values[`title-${locale}`] = texts.title;
		values[`introduction-${locale}`] = texts.introduction;
	}
	return {
		slug: centre.slug,
		survey: localise(survey, event.locals.locale),
		state: survey.state,
		responses: survey.responses,
		responsesShown:
			survey.responses > 0 && survey.responses < SMALLEST_SHOWN ? null : survey.responses,
		gaps: gaps(survey),
		// A draft may be written in any of the centre's languages; afterwards, in its own.
		formLocales: survey.state === 'draft' ? centre.locales : survey.locales,
		values,
		done: search.get('done'),
		confirm: search.has('close') ? 'close' : search.has('delete') ? 'delete' : null,
		removing: isUuid(removing) ? (survey.questions.find((q) => q.id === removing) ?? null) : null
	};
};

/** A rule that refused the change, shown at the top of the page. */
function refused(thrown: unknown) {
	if (thrown instanceof RuleError) return fail(409, { problem: thrown.code as MessageKey });
	throw thrown;
}

export const actions: Actions = {
	save: async (event) => {
		const actor = requireActor(event, 'coordinator');
		const centre = requireCentre(event);
		const id = idFrom(event.params.id);
		const { db } = getPlatform();
		const survey = await expose(surveyForStaff(db, actor, id));
		const values = formEntries(await event.request.formData());
		const form = parseSurveyForm(values, {
			centreLocales: centre.locales,
			main: centre.defaultLocale,
			fixedLocales: survey.state === 'draft' ? null : survey.locales
		});
		if (!form.ok) return invalid(form.values, form.errors);
		try {
			await expose(updateSurvey(db, actor, id, form.data));
		} catch (thrown) {
			return refused(thrown);
		}
		redirect(303, `${event.url.pathname}?done=saved`);
	},
	open: async (event) => {
		const actor = requireActor(event, 'coordinator');
		try {
			await expose(setSurveyState(getPlatform().db, actor, idFrom(event.params.id), 'open'));
		} catch (thrown) {
			return refused(thrown);
		}
		redirect(303, `${event.url.pathname}?done=opened`);
	},
	close: async (event) => {
		const actor = requireActor(event, 'coordinator');
		try {
			await expose(setSurveyState(getPlatform().db, actor, idFrom(event.params.id), 'closed'));
		} catch (thrown) {
			return refused(thrown);
		}
		redirect(303, `${event.url.pathname}?done=closed`);
	},
	delete: async (event) => {
		const actor = requireActor(event, 'coordinator');
		const centre = requireCentre(event);
		await expose(deleteSurvey(getPlatform().db, actor, idFrom(event.params.id)));
		redirect(303, `/c/${centre.slug}/manage/surveys?deleted`);
	},
	move: async (event) => {
		const actor = requireActor(event, 'coordinator');
		const form = await event.request.formData();
		const direction = form.get('direction') === 'up' ? 'up' : 'down';
		const question = idFrom(String(form.get('question') ?? ''));
		await expose(
			moveQuestion(getPlatform().db, actor, idFrom(event.params.id), question, direction)
		);
		redirect(303, `${event.url.pathname}#questions`);
	},
	remove: async (event) => {
		const actor = requireActor(event, 'coordinator');
		const form = await event.request.formData();
		const question = idFrom(String(form.get('question') ?? ''));
		try {
			await expose(removeQuestion(getPlatform().db, actor, idFrom(event.params.id), question));
		} catch (thrown) {
			return refused(thrown);
		}
		redirect(303, `${event.url.pathname}?done=removed#questions`);
	}
};
