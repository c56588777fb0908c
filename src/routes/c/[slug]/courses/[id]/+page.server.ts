import { error, fail, redirect } from '@sveltejs/kit';
import type { MessageKey } from '$lib/i18n/messages/en';
import { expose, requireActor, requireCentre } from '$lib/server/http';
import { courseForReader, enrol, leave } from '$lib/server/learning/courses';
import { RuleError } from '$lib/server/platform/errors';
import { isUuid } from '$lib/server/platform/ids';
import { getPlatform } from '$lib/server/platform/runtime';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

function courseId(id: string): string {
	if (!isUuid(id)) error(404, 'errors.notFound');
	return id;
}

const actorHere = (event: RequestEvent) =>
	requireActor(event, 'member', 'adviser', 'organiser', 'coordinator');

export const load: PageServerLoad = async (event) => {
	const centre = requireCentre(event);
	const { db, now } = getPlatform();
	const actor = event.locals.actor;
	const page = await expose(
		courseForReader(db, centre.id, courseId(event.params.id), actor?.accountId ?? null, now())
	);
	const done = event.url.searchParams.get('done');
	return {
		...page,
		slug: centre.slug,
		signedIn: !!event.locals.session,
		belongs: !!actor,
		done: done === 'enrolled' || done === 'waiting' || done === 'left' ? done : null
	};
};

/** A rule the request broke, as a message on the page; nothing was changed. */
function refused(thrown: unknown) {
	if (thrown instanceof RuleError && thrown.code.startsWith('courses.')) {
		return fail(400, { problem: thrown.code as MessageKey });
	}
	throw thrown;
}

export const actions: Actions = {
	enrol: async (event) => {
		const actor = actorHere(event);
		const id = courseId(event.params.id);
		let place;
		try {
			place = await expose(enrol(getPlatform().db, actor, id, getPlatform().now()));
		} catch (thrown) {
			return refused(thrown);
		}
		redirect(303, `${event.url.pathname}?done=${place.status}`);
	},
	leave: async (event) => {
		const actor = actorHere(event);
		try {
			await expose(leave(getPlatform().db, actor, courseId(event.params.id)));
		} catch (thrown) {
			return refused(thrown);
		}
		redirect(303, `${event.url.pathname}?done=left`);
	}
};
