import { redirect } from '@sveltejs/kit';
import type { MessageKey } from '$lib/i18n/messages/en';
import { instantToLocal } from '$lib/server/centres/opening-hours';
import { invalid, parseForm } from '$lib/server/forms';
import { expose, requireActor, requireCentre } from '$lib/server/http';
import { RuleError } from '$lib/server/platform/errors';
import { getPlatform } from '$lib/server/platform/runtime';
import {
	meetingSchema,
	PARTS_OF_DAY,
	supportLanguages
} from '$lib/server/support/advisers.schemas';
import { requestMeeting } from '$lib/server/support/meetings';
import { SUPPORT_TOPICS } from '$lib/server/support/topics';
import type { Actions, PageServerLoad } from './$types';

const ANY_ROLE = ['member', 'adviser', 'organiser', 'coordinator'] as const;

const REFUSAL_FIELDS: Record<string, string> = {
	'advisers.visitPassed': 'date',
	'advisers.visitTooFar': 'date',
	'advisers.noneMatch': 'topic'
};

export const load: PageServerLoad = async (event) => {
	requireActor(event, ...ANY_ROLE);
	const centre = requireCentre(event);
	const now = getPlatform().now();
	const local = instantToLocal(now, centre.timeZone);
	const part =
		local.time >= '22:00' || local.time < '06:00'
			? 'night'
			: local.time >= '18:00'
				? 'evening'
				: 'day';
	return {
		slug: centre.slug,
		languages: supportLanguages,
		topics: SUPPORT_TOPICS,
		parts: PARTS_OF_DAY,
		again: event.url.searchParams.has('again'),
		values: { date: local.date, partOfDay: part, language: event.locals.locale }
	};
};

export const actions: Actions = {
	default: async (event) => {
		const actor = requireActor(event, ...ANY_ROLE);
		const centre = requireCentre(event);
		const form = parseForm(await event.request.formData(), meetingSchema);
		if (!form.ok) return invalid(form.values, form.errors);
		const { db, now, secretKey } = getPlatform();
		let id: string;
		try {
			id = await expose(requestMeeting(db, centre, actor, form.data, secretKey, now()));
		} catch (thrown) {
			if (thrown instanceof RuleError && thrown.code in REFUSAL_FIELDS) {
				return invalid(form.values, {
					[REFUSAL_FIELDS[thrown.code] ?? 'date']: thrown.code as MessageKey
				});
			}
			throw thrown;
		}
		redirect(303, `/c/${centre.slug}/advisers/meet/${id}`);
	}
};
