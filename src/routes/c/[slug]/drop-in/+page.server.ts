import { fail, redirect } from '@sveltejs/kit';
import type { MessageKey } from '$lib/i18n/messages/en';
import { adviserLanguages } from '$lib/server/identity/identity.service';
import { parseForm } from '$lib/server/forms';
import { requireCentre } from '$lib/server/http';
import { RuleError } from '$lib/server/platform/errors';
import { getPlatform } from '$lib/server/platform/runtime';
import { checkIn, currentOpening } from '$lib/server/support/drop-in';
import { checkInFields, checkInLanguages } from '$lib/server/support/drop-in.schemas';
import type { Centre } from '$lib/server/centres/centres.service';
import type { Actions, PageServerLoad } from './$types';

async function languagesAt(centre: Centre): Promise<string[]> {
	return checkInLanguages(await adviserLanguages(getPlatform().db, centre.id));
}

export const load: PageServerLoad = async (event) => {
	const centre = requireCentre(event);
	const { db, now } = getPlatform();
	const opening = await currentOpening(db, centre, now());
	return {
		slug: centre.slug,
		closesAt: opening?.end ?? null,
		languages: opening ? await languagesAt(centre) : [],
		left: event.url.searchParams.has('left')
	};
};

export const actions: Actions = {
	checkIn: async (event) => {
		const centre = requireCentre(event);
		const form = parseForm(
			await event.request.formData(),
			checkInFields(await languagesAt(centre))
		);
		if (!form.ok) return fail(400, { values: form.values, errors: form.errors });
		const { db, now, secretKey } = getPlatform();
		try {
			const ticket = await checkIn(db, centre, form.data, now(), secretKey);
			redirect(303, `/c/${centre.slug}/drop-in/t/${ticket.token}?new`);
		} catch (thrown) {
			if (thrown instanceof RuleError) {
				return fail(409, { values: form.values, problem: thrown.code as MessageKey });
			}
			throw thrown;
		}
	}
};
