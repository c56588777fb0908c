import { error } from '@sveltejs/kit';
import {
	eventSignUpEntries,
	feedOwner,
	memberCalendar,
	type MemberFeedSource
} from '$lib/server/centres/events';
import { CALENDAR_CONTENT_TYPE } from '$lib/server/centres/ical';
import { requireCentre } from '$lib/server/http';
import { getPlatform } from '$lib/server/platform/runtime';
import type { RequestHandler } from './$types';

// What a member has booked, from each part that takes bookings: each adds its source here.
const sources: MemberFeedSource[] = [eventSignUpEntries];

/**
 * A member's own calendar at a secret address, for a calendar app that cannot sign in. The
 * address is the only key, so an unknown or replaced one is simply not found.
 */
export const GET: RequestHandler = async (event) => {
	const centre = requireCentre(event);
	const { db, now } = getPlatform();
	const accountId = await feedOwner(db, centre, event.params.token);
	if (!accountId) error(404, 'errors.notFound');
	const context = { centre, origin: event.url.origin, now: now() };
	const entries = (
		await Promise.all(sources.map((source) => source(db, context, accountId)))
	).flat();
	return new Response(memberCalendar(context, entries), {
		headers: {
			'content-type': CALENDAR_CONTENT_TYPE,
			'content-disposition': 'inline; filename="bookings.ics"',
			'cache-control': 'private, no-store',
			'x-robots-tag': 'noindex'
		}
	});
};
