import { redirect } from '@sveltejs/kit';
import { createSession } from '$lib/server/centres/childcare';
import { parseSessionForm } from '$lib/server/centres/childcare.schemas';
import { instantToLocal } from '$lib/server/centres/opening-hours';
import { formEntries, invalid } from '$lib/server/forms';
import { expose, requireActor, requireCentre } from '$lib/server/http';
import { RuleError } from '$lib/server/platform/errors';
import { getPlatform } from '$lib/server/platform/runtime';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	requireActor(event, 'coordinator');
	const centre = requireCentre(event);
	return {
		slug: centre.slug,
		today: instantToLocal(getPlatform().now(), centre.timeZone).date,
		timeZone: centre.timeZone
	};
};

export const actions: Actions = {
	default: async (event) => {
		const actor = requireActor(event, 'coordinator');
		const centre = requireCentre(event);
		const form = parseSessionForm(formEntries(await event.request.formData()));
		if (!form.ok) return invalid(form.values, form.errors);
		const { db, now } = getPlatform();
		try {
			await expose(createSession(db, actor, centre, form.data, now()));
		} catch (thrown) {
			if (thrown instanceof RuleError && thrown.code === 'childcare.sessionInPast') {
				return invalid(form.values, { date: 'childcare.sessionInPast' });
			}
			if (thrown instanceof RuleError && thrown.code === 'childcare.endsInvalid') {
				return invalid(form.values, { ends: 'childcare.endsInvalid' });
			}
			throw thrown;
		}
		redirect(303, `/c/${centre.slug}/manage/childcare?added`);
	}
};
