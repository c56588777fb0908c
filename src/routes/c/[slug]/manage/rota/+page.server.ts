import { rotaGaps, weekOf, type StaffedShift } from '$lib/server/centres/rota';
import { expose, requireActor, requireCentre } from '$lib/server/http';
import { getPlatform } from '$lib/server/platform/runtime';
import type { PageServerLoad } from './$types';

const done = ['added', 'changed', 'removed', 'generated'] as const;

function count(value: string | null): number {
	const number = Number(value ?? '0');
	return Number.isInteger(number) && number >= 0 ? number : 0;
}

export const load: PageServerLoad = async (event) => {
	const actor = requireActor(event, 'coordinator');
	const centre = requireCentre(event);
	const shifts = await expose(rotaGaps(getPlatform().db, actor, centre, getPlatform().now()));
	const weeks: { monday: string; shifts: StaffedShift[] }[] = [];
	for (const shift of shifts) {
		const monday = weekOf(shift.date, shift.weekday);
		const last = weeks.at(-1);
		if (last?.monday === monday) last.shifts.push(shift);
		else weeks.push({ monday, shifts: [shift] });
	}
	const params = event.url.searchParams;
	const shown = params.get('done');
	return {
		slug: centre.slug,
		weeks,
		total: shifts.length,
		gaps: shifts.filter((shift) => !shift.full).length,
		flagged: shifts.filter((shift) => shift.flagged).length,
		done: done.find((name) => name === shown) ?? null,
		made: count(params.get('made')),
		existing: count(params.get('existing'))
	};
};
