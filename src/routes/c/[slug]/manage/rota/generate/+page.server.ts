import { redirect } from '@sveltejs/kit';
import { getHours } from '$lib/server/centres/centres.service';
import { generateShifts } from '$lib/server/centres/rota';
import { needsOf, patternSchema, rotaLanguages } from '$lib/server/centres/rota.schemas';
import { invalid, parseForm } from '$lib/server/forms';
import { expose, requireActor, requireCentre } from '$lib/server/http';
import { RuleError } from '$lib/server/platform/errors';
import { getPlatform } from '$lib/server/platform/runtime';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	requireActor(event, 'coordinator');
	const centre = requireCentre(event);
	const now = getPlatform().now();
	const hours = await getHours(getPlatform().db, centre, now);
	const nights = hours.weekly.filter(
		(opening) => opening.closes <= opening.opens || opening.opens >= '18:00'
	);
	return {
		openings: hours.weekly,
		extras: hours.exceptions.filter((exception) => exception.kind === 'open').length,
		languages: [...rotaLanguages],
		values: {
			openings: nights.map((opening) => opening.id),
			parts: '1',
			minPeople: '2',
			firstAid: '1',
			childcare: '0'
		}
	};
};

export const actions: Actions = {
	default: async (event) => {
		const actor = requireActor(event, 'coordinator');
		const centre = requireCentre(event);
		const form = parseForm(await event.request.formData(), patternSchema);
		if (!form.ok) return invalid(form.values, form.errors);
		const now = getPlatform().now();
		const db = getPlatform().db;
		let result: { made: number; existing: number };
		try {
			result = await expose(
				generateShifts(
					db,
					actor,
					await getHours(db, centre, now),
					centre.timeZone,
					{
						openingIds: form.data.openings,
						extras: form.data.extras,
						parts: form.data.parts,
						minPeople: form.data.minPeople,
						needs: needsOf(form.data)
					},
					now
				)
			);
		} catch (thrown) {
			if (thrown instanceof RuleError && thrown.code === 'openingUnknown') {
				return invalid(form.values, { openings: 'rota.openingUnknown' });
			}
			throw thrown;
		}
		redirect(
			303,
			`/c/${centre.slug}/manage/rota?done=generated&made=${result.made}&existing=${result.existing}`
		);
	}
};
