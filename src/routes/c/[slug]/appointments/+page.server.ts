import { hasRole } from '$lib/server/identity/identity.service';
import { requireActor, requireCentre } from '$lib/server/http';
import { getPlatform } from '$lib/server/platform/runtime';
import { myAppointments } from '$lib/server/support/appointments';
import type { PageServerLoad } from './$types';

const ANY_ROLE = ['member', 'adviser', 'organiser', 'coordinator'] as const;

export const load: PageServerLoad = async (event) => {
	const actor = requireActor(event, ...ANY_ROLE);
	const centre = requireCentre(event);
	const { db, now } = getPlatform();
	const search = event.url.searchParams;
	return {
		slug: centre.slug,
		...(await myAppointments(db, actor, now())),
		isAdviser: hasRole(actor, 'adviser'),
		booked: search.has('booked'),
		cancelled: search.has('cancelled')
	};
};
