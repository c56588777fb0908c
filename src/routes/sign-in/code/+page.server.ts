import { redirect } from '@sveltejs/kit';
import { invalid, parseForm } from '$lib/server/forms';
import { centresOf, redeemCode } from '$lib/server/identity/identity.service';
import { codeSchema } from '$lib/server/identity/identity.schemas';
import { RuleError } from '$lib/server/platform/errors';
import { getPlatform } from '$lib/server/platform/runtime';
import { signInBrowser } from '$lib/server/sessions';
import type { MessageKey } from '$lib/i18n/messages/en';
import type { Actions } from './$types';

export const actions: Actions = {
	default: async (event) => {
		const { db } = getPlatform();
		const form = parseForm(await event.request.formData(), codeSchema);
		if (!form.ok) return invalid(form.values, form.errors);
		let result;
		try {
			result = await redeemCode(db, { ...form.data, address: event.getClientAddress() });
		} catch (error) {
			if (error instanceof RuleError) {
				return invalid(form.values, { passphrase: `identity.${error.code}` as MessageKey });
			}
			throw error;
		}
		if (!result.ok) {
			return invalid(form.values, {
				code: result.reason === 'paused' ? 'identity.signInPaused' : 'identity.codeWrong'
			});
		}
		await signInBrowser(event.cookies, event.url, result.accountId);
		const centres = await centresOf(db, result.accountId);
		redirect(303, centres.length === 1 ? `/c/${centres[0]?.slug}?welcome=1` : '/account');
	}
};
