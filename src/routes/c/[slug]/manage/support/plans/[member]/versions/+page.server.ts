import { requireActor } from '$lib/server/http';
import { historyPage } from '../../../../../plan/plan-pages.server';
import { memberId } from '../../member-id';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const actor = requireActor(event, 'adviser');
	const member = memberId(event.params.member);
	return { ...(await historyPage(event, actor, member)), memberId: member };
};
