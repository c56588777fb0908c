import { error } from '@sveltejs/kit';
import type { RequestEvent } from '@sveltejs/kit';
import { COMPOSERS, segmentChoices, type Broadcast } from '$lib/server/messages/broadcasts';
import {
	parseBroadcastForm,
	SEGMENT_FIELDS,
	textField
} from '$lib/server/messages/broadcasts.schemas';
import type { Segment } from '$lib/server/messages/messages.tables';
import { requireActor, requireCentre } from '$lib/server/http';
import { isUuid } from '$lib/server/platform/ids';
import { getPlatform } from '$lib/server/platform/runtime';
import type { Actor } from '$lib/server/identity/identity.service';
import type { FormValues } from '$lib/form-types';

export { COMPOSERS };

export function broadcastId(id: string): string {
	if (!isUuid(id)) error(404, 'errors.notFound');
	return id;
}

/** What the compose form offers: the centre's languages and the segments to choose from. */
export async function composeChoices(event: RequestEvent, actor: Actor) {
	const centre = requireCentre(event);
	return {
		slug: centre.slug,
		centreLocales: centre.locales,
		choices: await segmentChoices(getPlatform().db, actor, event.locals.locale)
	};
}

export async function readComposeForm(event: RequestEvent) {
	const actor = requireActor(event, ...COMPOSERS);
	const centre = requireCentre(event);
	return {
		actor,
		centre,
		form: parseBroadcastForm(await event.request.formData(), centre.locales)
	};
}

/** The form field a segment refused by the service is reported on. */
export function segmentField(segment: Segment): string {
	return segment.kind === 'everyone' ? 'segmentKind' : SEGMENT_FIELDS[segment.kind];
}

/** A saved broadcast as the compose form's values, to change it. */
export function formValues(broadcast: Broadcast): FormValues {
	const values: FormValues = {
		topic: broadcast.topic,
		segmentKind: broadcast.segment.kind,
		channels: broadcast.channels,
		locales: broadcast.locales
	};
	if (broadcast.segment.kind !== 'everyone') {
		values[SEGMENT_FIELDS[broadcast.segment.kind]] = broadcast.segment.value;
	}
	for (const [locale, texts] of Object.entries(broadcast.texts)) {
		values[textField('subject', locale)] = texts.subject;
		values[textField('body', locale)] = texts.body;
		values[textField('sms', locale)] = texts.sms;
	}
	return values;
}
