import { requireActor } from '$lib/server/http';
import { versionPage } from '../../../../../../plan/plan-pages.server';
import { memberId } from '../../../member-id';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const actor = requireActor(event, 'adviser');
	const member = memberId(event.params.member);
	return {
		...(await versionPage(event, actor, member, event.params.version)),
		memberId: member
	};
};
