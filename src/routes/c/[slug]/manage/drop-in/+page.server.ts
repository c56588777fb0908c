import { error, fail, redirect, type RequestEvent } from '@sveltejs/kit';
import type { MessageKey } from '$lib/i18n/messages/en';
import { adviserLanguages } from '$lib/server/identity/identity.service';
import { parseForm } from '$lib/server/forms';
import { expose, requireActor, requireCentre } from '$lib/server/http';
import { RuleError } from '$lib/server/platform/errors';
import { isUuid } from '$lib/server/platform/ids';
import { getPlatform } from '$lib/server/platform/runtime';
import {
	adviserQueue,
	callNext,
	checkIn,
	settleTicket,
	type Outcome
} from '$lib/server/support/drop-in';
import { callFields, checkInFields, checkInLanguages } from '$lib/server/support/drop-in.schemas';
import type { Actions, PageServerLoad } from './$types';

function adviser(event: RequestEvent) {
	return requireActor(event, 'adviser', 'coordinator');
}

export const load: PageServerLoad = async (event) => {
	const actor = adviser(event);
	const centre = requireCentre(event);
	const { db, now, secretKey } = getPlatform();
	const queue = await expose(adviserQueue(db, actor, centre, now(), secretKey));
	const search = event.url.searchParams;
	const number = (name: string) => {
		const value = search.get(name);
		return value && /^\d{1,6}$/.test(value) ? Number(value) : null;
	};
	const confirm = search.get('left');
	return {
		slug: centre.slug,
		queue,
		languages: queue.opening ? checkInLanguages(await adviserLanguages(db, centre.id)) : [],
		desk: (search.get('desk') ?? '').slice(0, 40),
		called: number('called'),
		fit: search.get('fit'),
		nobodyFits: number('nobodyFits'),
		checkedIn: number('checkedIn'),
		settled: number('settled'),
		outcome: search.get('outcome'),
		confirmLeft: confirm && isUuid(confirm) ? confirm : null
	};
};

function back(slug: string, params: Record<string, string | number>): never {
	redirect(
		303,
		`/c/${slug}/manage/drop-in?${new URLSearchParams(Object.entries(params).map(([key, value]) => [key, String(value)]))}`
	);
}

async function settle(event: RequestEvent, outcome: Outcome) {
	const actor = adviser(event);
	const centre = requireCentre(event);
	const ticket = (await event.request.formData()).get('ticket');
	if (typeof ticket !== 'string' || !isUuid(ticket)) error(404, 'errors.notFound');
	try {
		const number = await expose(settleTicket(getPlatform().db, actor, centre, ticket, outcome));
		back(centre.slug, { settled: number, outcome });
	} catch (thrown) {
		if (thrown instanceof RuleError) return fail(409, { problem: thrown.code as MessageKey });
		throw thrown;
	}
}

export const actions: Actions = {
	call: async (event) => {
		const actor = adviser(event);
		const centre = requireCentre(event);
		const form = parseForm(await event.request.formData(), callFields);
		if (!form.ok) return fail(400, { callValues: form.values, callErrors: form.errors });
		const { db, now } = getPlatform();
		try {
			const result = await expose(callNext(db, actor, centre, form.data, now()));
			if (result.called) {
				back(centre.slug, { called: result.number, fit: result.fit, desk: form.data.desk });
			}
			back(centre.slug, { nobodyFits: result.waiting, desk: form.data.desk });
		} catch (thrown) {
			if (thrown instanceof RuleError) return fail(409, { problem: thrown.code as MessageKey });
			throw thrown;
		}
	},
	seen: (event) => settle(event, 'seen'),
	left: (event) => settle(event, 'left'),
	back: (event) => settle(event, 'back'),
	checkIn: async (event) => {
		adviser(event);
		const centre = requireCentre(event);
		const { db, now, secretKey } = getPlatform();
		const form = parseForm(
			await event.request.formData(),
			checkInFields(checkInLanguages(await adviserLanguages(db, centre.id)))
		);
		if (!form.ok) return fail(400, { values: form.values, errors: form.errors });
		try {
			const ticket = await checkIn(db, centre, form.data, now(), secretKey);
			back(centre.slug, { checkedIn: ticket.number });
		} catch (thrown) {
			if (thrown instanceof RuleError) {
				return fail(409, { values: form.values, problem: thrown.code as MessageKey });
			}
			throw thrown;
		}
	}
};
