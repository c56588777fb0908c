import { fail, redirect } from '@sveltejs/kit';
import { expose, requireActor } from '$lib/server/http';
import { roles } from '$lib/server/identity/identity.service';
import { RuleError } from '$lib/server/platform/errors';
import { getPlatform } from '$lib/server/platform/runtime';
import { erasePlan, sharePlan, stopSharingPlan } from '$lib/server/support/plans';
import { planPage } from './plan-pages.server';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const actor = requireActor(event, ...roles);
	return {
		...(await planPage(event, actor, actor.accountId)),
		confirmErase: event.url.searchParams.has('erase')
	};
};

export const actions: Actions = {
	share: async (event) => {
		const actor = requireActor(event, ...roles);
		const { db, now } = getPlatform();
		try {
			await expose(sharePlan(db, actor, now()));
		} catch (thrown) {
			if (thrown instanceof RuleError && thrown.code === 'plan.noAdviser') {
				return fail(409, { problem: 'plan.noAdviser' as const });
			}
			throw thrown;
		}
		redirect(303, `${event.url.pathname}?done=shared`);
	},
	stopSharing: async (event) => {
		const actor = requireActor(event, ...roles);
		await expose(stopSharingPlan(getPlatform().db, actor));
		redirect(303, `${event.url.pathname}?done=unshared`);
	},
	erase: async (event) => {
		const actor = requireActor(event, ...roles);
		await expose(erasePlan(getPlatform().db, actor));
		redirect(303, `${event.url.pathname}?done=erased`);
	}
};
