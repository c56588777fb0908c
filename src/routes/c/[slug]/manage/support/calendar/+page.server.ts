import { z } from 'zod';
import { parseIsoDate } from '$lib/server/centres/centres.schemas';
import { optionallyParsed } from '$lib/server/forms';
import { requireActor, requireCentre } from '$lib/server/http';
import { getPlatform } from '$lib/server/platform/runtime';
import { adviserWeek } from '$lib/server/support/appointments';
import type { PageServerLoad } from './$types';

const query = z.object({ week: optionallyParsed(parseIsoDate) });

export const load: PageServerLoad = async (event) => {
	const actor = requireActor(event, 'adviser');
	const centre = requireCentre(event);
	const { week } = query.parse(Object.fromEntries(event.url.searchParams));
	const { db, now } = getPlatform();
	return {
		slug: centre.slug,
		week: await adviserWeek(db, centre, actor, week, now())
	};
};
