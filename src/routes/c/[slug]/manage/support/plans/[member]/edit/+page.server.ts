import { requireActor, requireCentre } from '$lib/server/http';
import { editPage, saveAction } from '../../../../../plan/plan-pages.server';
import { memberId } from '../../member-id';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const actor = requireActor(event, 'adviser');
	return editPage(event, actor, memberId(event.params.member));
};

export const actions: Actions = {
	save: async (event) => {
		const actor = requireActor(event, 'adviser');
		const member = memberId(event.params.member);
		const path = `/c/${requireCentre(event).slug}/manage/support/plans/${member}`;
		return saveAction(event, actor, member, path);
	}
};
