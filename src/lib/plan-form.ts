import type { FormValues } from './form-types';
import type { MessageKey } from './i18n/messages/en';

/** The four parts, in the order a plan is read: strengths first. */
export const PLAN_PARTS = ['iCan', 'iAm', 'iWill', 'iWant'] as const;
export type PlanPart = (typeof PLAN_PARTS)[number];

/** What the centre may promise; "other" covers anything the member and adviser agree. */
export const CENTRE_KINDS = ['course', 'referral', 'budget', 'introduction', 'other'] as const;
export type CentreKind = (typeof CENTRE_KINDS)[number];

export const PART_MAX = 4000;
export const COMMITMENT_MAX = 500;
/** Commitments on each side; the form shows those there are and one empty line. */
export const COMMITMENTS_MAX = 20;

export type Side = 'member' | 'centre';
export type LineField = 'text' | 'done' | 'kind' | 'due';

/** Field names of one commitment line: `member-0-text`, `centre-2-due`, … */
export function commitmentField(side: Side, index: number, name: LineField): string {
	return `${side}-${index}-${name}`;
}

const lineText = /^(member|centre)-(\d{1,3})-text$/;

/**
 * How many lines of each side a form holds: up to the last one with words in it. A line without
 * words is no commitment, so an empty line sent back does not add another each time.
 */
export function linesIn(values: FormValues): Record<Side, number> {
	const lines = { member: 0, centre: 0 };
	for (const [key, value] of Object.entries(values)) {
		const match = lineText.exec(key);
		if (!match || (typeof value === 'string' ? value : (value[0] ?? '')).trim() === '') continue;
		const side = match[1] as Side;
		lines[side] = Math.max(lines[side], Number(match[2]) + 1);
	}
	return lines;
}

export const PART_KEYS: Record<PlanPart, MessageKey> = {
	iCan: 'plan.iCan',
	iAm: 'plan.iAm',
	iWill: 'plan.iWill',
	iWant: 'plan.iWant'
};

export const KIND_KEYS: Record<CentreKind, MessageKey> = {
	course: 'plan.kindCourse',
	referral: 'plan.kindReferral',
	budget: 'plan.kindBudget',
	introduction: 'plan.kindIntroduction',
	other: 'plan.kindOther'
};

/**
 * Whether the centre has passed the date it gave for something it promised and not yet done.
 * Only the centre can be late: the member's side has no dates to be late against.
 */
export function centreIsLate(
	commitment: { side: Side; done: boolean; due?: string | null },
	today: string
): boolean {
	return (
		commitment.side === 'centre' && !commitment.done && !!commitment.due && commitment.due < today
	);
}
