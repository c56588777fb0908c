import { redirect } from '@sveltejs/kit';
import { invalid, parseForm } from '$lib/server/forms';
import { requireCentre } from '$lib/server/http';
import { join } from '$lib/server/identity/identity.service';
import { joinSchema } from '$lib/server/identity/identity.schemas';
import { RuleError } from '$lib/server/platform/errors';
import { getPlatform } from '$lib/server/platform/runtime';
import { signInBrowser } from '$lib/server/sessions';
import type { MessageKey } from '$lib/i18n/messages/en';
import type { Actions } from './$types';

export const actions: Actions = {
	default: async (event) => {
		const centre = requireCentre(event);
		const form = parseForm(await event.request.formData(), joinSchema);
		if (!form.ok) return invalid(form.values, form.errors);
		let accountId: string;
		try {
			accountId = await join(getPlatform().db, centre.id, form.data);
		} catch (error) {
			if (error instanceof RuleError) {
				const field = error.code === 'nameTaken' ? 'chosenName' : 'passphrase';
				return invalid(form.values, { [field]: `identity.${error.code}` as MessageKey });
			}
			throw error;
		}
		await signInBrowser(event.cookies, event.url, accountId);
		redirect(303, `/c/${centre.slug}/mutual/offer`);
	}
};
