import { bookings, renewFeed, stopFeed } from '$lib/server/centres/events';
import { requireActor, requireCentre } from '$lib/server/http';
import { getPlatform } from '$lib/server/platform/runtime';
import type { Actions, PageServerLoad } from './$types';

const ANY_ROLE = ['member', 'adviser', 'organiser', 'coordinator'] as const;

export const load: PageServerLoad = async (event) => {
	const actor = requireActor(event, ...ANY_ROLE);
	const centre = requireCentre(event);
	const { db, now } = getPlatform();
	return {
		...(await bookings(db, centre, actor, now())),
		slug: centre.slug
	};
};

export const actions: Actions = {
	// The new address is shown once, in the answer to this form, and never put in a link or kept.
	renew: async (event) => {
		const actor = requireActor(event, ...ANY_ROLE);
		const centre = requireCentre(event);
		const { db, now } = getPlatform();
		const token = await renewFeed(db, actor, now());
		return { feedUrl: `${event.url.origin}/c/${centre.slug}/calendar/${token}.ics` };
	},
	stop: async (event) => {
		const actor = requireActor(event, ...ANY_ROLE);
		await stopFeed(getPlatform().db, actor);
		return { stopped: true };
	}
};
