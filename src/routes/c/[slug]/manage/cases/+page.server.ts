import { teamCases } from '$lib/server/casework/cases';
import { expose, requireActor, requireCentre } from '$lib/server/http';
import { getPlatform } from '$lib/server/platform/runtime';
import { pageOf, todayAt } from '../../cases/case-pages.server';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const actor = requireActor(event, 'adviser');
	const page = pageOf(event);
	const found = await expose(teamCases(getPlatform().db, actor, page));
	return { slug: requireCentre(event).slug, ...found, page, today: todayAt(event) };
};
