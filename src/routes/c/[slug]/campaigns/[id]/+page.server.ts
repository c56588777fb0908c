import { error, redirect } from '@sveltejs/kit';
import type { MessageKey } from '$lib/i18n/messages/en';
import { expose, requireActor, requireCentre } from '$lib/server/http';
import {
	campaignForMember,
	leaveCampaign,
	supportCampaign
} from '$lib/server/organising/campaigns';
import { RuleError } from '$lib/server/platform/errors';
import { isUuid } from '$lib/server/platform/ids';
import { getPlatform } from '$lib/server/platform/runtime';
import type { Actions, PageServerLoad } from './$types';

const ANYONE = ['member', 'adviser', 'organiser', 'coordinator'] as const;

function campaignId(id: string): string {
	if (!isUuid(id)) error(404, 'errors.notFound');
	return id;
}

export const load: PageServerLoad = async (event) => {
	const actor = requireActor(event, ...ANYONE);
	const centre = requireCentre(event);
	const campaign = await expose(
		campaignForMember(getPlatform().db, actor, campaignId(event.params.id), event.locals.locale)
	);
	return {
		slug: centre.slug,
		campaign,
		done: event.url.searchParams.get('done') ?? ''
	};
};

export const actions: Actions = {
	support: async (event) => {
		const actor = requireActor(event, ...ANYONE);
		const centre = requireCentre(event);
		const id = campaignId(event.params.id);
		try {
			await expose(supportCampaign(getPlatform().db, actor, id));
		} catch (thrown) {
			if (!(thrown instanceof RuleError)) throw thrown;
			return { refused: thrown.code as MessageKey };
		}
		redirect(303, `/c/${centre.slug}/campaigns/${id}?done=supported`);
	},
	leave: async (event) => {
		const actor = requireActor(event, ...ANYONE);
		const centre = requireCentre(event);
		const id = campaignId(event.params.id);
		await expose(leaveCampaign(getPlatform().db, actor, id));
		redirect(303, `/c/${centre.slug}/campaigns/${id}?done=left`);
	}
};
