import { error, redirect } from '@sveltejs/kit';
import { createCollective, employerClaims } from '$lib/server/casework/collective';
import { employerReportCounts, readEmployer } from '$lib/server/casework/employers';
import { parseCollectiveForm } from '$lib/server/casework/employers.schemas';
import { invalid } from '$lib/server/forms';
import { expose, requireActor, requireCentre } from '$lib/server/http';
import { RuleError } from '$lib/server/platform/errors';
import { isUuid } from '$lib/server/platform/ids';
import { getPlatform } from '$lib/server/platform/runtime';
import type { MessageKey } from '$lib/i18n/messages/en';
import type { Actions, PageServerLoad } from './$types';

const STAFF = ['adviser', 'organiser', 'coordinator'] as const;

function employerId(id: string): string {
	if (!isUuid(id)) error(404, 'errors.notFound');
	return id;
}

export const load: PageServerLoad = async (event) => {
	const actor = requireActor(event, ...STAFF);
	const centre = requireCentre(event);
	const id = employerId(event.params.id);
	const { db } = getPlatform();
	const employer = await expose(readEmployer(db, actor, id));
	const counts = await expose(employerReportCounts(db, actor, id));
	const { claims, collectives } = await expose(employerClaims(db, actor, id));
	return {
		slug: centre.slug,
		employer,
		counts,
		claims,
		collectives,
		saved: event.url.searchParams.has('saved')
	};
};

export const actions: Actions = {
	group: async (event) => {
		const actor = requireActor(event, ...STAFF);
		const centre = requireCentre(event);
		const id = employerId(event.params.id);
		const form = parseCollectiveForm(await event.request.formData());
		if (!form.ok) return invalid(form.values, form.errors);
		let collectiveId: string;
		try {
			collectiveId = await expose(createCollective(getPlatform().db, actor, id, form.data));
		} catch (thrown) {
			if (!(thrown instanceof RuleError)) throw thrown;
			return invalid(form.values, { caseIds: thrown.code as MessageKey });
		}
		redirect(303, `/c/${centre.slug}/manage/employers/collective/${collectiveId}?made`);
	}
};
