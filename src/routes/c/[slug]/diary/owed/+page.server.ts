import { addDays } from '$lib/server/centres/opening-hours';
import { diaryEmployers, owedByDiary, readSettings } from '$lib/server/casework/diary';
import { parseOwedValues } from '$lib/server/casework/diary.schemas';
import { formEntries, type FieldErrors, type FormValues } from '$lib/server/forms';
import { expose, requireActor, requireCentre } from '$lib/server/http';
import { getPlatform } from '$lib/server/platform/runtime';
import { centreToday } from '../[id]/shift-form.server';
import type { PageServerLoad } from './$types';

// Claims for unpaid wages reach back months, so the first answer covers the last three.
const DEFAULT_DAYS = 90;

export const load: PageServerLoad = async (event) => {
	const actor = requireActor(event, 'member');
	const centre = requireCentre(event);
	const { db } = getPlatform();
	const today = centreToday(event);
	const [settings, employers] = await Promise.all([
		expose(readSettings(db, actor)),
		expose(diaryEmployers(db, actor))
	]);
	const asked = event.url.searchParams.has('from');
	const query = new FormData();
	for (const [name, value] of event.url.searchParams) query.append(name, value);
	const values: FormValues = asked
		? formEntries(query)
		: { from: addDays(today, -DEFAULT_DAYS), to: today, employer: '' };
	const page = {
		slug: centre.slug,
		employers,
		hasBirthDate: settings.dateOfBirth !== null,
		values
	};
	if (!settings.dateOfBirth) return { ...page, errors: undefined, result: null };
	const form = parseOwedValues(values);
	const errors: FieldErrors = form.ok ? {} : { ...form.errors };
	if (form.ok && form.data.employerId && !employers.some((e) => e.id === form.data.employerId)) {
		errors.employer = 'diary.employerUnknown';
	}
	if (!form.ok || Object.keys(errors).length > 0) return { ...page, errors, result: null };
	const result = await expose(owedByDiary(db, actor, form.data, centre.timeZone, today));
	return { ...page, errors: undefined, result };
};
