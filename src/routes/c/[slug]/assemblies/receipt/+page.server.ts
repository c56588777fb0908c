import { checkReceipt } from '$lib/server/governance/ballots';
import { formEntries } from '$lib/server/forms';
import { requireActor, requireCentre } from '$lib/server/http';
import { getPlatform } from '$lib/server/platform/runtime';
import { ANY_ROLE } from '../paging';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	requireActor(event, ...ANY_ROLE);
	return { slug: requireCentre(event).slug };
};

export const actions: Actions = {
	// Posted rather than put in the address, so the code stays out of the browser's history.
	default: async (event) => {
		requireActor(event, ...ANY_ROLE);
		const centre = requireCentre(event);
		const values = formEntries(await event.request.formData());
		const typed = typeof values.code === 'string' ? values.code.slice(0, 100) : '';
		const found = await checkReceipt(getPlatform().db, centre.id, typed);
		return { checked: true, found };
	}
};
