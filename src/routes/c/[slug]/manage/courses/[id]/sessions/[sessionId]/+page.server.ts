import { error, redirect } from '@sveltejs/kit';
import type { MessageKey } from '$lib/i18n/messages/en';
import { invalid, parseForm } from '$lib/server/forms';
import { expose, requireActor, requireCentre } from '$lib/server/http';
import { attendanceSheet, recordAttendance } from '$lib/server/learning/courses';
import { attendanceSchema } from '$lib/server/learning/courses.schemas';
import { RuleError } from '$lib/server/platform/errors';
import { isUuid } from '$lib/server/platform/ids';
import { getPlatform } from '$lib/server/platform/runtime';
import type { Actions, PageServerLoad } from './$types';

function ids(params: { id: string; sessionId: string }): [string, string] {
	if (!isUuid(params.id) || !isUuid(params.sessionId)) error(404, 'errors.notFound');
	return [params.id, params.sessionId];
}

export const load: PageServerLoad = async (event) => {
	const actor = requireActor(event, 'adviser', 'coordinator');
	const centre = requireCentre(event);
	const { db, now } = getPlatform();
	const [courseId, sessionId] = ids(event.params);
	return {
		...(await expose(attendanceSheet(db, actor, courseId, sessionId, now()))),
		slug: centre.slug,
		saved: event.url.searchParams.has('saved')
	};
};

export const actions: Actions = {
	default: async (event) => {
		const actor = requireActor(event, 'adviser', 'coordinator');
		const [courseId, sessionId] = ids(event.params);
		const form = parseForm(await event.request.formData(), attendanceSchema);
		if (!form.ok) return invalid(form.values, form.errors);
		const { db, now } = getPlatform();
		try {
			await expose(recordAttendance(db, actor, courseId, sessionId, form.data, now()));
		} catch (thrown) {
			if (thrown instanceof RuleError && thrown.code === 'courses.notStartedYet') {
				return invalid(form.values, { present: thrown.code as MessageKey });
			}
			if (thrown instanceof RuleError && thrown.code === 'courses.personUnknown') {
				return invalid(form.values, { present: thrown.code as MessageKey });
			}
			throw thrown;
		}
		redirect(303, `${event.url.pathname}?saved`);
	}
};
