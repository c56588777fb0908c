import { redirect } from '@sveltejs/kit';
import { requireActor, requireCentre } from '$lib/server/http';
import {
	acceptMembership,
	declineMembership,
	leaveMutual,
	memberCount,
	membershipOf,
	officers
} from '$lib/server/membership/mutual';
import { getPlatform } from '$lib/server/platform/runtime';
import type { Actions, PageServerLoad } from './$types';

const ANY_ROLE = ['member', 'adviser', 'organiser', 'coordinator'] as const;

/**
 * Anyone sees how many members the mutual has; the officers' names, and the offer, are for the
 * people of the centre only, since a name on a public page could put someone at risk.
 */
export const load: PageServerLoad = async (event) => {
	const centre = requireCentre(event);
	const { db, now } = getPlatform();
	const actor = event.locals.actor;
	const search = event.url.searchParams;
	return {
		slug: centre.slug,
		count: await memberCount(db, centre.id),
		signedIn: !!event.locals.session,
		membership: actor ? await membershipOf(db, actor, now()) : null,
		officers: actor ? await officers(db, centre.id) : null,
		joined: search.has('joined'),
		left: search.has('left'),
		declined: search.has('declined')
	};
};

export const actions: Actions = {
	accept: async (event) => {
		const actor = requireActor(event, ...ANY_ROLE);
		await acceptMembership(getPlatform().db, actor, getPlatform().now());
		redirect(303, `${event.url.pathname}?joined`);
	},
	decline: async (event) => {
		const actor = requireActor(event, ...ANY_ROLE);
		await declineMembership(getPlatform().db, actor, getPlatform().now());
		redirect(303, `${event.url.pathname}?declined`);
	},
	leave: async (event) => {
		const actor = requireActor(event, ...ANY_ROLE);
		await leaveMutual(getPlatform().db, actor, getPlatform().now());
		redirect(303, `${event.url.pathname}?left`);
	}
};
