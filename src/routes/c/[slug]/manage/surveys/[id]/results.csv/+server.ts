import { translator } from '$lib/i18n/translate';
import { resultsCsv, surveyResults } from '$lib/server/governance/surveys';
import { expose, requireActor } from '$lib/server/http';
import { getPlatform } from '$lib/server/platform/runtime';
import { idFrom } from '../ids';
import type { RequestHandler } from './$types';

/** The results as a spreadsheet: the same figures as the page, small groups hidden the same way. */
export const GET: RequestHandler = async (event) => {
	const actor = requireActor(event, 'coordinator');
	const locale = event.locals.locale;
	const id = idFrom(event.params.id);
	const results = await expose(surveyResults(getPlatform().db, actor, id, locale));
	return new Response(resultsCsv(results, translator(locale)), {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="survey-${id}.csv"`,
			'cache-control': 'no-store'
		}
	});
};
