import type { MessageKey } from '$lib/i18n/messages/en';
import type { Translate } from '$lib/i18n/translate';

type Kind = 'quiet' | 'prayer' | 'rest' | 'shower' | 'kitchen' | 'meeting' | 'childcare' | 'other';

export const kindLabels: Record<Kind, MessageKey> = {
	quiet: 'rooms.kindQuiet',
	prayer: 'rooms.kindPrayer',
	rest: 'rooms.kindRest',
	shower: 'rooms.kindShower',
	kitchen: 'rooms.kindKitchen',
	meeting: 'rooms.kindMeeting',
	childcare: 'rooms.kindChildcare',
	other: 'rooms.kindOther'
};

/** "Bed 3" in a rest area, "Shower 1", "Place 5" anywhere else. */
export function unitLabel(t: Translate, kind: Kind, number: number): string {
	if (kind === 'rest') return t('rooms.bed', { number });
	if (kind === 'shower') return t('rooms.shower', { number });
	return t('rooms.place', { number });
}
