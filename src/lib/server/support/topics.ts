/**
 * What an adviser can help with, and what a person can say they want help with: one list, so the
 * two can be matched. Names live in the catalogues under `supportTopic.<topic>`. A topic only
 * narrows the search; people may always add their own words beside it.
 */
export const SUPPORT_TOPICS = [
	'wages-and-pay',
	'work-rights',
	'benefits',
	'housing',
	'immigration-referral',
	'family',
	'health',
	'english-and-learning',
	'finding-work',
	'debt',
	'something-else'
] as const;

export type SupportTopic = (typeof SUPPORT_TOPICS)[number];

export function isSupportTopic(value: unknown): value is SupportTopic {
	return typeof value === 'string' && (SUPPORT_TOPICS as readonly string[]).includes(value);
}
