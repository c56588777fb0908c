import { isLocale } from '$lib/i18n/locales';
import { expose, requireCentre } from '$lib/server/http';
import { readGuide } from '$lib/server/learning/guides';
import { getPlatform } from '$lib/server/platform/runtime';
import type { PageServerLoad } from './$types';

// A week: a guide opened at the centre can be read again on the night bus, with no signal.
// A reload always fetches it afresh, and the dates on the page say how current it is.
const GUIDE_CACHE = 'private, max-age=604800';

export const load: PageServerLoad = async (event) => {
	const centre = requireCentre(event);
	const { db, now } = getPlatform();
	const wanted = event.url.searchParams.get('lang');
	const guide = await expose(
		readGuide(
			db,
			centre,
			event.params.guide,
			event.locals.locale,
			isLocale(wanted) ? wanted : null,
			now()
		)
	);
	// The page is the same for everyone reading this language: the browser may keep it, even for
	// someone signed in (see src/hooks.server.ts). Who reads it is never recorded.
	event.setHeaders({ 'cache-control': GUIDE_CACHE, vary: 'Cookie, Accept-Language' });
	return { slug: centre.slug, centreName: centre.name, guide };
};
