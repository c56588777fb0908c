import { z } from 'zod';
import type { FieldErrors, FormValues } from '../../form-types';
import type { MessageKey } from '../../i18n/messages/en';
import { locales } from '../../i18n/locales';
import { parseIsoDate } from '../centres/centres.schemas';
import { commonLanguages } from '../directory/languages';
import { oneOf, text, type Parsed } from '../forms';
import {
	CENTRE_KINDS,
	COMMITMENT_MAX,
	COMMITMENTS_MAX,
	PART_MAX,
	PLAN_PARTS,
	commitmentField,
	linesIn,
	type CentreKind,
	type LineField,
	type PlanPart
} from '../../plan-form';

export { CENTRE_KINDS, COMMITMENT_MAX, COMMITMENTS_MAX, PART_MAX, PLAN_PARTS };
export type { CentreKind, PlanPart };

/**
 * A promise on the plan. The member's side has no date: a date against a person is what an
 * "overdue" would be made from, and they can write "by Friday" in their own words if they wish.
 * The centre's side has a kind and, optionally, the date it will be done by.
 */
export type Commitment =
	| { side: 'member'; text: string; done: boolean }
	| { side: 'centre'; kind: CentreKind; text: string; due: string | null; done: boolean };

export interface PlanContent {
	/** A BCP 47 code: the language the member writes the plan in. */
	language: string;
	parts: Record<PlanPart, string>;
	commitments: Commitment[];
}

export interface PlanInput extends PlanContent {
	/** The version the writer started from: 0 for a plan not yet written. */
	basedOn: number;
}

/** Languages a plan may be written in: the centre's, and those most spoken at worker centres. */
export function planLanguages(centreLocales: readonly string[]): string[] {
	return [...new Set([...centreLocales, ...locales, ...commonLanguages])];
}

const partText = text({ max: PART_MAX, tooLong: 'plan.partTooLong', multiline: true });

const commitmentText = text({ max: COMMITMENT_MAX, tooLong: 'plan.commitmentTooLong' });
const doneField = z.preprocess((value) => value === 'done', z.boolean());
const dueField = z.preprocess(
	(value) => (typeof value === 'string' ? value.trim() : ''),
	z
		.string()
		.refine((value) => {
			if (value === '') return true;
			const date = parseIsoDate(value);
			return !!date && date >= '2000-01-01' && date <= '2099-12-31';
		}, 'plan.dueInvalid')
		.transform((value) => (value === '' ? null : value))
);

/**
 * Reads the plan form: the language, the four parts, and each line of commitments. A line left
 * empty is no commitment (clearing the words takes one off the plan). Problems are named per
 * field, so every word the person wrote goes back to them in the form.
 */
export function parsePlanForm(values: FormValues, languages: readonly string[]): Parsed<PlanInput> {
	const errors: FieldErrors = {};
	const note = (field: string, issues: z.core.$ZodIssue[]) => {
		if (issues[0]) errors[field] ??= issues[0].message as MessageKey;
	};
	const language = oneOf(languages as [string, ...string[]], 'plan.languageUnknown').safeParse(
		values.language
	);
	if (!language.success) note('language', language.error.issues);
	const parts = {} as Record<PlanPart, string>;
	for (const part of PLAN_PARTS) {
		const result = partText.safeParse(values[part]);
		if (result.success) parts[part] = result.data;
		else note(part, result.error.issues);
	}
	const basedOn = /^\d{1,9}$/.test(String(values.basedOn ?? '')) ? Number(values.basedOn) : 0;

	const commitments: Commitment[] = [];
	const lines = linesIn(values);
	for (const side of ['member', 'centre'] as const) {
		let kept = 0;
		for (let index = 0; index < Math.min(lines[side], COMMITMENTS_MAX + 1); index += 1) {
			const field = (name: LineField) => commitmentField(side, index, name);
			const words = commitmentText.safeParse(values[field('text')]);
			if (!words.success) {
				note(field('text'), words.error.issues);
				continue;
			}
			if (words.data === '') continue;
			kept += 1;
			if (kept > COMMITMENTS_MAX) {
				errors[field('text')] = 'plan.tooManyCommitments';
				break;
			}
			const done = doneField.parse(values[field('done')]);
			if (side === 'member') {
				commitments.push({ side, text: words.data, done });
				continue;
			}
			const kind = oneOf(CENTRE_KINDS, 'plan.kindUnknown').safeParse(values[field('kind')]);
			const due = dueField.safeParse(values[field('due')]);
			if (!kind.success) note(field('kind'), kind.error.issues);
			if (!due.success) note(field('due'), due.error.issues);
			if (kind.success && due.success) {
				commitments.push({ side, kind: kind.data, text: words.data, due: due.data, done });
			}
		}
	}
	if (Object.keys(errors).length > 0 || !language.success) {
		return { ok: false, values, errors };
	}
	return { ok: true, values, data: { language: language.data, parts, commitments, basedOn } };
}

/** The form filled with a saved plan (or empty), to change it from where it stands. */
export function planFormValues(
	plan: (PlanContent & { version: number }) | null,
	language: string
): FormValues {
	const values: FormValues = {
		basedOn: String(plan?.version ?? 0),
		language: plan?.language ?? language
	};
	for (const part of PLAN_PARTS) values[part] = plan?.parts[part] ?? '';
	const index = { member: 0, centre: 0 };
	for (const item of plan?.commitments ?? []) {
		const field = (name: LineField) => commitmentField(item.side, index[item.side], name);
		values[field('text')] = item.text;
		values[field('done')] = item.done ? 'done' : 'notYet';
		if (item.side === 'centre') {
			values[field('kind')] = item.kind;
			values[field('due')] = item.due ?? '';
		}
		index[item.side] += 1;
	}
	return values;
}
