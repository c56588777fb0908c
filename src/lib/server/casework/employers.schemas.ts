import { z } from 'zod';
import { oneOf, parseForm, text, type Parsed } from '../forms';
import { isUuid } from '../platform/ids';
import { EMPLOYER_PROBLEMS, type EmployerKind, type EmployerProblem } from './casework.tables';

export const EMPLOYER_KINDS = [
	'employer',
	'agency',
	'platform'
] as const satisfies readonly EmployerKind[];
export const NAME_MAX = 200;
/** Trading names and sites, each. */
export const LIST_MAX = 20;
export const WORDS_MAX = 1000;
export const TITLE_MAX = 200;

export interface EmployerInput {
	name: string;
	tradingNames: string[];
	sites: string[];
	kind: EmployerKind;
	behindId: string | null;
}

export interface ReportInput {
	employerId: string;
	problem: EmployerProblem;
	words: string;
}

export interface CollectiveInput {
	title: string;
	caseIds: string[];
}

/** One entry a line, blank lines dropped, each entry once (case aside). */
function lines(value: string): string[] {
	const seen = new Set<string>();
	const kept: string[] = [];
	for (const line of value.split(/\r?\n/)) {
		const entry = line.trim().replace(/\s+/g, ' ');
		if (entry && !seen.has(entry.toLowerCase())) {
			seen.add(entry.toLowerCase());
			kept.push(entry);
		}
	}
	return kept;
}

const listField = (tooMany: 'employers.tooManyTradingNames' | 'employers.tooManySites') =>
	text({
		max: LIST_MAX * (NAME_MAX + 2),
		tooLong: tooMany,
		multiline: true
	})
		.transform(lines)
		.refine((entries) => entries.length <= LIST_MAX, { message: tooMany })
		.refine((entries) => entries.every((entry) => [...entry].length <= NAME_MAX), {
			message: 'employers.entryTooLong'
		});

const optionalId = z.preprocess(
	(value) => (typeof value === 'string' ? value.trim() : ''),
	z
		.string()
		.refine((value) => value === '' || isUuid(value), { message: 'employers.behindUnknown' })
		.transform((value) => (value === '' ? null : value))
);

const employerSchema = z.object({
	name: text({
		max: NAME_MAX,
		required: 'employers.nameRequired',
		tooLong: 'employers.nameTooLong'
	}),
	tradingNames: listField('employers.tooManyTradingNames'),
	sites: listField('employers.tooManySites'),
	kind: oneOf(EMPLOYER_KINDS, 'employers.kindRequired'),
	behindId: optionalId
});

export function parseEmployerForm(form: FormData): Parsed<EmployerInput> {
	return parseForm(form, employerSchema);
}

const reportSchema = z.object({
	employerId: z.preprocess(
		(value) => (typeof value === 'string' ? value : ''),
		z.string().refine(isUuid, { message: 'employers.employerRequired' })
	),
	problem: oneOf(EMPLOYER_PROBLEMS, 'employers.problemRequired'),
	words: text({ max: WORDS_MAX, tooLong: 'employers.wordsTooLong', multiline: true })
});

export function parseReportForm(form: FormData): Parsed<ReportInput> {
	return parseForm(form, reportSchema);
}

const caseIds = z
	.preprocess(
		(value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]),
		z.array(z.string())
	)
	.refine((ids) => ids.length > 0, { message: 'employers.claimsRequired' })
	.refine((ids) => ids.every(isUuid), { message: 'employers.claimUnknown' })
	.transform((ids) => [...new Set(ids)]);

const collectiveSchema = z.object({
	title: text({
		max: TITLE_MAX,
		required: 'employers.titleRequired',
		tooLong: 'employers.titleTooLong'
	}),
	caseIds
});

export function parseCollectiveForm(form: FormData): Parsed<CollectiveInput> {
	return parseForm(form, collectiveSchema);
}

export function parseClaimsForm(form: FormData): Parsed<{ caseIds: string[] }> {
	return parseForm(form, z.object({ caseIds }));
}
