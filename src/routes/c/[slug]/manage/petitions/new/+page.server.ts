import { redirect } from '@sveltejs/kit';
import { formEntries, invalid } from '$lib/server/forms';
import { expose, requireActor, requireCentre } from '$lib/server/http';
import { campaignChoices, createPetition } from '$lib/server/organising/petitions';
import { parsePetitionForm } from '$lib/server/organising/petitions.schemas';
import { RuleError } from '$lib/server/platform/errors';
import { getPlatform } from '$lib/server/platform/runtime';
import { ORGANISERS } from '../ids';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const actor = requireActor(event, ...ORGANISERS);
	const centre = requireCentre(event);
	return {
		slug: centre.slug,
		locales: centre.locales,
		campaigns: await expose(campaignChoices(getPlatform().db, actor, event.locals.locale)),
		values: { locales: [centre.defaultLocale] }
	};
};

export const actions: Actions = {
	default: async (event) => {
		const actor = requireActor(event, ...ORGANISERS);
		const centre = requireCentre(event);
		const { db } = getPlatform();
		const values = formEntries(await event.request.formData());
		const campaigns = await expose(campaignChoices(db, actor, event.locals.locale));
		const form = parsePetitionForm(values, {
			centreLocales: centre.locales,
			main: centre.defaultLocale,
			campaignIds: campaigns.map((campaign) => campaign.id)
		});
		if (!form.ok) return invalid(form.values, form.errors);
		let id: string;
		try {
			id = await expose(createPetition(db, actor, form.data));
		} catch (thrown) {
			if (!(thrown instanceof RuleError)) throw thrown;
			return invalid(form.values, { campaignId: 'petitions.campaignUnknown' });
		}
		redirect(303, `/c/${centre.slug}/manage/petitions/${id}?created`);
	}
};
