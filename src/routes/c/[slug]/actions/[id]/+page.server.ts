import { error, fail, redirect } from '@sveltejs/kit';
import type { MessageKey } from '$lib/i18n/messages/en';
import { expose, requireCentre } from '$lib/server/http';
import { readAction, signUpForAction, takeNameOff } from '$lib/server/organising/actions';
import { RuleError } from '$lib/server/platform/errors';
import { isUuid } from '$lib/server/platform/ids';
import { getPlatform } from '$lib/server/platform/runtime';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

function actionId(id: string): string {
	if (!isUuid(id)) error(404, 'errors.notFound');
	return id;
}

export const load: PageServerLoad = async (event) => {
	const centre = requireCentre(event);
	const { db, now } = getPlatform();
	const action = await expose(
		readAction(
			db,
			centre,
			event.locals.actor,
			actionId(event.params.id),
			event.locals.locale,
			now()
		)
	);
	const search = event.url.searchParams;
	return {
		slug: centre.slug,
		action,
		signedIn: !!event.locals.session,
		belongs: !!event.locals.actor,
		signedUpNow: search.has('signedUp'),
		tookOff: search.has('tookOff')
	};
};

/** The person signing up or taking their name off: signed in, and belonging to this centre. */
function person(event: RequestEvent) {
	if (!event.locals.session) {
		redirect(303, `/sign-in?next=${encodeURIComponent(event.url.pathname)}`);
	}
	const actor = event.locals.actor;
	if (!actor) error(403, 'errors.forbidden');
	return actor;
}

const REFUSALS: readonly string[] = ['actions.full', 'actions.ended', 'actions.cancelledNoSignUp'];

export const actions: Actions = {
	signUp: async (event) => {
		const actor = person(event);
		const id = actionId(event.params.id);
		const { db, now } = getPlatform();
		try {
			await expose(signUpForAction(db, actor, id, now()));
		} catch (thrown) {
			if (thrown instanceof RuleError && REFUSALS.includes(thrown.code)) {
				return fail(409, { problem: thrown.code as MessageKey });
			}
			throw thrown;
		}
		redirect(303, `${event.url.pathname}?signedUp`);
	},
	takeNameOff: async (event) => {
		const actor = person(event);
		await expose(takeNameOff(getPlatform().db, actor, actionId(event.params.id)));
		redirect(303, `${event.url.pathname}?tookOff`);
	}
};
