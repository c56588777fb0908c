import { redirect } from '@sveltejs/kit';
import type { MessageKey } from '$lib/i18n/messages/en';
import { instantToLocal } from '$lib/server/centres/opening-hours';
import { formEntries, invalid } from '$lib/server/forms';
import { expose, requireActor, requireCentre } from '$lib/server/http';
import { campaignChoices, createAction } from '$lib/server/organising/actions';
import { parseActionForm } from '$lib/server/organising/actions.schemas';
import { RuleError } from '$lib/server/platform/errors';
import { getPlatform } from '$lib/server/platform/runtime';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const actor = requireActor(event, 'organiser', 'coordinator');
	const centre = requireCentre(event);
	const { db, now } = getPlatform();
	return {
		slug: centre.slug,
		locales: centre.locales,
		campaigns: await expose(campaignChoices(db, actor, event.locals.locale)),
		values: { kind: 'meeting', date: instantToLocal(now(), centre.timeZone).date }
	};
};

export const actions: Actions = {
	save: async (event) => {
		const actor = requireActor(event, 'organiser', 'coordinator');
		const centre = requireCentre(event);
		const values = formEntries(await event.request.formData());
		const form = parseActionForm(values, centre);
		if (!form.ok) return invalid(form.values, form.errors);
		const { db, now } = getPlatform();
		try {
			await expose(createAction(db, actor, form.data, now()));
		} catch (thrown) {
			if (!(thrown instanceof RuleError)) throw thrown;
			return invalid(form.values, { campaignId: thrown.code as MessageKey });
		}
		redirect(303, `/c/${centre.slug}/manage/actions?saved`);
	}
};
