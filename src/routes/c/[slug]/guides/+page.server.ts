import { requireCentre } from '$lib/server/http';
import { listGuides } from '$lib/server/learning/guides';
import { getPlatform } from '$lib/server/platform/runtime';
import type { PageServerLoad } from './$types';

/** A day: the list changes when a guide is added, and a reload always fetches it afresh. */
const LIST_CACHE = 'private, max-age=86400';

export const load: PageServerLoad = async (event) => {
	const centre = requireCentre(event);
	const sections = await listGuides(getPlatform().db, centre, event.locals.locale);
	// The same for everyone reading in a language: the browser may keep it, even for someone
	// signed in (see src/hooks.server.ts). Nothing here depends on who is reading.
	event.setHeaders({ 'cache-control': LIST_CACHE, vary: 'Cookie, Accept-Language' });
	return { slug: centre.slug, sections };
};
