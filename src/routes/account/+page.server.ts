import { redirect } from '@sveltejs/kit';
import { SESSION_COOKIE } from '$lib/server/cookies';
import { requireSession } from '$lib/server/http';
import { centresOf, signOut, signOutEverywhere } from '$lib/server/identity/identity.service';
import { getPlatform } from '$lib/server/platform/runtime';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const session = requireSession(event);
	const centres = await centresOf(getPlatform().db, session.accountId);
	return {
		chosenName: session.chosenName,
		isSteward: session.isSteward,
		centres: centres.map((centre) => ({
			slug: centre.slug,
			name: centre.name,
			roles: centre.roles ?? []
		}))
	};
};

export const actions: Actions = {
	signOut: async ({ locals, cookies }) => {
		if (locals.session) await signOut(getPlatform().db, locals.session);
		cookies.delete(SESSION_COOKIE, { path: '/' });
		redirect(303, '/signed-out');
	},
	signOutEverywhere: async ({ locals, cookies }) => {
		if (locals.session) await signOutEverywhere(getPlatform().db, locals.session);
		cookies.delete(SESSION_COOKIE, { path: '/' });
		redirect(303, '/signed-out?everywhere=1');
	}
};
