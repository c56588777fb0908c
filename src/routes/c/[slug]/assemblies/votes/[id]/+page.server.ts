import { fail } from '@sveltejs/kit';
import type { MessageKey } from '$lib/i18n/messages/en';
import { castOnline, readVote } from '$lib/server/governance/ballots';
import { parseBallot } from '$lib/server/governance/governance.schemas';
import { formEntries, invalid } from '$lib/server/forms';
import { expose, requireActor, requireCentre } from '$lib/server/http';
import { RuleError } from '$lib/server/platform/errors';
import { getPlatform } from '$lib/server/platform/runtime';
import { ANY_ROLE, idFrom } from '../../paging';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const actor = requireActor(event, ...ANY_ROLE);
	const centre = requireCentre(event);
	const { db, now, secretKey } = getPlatform();
	return {
		slug: centre.slug,
		vote: await expose(readVote(db, actor, idFrom(event.params.id), secretKey, now()))
	};
};

export const actions: Actions = {
	// The receipt is shown once, in the answer to this form: never in an address, never kept.
	cast: async (event) => {
		const actor = requireActor(event, ...ANY_ROLE);
		const { db, now, secretKey } = getPlatform();
		const id = idFrom(event.params.id);
		const vote = await expose(readVote(db, actor, id, secretKey, now()));
		const values = formEntries(await event.request.formData());
		const ballot = parseBallot(values, {
			kind: vote.kind,
			candidates: vote.candidates.map((candidate) => candidate.id)
		});
		if (!ballot.ok) return invalid(ballot.values, ballot.errors);
		try {
			const receipt = await expose(castOnline(db, actor, id, ballot.data, secretKey, now()));
			return { receipt };
		} catch (thrown) {
			if (thrown instanceof RuleError) return fail(409, { problem: thrown.code as MessageKey });
			throw thrown;
		}
	}
};
