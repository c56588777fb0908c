import { error } from '@sveltejs/kit';
import { CALENDAR_CONTENT_TYPE } from '$lib/server/centres/ical';
import { expose, requireActor, requireCentre } from '$lib/server/http';
import { isUuid } from '$lib/server/platform/ids';
import { getPlatform } from '$lib/server/platform/runtime';
import { appointmentCalendar } from '$lib/server/support/appointments';
import type { RequestHandler } from './$types';

/** One appointment as an iCalendar file, for its member or its adviser only. */
export const GET: RequestHandler = async (event) => {
	const actor = requireActor(event, 'member', 'adviser', 'organiser', 'coordinator');
	const centre = requireCentre(event);
	if (!isUuid(event.params.id)) error(404, 'errors.notFound');
	const { db, now, secretKey } = getPlatform();
	const body = await expose(
		appointmentCalendar(db, centre, actor, event.params.id, event.url.origin, secretKey, now())
	);
	return new Response(body, {
		headers: {
			'content-type': CALENDAR_CONTENT_TYPE,
			'content-disposition': 'attachment; filename="appointment.ics"',
			'cache-control': 'private, no-store'
		}
	});
};
