import { error, fail, redirect } from '@sveltejs/kit';
import { expose, requireCentre } from '$lib/server/http';
import { invalid } from '$lib/server/forms';
import { petitionLocale, publicPetition, signPetition } from '$lib/server/organising/petitions';
import { parseSignatureForm } from '$lib/server/organising/petitions.schemas';
import { RuleError } from '$lib/server/platform/errors';
import { isUuid } from '$lib/server/platform/ids';
import { getPlatform } from '$lib/server/platform/runtime';
import type { Actions, PageServerLoad } from './$types';

function petitionId(id: string): string {
	if (!isUuid(id)) error(404, 'errors.notFound');
	return id;
}

export const load: PageServerLoad = async (event) => {
	const centre = requireCentre(event);
	const petition = await expose(
		publicPetition(getPlatform().db, centre, petitionId(event.params.id))
	);
	const locale = petitionLocale(petition, event.url.searchParams.get('lang'), event.locals.locale);
	return {
		slug: centre.slug,
		timeZone: centre.timeZone,
		locale,
		petition: {
			id: petition.id,
			state: petition.state,
			locales: petition.locales,
			title: petition.texts[locale]?.title ?? '',
			body: petition.texts[locale]?.body ?? '',
			target: petition.target,
			count: petition.count
		}
	};
};

export const actions: Actions = {
	// Whoever signs, signed in or not, signs the same way: nothing ties a signature to an account.
	sign: async (event) => {
		const centre = requireCentre(event);
		const id = petitionId(event.params.id);
		const lang = event.url.searchParams.get('lang');
		const form = parseSignatureForm(await event.request.formData());
		if (!form.ok) return invalid(form.values, form.errors);
		const { db, secretKey, now } = getPlatform();
		let outcome;
		try {
			outcome = await expose(
				signPetition(db, centre, id, form.data, {
					key: secretKey,
					now: now(),
					address: event.getClientAddress()
				})
			);
		} catch (thrown) {
			if (!(thrown instanceof RuleError)) throw thrown;
			if (thrown.code === 'petitions.closed') return fail(409, { closed: true });
			return fail(429, {
				values: form.values,
				errors: { form: 'petitions.addressLimit' as const }
			});
		}
		if (outcome.outcome === 'already') return { already: true, count: outcome.count };
		const query = lang ? `?${new URLSearchParams({ lang })}` : '';
		redirect(303, `/c/${centre.slug}/petitions/${id}/thanks${query}`);
	}
};
