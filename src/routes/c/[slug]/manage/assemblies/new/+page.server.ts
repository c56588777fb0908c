import { redirect } from '@sveltejs/kit';
import { instantToLocal } from '$lib/server/centres/opening-hours';
import { callAssembly } from '$lib/server/governance/assemblies';
import { parseAssemblyForm } from '$lib/server/governance/governance.schemas';
import { formEntries, invalid } from '$lib/server/forms';
import { expose, requireActor, requireCentre } from '$lib/server/http';
import { getPlatform } from '$lib/server/platform/runtime';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	requireActor(event, 'coordinator');
	const centre = requireCentre(event);
	const today = instantToLocal(getPlatform().now(), centre.timeZone).date;
	return { slug: centre.slug, values: { date: today, quorumKind: 'percent', quorumValue: '10' } };
};

export const actions: Actions = {
	default: async (event) => {
		const actor = requireActor(event, 'coordinator');
		const centre = requireCentre(event);
		const values = formEntries(await event.request.formData());
		const form = parseAssemblyForm(values, centre.timeZone, true);
		if (!form.ok) return invalid(form.values, form.errors);
		const { db, now } = getPlatform();
		const id = await expose(callAssembly(db, actor, form.data, now()));
		redirect(303, `/c/${centre.slug}/manage/assemblies/${id}?called`);
	}
};
