import { error, redirect } from '@sveltejs/kit';
import { invalid, parseForm } from '$lib/server/forms';
import { expose, requireActor, requireCentre } from '$lib/server/http';
import { RuleError } from '$lib/server/platform/errors';
import { isUuid } from '$lib/server/platform/ids';
import { getPlatform } from '$lib/server/platform/runtime';
import { chooseSchema } from '$lib/server/support/advisers.schemas';
import { decideMeeting, memberMeeting } from '$lib/server/support/meetings';
import type { Actions, PageServerLoad } from './$types';

const ANY_ROLE = ['member', 'adviser', 'organiser', 'coordinator'] as const;

function meetingId(id: string): string {
	if (!isUuid(id)) error(404, 'errors.notFound');
	return id;
}

export const load: PageServerLoad = async (event) => {
	const actor = requireActor(event, ...ANY_ROLE);
	const centre = requireCentre(event);
	const { db, secretKey } = getPlatform();
	const meeting = await expose(memberMeeting(db, actor, meetingId(event.params.id), secretKey));
	return { slug: centre.slug, meeting };
};

export const actions: Actions = {
	choose: async (event) => {
		const actor = requireActor(event, ...ANY_ROLE);
		const centre = requireCentre(event);
		const id = meetingId(event.params.id);
		const form = parseForm(await event.request.formData(), chooseSchema);
		if (!form.ok) return invalid(form.values, form.errors);
		const { db, now } = getPlatform();
		try {
			await expose(decideMeeting(db, actor, id, form.data.adviser, now()));
		} catch (thrown) {
			if (thrown instanceof RuleError && thrown.code === 'advisers.chooseRequired') {
				return invalid(form.values, { adviser: 'advisers.chooseRequired' });
			}
			throw thrown;
		}
		redirect(303, `/c/${centre.slug}/advisers?chosen`);
	},
	none: async (event) => {
		const actor = requireActor(event, ...ANY_ROLE);
		const centre = requireCentre(event);
		const { db, now } = getPlatform();
		await expose(decideMeeting(db, actor, meetingId(event.params.id), null, now()));
		redirect(303, `/c/${centre.slug}/advisers/meet?again`);
	}
};
