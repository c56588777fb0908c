import type { MessageKey } from '$lib/i18n/messages/en';

export const EVENT_KINDS = ['social', 'meal', 'film', 'meeting', 'other'] as const;

const KIND_KEYS: Record<string, MessageKey> = {
	social: 'events.kindSocial',
	meal: 'events.kindMeal',
	film: 'events.kindFilm',
	meeting: 'events.kindMeeting',
	other: 'events.kindOther'
};

/** The catalogue key naming a kind of event. */
export function kindKey(kind: string): MessageKey {
	return KIND_KEYS[kind] ?? 'events.kindOther';
}
