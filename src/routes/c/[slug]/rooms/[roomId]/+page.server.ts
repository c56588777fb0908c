import { error } from '@sveltejs/kit';
import type { MessageKey } from '$lib/i18n/messages/en';
import { instantToLocal } from '$lib/server/centres/opening-hours';
import { bookAsMember, bookingSpan, roomDetail } from '$lib/server/centres/rooms';
import { bookingSchema } from '$lib/server/centres/rooms.schemas';
import { invalid, parseForm } from '$lib/server/forms';
import { expose, requireActor, requireCentre } from '$lib/server/http';
import { RuleError } from '$lib/server/platform/errors';
import { isUuid } from '$lib/server/platform/ids';
import { getPlatform } from '$lib/server/platform/runtime';
import type { Actions, PageServerLoad } from './$types';

function roomId(id: string): string {
	if (!isUuid(id)) error(404, 'errors.notFound');
	return id;
}

export const load: PageServerLoad = async (event) => {
	const centre = requireCentre(event);
	const { db, now } = getPlatform();
	const at = now();
	const detail = await expose(roomDetail(db, centre, roomId(event.params.roomId), at));
	return {
		room: {
			id: detail.room.id,
			name: detail.room.name,
			kind: detail.room.kind,
			description: detail.room.description,
			units: detail.room.units,
			membersBook: detail.room.membersBook
		},
		openings: detail.openings,
		today: instantToLocal(at, centre.timeZone).date,
		signedIn: !!event.locals.session,
		canBook: !!event.locals.actor
	};
};

// Where each refusal is shown: the time it is about, so the summary leads to the field to change.
const fieldOf: Record<string, string> = {
	'rooms.tooLong': 'until',
	'rooms.endsBeforeStart': 'until',
	'rooms.tooFarAhead': 'date'
};

export const actions: Actions = {
	book: async (event) => {
		const actor = requireActor(event, 'member', 'adviser', 'organiser', 'coordinator');
		const centre = requireCentre(event);
		const form = parseForm(await event.request.formData(), bookingSchema);
		if (!form.ok) return invalid(form.values, form.errors);
		const { db, now } = getPlatform();
		const span = bookingSpan(form.data, centre.timeZone);
		try {
			const booked = await expose(
				bookAsMember(
					db,
					actor,
					centre,
					{ roomId: roomId(event.params.roomId), ...span, inOwnName: form.data.inOwnName },
					now()
				)
			);
			return { booked: { ...booked, inOwnName: form.data.inOwnName } };
		} catch (thrown) {
			if (thrown instanceof RuleError && thrown.code.startsWith('rooms.')) {
				return invalid(form.values, {
					[fieldOf[thrown.code] ?? 'from']: thrown.code as MessageKey
				});
			}
			throw thrown;
		}
	}
};
