import type { QuestionKind } from '$lib/server/governance/surveys.tables';

export const KIND_KEYS = {
	single: 'surveys.kindSingle',
	multiple: 'surveys.kindMultiple',
	scale: 'surveys.kindScale',
	text: 'surveys.kindText'
} as const satisfies Record<QuestionKind, string>;
