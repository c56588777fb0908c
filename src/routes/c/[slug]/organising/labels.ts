import type { LadderStep } from '$lib/server/organising/organising.tables';
import type { MessageKey } from '$lib/i18n/messages/en';

export const STEP_KEYS: Record<LadderStep, MessageKey> = {
	came_for_help: 'oneToOnes.stepCameForHelp',
	took_part: 'oneToOnes.stepTookPart',
	spoke_up: 'oneToOnes.stepSpokeUp',
	leads: 'oneToOnes.stepLeads'
};

/** What the centre's records show for a stop; speaking up is only ever recorded with the member. */
export const RECORDS_KEYS: Partial<Record<LadderStep, MessageKey>> = {
	came_for_help: 'oneToOnes.recordsCameForHelp',
	took_part: 'oneToOnes.recordsTookPart',
	leads: 'oneToOnes.recordsLeads'
};
