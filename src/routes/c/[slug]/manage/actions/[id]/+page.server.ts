import { error, redirect } from '@sveltejs/kit';
import type { MessageKey } from '$lib/i18n/messages/en';
import { formEntries, invalid } from '$lib/server/forms';
import { expose, requireActor, requireCentre } from '$lib/server/http';
import {
	actionForEditing,
	campaignChoices,
	cancelAction,
	updateAction
} from '$lib/server/organising/actions';
import { actionFormValues, parseActionForm } from '$lib/server/organising/actions.schemas';
import { RuleError } from '$lib/server/platform/errors';
import { isUuid } from '$lib/server/platform/ids';
import { getPlatform } from '$lib/server/platform/runtime';
import type { Actions, PageServerLoad } from './$types';

function actionId(id: string): string {
	if (!isUuid(id)) error(404, 'errors.notFound');
	return id;
}

export const load: PageServerLoad = async (event) => {
	const actor = requireActor(event, 'organiser', 'coordinator');
	const centre = requireCentre(event);
	const { db } = getPlatform();
	const locale = event.locals.locale;
	const editing = await expose(actionForEditing(db, actor, actionId(event.params.id), locale));
	const search = event.url.searchParams;
	return {
		slug: centre.slug,
		locales: centre.locales,
		campaigns: await expose(campaignChoices(db, actor, locale)),
		action: {
			id: editing.id,
			title: editing.title,
			signedUp: editing.signedUp,
			cancelled: editing.cancelled
		},
		values: actionFormValues(editing.input, centre.timeZone),
		confirmCancel: search.has('cancel') && !editing.cancelled,
		cancelledNow: search.has('cancelled')
	};
};

const FIELD_OF: Record<string, string> = {
	'actions.capacityBelowSignedUp': 'capacity',
	'actions.campaignUnknown': 'campaignId'
};

export const actions: Actions = {
	save: async (event) => {
		const actor = requireActor(event, 'organiser', 'coordinator');
		const centre = requireCentre(event);
		const id = actionId(event.params.id);
		const values = formEntries(await event.request.formData());
		const form = parseActionForm(values, centre);
		if (!form.ok) return invalid(form.values, form.errors);
		try {
			const { db, now } = getPlatform();
			await expose(updateAction(db, actor, id, form.data, now()));
		} catch (thrown) {
			if (!(thrown instanceof RuleError) || !FIELD_OF[thrown.code]) throw thrown;
			return invalid(form.values, { [FIELD_OF[thrown.code] as string]: thrown.code as MessageKey });
		}
		redirect(303, `/c/${centre.slug}/manage/actions?saved`);
	},
	cancel: async (event) => {
		const actor = requireActor(event, 'organiser', 'coordinator');
		await expose(cancelAction(getPlatform().db, actor, actionId(event.params.id)));
		redirect(303, `${event.url.pathname}?cancelled`);
	}
};
