import { fail, redirect } from '@sveltejs/kit';
import { previewBroadcast, queueBroadcast } from '$lib/server/messages/broadcasts';
import { expose, requireActor, requireCentre } from '$lib/server/http';
import { RuleError } from '$lib/server/platform/errors';
import { getPlatform } from '$lib/server/platform/runtime';
import type { MessageKey } from '$lib/i18n/messages/en';
import { broadcastId, COMPOSERS } from '../../broadcast-form.server';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const actor = requireActor(event, ...COMPOSERS);
	const centre = requireCentre(event);
	const id = broadcastId(event.params.id);
	const { db, now } = getPlatform();
	const preview = await expose(previewBroadcast(db, actor, id, now(), event.locals.locale));
	return {
		slug: centre.slug,
		preview,
		confirming: event.url.searchParams.has('confirm') && preview.receiving > 0
	};
};

export const actions: Actions = {
	send: async (event) => {
		const actor = requireActor(event, ...COMPOSERS);
		const centre = requireCentre(event);
		const id = broadcastId(event.params.id);
		const { db, now } = getPlatform();
		let queued: number;
		try {
			({ queued } = await expose(queueBroadcast(db, actor, id, now())));
		} catch (thrown) {
			if (!(thrown instanceof RuleError)) throw thrown;
			return fail(400, { problem: thrown.code as MessageKey });
		}
		redirect(303, `/c/${centre.slug}/manage/messages/${id}?sent=${queued}`);
	}
};
