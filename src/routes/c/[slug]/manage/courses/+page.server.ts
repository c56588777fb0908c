import { expose, requireActor, requireCentre } from '$lib/server/http';
import { hasRole } from '$lib/server/identity/identity.service';
import { listCoursesForStaff } from '$lib/server/learning/courses';
import { getPlatform } from '$lib/server/platform/runtime';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const actor = requireActor(event, 'adviser', 'coordinator');
	const centre = requireCentre(event);
	const { db, now } = getPlatform();
	return {
		slug: centre.slug,
		courses: await expose(listCoursesForStaff(db, actor, now())),
		canPlan: hasRole(actor, 'coordinator')
	};
};
