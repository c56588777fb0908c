import { z } from 'zod';
import type { FieldErrors, FormValues } from '../../form-types';
import { commonLanguages } from '../directory/languages';
import { oneOf, parsed, someOf, type Parsed } from '../forms';
import { isUuid } from '../platform/ids';
import { parseIsoDate } from './centres.schemas';
import {
	addDays,
	localToInstant,
	parseWallTime,
	type LocalDate,
	type WallTime
} from './opening-hours';
import type { RotaSkill } from './rota.tables';

/** Languages a person can interpret and a shift can ask for: the directory's common list. */
export const rotaLanguages = commonLanguages;

export const MAX_PEOPLE = 50;
export const MAX_NEEDED = 20;

const flag = z.preprocess((value) => value === 'yes', z.boolean());

/** A whole number typed in a box; empty is `empty` (or a problem when there is no default). */
function count(min: number, max: number, message: 'rota.minPeopleInvalid' | 'rota.needInvalid') {
	return z.preprocess(
		(value) => (typeof value === 'string' ? value.trim() : ''),
		z
			.string()
			.refine((value) => /^\d{0,3}$/.test(value), { message, abort: true })
			.transform((value) => (value === '' ? min : Number(value)))
			.refine((value) => value >= min && value <= max, { message })
	);
}

const shiftFields = z.object({
	date: parsed(parseIsoDate, 'rota.dateInvalid'),
	starts: parsed(parseWallTime, 'rota.startsInvalid'),
	ends: parsed(parseWallTime, 'rota.endsInvalid'),
	nextDay: flag,
	minPeople: z.preprocess(
		(value) => (typeof value === 'string' ? value.trim() : ''),
		z
			.string()
			.regex(/^\d{1,3}$/, { message: 'rota.minPeopleInvalid' })
			.transform(Number)
			.refine((value) => value >= 1 && value <= MAX_PEOPLE, { message: 'rota.minPeopleInvalid' })
	),
	firstAid: count(0, MAX_NEEDED, 'rota.needInvalid'),
	childcare: count(0, MAX_NEEDED, 'rota.needInvalid'),
	interpreters: someOf(rotaLanguages, 'rota.languageUnknown')
});

export type ShiftForm = z.infer<typeof shiftFields>;

export interface Need {
	skill: RotaSkill;
	/** The language for an interpreter; '' otherwise. */
	language: string;
	needed: number;
}

function firstProblems(issues: z.core.$ZodIssue[], errors: FieldErrors): void {
	for (const issue of issues) {
		const field = String(issue.path[0] ?? 'form');
		errors[field] ??= issue.message as FieldErrors[string];
	}
}

/**
 * When a shift ends, as typed: on its own date unless "ends the next day" is ticked. A shift that
 * ends before (or when) it starts on the same day is a mistake named on the end time, never read
 * as the next day by guesswork; "the next day" with a later end would be longer than a day.
 */
export function endProblem(
	starts: WallTime | null,
	ends: WallTime | null,
	nextDay: boolean
): FieldErrors[string] | null {
	if (!starts || !ends) return null;
	if (!nextDay && ends <= starts) return 'rota.endsBeforeStarts';
	if (nextDay && ends > starts) return 'rota.tooLong';
	return null;
}

/** Reads the shift form: every field's first problem at once, the end checked against the start. */
export function parseShiftForm(values: FormValues): Parsed<ShiftForm> {
	const errors: FieldErrors = {};
	const result = shiftFields.safeParse(values);
	if (!result.success) firstProblems(result.error.issues, errors);
	if (!errors.starts && !errors.ends) {
		const one = (name: string) => {
			const value = values[name];
			return typeof value === 'string' ? value : '';
		};
		const problem = endProblem(
			parseWallTime(one('starts')),
			parseWallTime(one('ends')),
			one('nextDay') === 'yes'
		);
		if (problem) errors.ends = problem;
	}
	if (!result.success || Object.keys(errors).length > 0) return { ok: false, values, errors };
	return { ok: true, data: result.data, values };
}

/** The needs a form asks for, as rows: first aid, childcare, one interpreter per language. */
export function needsOf(form: Pick<ShiftForm, 'firstAid' | 'childcare' | 'interpreters'>): Need[] {
	const needs: Need[] = [];
	if (form.firstAid > 0) needs.push({ skill: 'first_aid', language: '', needed: form.firstAid });
	if (form.childcare > 0) needs.push({ skill: 'childcare', language: '', needed: form.childcare });
	for (const language of form.interpreters)
		needs.push({ skill: 'interpreter', language, needed: 1 });
	return needs;
}

/** The two instants of a shift typed on the centre's clock. */
export function shiftInstants(
	date: LocalDate,
	starts: WallTime,
	ends: WallTime,
	nextDay: boolean,
	timeZone: string
): { startsAt: Date; endsAt: Date } {
	return {
		startsAt: localToInstant(date, starts, timeZone),
		endsAt: localToInstant(nextDay ? addDays(date, 1) : date, ends, timeZone)
	};
}

export const skillsSchema = z.object({
	skills: someOf(['first_aid', 'childcare'], 'rota.skillUnknown'),
	languages: someOf(rotaLanguages, 'rota.languageUnknown')
});

export type SkillsForm = z.infer<typeof skillsSchema>;

export const patternSchema = z
	.object({
		openings: z
			.preprocess(
				(value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]),
				z.array(z.string().refine(isUuid, { message: 'rota.openingUnknown' }))
			)
			.transform((list) => [...new Set(list)]),
		extras: flag,
		parts: oneOf(['1', '2', '3'], 'rota.partsInvalid').transform(Number),
		minPeople: shiftFields.shape.minPeople,
		firstAid: shiftFields.shape.firstAid,
		childcare: shiftFields.shape.childcare,
		interpreters: shiftFields.shape.interpreters
	})
	.refine((pattern) => pattern.openings.length > 0 || pattern.extras, {
		path: ['openings'],
		message: 'rota.openingRequired'
	});

export type PatternForm = z.infer<typeof patternSchema>;
