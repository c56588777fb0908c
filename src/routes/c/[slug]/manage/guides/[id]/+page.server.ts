import { error, redirect } from '@sveltejs/kit';
import { expose, requireActor, requireCentre } from '$lib/server/http';
import {
	guideForEditing,
	guideLocales,
	guidesForManaging,
	removeGuide
} from '$lib/server/learning/guides';
import { isUuid } from '$lib/server/platform/ids';
import { getPlatform } from '$lib/server/platform/runtime';
import type { Actions, PageServerLoad } from './$types';

function guideId(id: string): string {
	if (!isUuid(id)) error(404, 'errors.notFound');
	return id;
}

export const load: PageServerLoad = async (event) => {
	const actor = requireActor(event, 'coordinator');
	const centre = requireCentre(event);
	const id = guideId(event.params.id);
	const { db, now } = getPlatform();
	const guide = await expose(guideForEditing(db, actor, id, null));
	const managed = (await guidesForManaging(db, actor, centre, now())).find(
		(each) => each.id === id
	);
	const texts = managed?.texts ?? [];
	const shown =
		guide.titles.find((text) => text.locale === event.locals.locale) ??
		guide.titles.find((text) => text.locale === 'en') ??
		guide.titles[0];
	return {
		slug: centre.slug,
		id,
		guideSlug: guide.slug,
		title: shown?.title ?? guide.slug,
		titleLocale: shown?.locale ?? 'en',
		saved: event.url.searchParams.has('saved'),
		textRemoved: event.url.searchParams.has('textRemoved'),
		confirmingRemoval: event.url.searchParams.has('remove'),
		languages: guideLocales(centre).map((locale) => ({
			locale,
			text: texts.find((text) => text.locale === locale) ?? null
		}))
	};
};

export const actions: Actions = {
	remove: async (event) => {
		const actor = requireActor(event, 'coordinator');
		const centre = requireCentre(event);
		await expose(removeGuide(getPlatform().db, actor, guideId(event.params.id)));
		redirect(303, `/c/${centre.slug}/manage/guides?removed`);
	}
};
