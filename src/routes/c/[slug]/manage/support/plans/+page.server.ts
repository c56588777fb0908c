import { expose, requireActor } from '$lib/server/http';
import { getPlatform } from '$lib/server/platform/runtime';
import { plansSharedWith } from '$lib/server/support/plans';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const actor = requireActor(event, 'adviser');
	const page = event.url.searchParams.get('page') ?? '1';
	return expose(
		plansSharedWith(getPlatform().db, actor, /^\d{1,6}$/.test(page) ? Number(page) : 1)
	);
};
