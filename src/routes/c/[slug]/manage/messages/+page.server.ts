import { listBroadcasts } from '$lib/server/messages/broadcasts';
import { expose, requireActor, requireCentre } from '$lib/server/http';
import { getPlatform } from '$lib/server/platform/runtime';
import { pageNumber } from '../../employers/labels';
import { COMPOSERS } from './broadcast-form.server';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const actor = requireActor(event, ...COMPOSERS);
	const centre = requireCentre(event);
	const list = await expose(
		listBroadcasts(getPlatform().db, actor, { page: pageNumber(event.url) })
	);
	return { slug: centre.slug, ...list };
};
