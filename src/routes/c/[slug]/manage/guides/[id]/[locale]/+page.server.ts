import { error, redirect } from '@sveltejs/kit';
import { isLocale } from '$lib/i18n/locales';
import { addDays, instantToLocal } from '$lib/server/centres/opening-hours';
import { invalid, parseForm } from '$lib/server/forms';
import { expose, requireActor, requireCentre } from '$lib/server/http';
import {
	guideForEditing,
	guideLocales,
	removeGuideText,
	saveGuideText
} from '$lib/server/learning/guides';
import { guideTextSchema } from '$lib/server/learning/guides.schemas';
import { parseGuide } from '$lib/server/learning/guide-markdown';
import type { Centre } from '$lib/server/centres/centres.service';
import { RuleError } from '$lib/server/platform/errors';
import { isUuid } from '$lib/server/platform/ids';
import { getPlatform } from '$lib/server/platform/runtime';
import type { Actions, PageServerLoad } from './$types';

function place(centre: Centre, params: { id: string; locale: string }) {
	const { id, locale } = params;
	if (!isUuid(id) || !isLocale(locale) || !guideLocales(centre).includes(locale)) {
		error(404, 'errors.notFound');
	}
	return { id, locale };
}

export const load: PageServerLoad = async (event) => {
	const actor = requireActor(event, 'coordinator');
	const centre = requireCentre(event);
	const { id, locale } = place(centre, event.params);
	const { db, now } = getPlatform();
	const guide = await expose(guideForEditing(db, actor, id, locale));
	const today = instantToLocal(now(), centre.timeZone).date;
	// A new translation starts from the English guide when there is one (or the first there is).
	const others = guide.titles.filter((text) => text.locale !== locale);
	const source = others.find((text) => text.locale === 'en') ?? others[0];
	const sourceText = guide.text
		? null
		: source
			? await expose(guideForEditing(db, actor, id, source.locale))
			: null;
	const values = guide.text
		? {
				title: guide.text.title,
				body: guide.text.body,
				writtenOn: guide.text.writtenOn,
				reviewBy: guide.text.reviewBy,
				translatedFrom: guide.text.translatedFrom ?? ''
			}
		: {
				title: '',
				body: '',
				writtenOn: today,
				reviewBy: addDays(today, 365),
				translatedFrom: source?.locale ?? ''
			};
	const shown = guide.titles.find((text) => text.locale === 'en') ?? guide.titles[0];
	return {
		slug: centre.slug,
		id,
		locale,
		exists: guide.text !== null,
		title: guide.text?.title ?? shown?.title ?? guide.slug,
		canRemove: guide.text !== null && guide.titles.length > 1,
		confirmingRemoval: event.url.searchParams.has('remove'),
		sources: others.map((text) => text.locale),
		source:
			sourceText?.text && source
				? {
						locale: source.locale,
						title: sourceText.text.title,
						blocks: parseGuide(sourceText.text.body)
					}
				: null,
		values
	};
};

export const actions: Actions = {
	save: async (event) => {
		const actor = requireActor(event, 'coordinator');
		const centre = requireCentre(event);
		const { id, locale } = place(centre, event.params);
		const form = parseForm(await event.request.formData(), guideTextSchema(locale));
		if (!form.ok) return invalid(form.values, form.errors);
		try {
			await expose(saveGuideText(getPlatform().db, actor, centre, id, locale, form.data));
		} catch (thrown) {
			if (thrown instanceof RuleError && thrown.code === 'guides.translatedFromMissing') {
				return invalid(form.values, { translatedFrom: 'guides.translatedFromMissing' });
			}
			throw thrown;
		}
		redirect(303, `/c/${centre.slug}/manage/guides/${id}?saved`);
	},
	remove: async (event) => {
		const actor = requireActor(event, 'coordinator');
		const centre = requireCentre(event);
		const { id, locale } = place(centre, event.params);
		try {
			await expose(removeGuideText(getPlatform().db, actor, id, locale));
		} catch (thrown) {
			// Only the last language is refused, and the page then offers no removal.
			if (thrown instanceof RuleError) redirect(303, event.url.pathname);
			throw thrown;
		}
		redirect(303, `/c/${centre.slug}/manage/guides/${id}?textRemoved`);
	}
};
