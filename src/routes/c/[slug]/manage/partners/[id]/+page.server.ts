import { error, redirect } from '@sveltejs/kit';
import { expose, requireActor, requireCentre } from '$lib/server/http';
import { deletePartner, readPartner } from '$lib/server/organising/partners';
import { isUuid } from '$lib/server/platform/ids';
import { getPlatform } from '$lib/server/platform/runtime';
import type { Actions, PageServerLoad } from './$types';

function partnerId(id: string): string {
	if (!isUuid(id)) error(404, 'errors.notFound');
	return id;
}

export const load: PageServerLoad = async (event) => {
	const actor = requireActor(event, 'organiser', 'coordinator');
	const centre = requireCentre(event);
	const partner = await expose(
		readPartner(getPlatform().db, actor, partnerId(event.params.id), event.locals.locale)
	);
	return {
		slug: centre.slug,
		partner,
		saved: event.url.searchParams.has('saved'),
		deleting: event.url.searchParams.has('delete')
	};
};

export const actions: Actions = {
	delete: async (event) => {
		const actor = requireActor(event, 'organiser', 'coordinator');
		const centre = requireCentre(event);
		await expose(deletePartner(getPlatform().db, actor, partnerId(event.params.id)));
		redirect(303, `/c/${centre.slug}/manage/partners?deleted`);
	}
};
