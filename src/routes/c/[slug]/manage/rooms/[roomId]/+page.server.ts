import { error, redirect } from '@sveltejs/kit';
import { openingSchema } from '$lib/server/centres/centres.schemas';
import {
	addRoomOpening,
	removeRoom,
	removeRoomOpening,
	roomForEditing,
	saveRoom
} from '$lib/server/centres/rooms';
import { roomSchema } from '$lib/server/centres/rooms.schemas';
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
	const actor = requireActor(event, 'coordinator');
	const room = await expose(roomForEditing(getPlatform().db, actor, roomId(event.params.roomId)));
	return {
		room,
		values: {
			name: room.name,
			kind: room.kind,
			units: String(room.units),
			description: room.description,
			hours: room.usesCentreHours ? 'centre' : 'own',
			membersBook: room.membersBook ? 'yes' : ''
		},
		saved: event.url.searchParams.has('saved'),
		confirmingRemoval: event.url.searchParams.has('remove')
	};
};

export const actions: Actions = {
	save: async (event) => {
		const actor = requireActor(event, 'coordinator');
		const form = parseForm(await event.request.formData(), roomSchema);
		if (!form.ok) return invalid(form.values, form.errors);
		const { db, now } = getPlatform();
		try {
			await expose(saveRoom(db, actor, roomId(event.params.roomId), form.data, now()));
		} catch (thrown) {
			if (thrown instanceof RuleError && thrown.code === 'rooms.unitsBooked') {
				return invalid(form.values, { units: 'rooms.unitsBooked' });
			}
			throw thrown;
		}
		redirect(303, `${event.url.pathname}?saved`);
	},
	addOpening: async (event) => {
		const actor = requireActor(event, 'coordinator');
		const form = parseForm(await event.request.formData(), openingSchema);
		if (!form.ok) return invalid(form.values, form.errors);
		await expose(addRoomOpening(getPlatform().db, actor, roomId(event.params.roomId), form.data));
		redirect(303, `${event.url.pathname}#own-hours`);
	},
	removeOpening: async (event) => {
		const actor = requireActor(event, 'coordinator');
		const id = (await event.request.formData()).get('id');
		if (!isUuid(id)) error(404, 'errors.notFound');
		await expose(removeRoomOpening(getPlatform().db, actor, roomId(event.params.roomId), id));
		redirect(303, `${event.url.pathname}#own-hours`);
	},
	remove: async (event) => {
		const actor = requireActor(event, 'coordinator');
		const centre = requireCentre(event);
		await expose(removeRoom(getPlatform().db, actor, roomId(event.params.roomId)));
		redirect(303, `/c/${centre.slug}/manage/rooms?removed`);
	}
};
