import { error, redirect } from '@sveltejs/kit';
import { expose, requireActor, requireCentre } from '$lib/server/http';
import { caughtUp, myCourses } from '$lib/server/learning/courses';
import { isUuid } from '$lib/server/platform/ids';
import { getPlatform } from '$lib/server/platform/runtime';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

const actorHere = (event: RequestEvent) =>
	requireActor(event, 'member', 'adviser', 'organiser', 'coordinator');

export const load: PageServerLoad = async (event) => {
	const actor = actorHere(event);
	const centre = requireCentre(event);
	const { db, now } = getPlatform();
	return {
		slug: centre.slug,
		courses: await expose(myCourses(db, actor, now())),
		caughtUp: event.url.searchParams.has('caughtUp')
	};
};

export const actions: Actions = {
	caughtUp: async (event) => {
		const actor = actorHere(event);
		const session = (await event.request.formData()).get('session');
		if (!isUuid(session)) error(404, 'errors.notFound');
		await expose(caughtUp(getPlatform().db, actor, session));
		redirect(303, `${event.url.pathname}?caughtUp`);
	}
};
