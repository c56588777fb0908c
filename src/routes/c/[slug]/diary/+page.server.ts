import { redirect } from '@sveltejs/kit';
import { addDays } from '$lib/server/centres/opening-hours';
import { diaryWeek, recordShifts, weekStartOf } from '$lib/server/casework/diary';
import { parseDiaryDay, parseShiftValues } from '$lib/server/casework/diary.schemas';
import { formEntries, invalid } from '$lib/server/forms';
import { expose, requireActor, requireCentre } from '$lib/server/http';
import { uuidv7 } from '$lib/server/platform/ids';
import { getPlatform } from '$lib/server/platform/runtime';
import { centreToday, spanProblem } from './[id]/shift-form.server';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const actor = requireActor(event, 'member');
	const centre = requireCentre(event);
	const today = centreToday(event);
	const asked = parseDiaryDay(event.url.searchParams.get('week') ?? '');
	const week = await expose(diaryWeek(getPlatform().db, actor, asked ?? today, centre.timeZone));
	const thisWeek = weekStartOf(today);
	return {
		slug: centre.slug,
		week,
		isThisWeek: week.weekStart === thisWeek,
		previousWeek: addDays(week.weekStart, -7),
		nextWeek: addDays(week.weekStart, 7),
		// Each showing of the form gets its own client id, so a shift sent twice is kept once.
		clientId: uuidv7(),
		today,
		done: event.url.searchParams.get('done')
	};
};

export const actions: Actions = {
	add: async (event) => {
		const actor = requireActor(event, 'member');
		const centre = requireCentre(event);
		const form = parseShiftValues(formEntries(await event.request.formData()));
		if (!form.ok) return invalid(form.values, form.errors);
		try {
			await expose(recordShifts(getPlatform().db, actor, [form.data]));
		} catch (thrown) {
			const problem = spanProblem(thrown);
			if (problem) return invalid(form.values, problem);
			throw thrown;
		}
		redirect(303, `/c/${centre.slug}/diary?week=${form.data.startsOn}&done=saved`);
	}
};
