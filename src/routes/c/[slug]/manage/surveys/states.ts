import type { SurveyState } from '$lib/server/governance/surveys.tables';

export const STATE_KEYS = {
	draft: 'surveys.stateDraft',
	open: 'surveys.stateOpen',
	closed: 'surveys.stateClosed'
} as const satisfies Record<SurveyState, string>;
