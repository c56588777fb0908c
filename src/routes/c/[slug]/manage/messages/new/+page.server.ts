import { fail, redirect } from '@sveltejs/kit';
import { createBroadcast } from '$lib/server/messages/broadcasts';
import { requireActor } from '$lib/server/http';
import { RuleError } from '$lib/server/platform/errors';
import { getPlatform } from '$lib/server/platform/runtime';
import type { MessageKey } from '$lib/i18n/messages/en';
import { COMPOSERS, composeChoices, readComposeForm, segmentField } from '../broadcast-form.server';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const actor = requireActor(event, ...COMPOSERS);
	return composeChoices(event, actor);
};

export const actions: Actions = {
	default: async (event) => {
		const { actor, centre, form } = await readComposeForm(event);
		if (!form.ok)
			return fail(400, { values: form.values, errors: form.errors, params: form.params });
		let id: string;
		try {
			id = await createBroadcast(getPlatform().db, actor, form.data);
		} catch (thrown) {
			if (!(thrown instanceof RuleError)) throw thrown;
			return fail(400, {
				values: form.values,
				errors: { [segmentField(form.data.segment)]: thrown.code as MessageKey },
				params: {}
			});
		}
		redirect(303, `/c/${centre.slug}/manage/messages/${id}/preview`);
	}
};
