import { adviserLanguages } from '$lib/server/identity/identity.service';
import { centreStatus, getHours } from '$lib/server/centres/centres.service';
import { listServices } from '$lib/server/directory/directory.service';
import { DEMO_COORDINATOR, DEMO_PASSPHRASE } from '$lib/server/demo/demo.service';
import { requireCentre } from '$lib/server/http';
import { inCentre } from '$lib/server/platform/database';
import { getPlatform } from '$lib/server/platform/runtime';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const centre = requireCentre(event);
	const { db } = getPlatform();
	const now = new Date();
	// One transaction for the page's reads: the centre's page is the one most often asked for.
	const { hours, services, languages } = await inCentre(db, centre.id, async (trx) => ({
		hours: await getHours(trx, centre, now),
		services: await listServices(trx, centre.id),
		languages: await adviserLanguages(trx, centre.id)
	}));
	const { status, description } = centreStatus(centre, hours, now);
	return {
		centre,
		hours,
		open: status.open,
		description,
		services,
		adviserLanguages: languages,
		signedIn: !!event.locals.session,
		isMember: !!event.locals.actor,
		welcome: event.url.searchParams.has('welcome'),
		demo: centre.isDemo ? { coordinator: DEMO_COORDINATOR, passphrase: DEMO_PASSPHRASE } : null
	};
};
