import { error, redirect } from '@sveltejs/kit';
import { invalid, parseForm } from '$lib/server/forms';
import { expose, requireActor, requireCentre } from '$lib/server/http';
import {
	getPerson,
	hasRole,
	issueResetCard,
	setRoles
} from '$lib/server/identity/identity.service';
import { rolesSchema } from '$lib/server/identity/identity.schemas';
import { RuleError } from '$lib/server/platform/errors';
import { isUuid } from '$lib/server/platform/ids';
import { getPlatform } from '$lib/server/platform/runtime';
import type { MessageKey } from '$lib/i18n/messages/en';
import type { Actions, PageServerLoad } from './$types';

function personId(id: string): string {
	if (!isUuid(id)) error(404, 'errors.notFound');
	return id;
}

export const load: PageServerLoad = async (event) => {
	const actor = requireActor(event, 'adviser', 'coordinator');
	const person = await expose(getPerson(getPlatform().db, actor, personId(event.params.id)));
	return {
		person,
		canSetRoles: hasRole(actor, 'coordinator'),
		saved: event.url.searchParams.has('saved')
	};
};

export const actions: Actions = {
	roles: async (event) => {
		const actor = requireActor(event, 'coordinator');
		const form = parseForm(await event.request.formData(), rolesSchema);
		if (!form.ok) return invalid(form.values, form.errors);
		try {
			await expose(setRoles(getPlatform().db, actor, personId(event.params.id), form.data.roles));
		} catch (thrown) {
			if (thrown instanceof RuleError && thrown.code === 'lastCoordinator') {
				return invalid(form.values, { roles: 'identity.lastCoordinator' });
			}
			throw thrown;
		}
		redirect(303, `${event.url.pathname}?saved=1`);
	},
	card: async (event) => {
		const actor = requireActor(event, 'adviser', 'coordinator');
		const centre = requireCentre(event);
		try {
			const card = await expose(issueResetCard(getPlatform().db, actor, personId(event.params.id)));
			return { card: { ...card, centreName: centre.name } };
		} catch (thrown) {
			if (thrown instanceof RuleError) {
				return invalid({}, { card: `identity.${thrown.code}` as MessageKey });
			}
			throw thrown;
		}
	}
};
