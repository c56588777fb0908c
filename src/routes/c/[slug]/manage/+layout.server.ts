import { requireActor } from '$lib/server/http';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = (event) => {
	const actor = requireActor(event, 'adviser', 'organiser', 'coordinator');
	return { roles: actor.roles };
};
