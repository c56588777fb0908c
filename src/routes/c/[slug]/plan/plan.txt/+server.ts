import { requireActor } from '$lib/server/http';
import { roles } from '$lib/server/identity/identity.service';
import { planFile } from '../plan-pages.server';
import type { RequestHandler } from './$types';

/** The member's plan to keep as a file. */
export const GET: RequestHandler = async (event) => {
	const actor = requireActor(event, ...roles);
	return planFile(event, actor, actor.accountId);
};
