import { redirect } from '@sveltejs/kit';
import { markPrinted, printList } from '$lib/server/messages/broadcasts';
import { expose, requireActor, requireCentre } from '$lib/server/http';
import { getPlatform } from '$lib/server/platform/runtime';
import { broadcastId, COMPOSERS } from '../../broadcast-form.server';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const actor = requireActor(event, ...COMPOSERS);
	const centre = requireCentre(event);
	const id = broadcastId(event.params.id);
	const list = await expose(printList(getPlatform().db, actor, id));
	const marked = event.url.searchParams.get('marked');
	return {
		slug: centre.slug,
		centreName: centre.name,
		...list,
		confirming: event.url.searchParams.has('confirm') && list.entries.length > 0,
		marked: marked !== null && /^\d+$/.test(marked) ? Number(marked) : null
	};
};

export const actions: Actions = {
	printed: async (event) => {
		const actor = requireActor(event, ...COMPOSERS);
		const centre = requireCentre(event);
		const id = broadcastId(event.params.id);
		const { db, now } = getPlatform();
		const marked = await expose(markPrinted(db, actor, id, now()));
		redirect(303, `/c/${centre.slug}/manage/messages/${id}/print?marked=${marked}`);
	}
};
