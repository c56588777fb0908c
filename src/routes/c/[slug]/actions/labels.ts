import type { MessageKey } from '$lib/i18n/messages/en';
import type { ActionKind } from '$lib/server/organising/organising.tables';

export const ACTION_KIND_KEYS = {
	meeting: 'actions.kindMeeting',
	demonstration: 'actions.kindDemonstration',
	petition_delivery: 'actions.kindPetitionDelivery',
	training: 'actions.kindTraining'
} as const satisfies Record<ActionKind, MessageKey>;

export const ACTION_KIND_LIST = Object.keys(ACTION_KIND_KEYS) as ActionKind[];
