import { redirect } from '@sveltejs/kit';
import type { MessageKey } from '$lib/i18n/messages/en';
import { addComment, amendProposal, readProposal } from '$lib/server/governance/assemblies';
import { commentSchema, proposalSchema } from '$lib/server/governance/governance.schemas';
import { invalid, parseForm } from '$lib/server/forms';
import { expose, requireActor, requireCentre } from '$lib/server/http';
import { isMember } from '$lib/server/membership/mutual';
import { RuleError } from '$lib/server/platform/errors';
import { getPlatform } from '$lib/server/platform/runtime';
import { ANY_ROLE, idFrom, pageNumber } from '../../paging';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const actor = requireActor(event, ...ANY_ROLE);
	const centre = requireCentre(event);
	const { db } = getPlatform();
	const page = pageNumber(event.url);
	const search = event.url.searchParams;
	return {
		slug: centre.slug,
		page,
		proposal: await expose(readProposal(db, actor, idFrom(event.params.id), page)),
		member: await isMember(db, centre.id, actor.accountId),
		put: search.has('put'),
		amended: search.has('amended'),
		commented: search.has('commented')
	};
};

export const actions: Actions = {
	comment: async (event) => {
		const actor = requireActor(event, ...ANY_ROLE);
		const form = parseForm(await event.request.formData(), commentSchema);
		if (!form.ok) return invalid(form.values, form.errors);
		try {
			await expose(
				addComment(
					getPlatform().db,
					actor,
					idFrom(event.params.id),
					form.data.comment,
					getPlatform().now()
				)
			);
		} catch (thrown) {
			if (thrown instanceof RuleError)
				return invalid(form.values, { comment: thrown.code as MessageKey });
			throw thrown;
		}
		redirect(303, `${event.url.pathname}?commented#discussion`);
	},
	amend: async (event) => {
		const actor = requireActor(event, ...ANY_ROLE);
		const form = parseForm(await event.request.formData(), proposalSchema);
		if (!form.ok) return invalid(form.values, form.errors);
		try {
			await expose(
				amendProposal(
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
		redirect(303, `${event.url.pathname}?amended`);
	}
};
