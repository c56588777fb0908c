import { fail, redirect } from '@sveltejs/kit';
import { listAssemblies, openCalls, supportCall } from '$lib/server/governance/assemblies';
import { expose, requireActor, requireCentre } from '$lib/server/http';
import { isMember } from '$lib/server/membership/mutual';
import { RuleError } from '$lib/server/platform/errors';
import { isUuid } from '$lib/server/platform/ids';
import { getPlatform } from '$lib/server/platform/runtime';
import type { MessageKey } from '$lib/i18n/messages/en';
import { ANY_ROLE, pageNumber } from './paging';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const actor = requireActor(event, ...ANY_ROLE);
	const centre = requireCentre(event);
	const { db, now } = getPlatform();
	const page = pageNumber(event.url);
	return {
		slug: centre.slug,
		page,
		now: now(),
		member: await isMember(db, centre.id, actor.accountId),
		...(await listAssemblies(db, centre.id, page)),
		calls: await openCalls(db, actor),
		supported: event.url.searchParams.has('supported'),
		called: event.url.searchParams.get('called')
	};
};

export const actions: Actions = {
	support: async (event) => {
		const actor = requireActor(event, ...ANY_ROLE);
		const centre = requireCentre(event);
		const callId = (await event.request.formData()).get('call');
		if (!isUuid(callId)) return fail(400, { problem: 'assemblies.callUnknown' as MessageKey });
		try {
			const assemblyId = await expose(
				supportCall(getPlatform().db, actor, callId, getPlatform().now())
			);
			if (assemblyId) redirect(303, `/c/${centre.slug}/assemblies/${assemblyId}?called`);
		} catch (thrown) {
			if (thrown instanceof RuleError) return fail(403, { problem: thrown.code as MessageKey });
			throw thrown;
		}
		redirect(303, `/c/${centre.slug}/assemblies?supported`);
	}
};
