import { error } from '@sveltejs/kit';
import { expose, requireActor, requireCentre } from '$lib/server/http';
import { certificate, certificateLocales } from '$lib/server/learning/courses';
import { isUuid } from '$lib/server/platform/ids';
import { getPlatform } from '$lib/server/platform/runtime';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const actor = requireActor(event, 'member', 'adviser', 'organiser', 'coordinator');
	const centre = requireCentre(event);
	if (!isUuid(event.params.id)) error(404, 'errors.notFound');
	const { languages, ...shown } = await expose(
		certificate(getPlatform().db, actor, event.params.id)
	);
	return {
		slug: centre.slug,
		courseId: event.params.id,
		certificate: shown,
		centreName: centre.name,
		timeZone: centre.timeZone,
		locales: certificateLocales(event.locals.locale, languages)
	};
};
