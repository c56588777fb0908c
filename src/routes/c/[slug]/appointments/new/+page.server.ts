import { redirect } from '@sveltejs/kit';
import type { MessageKey } from '$lib/i18n/messages/en';
import { instantToLocal } from '$lib/server/centres/opening-hours';
import { formEntries, invalid } from '$lib/server/forms';
import { expose, requireActor, requireCentre } from '$lib/server/http';
import { RuleError } from '$lib/server/platform/errors';
import { isUuid } from '$lib/server/platform/ids';
import { getPlatform } from '$lib/server/platform/runtime';
import { supportLanguages } from '$lib/server/support/advisers.schemas';
import { bookAppointment, bookingPartners } from '$lib/server/support/appointments';
import {
	LENGTHS,
	MODES,
	parseAppointmentForm,
	REFUSAL_FIELDS
} from '$lib/server/support/appointments.schemas';
import type { Actions, PageServerLoad } from './$types';

const ANY_ROLE = ['member', 'adviser', 'organiser', 'coordinator'] as const;

export const load: PageServerLoad = async (event) => {
	const actor = requireActor(event, ...ANY_ROLE);
	const centre = requireCentre(event);
	const { db, now } = getPlatform();
	const search = event.url.searchParams;
	const asked = (name: string) => {
		const value = search.get(name) ?? '';
		return isUuid(value) ? value : '';
	};
	const mode = search.get('mode') ?? '';
	return {
		slug: centre.slug,
		partners: await bookingPartners(db, actor),
		languages: supportLanguages,
		modes: MODES,
		lengths: LENGTHS,
		values: {
			with: asked('with'),
			replaces: asked('replaces'),
			date: instantToLocal(now(), centre.timeZone).date,
			minutes: '30',
			mode: (MODES as readonly string[]).includes(mode) ? mode : 'in_person',
			interpreter: ''
		}
	};
};

export const actions: Actions = {
	default: async (event) => {
		const actor = requireActor(event, ...ANY_ROLE);
		const centre = requireCentre(event);
		const values = formEntries(await event.request.formData());
		const form = parseAppointmentForm(values, centre.timeZone);
		if (!form.ok) return invalid(form.values, form.errors);
		const { db, now } = getPlatform();
		let id: string;
		try {
			id = await expose(bookAppointment(db, actor, form.data, now()));
		} catch (thrown) {
			if (thrown instanceof RuleError && thrown.code in REFUSAL_FIELDS) {
				return invalid(form.values, {
					[REFUSAL_FIELDS[thrown.code] ?? 'date']: thrown.code as MessageKey
				});
			}
			throw thrown;
		}
		redirect(303, `/c/${centre.slug}/appointments/${id}?booked`);
	}
};
