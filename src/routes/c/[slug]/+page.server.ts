import { centreOverview, centreStatus } from '$lib/server/centres/centres.service';
import { DEMO_COORDINATOR, DEMO_PASSPHRASE } from '$lib/server/demo/demo.service';
import { requireCentre } from '$lib/server/http';
import { needsSetUp } from '$lib/server/setup/setup.service';
import { getPlatform } from '$lib/server/platform/runtime';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const centre = requireCentre(event);
	const { db } = getPlatform();
	const now = getPlatform().now();
	const { hours, services, adviserLanguages } = await centreOverview(db, centre, now);
	const { status, description } = centreStatus(centre, hours, now);
	return {
		centre,
		hours,
		open: status.open,
		description,
		services,
		adviserLanguages,
		signedIn: !!event.locals.session,
		isMember: !!event.locals.actor,
		welcome: event.url.searchParams.has('welcome'),
		demo: centre.isDemo
			? {
					coordinator: DEMO_COORDINATOR,
					passphrase: DEMO_PASSPHRASE,
					canSetUp: await needsSetUp(db)
				}
			: null
	};
};
