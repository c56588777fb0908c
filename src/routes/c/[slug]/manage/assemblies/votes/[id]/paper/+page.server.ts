import { fail } from '@sveltejs/kit';
import type { MessageKey } from '$lib/i18n/messages/en';
import { paperVoters, readVote, recordPaperBallot } from '$lib/server/governance/ballots';
import { parseBallot } from '$lib/server/governance/governance.schemas';
import { formEntries, invalid } from '$lib/server/forms';
import { expose, requireActor, requireCentre } from '$lib/server/http';
import { RuleError } from '$lib/server/platform/errors';
import { getPlatform } from '$lib/server/platform/runtime';
import { idFrom } from '../../../../../assemblies/paging';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const actor = requireActor(event, 'coordinator');
	const centre = requireCentre(event);
	const { db, now, secretKey } = getPlatform();
	const id = idFrom(event.params.id);
	const vote = await expose(readVote(db, actor, id, secretKey, now()));
	return {
		slug: centre.slug,
		vote,
		voters: vote.state === 'open' ? await expose(paperVoters(db, actor, id)) : []
	};
};

export const actions: Actions = {
	default: async (event) => {
		const actor = requireActor(event, 'coordinator');
		const { db, now, secretKey } = getPlatform();
		const id = idFrom(event.params.id);
		const vote = await expose(readVote(db, actor, id, secretKey, now()));
		const values = formEntries(await event.request.formData());
		const voters = await expose(paperVoters(db, actor, id));
		const voter = typeof values.voter === 'string' ? values.voter : '';
		const ballot = parseBallot(values, {
			kind: vote.kind,
			candidates: vote.candidates.map((candidate) => candidate.id)
		});
		const errors = ballot.ok ? {} : { ...ballot.errors };
		if (!voters.some((person) => person.id === voter)) {
			errors.voter = 'ballots.paperVoterRequired' as MessageKey;
		}
		if (!ballot.ok || Object.keys(errors).length > 0) return invalid(values, errors);
		try {
			const receipt = await expose(
				recordPaperBallot(db, actor, id, voter, ballot.data, secretKey, now())
			);
			return { receipt };
		} catch (thrown) {
			if (thrown instanceof RuleError) return fail(409, { problem: thrown.code as MessageKey });
			throw thrown;
		}
	}
};
