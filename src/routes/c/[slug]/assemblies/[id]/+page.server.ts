import { redirect } from '@sveltejs/kit';
import type { MessageKey } from '$lib/i18n/messages/en';
import { putProposal, readAssembly } from '$lib/server/governance/assemblies';
import { proposalSchema } from '$lib/server/governance/governance.schemas';
import { invalid, parseForm } from '$lib/server/forms';
import { expose, requireActor, requireCentre } from '$lib/server/http';
import { isMember } from '$lib/server/membership/mutual';
import { RuleError } from '$lib/server/platform/errors';
import { getPlatform } from '$lib/server/platform/runtime';
import { ANY_ROLE, idFrom } from '../paging';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const actor = requireActor(event, ...ANY_ROLE);
	const centre = requireCentre(event);
	const { db, now } = getPlatform();
	const assembly = await expose(readAssembly(db, centre.id, idFrom(event.params.id)));
	return {
		slug: centre.slug,
		assembly,
		ended: assembly.endsAt <= now(),
		member: await isMember(db, centre.id, actor.accountId),
		called: event.url.searchParams.has('called')
	};
};

export const actions: Actions = {
	propose: async (event) => {
		const actor = requireActor(event, ...ANY_ROLE);
		const centre = requireCentre(event);
		const form = parseForm(await event.request.formData(), proposalSchema);
		if (!form.ok) return invalid(form.values, form.errors);
		let id: string;
		try {
			id = await expose(
				putProposal(
					getPlatform().db,
					actor,
					idFrom(event.params.id),
					form.data,
					getPlatform().now()
				)
			);
		} catch (thrown) {
			if (thrown instanceof RuleError) {
				return invalid(form.values, { title: thrown.code as MessageKey });
			}
			throw thrown;
		}
		redirect(303, `/c/${centre.slug}/assemblies/proposals/${id}?put`);
	}
};
