import { error, redirect } from '@sveltejs/kit';
import { addClaims, readCollective, removeClaim } from '$lib/server/casework/collective';
import { parseClaimsForm } from '$lib/server/casework/employers.schemas';
import { invalid } from '$lib/server/forms';
import { expose, requireActor, requireCentre } from '$lib/server/http';
import { RuleError } from '$lib/server/platform/errors';
import { isUuid } from '$lib/server/platform/ids';
import { getPlatform } from '$lib/server/platform/runtime';
import type { MessageKey } from '$lib/i18n/messages/en';
import type { Actions, PageServerLoad } from './$types';

const STAFF = ['adviser', 'organiser', 'coordinator'] as const;

function collectiveId(id: string): string {
	if (!isUuid(id)) error(404, 'errors.notFound');
	return id;
}

export const load: PageServerLoad = async (event) => {
	const actor = requireActor(event, ...STAFF);
	const centre = requireCentre(event);
	const collective = await expose(
		readCollective(getPlatform().db, actor, collectiveId(event.params.id))
	);
	const removing = event.url.searchParams.get('remove');
	return {
		slug: centre.slug,
		collective,
		removing: collective.claimList.find((claim) => claim.caseId === removing) ?? null,
		made: event.url.searchParams.has('made'),
		added: event.url.searchParams.has('added'),
		removed: event.url.searchParams.has('removed')
	};
};

export const actions: Actions = {
	add: async (event) => {
		const actor = requireActor(event, ...STAFF);
		const centre = requireCentre(event);
		const id = collectiveId(event.params.id);
		const form = parseClaimsForm(await event.request.formData());
		if (!form.ok) return invalid(form.values, form.errors);
		try {
			await expose(addClaims(getPlatform().db, actor, id, form.data.caseIds));
		} catch (thrown) {
			if (!(thrown instanceof RuleError)) throw thrown;
			return invalid(form.values, { caseIds: thrown.code as MessageKey });
		}
		redirect(303, `/c/${centre.slug}/manage/employers/collective/${id}?added`);
	},
	remove: async (event) => {
		const actor = requireActor(event, ...STAFF);
		const centre = requireCentre(event);
		const id = collectiveId(event.params.id);
		const caseId = (await event.request.formData()).get('caseId');
		if (!isUuid(caseId)) error(404, 'errors.notFound');
		await expose(removeClaim(getPlatform().db, actor, id, caseId));
		redirect(303, `/c/${centre.slug}/manage/employers/collective/${id}?removed`);
	}
};
