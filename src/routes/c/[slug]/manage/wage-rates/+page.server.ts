import { redirect } from '@sveltejs/kit';
import { loadRates, saveRates } from '$lib/server/casework/minimum-wage-rates';
import { parseRatesForm } from '$lib/server/casework/minimum-wage-rates.schemas';
import { parseIsoDate } from '$lib/server/centres/centres.schemas';
import { invalid } from '$lib/server/forms';
import { expose, requireActor } from '$lib/server/http';
import { getPlatform } from '$lib/server/platform/runtime';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	requireActor(event, 'coordinator');
	const rates = await loadRates(getPlatform().db);
	return {
		rates: rates.reverse(),
		saved: parseIsoDate(event.url.searchParams.get('saved') ?? '')
	};
};

export const actions: Actions = {
	default: async (event) => {
		const actor = requireActor(event, 'coordinator');
		const form = parseRatesForm(await event.request.formData());
		if (!form.ok) return invalid(form.values, form.errors);
		await expose(saveRates(getPlatform().db, actor, form.data));
		redirect(303, `${event.url.pathname}?saved=${form.data.effectiveFrom}`);
	}
};
