import { redirect } from '@sveltejs/kit';
import { addEmployer } from '$lib/server/casework/employers';
import { parseEmployerForm } from '$lib/server/casework/employers.schemas';
import { invalid } from '$lib/server/forms';
import { requireActor, requireCentre } from '$lib/server/http';
import { RuleError } from '$lib/server/platform/errors';
import { getPlatform } from '$lib/server/platform/runtime';
import type { MessageKey } from '$lib/i18n/messages/en';
import { behindOptions } from '../employer-form.server';
import type { Actions, PageServerLoad } from './$types';

const STAFF = ['adviser', 'organiser', 'coordinator'] as const;

export const load: PageServerLoad = async (event) => {
	const actor = requireActor(event, ...STAFF);
	const centre = requireCentre(event);
	return { slug: centre.slug, behindOptions: await behindOptions(actor, null) };
};

export const actions: Actions = {
	default: async (event) => {
		const actor = requireActor(event, ...STAFF);
		const centre = requireCentre(event);
		const form = parseEmployerForm(await event.request.formData());
		if (!form.ok) return invalid(form.values, form.errors);
		let id: string;
		try {
			id = await addEmployer(getPlatform().db, actor, form.data);
		} catch (thrown) {
			if (!(thrown instanceof RuleError)) throw thrown;
			const field = thrown.code === 'employers.nameTaken' ? 'name' : 'behindId';
			return invalid(form.values, { [field]: thrown.code as MessageKey });
		}
		redirect(303, `/c/${centre.slug}/manage/employers/${id}?saved`);
	}
};
