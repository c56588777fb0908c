import { expose, requireActor, requireCentre } from '$lib/server/http';
import { petitionExport } from '$lib/server/organising/petitions';
import { getPlatform } from '$lib/server/platform/runtime';
import { ORGANISERS, petitionId } from '../../ids';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const actor = requireActor(event, ...ORGANISERS);
	const centre = requireCentre(event);
	const exported = await expose(
		petitionExport(getPlatform().db, actor, petitionId(event.params.id), event.locals.locale)
	);
	event.setHeaders({ 'cache-control': 'no-store' });
	return { slug: centre.slug, exported };
};
