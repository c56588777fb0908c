import { requireActor } from '$lib/server/http';
import { planFile } from '../../../../../plan/plan-pages.server';
import { memberId } from '../../member-id';
import type { RequestHandler } from './$types';

/** A member's plan as a file, for the adviser it is shared with (to print beside them). */
export const GET: RequestHandler = async (event) => {
	const actor = requireActor(event, 'adviser');
	return planFile(event, actor, memberId(event.params.member));
};
