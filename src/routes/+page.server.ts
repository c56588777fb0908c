import { redirect } from '@sveltejs/kit';
import { listCentres } from '$lib/server/centres/centres.service';
import { DEMO_SLUG } from '$lib/server/demo/demo.service';
import { expose } from '$lib/server/http';
import { getPlatform } from '$lib/server/platform/runtime';
import { needsSetUp, openDemo } from '$lib/server/setup/setup.service';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async () => {
	const { db, config } = getPlatform();
	const centres = await listCentres(db);
	const real = centres.filter((centre) => !centre.isDemo);
	if (real.length === 1 && centres.length === 1) redirect(303, `/c/${real[0]?.slug}`);
	// `npm run demo` opens straight into the demo centre, until a real centre is set up.
	if (config.demo && real.length === 0) redirect(303, `/c/${DEMO_SLUG}`);
	return {
		centres: centres.map((centre) => ({
			slug: centre.slug,
			name: centre.name,
			isDemo: centre.isDemo
		})),
		canSetUp: await needsSetUp(db)
	};
};

export const actions: Actions = {
	demo: async () => {
		const centre = await expose(openDemo(getPlatform().db, getPlatform().now()));
		redirect(303, `/c/${centre.slug}`);
	}
};
