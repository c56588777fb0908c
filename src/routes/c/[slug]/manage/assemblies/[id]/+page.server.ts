import { fail, redirect } from '@sveltejs/kit';
import type { MessageKey } from '$lib/i18n/messages/en';
import { readAssembly } from '$lib/server/governance/assemblies';
import {
	closeVote,
	createElection,
	createQuestionVote,
	openVote
} from '$lib/server/governance/ballots';
import { electionSchema, parseClosing } from '$lib/server/governance/governance.schemas';
import { formEntries, invalid, parseForm } from '$lib/server/forms';
import { expose, requireActor, requireCentre } from '$lib/server/http';
import { currentMemberNames } from '$lib/server/membership/mutual';
import { RuleError } from '$lib/server/platform/errors';
import { isUuid } from '$lib/server/platform/ids';
import { getPlatform } from '$lib/server/platform/runtime';
import { idFrom } from '../../../assemblies/paging';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const actor = requireActor(event, 'coordinator');
	const centre = requireCentre(event);
	const { db } = getPlatform();
	return {
		slug: centre.slug,
		assembly: await expose(readAssembly(db, centre.id, idFrom(event.params.id))),
		members: await currentMemberNames(db, actor),
		notice: event.url.searchParams.get('done')
	};
};

const refused = (thrown: unknown, form: string) => {
	if (thrown instanceof RuleError) return fail(409, { form, problem: thrown.code as MessageKey });
	throw thrown;
};

export const actions: Actions = {
	prepare: async (event) => {
		const actor = requireActor(event, 'coordinator');
		const values = formEntries(await event.request.formData());
		if (!isUuid(values.proposal))
			return fail(400, { form: 'prepare', problem: 'ballots.voteUnknown' as MessageKey });
		try {
			await expose(
				createQuestionVote(getPlatform().db, actor, values.proposal, getPlatform().now())
			);
		} catch (thrown) {
			return refused(thrown, 'prepare');
		}
		redirect(303, `${event.url.pathname}?done=prepared`);
	},
	election: async (event) => {
		const actor = requireActor(event, 'coordinator');
		const { db, now } = getPlatform();
		const members = await currentMemberNames(db, actor);
		const form = parseForm(
			await event.request.formData(),
			electionSchema(members.map((member) => member.id))
		);
		if (!form.ok) return invalid(form.values, form.errors);
		if (form.data.candidates.length <= form.data.seats) {
			return invalid(form.values, { candidates: 'ballots.tooFewCandidates' });
		}
		try {
			await expose(createElection(db, actor, idFrom(event.params.id), form.data, now()));
		} catch (thrown) {
			if (thrown instanceof RuleError) {
				return invalid(form.values, { candidates: thrown.code as MessageKey });
			}
			throw thrown;
		}
		redirect(303, `${event.url.pathname}?done=election`);
	},
	open: async (event) => {
		const actor = requireActor(event, 'coordinator');
		const centre = requireCentre(event);
		const { db, now } = getPlatform();
		const values = formEntries(await event.request.formData());
		if (!isUuid(values.vote))
			return fail(400, { form: 'open', problem: 'ballots.voteUnknown' as MessageKey });
		const closing = parseClosing(values, centre.timeZone, now());
		if (!closing.ok) {
			return fail(400, {
				form: 'open',
				vote: values.vote,
				values: closing.values,
				errors: closing.errors
			});
		}
		try {
			await expose(openVote(db, actor, values.vote, closing.data, now()));
		} catch (thrown) {
			return refused(thrown, 'open');
		}
		redirect(303, `${event.url.pathname}?done=opened`);
	},
	// Closing before the set time ends the vote for everyone: the first submission asks again.
	close: async (event) => {
		const actor = requireActor(event, 'coordinator');
		const { db, now, secretKey } = getPlatform();
		const values = formEntries(await event.request.formData());
		const vote = values.vote;
		if (!isUuid(vote))
			return fail(400, { form: 'close', problem: 'ballots.voteUnknown' as MessageKey });
		if (values.confirm !== 'yes') return { form: 'close', confirmClose: vote };
		try {
			await expose(closeVote(db, actor, vote, secretKey, now()));
		} catch (thrown) {
			return refused(thrown, 'close');
		}
		redirect(303, `${event.url.pathname}?done=closed`);
	}
};
