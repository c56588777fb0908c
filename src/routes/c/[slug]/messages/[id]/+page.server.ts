import { expose, requireActor, requireCentre } from '$lib/server/http';
import { openInboxMessage } from '$lib/server/messages/inbox';
import { getPlatform } from '$lib/server/platform/runtime';
import type { PageServerLoad } from './$types';

const ANYONE = ['member', 'adviser', 'organiser', 'coordinator'] as const;

export const load: PageServerLoad = async (event) => {
	const actor = requireActor(event, ...ANYONE);
	const centre = requireCentre(event);
	const { db, secretKey, now } = getPlatform();
	const message = await expose(openInboxMessage(db, actor, event.params.id, secretKey, now()));
	return { slug: centre.slug, timeZone: centre.timeZone, message };
};
