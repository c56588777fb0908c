import { redirect } from '@sveltejs/kit';
import { requireActor, requireCentre } from '$lib/server/http';
import { acceptMembership, declineMembership, membershipOf } from '$lib/server/membership/mutual';
import { getPlatform } from '$lib/server/platform/runtime';
import type { Actions, PageServerLoad } from './$types';

const ANY_ROLE = ['member', 'adviser', 'organiser', 'coordinator'] as const;

/** The offer made on joining the centre; a member already has nothing to be offered. */
export const load: PageServerLoad = async (event) => {
	const actor = requireActor(event, ...ANY_ROLE);
	const centre = requireCentre(event);
	const { db, now } = getPlatform();
	const membership = await membershipOf(db, actor, now());
	if (membership.member) redirect(303, `/c/${centre.slug}/mutual`);
	return { slug: centre.slug };
};

export const actions: Actions = {
	accept: async (event) => {
		const actor = requireActor(event, ...ANY_ROLE);
		const centre = requireCentre(event);
		await acceptMembership(getPlatform().db, actor, getPlatform().now());
		redirect(303, `/c/${centre.slug}/mutual?joined`);
	},
	decline: async (event) => {
		const actor = requireActor(event, ...ANY_ROLE);
		const centre = requireCentre(event);
		await declineMembership(getPlatform().db, actor, getPlatform().now());
		redirect(303, `/c/${centre.slug}?welcome=1`);
	}
};
