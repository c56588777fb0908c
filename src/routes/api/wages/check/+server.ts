import { json } from '@sveltejs/kit';
import { explanationText } from '$lib/casework/explain';
import type { WageCheckResult } from '$lib/casework/wage-types';
import { fromAcceptLanguage, locales, type Locale } from '$lib/i18n/locales';
import { translator } from '$lib/i18n/translate';
import { loadRates } from '$lib/server/casework/minimum-wage-rates';
import { checkWages } from '$lib/server/casework/wage-calculation';
import {
	DEFAULT_TIME_ZONE,
	parseWageCheckRequest,
	todayIn
} from '$lib/server/casework/wage-check.schemas';
import { getPlatform } from '$lib/server/platform/runtime';
import type { RequestHandler } from './$types';

// The endpoint reads no cookie and keeps nothing, so any site or partner's server may call it.
const OPEN_TO_ALL = {
	'access-control-allow-origin': '*',
	'access-control-allow-methods': 'POST, OPTIONS',
	'access-control-allow-headers': 'content-type, accept-language',
	'access-control-max-age': '86400'
};

// A worker's pay and date of birth pass through here: no copy may be kept on the way back.
const UNKEPT = { ...OPEN_TO_ALL, 'cache-control': 'no-store' };

function problems(errors: Record<string, string>): Response {
	return json({ errors }, { status: 400, headers: UNKEPT });
}

function answer(result: WageCheckResult, locale: Locale) {
	const t = translator(locale);
	return {
		owedPence: result.owedPence,
		owedAtTodaysRatesPence: result.owedAtTodaysRatesPence,
		periods: result.periods.map((period) => ({
			start: period.start,
			end: period.end,
			hoursWorked: Math.round((period.minutesWorked * 100) / 60) / 100,
			band: period.band,
			ratePence: period.ratePence,
			minimumDuePence: period.minimumDuePence,
			countedPayPence: period.countedPayPence,
			owedPence: period.owedPence,
			owedAtTodaysRatesPence: period.owedAtTodaysRatesPence,
			explanation: period.explanation.map((line) => explanationText(line, t, locale))
		}))
	};
}

export const OPTIONS: RequestHandler = () =>
	new Response(null, { status: 204, headers: OPEN_TO_ALL });

export const POST: RequestHandler = async ({ request }) => {
	let body: unknown;
	try {
		body = JSON.parse(await request.text());
	} catch {
		return problems({ body: 'The request body must be JSON.' });
	}
	const { db, now } = getPlatform();
	const parsed = parseWageCheckRequest(body, todayIn(now(), DEFAULT_TIME_ZONE));
	if (!parsed.ok) return problems(parsed.errors);
	const locale = fromAcceptLanguage(request.headers.get('accept-language'), locales) ?? 'en';
	const result = checkWages(parsed.input, await loadRates(db));
	return json(answer(result, locale), {
		headers: { ...UNKEPT, 'content-language': locale, vary: 'Accept-Language' }
	});
};
