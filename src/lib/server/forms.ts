import { fail } from '@sveltejs/kit';
import { z } from 'zod';
import type { FieldErrors, FormValues } from '../form-types';
import type { MessageKey } from '../i18n/messages/en';

export type { FieldErrors, FormValues };

// Fields whose value is never sent back to the browser after a failed submission.
const SECRET = /passphrase/i;

/** Text fields as sent; a file or other non-text value counts as missing. */
export function formEntries(form: FormData): FormValues {
	const values: FormValues = {};
	for (const key of new Set(form.keys())) {
		const all = form.getAll(key).filter((value): value is string => typeof value === 'string');
		if (all.length === 1) values[key] = all[0] as string;
		else if (all.length > 1) values[key] = all;
	}
	return values;
}

function keep(values: FormValues): FormValues {
	return Object.fromEntries(Object.entries(values).filter(([key]) => !SECRET.test(key)));
}

export type Parsed<T> =
	| { ok: true; data: T; values: FormValues }
	| { ok: false; values: FormValues; errors: FieldErrors };

/**
 * Validates a submitted form against a schema whose messages are catalogue keys. On failure,
 * the first problem of each field, and the person's input with secrets dropped.
 */
export function parseForm<T>(form: FormData, schema: z.ZodType<T>): Parsed<T> {
	const values = formEntries(form);
	const result = schema.safeParse(values);
	if (result.success) return { ok: true, data: result.data, values: keep(values) };
	const errors: FieldErrors = {};
	for (const issue of result.error.issues) {
		const field = String(issue.path[0] ?? 'form');
		errors[field] ??= issue.message as MessageKey;
	}
	return { ok: false, values: keep(values), errors };
}

/** The answer to a form with problems: status 400, the problems, and the input kept. */
export function invalid(values: FormValues, errors: FieldErrors) {
	return fail(400, { values: keep(values), errors });
}

// Characters that have no place in a name or a line of text: control codes (a NUL cannot even
// be stored) and the invisible marks that reverse the direction of text to disguise it.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
const LINE_BREAK = /[\r\n]/;
const DIRECTION_OVERRIDE = /[\u202A-\u202E\u2066-\u2069]/;

interface TextRules {
	max: number;
	/** Message when empty; leave out for an optional field. */
	required?: MessageKey;
	tooLong: MessageKey;
	multiline?: boolean;
}

// Absent fields, files and repeated fields all read as empty text, so that every problem gets
// the field's own message rather than a type error.
const asText = (value: unknown) => (typeof value === 'string' ? value : '');

/** A trimmed text field with a length limit and no hidden control or direction characters. */
export function text(rules: TextRules) {
	return z.preprocess(
		(value) => asText(value).trim(),
		z
			.string()
			.refine((value) => !rules.required || value.length > 0, { message: rules.required })
			.refine((value) => [...value].length <= rules.max, { message: rules.tooLong, abort: true })
			.refine((value) => !CONTROL.test(value) && (rules.multiline || !LINE_BREAK.test(value)), {
				message: 'form.hiddenCharacters'
			})
			.refine((value) => !DIRECTION_OVERRIDE.test(value), { message: 'form.hiddenCharacters' })
	);
}

/** A passphrase as typed: not trimmed (spaces may be part of it), only bounded. */
export function secret(required: MessageKey, tooLong: MessageKey, max = 1024) {
	return z.preprocess(
		asText,
		z
			.string()
			.refine((value) => value.length > 0, { message: required })
			.refine((value) => value.length <= max, { message: tooLong })
			.refine((value) => !value.includes('\u0000'), { message: 'form.hiddenCharacters' })
	);
}

/** A field compared with another later (a repeated passphrase): just its text. */
export const plain = z.preprocess(asText, z.string());

/** One value from a fixed list. */
export function oneOf<const T extends readonly [string, ...string[]]>(
	options: T,
	message: MessageKey
) {
	return z.preprocess(asText, z.enum(options, { message }));
}

/** Any number of values from a fixed list (checkboxes); at least one when `required` is given. */
export function someOf<const T extends readonly [string, ...string[]]>(
	options: T,
	message: MessageKey,
	required?: MessageKey
) {
	return z
		.preprocess(
			(value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]),
			z.array(z.enum(options, { message }))
		)
		.refine((list) => !required || list.length > 0, { message: required })
		.transform((list) => [...new Set(list)]);
}

/** A checkbox that must be ticked: it sends 'yes'. */
export function ticked(message: MessageKey) {
	return z.preprocess(asText, z.literal('yes', { message }));
}

/** Text read by a parser that returns null for what it cannot read, such as a time of day. */
export function parsed<T>(parse: (text: string) => T | null, message: MessageKey) {
	return z.preprocess(
		(value) => parse(asText(value)),
		z.custom<T>((value) => value !== null, { message })
	);
}

/** As `parsed`, but empty is allowed and gives null. */
export function optionallyParsed<T>(parse: (text: string) => T | null) {
	return z.preprocess(
		(value) => parse(asText(value)),
		z.custom<T | null>(() => true)
	);
}
