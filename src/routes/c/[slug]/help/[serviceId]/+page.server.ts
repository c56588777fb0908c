import { error } from '@sveltejs/kit';
import { instantToLocal } from '$lib/server/centres/opening-hours';
import { serviceForReader } from '$lib/server/directory/directory.service';
import { expose, requireCentre } from '$lib/server/http';
import { isUuid } from '$lib/server/platform/ids';
import { getPlatform } from '$lib/server/platform/runtime';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const centre = requireCentre(event);
	if (!isUuid(event.params.serviceId)) error(404, 'errors.notFound');
	const { db, now } = getPlatform();
	const at = now();
	const page = await expose(
		serviceForReader(db, centre, event.params.serviceId, event.locals.locale, at)
	);
	const roles = event.locals.actor?.roles ?? [];
	return {
		...page,
		slug: centre.slug,
		today: instantToLocal(at, centre.timeZone).date,
		centreLocale: centre.defaultLocale,
		canRefer: roles.includes('adviser'),
		canReferSelf: roles.length > 0
	};
};
