import { requireActor } from '$lib/server/http';
import { planPage } from '../../../../plan/plan-pages.server';
import { memberId } from '../member-id';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const actor = requireActor(event, 'adviser');
	return planPage(event, actor, memberId(event.params.member));
};
