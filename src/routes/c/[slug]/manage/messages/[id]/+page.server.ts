import { fail, redirect } from '@sveltejs/kit';
import { broadcastStatus, updateBroadcast } from '$lib/server/messages/broadcasts';
import { expose, requireActor } from '$lib/server/http';
import { RuleError } from '$lib/server/platform/errors';
import { getPlatform } from '$lib/server/platform/runtime';
import type { MessageKey } from '$lib/i18n/messages/en';
import {
	broadcastId,
	COMPOSERS,
	composeChoices,
	formValues,
	readComposeForm,
	segmentField
} from '../broadcast-form.server';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const actor = requireActor(event, ...COMPOSERS);
	const id = broadcastId(event.params.id);
	const { broadcast, channels } = await expose(broadcastStatus(getPlatform().db, actor, id));
	const sent = event.url.searchParams.get('sent');
	return {
		...(await composeChoices(event, actor)),
		broadcast,
		channels,
		values: formValues(broadcast),
		sent: sent !== null && /^\d+$/.test(sent) ? Number(sent) : null
	};
};

export const actions: Actions = {
	default: async (event) => {
		const { actor, centre, form } = await readComposeForm(event);
		const id = broadcastId(event.params.id);
		if (!form.ok)
			return fail(400, { values: form.values, errors: form.errors, params: form.params });
		try {
			await expose(updateBroadcast(getPlatform().db, actor, id, form.data));
		} catch (thrown) {
			if (!(thrown instanceof RuleError)) throw thrown;
			const field =
				thrown.code === 'broadcasts.alreadySent' ? 'form' : segmentField(form.data.segment);
			return fail(400, {
				values: form.values,
				errors: { [field]: thrown.code as MessageKey },
				params: {}
			});
		}
		redirect(303, `/c/${centre.slug}/manage/messages/${id}/preview`);
	}
};
