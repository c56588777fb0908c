import { redirect } from '@sveltejs/kit';
import { invalid, parseForm } from '$lib/server/forms';
import { safeReturnPath } from '$lib/server/http';
import { centresOf, signIn } from '$lib/server/identity/identity.service';
import { signInSchema } from '$lib/server/identity/identity.schemas';
import { getPlatform } from '$lib/server/platform/runtime';
import { signInBrowser } from '$lib/server/sessions';
import type { Actions } from './$types';

export const actions: Actions = {
	default: async (event) => {
		const { db } = getPlatform();
		const form = parseForm(await event.request.formData(), signInSchema);
		if (!form.ok) return invalid(form.values, form.errors);
		const result = await signIn(db, { ...form.data, address: event.getClientAddress() });
		if (!result.ok) {
			return result.reason === 'paused'
				? invalid(form.values, { passphrase: 'identity.signInPaused' })
				: invalid(form.values, { passphrase: 'identity.signInWrong' });
		}
		await signInBrowser(event.cookies, event.url, result.accountId);
		const next = event.url.searchParams.get('next');
		if (next) redirect(303, safeReturnPath(next));
		const centres = await centresOf(db, result.accountId);
		redirect(303, centres.length === 1 ? `/c/${centres[0]?.slug}` : '/account');
	}
};
