import { error, fail, redirect } from '@sveltejs/kit';
import type { MessageKey } from '$lib/i18n/messages/en';
import { instantToLocal } from '$lib/server/centres/opening-hours';
import { cancelSignUp, readEvent, signUp } from '$lib/server/centres/events';
import { expose, requireCentre } from '$lib/server/http';
import { RuleError } from '$lib/server/platform/errors';
import { isUuid } from '$lib/server/platform/ids';
import { getPlatform } from '$lib/server/platform/runtime';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

function eventId(id: string): string {
	if (!isUuid(id)) error(404, 'errors.notFound');
	return id;
}

export const load: PageServerLoad = async (event) => {
	const centre = requireCentre(event);
	const { db, now } = getPlatform();
	const item = await expose(
		readEvent(db, centre, event.locals.actor, eventId(event.params.id), now())
	);
	const search = event.url.searchParams;
	return {
		event: item,
		slug: centre.slug,
		week: instantToLocal(item.startsAt, centre.timeZone).date,
		signedIn: !!event.locals.session,
		belongs: !!event.locals.actor,
		signedUpNow: search.has('signedUp'),
		gaveBack: search.has('gaveBack')
	};
};

/** The person taking or giving back a place: signed in, and belonging to this centre. */
function person(event: RequestEvent) {
	// Back to the event's page after signing in, not to the form's action.
	if (!event.locals.session) {
		redirect(303, `/sign-in?next=${encodeURIComponent(event.url.pathname)}`);
	}
	const actor = event.locals.actor;
	if (!actor) error(403, 'errors.forbidden');
	return actor;
}

const REFUSALS: readonly string[] = [
	'events.noPlacesLeft',
	'events.ended',
	'events.cancelledNoSignUp',
	'events.noSignUpNeeded'
];

export const actions: Actions = {
	signUp: async (event) => {
		const actor = person(event);
		const id = eventId(event.params.id);
		try {
			await expose(signUp(getPlatform().db, actor, id, getPlatform().now()));
		} catch (thrown) {
			if (thrown instanceof RuleError && REFUSALS.includes(thrown.code)) {
				return fail(409, { problem: thrown.code as MessageKey });
			}
			throw thrown;
		}
		redirect(303, `${event.url.pathname}?signedUp`);
	},
	cancel: async (event) => {
		const actor = person(event);
		await expose(cancelSignUp(getPlatform().db, actor, eventId(event.params.id)));
		redirect(303, `${event.url.pathname}?gaveBack`);
	}
};
