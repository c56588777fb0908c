import { centreFeed } from '$lib/server/centres/events';
import { CALENDAR_CONTENT_TYPE } from '$lib/server/centres/ical';
import { requireCentre } from '$lib/server/http';
import { getPlatform } from '$lib/server/platform/runtime';
import type { RequestHandler } from './$types';

/** The centre's public calendar, for anyone to subscribe to: events open to all only. */
export const GET: RequestHandler = async (event) => {
	const centre = requireCentre(event);
	const { db, now } = getPlatform();
	const body = await centreFeed(db, { centre, origin: event.url.origin, now: now() });
	return new Response(body, {
		headers: {
			'content-type': CALENDAR_CONTENT_TYPE,
			'content-disposition': `inline; filename="${centre.slug}.ics"`,
			'cache-control': 'public, max-age=300'
		}
	});
};
