import { courseFilter, courseKinds, esolLevels } from '$lib/server/learning/courses.schemas';
import { listCourses } from '$lib/server/learning/courses';
import { requireCentre } from '$lib/server/http';
import { getPlatform } from '$lib/server/platform/runtime';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const centre = requireCentre(event);
	const { db, now } = getPlatform();
	const filter = courseFilter(event.url.searchParams);
	return {
		slug: centre.slug,
		filter,
		kinds: courseKinds,
		levels: esolLevels,
		courses: await listCourses(db, centre.id, filter, now()),
		belongs: !!event.locals.actor
	};
};
