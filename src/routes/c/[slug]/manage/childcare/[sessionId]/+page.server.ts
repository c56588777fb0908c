import { error, redirect } from '@sveltejs/kit';
import {
	bookPlace,
	checkIn,
	dutyList,
	pickUp,
	removeSession,
	sessionSummary,
	updateStaffing
} from '$lib/server/centres/childcare';
import {
	bookingProblems,
	bookingSchema,
	parseStaffingForm,
	pickupSchema
} from '$lib/server/centres/childcare.schemas';
import { formEntries, invalid, parseForm } from '$lib/server/forms';
import { expose, requireActor, requireCentre } from '$lib/server/http';
import { RuleError } from '$lib/server/platform/errors';
import { isUuid } from '$lib/server/platform/ids';
import { getPlatform } from '$lib/server/platform/runtime';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

function sessionIdOf(params: { sessionId: string }): string {
	if (!isUuid(params.sessionId)) error(404, 'errors.notFound');
	return params.sessionId;
}

const onDuty = (event: RequestEvent) => requireActor(event, 'adviser', 'organiser', 'coordinator');

export const load: PageServerLoad = async (event) => {
	const actor = onDuty(event);
	const centre = requireCentre(event);
	const { db, now, secretKey } = getPlatform();
	const { session, children } = await expose(
		dutyList(db, actor, sessionIdOf(event.params), secretKey, now())
	);
	return {
		slug: centre.slug,
		session,
		children,
		canPlan: actor.roles.includes('coordinator'),
		checkedIn: event.url.searchParams.has('checkedIn'),
		saved: event.url.searchParams.has('saved')
	};
};

export const actions: Actions = {
	book: async (event) => {
		const actor = onDuty(event);
		const form = parseForm(await event.request.formData(), bookingSchema);
		if (!form.ok) return invalid(form.values, form.errors);
		const { db, now, secretKey } = getPlatform();
		try {
			const booked = await expose(
				bookPlace(db, actor, sessionIdOf(event.params), form.data, secretKey, now())
			);
			return { booked };
		} catch (thrown) {
			const problem = thrown instanceof RuleError ? bookingProblems[thrown.code] : undefined;
			if (problem) return invalid(form.values, { [problem.field]: problem.message });
			throw thrown;
		}
	},
	checkIn: async (event) => {
		const actor = onDuty(event);
		const booking = (await event.request.formData()).get('booking');
		if (!isUuid(booking)) error(404, 'errors.notFound');
		const { db, now } = getPlatform();
		await expose(checkIn(db, actor, sessionIdOf(event.params), booking, now()));
		redirect(303, `${event.url.pathname}?checkedIn`);
	},
	pickUp: async (event) => {
		const actor = onDuty(event);
		const form = parseForm(await event.request.formData(), pickupSchema);
		if (!form.ok) return invalid(form.values, form.errors);
		if (!isUuid(form.data.booking))
			return invalid(form.values, { booking: 'childcare.childRequired' });
		const { db, secretKey } = getPlatform();
		try {
			const result = await expose(
				pickUp(db, actor, sessionIdOf(event.params), form.data.booking, form.data.code, secretKey)
			);
			if (!result.ok) return invalid(form.values, { code: 'childcare.codeWrong' });
			return { pickedUp: result.childName };
		} catch (thrown) {
			if (
				thrown instanceof RuleError &&
				(thrown.code === 'childcare.childGone' || thrown.code === 'childcare.notCheckedIn')
			) {
				return invalid(form.values, {
					booking:
						thrown.code === 'childcare.childGone' ? 'childcare.childGone' : 'childcare.notCheckedIn'
				});
			}
			throw thrown;
		}
	},
	staffing: async (event) => {
		const actor = requireActor(event, 'coordinator');
		const centre = requireCentre(event);
		const { db, now } = getPlatform();
		const id = sessionIdOf(event.params);
		const session = await expose(sessionSummary(db, centre.id, id, now()));
		const form = parseStaffingForm(
			formEntries(await event.request.formData()),
			session.bands.map((band) => band.id)
		);
		if (!form.ok) return invalid(form.values, form.errors);
		await expose(updateStaffing(db, actor, id, form.data));
		redirect(303, `${event.url.pathname}?saved`);
	},
	remove: async (event) => {
		const actor = requireActor(event, 'coordinator');
		const centre = requireCentre(event);
		await expose(removeSession(getPlatform().db, actor, sessionIdOf(event.params)));
		redirect(303, `/c/${centre.slug}/manage/childcare?removed`);
	}
};
