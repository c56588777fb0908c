import { error, redirect } from '@sveltejs/kit';
import { invalid } from '$lib/server/forms';
import { expose, requireActor, requireCentre } from '$lib/server/http';
import { readPartner, updatePartner } from '$lib/server/organising/partners';
import { parsePartnerForm } from '$lib/server/organising/partners.schemas';
import { isUuid } from '$lib/server/platform/ids';
import { getPlatform } from '$lib/server/platform/runtime';
import type { Actions, PageServerLoad } from './$types';

function partnerId(id: string): string {
	if (!isUuid(id)) error(404, 'errors.notFound');
	return id;
}

export const load: PageServerLoad = async (event) => {
	const actor = requireActor(event, 'organiser', 'coordinator');
	const centre = requireCentre(event);
	const partner = await expose(
		readPartner(getPlatform().db, actor, partnerId(event.params.id), event.locals.locale)
	);
	return {
		slug: centre.slug,
		id: partner.id,
		name: partner.name,
		values: { name: partner.name, kind: partner.kind, contact: partner.contact }
	};
};

export const actions: Actions = {
	default: async (event) => {
		const actor = requireActor(event, 'organiser', 'coordinator');
		const centre = requireCentre(event);
		const id = partnerId(event.params.id);
		const form = parsePartnerForm(await event.request.formData());
		if (!form.ok) return invalid(form.values, form.errors);
		await expose(updatePartner(getPlatform().db, actor, id, form.data));
		redirect(303, `/c/${centre.slug}/manage/partners/${id}?saved`);
	}
};
