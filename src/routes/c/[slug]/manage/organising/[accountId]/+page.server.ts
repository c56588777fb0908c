import { error, redirect } from '@sveltejs/kit';
import { invalid } from '$lib/server/forms';
import { expose, requireActor, requireCentre } from '$lib/server/http';
import {
	organisingRecord,
	recordOneToOne,
	recordStep,
	removeStep
} from '$lib/server/organising/one-to-ones';
import { parseOneToOneForm, parseStepForm } from '$lib/server/organising/one-to-ones.schemas';
import { LADDER_STEPS, type LadderStep } from '$lib/server/organising/organising.tables';
import { getPlatform } from '$lib/server/platform/runtime';
import { centreToday, idParam } from '../one-to-one-form.server';
import type { Actions, PageServerLoad } from './$types';

const ORGANISING = ['organiser', 'coordinator'] as const;

function isStep(value: unknown): value is LadderStep {
	return LADDER_STEPS.includes(value as LadderStep);
}

export const load: PageServerLoad = async (event) => {
	const actor = requireActor(event, ...ORGANISING);
	const centre = requireCentre(event);
	const accountId = idParam(event.params.accountId);
	const { db, secretKey } = getPlatform();
	const record = await expose(organisingRecord(db, actor, accountId, secretKey));
	const removing = event.url.searchParams.get('remove');
	const notice = ['recorded', 'corrected', 'deleted', 'stepRecorded', 'stepRemoved'].find((name) =>
		event.url.searchParams.has(name)
	);
	return {
		slug: centre.slug,
		...record,
		today: centreToday(centre),
		removing: record.path.find((stop) => stop.step === removing && stop.recordedOn) ?? null,
		notice
	};
};

export const actions: Actions = {
	record: async (event) => {
		const actor = requireActor(event, ...ORGANISING);
		const centre = requireCentre(event);
		const accountId = idParam(event.params.accountId);
		const form = parseOneToOneForm(await event.request.formData(), centreToday(centre));
		if (!form.ok) return invalid(form.values, form.errors);
		const { db, secretKey } = getPlatform();
		await expose(recordOneToOne(db, actor, accountId, form.data, secretKey));
		redirect(303, `/c/${centre.slug}/manage/organising/${accountId}?recorded`);
	},
	step: async (event) => {
		const actor = requireActor(event, ...ORGANISING);
		const centre = requireCentre(event);
		const accountId = idParam(event.params.accountId);
		const form = parseStepForm(await event.request.formData(), centreToday(centre));
		if (!form.ok) return invalid(form.values, form.errors);
		await expose(recordStep(getPlatform().db, actor, accountId, form.data));
		redirect(303, `/c/${centre.slug}/manage/organising/${accountId}?stepRecorded#path`);
	},
	removeStep: async (event) => {
		const actor = requireActor(event, ...ORGANISING);
		const centre = requireCentre(event);
		const accountId = idParam(event.params.accountId);
		const step = (await event.request.formData()).get('step');
		if (!isStep(step)) error(404, 'errors.notFound');
		await expose(removeStep(getPlatform().db, actor, accountId, step));
		redirect(303, `/c/${centre.slug}/manage/organising/${accountId}?stepRemoved#path`);
	}
};
