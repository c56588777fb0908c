import { error, redirect } from '@sveltejs/kit';
import type { MessageKey } from '$lib/i18n/messages/en';
import { deskView, freeAtDesk, takeAtDesk } from '$lib/server/centres/rooms';
import { deskSchema } from '$lib/server/centres/rooms.schemas';
import { invalid, parseForm } from '$lib/server/forms';
import { expose, requireActor, requireCentre } from '$lib/server/http';
import { hasRole } from '$lib/server/identity/identity.service';
import { NotFoundError, RuleError } from '$lib/server/platform/errors';
import { isUuid } from '$lib/server/platform/ids';
import { getPlatform } from '$lib/server/platform/runtime';
import type { Actions, PageServerLoad } from './$types';

const STAFF = ['adviser', 'organiser', 'coordinator'] as const;

export const load: PageServerLoad = async (event) => {
	const actor = requireActor(event, ...STAFF);
	const centre = requireCentre(event);
	const { db, now } = getPlatform();
	const rooms = await deskView(db, actor, centre, now());
	const takenId = event.url.searchParams.get('taken');
	const taken = rooms
		.flatMap(({ room, units }) =>
			units.map((unit) =>
				unit.current ? { kind: room.kind, unit: unit.unit, ...unit.current } : null
			)
		)
		.find((unit) => unit?.id === takenId);
	return {
		rooms,
		taken: taken ?? null,
		freed: event.url.searchParams.has('freed'),
		canSetUp: hasRole(actor, 'coordinator'),
		removed: event.url.searchParams.has('removed')
	};
};

// Each room has its own form, so a problem is named by the room's field: the summary leads there.
const fieldOf: Record<string, 'unit' | 'until'> = {
	'rooms.unitUnknown': 'unit',
	'rooms.unitTaken': 'unit',
	'rooms.full': 'unit',
	'rooms.notOpen': 'unit'
};

export const actions: Actions = {
	take: async (event) => {
		const actor = requireActor(event, ...STAFF);
		const centre = requireCentre(event);
		const form = parseForm(await event.request.formData(), deskSchema);
		const room = typeof form.values.roomId === 'string' ? form.values.roomId : '';
		if (!isUuid(room)) error(404, 'errors.notFound');
		if (!form.ok) {
			const errors = Object.fromEntries(
				Object.entries(form.errors).map(([field, key]) => [`${field}-${room}`, key])
			);
			return invalid(form.values, errors);
		}
		const { db, now } = getPlatform();
		let id: string;
		try {
			id = (await expose(takeAtDesk(db, actor, centre, form.data, now()))).id;
		} catch (thrown) {
			if (thrown instanceof RuleError && thrown.code.startsWith('rooms.')) {
				const field = fieldOf[thrown.code] ?? 'until';
				return invalid(form.values, { [`${field}-${room}`]: thrown.code as MessageKey });
			}
			throw thrown;
		}
		redirect(303, `${event.url.pathname}?taken=${id}#taken`);
	},
	free: async (event) => {
		const actor = requireActor(event, ...STAFF);
		const id = (await event.request.formData()).get('id');
		if (!isUuid(id)) error(404, 'errors.notFound');
		const { db, now } = getPlatform();
		try {
			await freeAtDesk(db, actor, id, now());
		} catch (thrown) {
			// Freed already, from another desk: what was wanted has happened.
			if (!(thrown instanceof NotFoundError)) throw thrown;
		}
		redirect(303, `${event.url.pathname}?freed`);
	}
};
