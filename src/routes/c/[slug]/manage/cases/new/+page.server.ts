import { redirect } from '@sveltejs/kit';
import { findMembers, memberChoice, openCase } from '$lib/server/casework/cases';
import { parseOpenCase } from '$lib/server/casework/cases.schemas';
import { employerChoices } from '$lib/server/casework/employers';
import { invalid } from '$lib/server/forms';
import { expose, requireActor, requireCentre } from '$lib/server/http';
import { isUuid } from '$lib/server/platform/ids';
import { getPlatform } from '$lib/server/platform/runtime';
import { pageOf, refused } from '../../../cases/case-pages.server';
import type { Actions, PageServerLoad } from './$types';

const SEARCH_MAX = 100;

/**
 * Opening a case is two steps, both plain pages: find the member by chosen name (a page of
 * names at a time), then fill in the case with them.
 */
export const load: PageServerLoad = async (event) => {
	const actor = requireActor(event, 'adviser');
	const slug = requireCentre(event).slug;
	const { db } = getPlatform();
	const chosen = event.url.searchParams.get('member');
	if (chosen && isUuid(chosen)) {
		const member = await expose(memberChoice(db, actor, chosen));
		const employers = await expose(employerChoices(db, actor, ''));
		return { slug, step: 'details' as const, member, employers };
	}
	const search = (event.url.searchParams.get('q') ?? '').slice(0, SEARCH_MAX);
	const page = pageOf(event);
	const found = await expose(findMembers(db, actor, search, page));
	return { slug, step: 'member' as const, search, page, ...found };
};

export const actions: Actions = {
	open: async (event) => {
		const actor = requireActor(event, 'adviser');
		const slug = requireCentre(event).slug;
		const form = parseOpenCase(await event.request.formData());
		if (!form.ok) return invalid(form.values, form.errors);
		const { db, secretKey, now } = getPlatform();
		let id: string;
		try {
			id = await expose(openCase(db, actor, form.data, secretKey, now()));
		} catch (thrown) {
			return refused(thrown, form.values, 'employerId');
		}
		redirect(303, `/c/${slug}/manage/cases/${id}?done=opened`);
	}
};
