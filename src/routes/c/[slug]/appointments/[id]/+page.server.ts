import { error, redirect } from '@sveltejs/kit';
import { expose, requireActor, requireCentre } from '$lib/server/http';
import { isUuid } from '$lib/server/platform/ids';
import { getPlatform } from '$lib/server/platform/runtime';
import { cancelAppointment, readAppointment } from '$lib/server/support/appointments';
import type { Actions, PageServerLoad } from './$types';

const ANY_ROLE = ['member', 'adviser', 'organiser', 'coordinator'] as const;

function appointmentId(id: string): string {
	if (!isUuid(id)) error(404, 'errors.notFound');
	return id;
}

export const load: PageServerLoad = async (event) => {
	const actor = requireActor(event, ...ANY_ROLE);
	const centre = requireCentre(event);
	const { db, now, secretKey } = getPlatform();
	const appointment = await expose(
		readAppointment(db, actor, appointmentId(event.params.id), secretKey, now())
	);
	const search = event.url.searchParams;
	return {
		slug: centre.slug,
		appointment,
		booked: search.has('booked'),
		confirmCancel: search.has('cancel')
	};
};

export const actions: Actions = {
	cancel: async (event) => {
		const actor = requireActor(event, ...ANY_ROLE);
		const centre = requireCentre(event);
		await expose(cancelAppointment(getPlatform().db, actor, appointmentId(event.params.id)));
		redirect(303, `/c/${centre.slug}/appointments?cancelled`);
	}
};
