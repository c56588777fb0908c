import { error } from '@sveltejs/kit';
import { expose, requireActor, requireCentre } from '$lib/server/http';
import { certificate, certificateLocales } from '$lib/server/learning/courses';
import { isUuid } from '$lib/server/platform/ids';
import { getPlatform } from '$lib/server/platform/runtime';
import type { PageServerLoad } from './$types';

/** A tutor prints a member's certificate for them, in the member's language and English. */
export const load: PageServerLoad = async (event) => {
	const actor = requireActor(event, 'adviser', 'coordinator');
	const centre = requireCentre(event);
	const { id, accountId } = event.params;
	if (!isUuid(id) || !isUuid(accountId)) error(404, 'errors.notFound');
	const { languages, ...shown } = await expose(certificate(getPlatform().db, actor, id, accountId));
	return {
		slug: centre.slug,
		courseId: id,
		certificate: shown,
		centreName: centre.name,
		timeZone: centre.timeZone,
		// The member's own languages come first here: the page is in the tutor's.
		locales: certificateLocales('en', [...languages, event.locals.locale])
	};
};
