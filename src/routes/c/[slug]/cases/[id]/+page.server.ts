import { redirect } from '@sveltejs/kit';
import { readCase, setDiaryConsent } from '$lib/server/casework/cases';
import { expose, requireActor, requireCentre } from '$lib/server/http';
import { getPlatform } from '$lib/server/platform/runtime';
import { caseIdOf, pageOf, todayAt } from '../case-pages.server';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const actor = requireActor(event, 'member', 'adviser');
	const slug = requireCentre(event).slug;
	const id = caseIdOf(event.params.id);
	const { db, secretKey } = getPlatform();
	const view = await expose(readCase(db, actor, id, secretKey, pageOf(event)));
	// The case team works on the case from its own page, with everything it can do there.
	if (!view.readerIsMember) redirect(303, `/c/${slug}/manage/cases/${id}`);
	return { slug, view, today: todayAt(event), done: event.url.searchParams.get('done') };
};

export const actions: Actions = {
	withdrawConsent: async (event) => {
		const actor = requireActor(event, 'member', 'adviser');
		const id = caseIdOf(event.params.id);
		const { db, now } = getPlatform();
		await expose(setDiaryConsent(db, actor, id, false, now()));
		redirect(303, `/c/${requireCentre(event).slug}/cases/${id}?done=consentWithdrawn`);
	}
};
