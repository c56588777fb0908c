import { requireCentre } from '$lib/server/http';
import { getPlatform } from '$lib/server/platform/runtime';
import { displayState } from '$lib/server/support/drop-in';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const centre = requireCentre(event);
	const { db, now } = getPlatform();
	return {
		slug: centre.slug,
		checkInAddress: `${event.url.origin}/c/${centre.slug}/drop-in`,
		state: await displayState(db, centre, now())
	};
};
