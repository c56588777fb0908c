import type { PetitionState } from '$lib/server/organising/organising.tables';

export const STATE_KEYS = {
	open: 'petitions.stateOpen',
	closed: 'petitions.stateClosed',
	delivered: 'petitions.stateDelivered'
} as const satisfies Record<PetitionState, string>;
