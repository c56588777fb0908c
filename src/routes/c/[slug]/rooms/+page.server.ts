import { error, redirect } from '@sveltejs/kit';
import { cancelOwnBooking, ownBookings, roomsAvailability } from '$lib/server/centres/rooms';
import { expose, requireActor, requireCentre } from '$lib/server/http';
import { isUuid } from '$lib/server/platform/ids';
import { getPlatform } from '$lib/server/platform/runtime';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const centre = requireCentre(event);
	const { db, now } = getPlatform();
	const at = now();
	const actor = event.locals.actor;
	const [rooms, own] = await Promise.all([
		roomsAvailability(db, centre, at),
		actor ? ownBookings(db, actor, at) : Promise.resolve([])
	]);
	return {
		rooms,
		own,
		signedIn: !!event.locals.session,
		canBook: !!actor,
		cancelled: event.url.searchParams.has('cancelled')
	};
};

export const actions: Actions = {
	cancel: async (event) => {
		const actor = requireActor(event, 'member', 'adviser', 'organiser', 'coordinator');
		const id = (await event.request.formData()).get('id');
		if (!isUuid(id)) error(404, 'errors.notFound');
		const { db, now } = getPlatform();
		await expose(cancelOwnBooking(db, actor, id, now()));
		redirect(303, `${event.url.pathname}?cancelled`);
	}
};
