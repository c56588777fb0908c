import { redirect } from '@sveltejs/kit';
import { instantToLocal } from '$lib/server/centres/opening-hours';
import { invalid } from '$lib/server/forms';
import { expose, requireActor, requireCentre } from '$lib/server/http';
import { campaignChoices, createCampaign } from '$lib/server/organising/campaigns';
import { getPlatform } from '$lib/server/platform/runtime';
import { readCampaignForm, saveOrExplain } from '../campaign-form.server';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const actor = requireActor(event, 'organiser', 'coordinator');
	const centre = requireCentre(event);
	const { db, now } = getPlatform();
	const { employers } = await expose(campaignChoices(db, actor, '', event.locals.locale));
	return {
		slug: centre.slug,
		locales: centre.locales,
		employers,
		values: {
			locales: [...centre.locales],
			startedOn: instantToLocal(now(), centre.timeZone).date
		}
	};
};

export const actions: Actions = {
	default: async (event) => {
		const actor = requireActor(event, 'organiser', 'coordinator');
		const centre = requireCentre(event);
		const form = await readCampaignForm(event, centre);
		if (!form.ok) return invalid(form.values, form.errors);
		let id = '';
		const refused = await saveOrExplain(form.values, async () => {
			id = await expose(createCampaign(getPlatform().db, actor, form.data));
		});
		if (refused) return refused;
		redirect(303, `/c/${centre.slug}/manage/campaigns/${id}?saved`);
	}
};
