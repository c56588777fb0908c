import { redirect } from '@sveltejs/kit';
import { expose, requireActor, requireCentre } from '$lib/server/http';
import { petitionForStaff, setPetitionState } from '$lib/server/organising/petitions';
import { RuleError } from '$lib/server/platform/errors';
import { getPlatform } from '$lib/server/platform/runtime';
import { ORGANISERS, petitionId } from '../ids';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

export const load: PageServerLoad = async (event) => {
	const actor = requireActor(event, ...ORGANISERS);
	const centre = requireCentre(event);
	const locale = event.locals.locale;
	const petition = await expose(
		petitionForStaff(getPlatform().db, actor, petitionId(event.params.id), locale)
	);
	const shownIn = petition.locales.includes(locale) ? locale : (petition.locales[0] ?? locale);
	const { searchParams } = event.url;
	return {
		slug: centre.slug,
		petition: {
			...petition,
			title: petition.texts[shownIn]?.title ?? '',
			shownIn
		},
		confirmDelivery: searchParams.has('deliver') && petition.state !== 'delivered',
		created: searchParams.has('created'),
		moved: searchParams.get('moved')
	};
};

async function move(event: RequestEvent, to: 'open' | 'closed' | 'delivered') {
	const actor = requireActor(event, ...ORGANISERS);
	const centre = requireCentre(event);
	const id = petitionId(event.params.id);
	const { db, now } = getPlatform();
	const page = `/c/${centre.slug}/manage/petitions/${id}`;
	try {
		await expose(setPetitionState(db, actor, id, to, now()));
	} catch (thrown) {
		if (!(thrown instanceof RuleError)) throw thrown;
		// A second click, or a petition delivered in another tab: the page shows how it stands.
		redirect(303, page);
	}
	redirect(303, `${page}?moved=${to}`);
}

export const actions: Actions = {
	close: (event) => move(event, 'closed'),
	reopen: (event) => move(event, 'open'),
	deliver: (event) => move(event, 'delivered')
};
