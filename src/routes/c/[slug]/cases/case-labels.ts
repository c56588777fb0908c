import type { MessageKey, Translate } from '$lib/i18n/translate';
import type { CaseEventKind, CaseKind } from '$lib/server/casework/casework.tables';

/** Words for a case's kind and its timeline, in the reader's language; notes stay as written. */

export function kindLabel(t: Translate, kind: CaseKind): string {
	return t(`cases.kind.${kind}` as MessageKey);
}

export interface EventWords {
	kind: CaseEventKind;
	detail: {
		title?: string;
		name?: string;
		added?: string;
		removed?: string;
	};
}

const EVENT_KEYS: Record<CaseEventKind, MessageKey> = {
	opened: 'cases.event.opened',
	note: 'cases.event.note',
	task_added: 'cases.event.taskAdded',
	task_done: 'cases.event.taskDone',
	evidence_added: 'cases.event.evidenceAdded',
	claim_calculated: 'cases.event.claimCalculated',
	conciliation: 'cases.event.dates',
	joined_collective: 'cases.event.joinedCollective',
	left_collective: 'cases.event.leftCollective',
	team_changed: 'cases.event.teamChanged',
	outcome: 'cases.event.outcome',
	closed: 'cases.event.closed',
	reopened: 'cases.event.reopened'
};

export function eventLabel(t: Translate, kind: CaseEventKind): string {
	return t(EVENT_KEYS[kind]);
}
