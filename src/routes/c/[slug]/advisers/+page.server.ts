import { listProfiles, myAdviser } from '$lib/server/support/advisers';
import { openMeetingId } from '$lib/server/support/meetings';
import { requireActor, requireCentre } from '$lib/server/http';
import { getPlatform } from '$lib/server/platform/runtime';
import type { PageServerLoad } from './$types';

const ANY_ROLE = ['member', 'adviser', 'organiser', 'coordinator'] as const;

export const load: PageServerLoad = async (event) => {
	const actor = requireActor(event, ...ANY_ROLE);
	const centre = requireCentre(event);
	const { db } = getPlatform();
	const page = Number(event.url.searchParams.get('page') ?? '1');
	const search = event.url.searchParams;
	return {
		slug: centre.slug,
		me: actor.accountId,
		...(await listProfiles(db, actor, Number.isInteger(page) && page > 0 ? page : 1)),
		adviser: await myAdviser(db, actor),
		openMeeting: await openMeetingId(db, actor),
		chosen: search.has('chosen'),
		movedOn: search.has('movedOn')
	};
};
