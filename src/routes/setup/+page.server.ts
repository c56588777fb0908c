import { redirect } from '@sveltejs/kit';
import { detailsDefaults, setupSchema } from '$lib/server/centres/centres.schemas';
import { signInBrowser } from '$lib/server/sessions';
import { invalid, parseForm } from '$lib/server/forms';
import { RuleError } from '$lib/server/platform/errors';
import { getPlatform } from '$lib/server/platform/runtime';
import { needsSetUp, setUpFirstCentre } from '$lib/server/setup/setup.service';
import { timeZones } from '$lib/server/time-zones';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	if (!(await needsSetUp(getPlatform().db))) redirect(303, '/');
	return { timeZones, defaults: detailsDefaults(locals.locale) };
};

export const actions: Actions = {
	default: async ({ request, cookies, url }) => {
		const { db } = getPlatform();
		const form = parseForm(await request.formData(), setupSchema);
		if (!form.ok) return invalid(form.values, form.errors);
		try {
			const { centre, accountId } = await setUpFirstCentre(db, form.data);
			await signInBrowser(cookies, url, accountId);
			redirect(303, `/c/${centre.slug}/manage`);
		} catch (error) {
			if (error instanceof RuleError && error.code === 'nameTaken') {
				return invalid(form.values, { chosenName: 'identity.nameTaken' });
			}
			if (error instanceof RuleError && error.code === 'alreadySetUp') redirect(303, '/');
			throw error;
		}
	}
};
