import { redirect } from '@sveltejs/kit';
import { thresholdSchema } from '$lib/server/governance/governance.schemas';
import { invalid, parseForm } from '$lib/server/forms';
import { expose, requireActor, requireCentre } from '$lib/server/http';
import {
	callThreshold,
	memberRegister,
	REGISTER_PAGE_SIZE,
	setCallThreshold
} from '$lib/server/membership/mutual';
import { getPlatform } from '$lib/server/platform/runtime';
import { pageNumber } from '../../assemblies/paging';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const actor = requireActor(event, 'coordinator');
	const centre = requireCentre(event);
	const { db } = getPlatform();
	const page = pageNumber(event.url);
	const register = await expose(memberRegister(db, actor, page));
	return {
		slug: centre.slug,
		page,
		pages: Math.max(1, Math.ceil(register.total / REGISTER_PAGE_SIZE)),
		...register,
		threshold: await callThreshold(db, centre.id),
		saved: event.url.searchParams.has('saved')
	};
};

export const actions: Actions = {
	threshold: async (event) => {
		const actor = requireActor(event, 'coordinator');
		const form = parseForm(await event.request.formData(), thresholdSchema);
		if (!form.ok) return invalid(form.values, form.errors);
		await expose(setCallThreshold(getPlatform().db, actor, form.data));
		redirect(303, `${event.url.pathname}?saved`);
	}
};
