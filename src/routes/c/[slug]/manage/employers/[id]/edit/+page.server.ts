import { error, redirect } from '@sveltejs/kit';
import { readEmployer, updateEmployer } from '$lib/server/casework/employers';
import { parseEmployerForm } from '$lib/server/casework/employers.schemas';
import { invalid } from '$lib/server/forms';
import { expose, requireActor, requireCentre } from '$lib/server/http';
import { RuleError } from '$lib/server/platform/errors';
import { isUuid } from '$lib/server/platform/ids';
import { getPlatform } from '$lib/server/platform/runtime';
import type { MessageKey } from '$lib/i18n/messages/en';
import { behindOptions } from '../../employer-form.server';
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
	const employer = await expose(readEmployer(getPlatform().db, actor, id));
	return {
		slug: centre.slug,
		employer: { id: employer.id, name: employer.name },
		behindOptions: await behindOptions(actor, id),
		values: {
			name: employer.name,
			tradingNames: employer.tradingNames.join('\n'),
			sites: employer.sites.join('\n'),
			kind: employer.kind,
			behindId: employer.behind?.id ?? ''
		}
	};
};

export const actions: Actions = {
	default: async (event) => {
		const actor = requireActor(event, ...STAFF);
		const centre = requireCentre(event);
		const id = employerId(event.params.id);
		const form = parseEmployerForm(await event.request.formData());
		if (!form.ok) return invalid(form.values, form.errors);
		try {
			await expose(updateEmployer(getPlatform().db, actor, id, form.data));
		} catch (thrown) {
			if (!(thrown instanceof RuleError)) throw thrown;
			const field = thrown.code === 'employers.nameTaken' ? 'name' : 'behindId';
			return invalid(form.values, { [field]: thrown.code as MessageKey });
		}
		redirect(303, `/c/${centre.slug}/manage/employers/${id}?saved`);
	}
};
