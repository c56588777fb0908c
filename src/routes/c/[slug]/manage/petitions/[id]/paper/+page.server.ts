import { fail, redirect } from '@sveltejs/kit';
import { invalid } from '$lib/server/forms';
import { expose, requireActor, requireCentre } from '$lib/server/http';
import { addPaperSignature, petitionForStaff } from '$lib/server/organising/petitions';
import { parseSignatureForm } from '$lib/server/organising/petitions.schemas';
import { RuleError } from '$lib/server/platform/errors';
import { getPlatform } from '$lib/server/platform/runtime';
import { ORGANISERS, petitionId } from '../../ids';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const actor = requireActor(event, ...ORGANISERS);
	const centre = requireCentre(event);
	const locale = event.locals.locale;
	const petition = await expose(
		petitionForStaff(getPlatform().db, actor, petitionId(event.params.id), locale)
	);
	const shownIn = petition.locales.includes(locale) ? locale : (petition.locales[0] ?? locale);
	return {
		slug: centre.slug,
		id: petition.id,
		title: petition.texts[shownIn]?.title ?? '',
		shownIn,
		open: petition.state === 'open',
		count: petition.count,
		added: event.url.searchParams.has('added')
	};
};

export const actions: Actions = {
	default: async (event) => {
		const actor = requireActor(event, ...ORGANISERS);
		const centre = requireCentre(event);
		const id = petitionId(event.params.id);
		const form = parseSignatureForm(await event.request.formData());
		if (!form.ok) return invalid(form.values, form.errors);
		const { db, secretKey, now } = getPlatform();
		let outcome;
		try {
			outcome = await expose(
				addPaperSignature(db, actor, centre, id, form.data, { key: secretKey, now: now() })
			);
		} catch (thrown) {
			if (!(thrown instanceof RuleError)) throw thrown;
			return fail(409, { closed: true });
		}
		if (outcome.outcome === 'already') return { already: true, values: form.values };
		redirect(303, `/c/${centre.slug}/manage/petitions/${id}/paper?added`);
	}
};
