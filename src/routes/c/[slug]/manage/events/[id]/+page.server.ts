import { error, redirect } from '@sveltejs/kit';
import { eventForEditing, setEventCancelled, updateEvent } from '$lib/server/centres/events';
import { parseEventForm } from '$lib/server/centres/events.schemas';
import { formEntries, invalid } from '$lib/server/forms';
import { expose, requireActor, requireCentre } from '$lib/server/http';
import { RuleError } from '$lib/server/platform/errors';
import { isUuid } from '$lib/server/platform/ids';
import { getPlatform } from '$lib/server/platform/runtime';
import type { Actions, PageServerLoad } from './$types';

function eventId(id: string): string {
	if (!isUuid(id)) error(404, 'errors.notFound');
	return id;
}

export const load: PageServerLoad = async (event) => {
	const actor = requireActor(event, 'coordinator');
	const centre = requireCentre(event);
	const { db, now } = getPlatform();
	const editing = await expose(eventForEditing(db, centre, actor, eventId(event.params.id), now()));
	const search = event.url.searchParams;
	return {
		...editing,
		slug: centre.slug,
		confirmCancel: search.has('cancel') && !editing.event.cancelled,
		changed: search.get('done')
	};
};

export const actions: Actions = {
	save: async (event) => {
		const actor = requireActor(event, 'coordinator');
		const centre = requireCentre(event);
		const id = eventId(event.params.id);
		const values = formEntries(await event.request.formData());
		const form = parseEventForm(values, centre.timeZone);
		if (!form.ok) return invalid(form.values, form.errors);
		const { db, now } = getPlatform();
		try {
			await expose(updateEvent(db, actor, id, form.data, now()));
		} catch (thrown) {
			if (thrown instanceof RuleError && thrown.code === 'events.capacityBelowTaken') {
				return invalid(values, { capacity: 'events.capacityBelowTaken' });
			}
			throw thrown;
		}
		redirect(303, `/c/${centre.slug}/manage/events?saved=${id}`);
	},
	cancel: async (event) => {
		const actor = requireActor(event, 'coordinator');
		const { db, now } = getPlatform();
		await expose(setEventCancelled(db, actor, eventId(event.params.id), true, now()));
		redirect(303, `${event.url.pathname}?done=cancelled`);
	},
	reinstate: async (event) => {
		const actor = requireActor(event, 'coordinator');
		const { db, now } = getPlatform();
		await expose(setEventCancelled(db, actor, eventId(event.params.id), false, now()));
		redirect(303, `${event.url.pathname}?done=reinstated`);
	}
};
