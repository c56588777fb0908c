import { error, redirect } from '@sveltejs/kit';
import { expose, requireCentre } from '$lib/server/http';
import { getPlatform } from '$lib/server/platform/runtime';
import { leaveQueue, readTicket } from '$lib/server/support/drop-in';
import type { Actions, PageServerLoad } from './$types';

/** A ticket's secret as made by checkIn: 24 random bytes in base64url. */
function ticketToken(token: string): string {
	if (!/^[A-Za-z0-9_-]{32}$/.test(token)) error(404, 'errors.notFound');
	return token;
}

export const load: PageServerLoad = async (event) => {
	const centre = requireCentre(event);
	const { db, now } = getPlatform();
	const ticket = await readTicket(db, centre, ticketToken(event.params.token), now());
	// The address is the ticket: no browser or proxy may keep a copy of the page.
	event.setHeaders({ 'cache-control': 'no-store' });
	const search = event.url.searchParams;
	return {
		slug: centre.slug,
		here: event.url.pathname,
		ticket,
		isNew: search.has('new'),
		confirmLeave: search.has('leave')
	};
};

export const actions: Actions = {
	leave: async (event) => {
		const centre = requireCentre(event);
		await expose(leaveQueue(getPlatform().db, centre, ticketToken(event.params.token)));
		redirect(303, `/c/${centre.slug}/drop-in?left`);
	}
};
