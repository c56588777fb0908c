import { redirect } from '@sveltejs/kit';
import { invalid } from '$lib/server/forms';
import { expose, requireActor, requireCentre } from '$lib/server/http';
import { correctOneToOne, deleteOneToOne, readOneToOne } from '$lib/server/organising/one-to-ones';
import { parseOneToOneForm } from '$lib/server/organising/one-to-ones.schemas';
import { getPlatform } from '$lib/server/platform/runtime';
import { centreToday, idParam } from '../../one-to-one-form.server';
import type { Actions, PageServerLoad } from './$types';

const ORGANISING = ['organiser', 'coordinator'] as const;

export const load: PageServerLoad = async (event) => {
	const actor = requireActor(event, ...ORGANISING);
	const centre = requireCentre(event);
	const accountId = idParam(event.params.accountId);
	const id = idParam(event.params.oneToOneId);
	const { db, secretKey } = getPlatform();
	const { person, oneToOne } = await expose(readOneToOne(db, actor, accountId, id, secretKey));
	return {
		slug: centre.slug,
		person,
		values: { ...oneToOne },
		deleting: event.url.searchParams.has('delete')
	};
};

export const actions: Actions = {
	correct: async (event) => {
		const actor = requireActor(event, ...ORGANISING);
		const centre = requireCentre(event);
		const accountId = idParam(event.params.accountId);
		const id = idParam(event.params.oneToOneId);
		const form = parseOneToOneForm(await event.request.formData(), centreToday(centre));
		if (!form.ok) return invalid(form.values, form.errors);
		const { db, secretKey } = getPlatform();
		await expose(correctOneToOne(db, actor, accountId, id, form.data, secretKey));
		redirect(303, `/c/${centre.slug}/manage/organising/${accountId}?corrected`);
	},
	delete: async (event) => {
		const actor = requireActor(event, ...ORGANISING);
		const centre = requireCentre(event);
		const accountId = idParam(event.params.accountId);
		const id = idParam(event.params.oneToOneId);
		await expose(deleteOneToOne(getPlatform().db, actor, accountId, id));
		redirect(303, `/c/${centre.slug}/manage/organising/${accountId}?deleted`);
	}
};
