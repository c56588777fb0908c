import { invalid, parseForm } from '$lib/server/forms';
import { expose, requireActor, requireCentre } from '$lib/server/http';
import { enrol } from '$lib/server/identity/identity.service';
import { enrolSchema } from '$lib/server/identity/identity.schemas';
import { RuleError } from '$lib/server/platform/errors';
import { getPlatform } from '$lib/server/platform/runtime';
import { translator } from '$lib/i18n/translate';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	requireActor(event, 'adviser', 'coordinator');
	return {};
};

export const actions: Actions = {
	default: async (event) => {
		const actor = requireActor(event, 'adviser', 'coordinator');
		const centre = requireCentre(event);
		const form = parseForm(await event.request.formData(), enrolSchema);
		if (!form.ok) return invalid(form.values, form.errors);
		// The consent is recorded in the words the person was shown, in the language shown.
		const t = translator(event.locals.locale);
		const consentWords = `${t('enrol.consentText', { centre: centre.name })} ${t('enrol.consentLabel')}`;
		try {
			const card = await expose(
				enrol(getPlatform().db, actor, { chosenName: form.data.chosenName, consentWords })
			);
			// The code is shown once, in this answer; only its hash is kept.
			return { card: { ...card, centreName: centre.name } };
		} catch (error) {
			if (error instanceof RuleError && error.code === 'nameTaken') {
				return invalid(form.values, { chosenName: 'identity.nameTaken' });
			}
			throw error;
		}
	}
};
