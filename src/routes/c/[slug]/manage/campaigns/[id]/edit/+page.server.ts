import { error, redirect } from '@sveltejs/kit';
import { invalid } from '$lib/server/forms';
import { expose, requireActor, requireCentre } from '$lib/server/http';
import {
	campaignChoices,
	campaignForOrganisers,
	updateCampaign
} from '$lib/server/organising/campaigns';
import { isUuid } from '$lib/server/platform/ids';
import { getPlatform } from '$lib/server/platform/runtime';
import { readCampaignForm, saveOrExplain } from '../../campaign-form.server';
import type { Actions, PageServerLoad } from './$types';

function campaignId(id: string): string {
	if (!isUuid(id)) error(404, 'errors.notFound');
	return id;
}

export const load: PageServerLoad = async (event) => {
	const actor = requireActor(event, 'organiser', 'coordinator');
	const centre = requireCentre(event);
	const { db } = getPlatform();
	const campaign = await expose(
		campaignForOrganisers(db, actor, campaignId(event.params.id), event.locals.locale)
	);
	const { employers } = await expose(campaignChoices(db, actor, '', event.locals.locale));
	const values: Record<string, string | string[]> = {
		locales: campaign.locales,
		targetKind: campaign.targetKind,
		targetName: campaign.targetName,
		employerId: campaign.employer?.id ?? '',
		startedOn: campaign.startedOn,
		state: campaign.state
	};
	for (const [locale, texts] of Object.entries(campaign.texts)) {
		values[`title-${locale}`] = texts.title;
		values[`goal-${locale}`] = texts.goal;
		values[`story-${locale}`] = texts.story;
	}
	return {
		slug: centre.slug,
		id: campaign.id,
		title: campaign.shown.title,
		locales: centre.locales,
		employers,
		values
	};
};

export const actions: Actions = {
	default: async (event) => {
		const actor = requireActor(event, 'organiser', 'coordinator');
		const centre = requireCentre(event);
		const id = campaignId(event.params.id);
		const form = await readCampaignForm(event, centre);
		if (!form.ok) return invalid(form.values, form.errors);
		const refused = await saveOrExplain(form.values, () =>
			expose(updateCampaign(getPlatform().db, actor, id, form.data))
		);
		if (refused) return refused;
		redirect(303, `/c/${centre.slug}/manage/campaigns/${id}?saved`);
	}
};
