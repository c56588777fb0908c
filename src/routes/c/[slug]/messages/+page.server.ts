import { expose, requireActor, requireCentre } from '$lib/server/http';
import { listInbox } from '$lib/server/messages/inbox';
import { getPlatform } from '$lib/server/platform/runtime';
import { pageNumber } from '../employers/labels';
import type { PageServerLoad } from './$types';

const ANYONE = ['member', 'adviser', 'organiser', 'coordinator'] as const;

export const load: PageServerLoad = async (event) => {
	const actor = requireActor(event, ...ANYONE);
	const centre = requireCentre(event);
	const { db, secretKey } = getPlatform();
	const inbox = await expose(listInbox(db, actor, pageNumber(event.url), secretKey));
	return { slug: centre.slug, timeZone: centre.timeZone, ...inbox };
};
