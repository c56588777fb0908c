import { redirect } from '@sveltejs/kit';
import type { MessageKey } from '$lib/i18n/messages/en';
import { instantToLocal } from '$lib/server/centres/opening-hours';
import { startCall } from '$lib/server/governance/assemblies';
import { parseAssemblyForm } from '$lib/server/governance/governance.schemas';
import { formEntries, invalid } from '$lib/server/forms';
import { requireActor, requireCentre } from '$lib/server/http';
import { RuleError } from '$lib/server/platform/errors';
import { getPlatform } from '$lib/server/platform/runtime';
import { ANY_ROLE } from '../paging';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	requireActor(event, ...ANY_ROLE);
	const centre = requireCentre(event);
	const today = instantToLocal(getPlatform().now(), centre.timeZone).date;
	return { slug: centre.slug, values: { date: today } };
};

export const actions: Actions = {
	default: async (event) => {
		const actor = requireActor(event, ...ANY_ROLE);
		const centre = requireCentre(event);
		const values = formEntries(await event.request.formData());
		const form = parseAssemblyForm(values, centre.timeZone, false);
		if (!form.ok) return invalid(form.values, form.errors);
		const { db, now } = getPlatform();
		let assemblyId: string | null;
		try {
			({ assemblyId } = await startCall(db, actor, form.data, now()));
		} catch (thrown) {
			if (thrown instanceof RuleError) {
				return invalid(form.values, { title: thrown.code as MessageKey });
			}
			throw thrown;
		}
		redirect(
			303,
			assemblyId
				? `/c/${centre.slug}/assemblies/${assemblyId}?called`
				: `/c/${centre.slug}/assemblies?supported`
		);
	}
};
