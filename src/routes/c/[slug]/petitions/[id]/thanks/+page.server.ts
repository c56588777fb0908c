import { error } from '@sveltejs/kit';
import { expose, requireCentre } from '$lib/server/http';
import { petitionLocale, publicPetition } from '$lib/server/organising/petitions';
import { isUuid } from '$lib/server/platform/ids';
import { getPlatform } from '$lib/server/platform/runtime';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const centre = requireCentre(event);
	if (!isUuid(event.params.id)) error(404, 'errors.notFound');
	const petition = await expose(publicPetition(getPlatform().db, centre, event.params.id));
	const locale = petitionLocale(petition, event.url.searchParams.get('lang'), event.locals.locale);
	return {
		slug: centre.slug,
		timeZone: centre.timeZone,
		locale,
		id: petition.id,
		title: petition.texts[locale]?.title ?? '',
		count: petition.count
	};
};
