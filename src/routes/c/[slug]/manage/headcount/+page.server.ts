import { redirect } from '@sveltejs/kit';
import type { MessageKey } from '$lib/i18n/messages/en';
import {
	countsThisHour,
	countVisitor,
	headcountsBetween,
	undoCount,
	visitorGroups,
	type VisitorGroup
} from '$lib/server/centres/headcount';
import { invalid } from '$lib/server/forms';
import { expose, requireActor, requireCentre } from '$lib/server/http';
import { RuleError } from '$lib/server/platform/errors';
import { getPlatform } from '$lib/server/platform/runtime';
import type { Actions, PageServerLoad } from './$types';

const STAFF = ['adviser', 'organiser', 'coordinator'] as const;
const DAY_MS = 86_400_000;

const isGroup = (value: unknown): value is VisitorGroup =>
	typeof value === 'string' && (visitorGroups as readonly string[]).includes(value);

export const load: PageServerLoad = async (event) => {
	const actor = requireActor(event, ...STAFF);
	const centre = requireCentre(event);
	const { db, now } = getPlatform();
	const at = now();
	const [thisHour, lastDay] = await Promise.all([
		countsThisHour(db, actor, centre, at),
		headcountsBetween(db, actor, new Date(at.getTime() - DAY_MS), at)
	]);
	const last = event.url.searchParams.get('last');
	const hour = event.url.searchParams.get('hour');
	// The undo is offered only for a press made this hour, the one the counter now shows.
	const undoable =
		isGroup(last) && hour === thisHour.hourStart.toISOString() ? { group: last, hour } : null;
	return {
		thisHour,
		lastDay,
		last: isGroup(last) ? last : null,
		undoable,
		undone: event.url.searchParams.has('undone')
	};
};

export const actions: Actions = {
	count: async (event) => {
		const actor = requireActor(event, ...STAFF);
		const centre = requireCentre(event);
		const group = (await event.request.formData()).get('group');
		if (!isGroup(group)) return invalid({}, { group: 'headcount.groupUnknown' });
		const { db, now } = getPlatform();
		const { hourStart } = await expose(countVisitor(db, actor, centre, group, now()));
		redirect(
			303,
			`${event.url.pathname}?last=${group}&hour=${encodeURIComponent(hourStart.toISOString())}`
		);
	},
	undo: async (event) => {
		const actor = requireActor(event, ...STAFF);
		const centre = requireCentre(event);
		const body = await event.request.formData();
		const group = body.get('group');
		const hour = new Date(String(body.get('hour') ?? ''));
		if (!isGroup(group) || Number.isNaN(hour.getTime())) {
			return invalid({}, { group: 'headcount.groupUnknown' });
		}
		const { db, now } = getPlatform();
		try {
			await expose(undoCount(db, actor, centre, group, hour, now()));
		} catch (thrown) {
			if (thrown instanceof RuleError && thrown.code === 'headcount.undoTooLate') {
				return invalid({}, { group: thrown.code as MessageKey });
			}
			throw thrown;
		}
		redirect(303, `${event.url.pathname}?undone`);
	}
};
