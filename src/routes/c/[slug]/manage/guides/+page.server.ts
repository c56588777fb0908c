import { requireActor, requireCentre } from '$lib/server/http';
import { chooseText, guidesForManaging } from '$lib/server/learning/guides';
import { getPlatform } from '$lib/server/platform/runtime';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const actor = requireActor(event, 'coordinator');
	const centre = requireCentre(event);
	const { db, now } = getPlatform();
	const guides = await guidesForManaging(db, actor, centre, now());
	return {
		slug: centre.slug,
		saved: event.url.searchParams.has('saved'),
		removed: event.url.searchParams.has('removed'),
		guides: guides.map((guide) => {
			const shown = chooseText(guide.texts, event.locals.locale, centre.defaultLocale);
			return {
				id: guide.id,
				topic: guide.topic,
				title: shown?.title ?? guide.slug,
				titleLocale: shown?.locale ?? 'en',
				languages: guide.texts.map((text) => text.locale),
				reviewDue: guide.texts.some((text) => text.reviewDue)
			};
		})
	};
};
