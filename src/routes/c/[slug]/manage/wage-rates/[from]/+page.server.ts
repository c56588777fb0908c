import { error, redirect } from '@sveltejs/kit';
import { penceAsPoundsText } from '$lib/casework/money';
import { ratesFrom, saveRates } from '$lib/server/casework/minimum-wage-rates';
import { parseRatesForm } from '$lib/server/casework/minimum-wage-rates.schemas';
import { parseIsoDate } from '$lib/server/centres/centres.schemas';
import { invalid } from '$lib/server/forms';
import { expose, requireActor } from '$lib/server/http';
import { getPlatform } from '$lib/server/platform/runtime';
import type { Actions, PageServerLoad } from './$types';

function dateFrom(param: string): string {
	const date = parseIsoDate(param);
	if (!date) error(404, 'errors.notFound');
	return date;
}

export const load: PageServerLoad = async (event) => {
	requireActor(event, 'coordinator');
	const rates = await ratesFrom(getPlatform().db, dateFrom(event.params.from));
	if (!rates) error(404, 'errors.notFound');
	const pounds = (pence: number | null) => (pence === null ? '' : penceAsPoundsText(pence));
	return {
		effectiveFrom: rates.effectiveFrom,
		current: {
			livingWageAge: String(rates.livingWageAge),
			livingWage: pounds(rates.livingWagePence),
			youngAdult: pounds(rates.youngAdultPence),
			eighteenToTwenty: pounds(rates.age18To20Pence),
			sixteenToSeventeen: pounds(rates.age16To17Pence),
			apprentice: pounds(rates.apprenticePence),
			accommodationOffset: pounds(rates.accommodationOffsetPence)
		}
	};
};

export const actions: Actions = {
	default: async (event) => {
		const actor = requireActor(event, 'coordinator');
		const effectiveFrom = dateFrom(event.params.from);
		const submitted = await event.request.formData();
		// The day is this page's: a correction changes the rates, never the day they began.
		submitted.set('effectiveFrom', effectiveFrom);
		const form = parseRatesForm(submitted);
		if (!form.ok) return invalid(form.values, form.errors);
		if (!(await ratesFrom(getPlatform().db, effectiveFrom))) error(404, 'errors.notFound');
		await expose(saveRates(getPlatform().db, actor, form.data));
		redirect(303, `/c/${event.params.slug}/manage/wage-rates?saved=${effectiveFrom}`);
	}
};
