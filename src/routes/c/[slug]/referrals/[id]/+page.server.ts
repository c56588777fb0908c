import { error, redirect } from '@sveltejs/kit';
import type { MessageKey } from '$lib/i18n/messages/en';
import {
	readReferral,
	recordOutcome,
	referralOutcomeSchema,
	referralStatusSchema,
	setReferralStatus,
	withdrawConsent
} from '$lib/server/directory/referrals';
import { invalid, parseForm } from '$lib/server/forms';
import { expose, requireActor } from '$lib/server/http';
import { RuleError } from '$lib/server/platform/errors';
import { isUuid } from '$lib/server/platform/ids';
import { getPlatform } from '$lib/server/platform/runtime';
import type { Actions, PageServerLoad } from './$types';

function referralId(id: string): string {
	if (!isUuid(id)) error(404, 'errors.notFound');
	return id;
}

const ERASED = ['both', 'contact', 'note', 'none'] as const;

export const load: PageServerLoad = async (event) => {
	const actor = requireActor(event, 'member', 'adviser');
	const { db, secretKey } = getPlatform();
	const referral = await expose(
		readReferral(db, actor, referralId(event.params.id), secretKey, event.locals.locale)
	);
	const search = event.url.searchParams;
	const erased = search.get('withdrawn');
	return {
		referral,
		made: search.has('made'),
		saved: search.has('saved'),
		confirmWithdraw: search.has('withdraw') && referral.may.withdraw,
		withdrawn: ERASED.find((each) => each === erased) ?? null
	};
};

/** A refusal of the rules, shown on the form that was sent. */
function refused(
	thrown: unknown,
	field: string,
	values: Record<string, string | string[]>
): ReturnType<typeof invalid> {
	if (thrown instanceof RuleError) {
		const key: MessageKey =
			thrown.code === 'withdrawn' ? 'referral.withdrawnNoChange' : 'referral.outcomeTooLong';
		return invalid(values, { [field]: key });
	}
	throw thrown;
}

export const actions: Actions = {
	status: async (event) => {
		const actor = requireActor(event, 'member', 'adviser');
		const id = referralId(event.params.id);
		const form = parseForm(await event.request.formData(), referralStatusSchema);
		if (!form.ok) return invalid(form.values, form.errors);
		try {
			await expose(setReferralStatus(getPlatform().db, actor, id, form.data.status));
		} catch (thrown) {
			return refused(thrown, 'status', form.values);
		}
		redirect(303, `${event.url.pathname}?saved`);
	},
	outcome: async (event) => {
		const actor = requireActor(event, 'member', 'adviser');
		const id = referralId(event.params.id);
		const form = parseForm(await event.request.formData(), referralOutcomeSchema);
		if (!form.ok) return invalid(form.values, form.errors);
		const { db, secretKey } = getPlatform();
		try {
			await expose(recordOutcome(db, actor, id, form.data.outcome, secretKey));
		} catch (thrown) {
			return refused(thrown, 'outcome', form.values);
		}
		redirect(303, `${event.url.pathname}?saved`);
	},
	withdraw: async (event) => {
		const actor = requireActor(event, 'member', 'adviser');
		const id = referralId(event.params.id);
		const done = await expose(withdrawConsent(getPlatform().db, actor, id));
		const erased =
			done.erasedContact && done.erasedNote
				? 'both'
				: done.erasedContact
					? 'contact'
					: done.erasedNote
						? 'note'
						: 'none';
		redirect(303, `${event.url.pathname}?withdrawn=${erased}`);
	}
};
