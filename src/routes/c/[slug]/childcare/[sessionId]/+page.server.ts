import { error } from '@sveltejs/kit';
import { bookPlace, cancelBooking, sessionSummary } from '$lib/server/centres/childcare';
import {
	bookingProblems,
	bookingSchema,
	cancelSchema
} from '$lib/server/centres/childcare.schemas';
import { invalid, parseForm } from '$lib/server/forms';
import { expose, requireActor, requireCentre } from '$lib/server/http';
import { RuleError } from '$lib/server/platform/errors';
import { isUuid } from '$lib/server/platform/ids';
import { getPlatform } from '$lib/server/platform/runtime';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

function sessionId(event: RequestEvent | Parameters<PageServerLoad>[0]): string {
	if (!isUuid(event.params.sessionId)) error(404, 'errors.notFound');
	return event.params.sessionId;
}

// Anyone the centre knows books: the sign-in keeps strangers from filling the places, and is
// not kept with the booking.
const bookers = (event: RequestEvent) =>
	requireActor(event, 'member', 'adviser', 'organiser', 'coordinator');

export const load: PageServerLoad = async (event) => {
	const centre = requireCentre(event);
	const { db, now } = getPlatform();
	const session = await expose(sessionSummary(db, centre.id, sessionId(event), now()));
	return { slug: centre.slug, session, canBook: !!event.locals.actor };
};

export const actions: Actions = {
	book: async (event) => {
		const actor = bookers(event);
		const form = parseForm(await event.request.formData(), bookingSchema);
		if (!form.ok) return invalid(form.values, form.errors);
		const { db, now, secretKey } = getPlatform();
		try {
			// Shown once on the page that answers this post, never put in an address or a log.
			const booked = await expose(
				bookPlace(db, actor, sessionId(event), form.data, secretKey, now())
			);
			return { booked };
		} catch (thrown) {
			const problem = thrown instanceof RuleError ? bookingProblems[thrown.code] : undefined;
			if (problem) return invalid(form.values, { [problem.field]: problem.message });
			throw thrown;
		}
	},
	cancel: async (event) => {
		const actor = bookers(event);
		const form = parseForm(await event.request.formData(), cancelSchema);
		if (!form.ok) return invalid(form.values, form.errors);
		const { db, secretKey } = getPlatform();
		const cancelled = await expose(
			cancelBooking(db, actor, sessionId(event), form.data.cancelCode, secretKey)
		);
		if (!cancelled) return invalid(form.values, { cancelCode: 'childcare.cancelNoMatch' });
		return { cancelled: true };
	}
};
