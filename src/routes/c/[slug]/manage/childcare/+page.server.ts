import { staffSessions } from '$lib/server/centres/childcare';
import { requireActor, requireCentre } from '$lib/server/http';
import { getPlatform } from '$lib/server/platform/runtime';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const actor = requireActor(event, 'adviser', 'organiser', 'coordinator');
	const centre = requireCentre(event);
	const { db, now } = getPlatform();
	return {
		slug: centre.slug,
		sessions: await staffSessions(db, actor, now()),
		canPlan: actor.roles.includes('coordinator'),
		added: event.url.searchParams.has('added'),
		removed: event.url.searchParams.has('removed')
	};
};
