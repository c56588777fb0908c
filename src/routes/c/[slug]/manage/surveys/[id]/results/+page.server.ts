import { direction } from '$lib/i18n/locales';
import { translator } from '$lib/i18n/translate';
import { figureText, questionChart, surveyResults } from '$lib/server/governance/surveys';
import { expose, requireActor, requireCentre } from '$lib/server/http';
import { getPlatform } from '$lib/server/platform/runtime';
import { idFrom } from '../ids';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const actor = requireActor(event, 'coordinator');
	const centre = requireCentre(event);
	const locale = event.locals.locale;
	const results = await expose(
		surveyResults(getPlatform().db, actor, idFrom(event.params.id), locale)
	);
	const t = translator(locale);
	return {
		slug: centre.slug,
		survey: { id: results.survey.id, title: results.survey.title, locale: results.survey.locale },
		responses: results.responses,
		routes: results.routes && {
			link: figureText(results.routes.link, t),
			paper: figureText(results.routes.paper, t)
		},
		questions: results.questions.map((question) => ({
			id: question.id,
			position: question.position,
			kind: question.kind,
			text: question.text,
			low: question.low,
			high: question.high,
			top: results.survey.questions.find((each) => each.id === question.id)?.options.length ?? 0,
			chart: questionChart(question, t, direction(locale)),
			rows:
				question.rows?.map((row) => ({
					label: row.noAnswer ? t('surveys.noAnswer') : row.label,
					noAnswer: row.noAnswer,
					count: figureText(row.figure, t),
					percent: row.percent
				})) ?? null,
			written: question.written && {
				text: figureText(question.written, t),
				listed: question.written.shown && question.written.count > 0
			}
		}))
	};
};
