import { fail, redirect } from '@sveltejs/kit';
import type { MessageKey } from '$lib/i18n/messages/en';
import {
	offerSwap,
	rotaFor,
	signUp,
	stepDown,
	takeSwap,
	weekOf,
	withdrawSwap
} from '$lib/server/centres/rota';
import { expose, requireActor, requireCentre } from '$lib/server/http';
import { hasRole, roles, type Actor } from '$lib/server/identity/identity.service';
import { NotFoundError, RuleError } from '$lib/server/platform/errors';
import { isUuid } from '$lib/server/platform/ids';
import { getPlatform } from '$lib/server/platform/runtime';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

const doneMessages = {
	signedUp: 'rota.doneSignedUp',
	steppedDown: 'rota.doneSteppedDown',
	swapOffered: 'rota.doneSwapOffered',
	swapWithdrawn: 'rota.doneSwapWithdrawn',
	swapTaken: 'rota.doneSwapTaken',
	skills: 'rota.doneSkills'
} as const satisfies Record<string, MessageKey>;

const problems: Record<string, MessageKey> = {
	overlaps: 'rota.overlaps',
	shiftOver: 'rota.shiftOver',
	noSwap: 'rota.noSwap',
	alreadyOn: 'rota.alreadyOn',
	notOnShift: 'rota.notOnShift'
};

function belonging(event: RequestEvent): Actor {
	return requireActor(event, ...roles);
}

export const load: PageServerLoad = async (event) => {
	const actor = belonging(event);
	const centre = requireCentre(event);
	const { shifts, skills } = await expose(
		rotaFor(getPlatform().db, actor, centre, getPlatform().now())
	);
	const weeks: { monday: string; shifts: typeof shifts }[] = [];
	for (const shift of shifts) {
		const monday = weekOf(shift.date, shift.weekday);
		const last = weeks.at(-1);
		if (last?.monday === monday) last.shifts.push(shift);
		else weeks.push({ monday, shifts: [shift] });
	}
	const done = event.url.searchParams.get('done') ?? '';
	return {
		weeks,
		skills,
		done: done in doneMessages ? doneMessages[done as keyof typeof doneMessages] : null,
		isCoordinator: hasRole(actor, 'coordinator')
	};
};

type Change = typeof signUp;

/** One button on a shift: the change, then back to the shift, or the problem named in words. */
function action(change: Change, done: keyof typeof doneMessages) {
	return async (event: RequestEvent) => {
		const actor = belonging(event);
		const shiftId = (await event.request.formData()).get('shiftId');
		if (!isUuid(shiftId)) return fail(400, { problem: 'rota.shiftGone' as MessageKey });
		try {
			await change(getPlatform().db, actor, shiftId, getPlatform().now());
		} catch (thrown) {
			if (thrown instanceof NotFoundError) {
				return fail(400, { problem: 'rota.shiftGone' as MessageKey });
			}
			if (thrown instanceof RuleError && thrown.code in problems) {
				return fail(400, { problem: problems[thrown.code] as MessageKey });
			}
			throw thrown;
		}
		redirect(303, `${event.url.pathname}?done=${done}#shift-${shiftId}`);
	};
}

export const actions: Actions = {
	signUp: action(signUp, 'signedUp'),
	stepDown: action(stepDown, 'steppedDown'),
	offerSwap: action((db, actor, id, now) => offerSwap(db, actor, id, now), 'swapOffered'),
	withdrawSwap: action(withdrawSwap, 'swapWithdrawn'),
	takeSwap: action(takeSwap, 'swapTaken')
};
