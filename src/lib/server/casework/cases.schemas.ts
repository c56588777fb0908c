import { z } from 'zod';
import { parsePounds } from '../../casework/money';
import { parseIsoDate } from '../centres/centres.schemas';
import { optionallyParsed, oneOf, parsed, parseForm, text, type Parsed } from '../forms';
import { isUuid } from '../platform/ids';
import { CASE_KINDS, type CaseKind } from './casework.tables';

export const SUMMARY_MAX = 4000;
export const NOTE_MAX = 4000;
export const TASK_MAX = 200;
export const OUTCOME_MAX = 4000;
export const EVIDENCE_NAME_MAX = 100;
/** A claim covers at most this many days of the diary: beyond it a date is a slip of the keys. */
export const CLAIM_DAYS_MAX = 2 * 366;

const optionalId = optionallyParsed((value: string) => (isUuid(value) ? value : null));
const optionalDate = (message: 'cases.dateInvalid') =>
	z.preprocess(
		(value) => (typeof value === 'string' ? value.trim() : ''),
		z
			.string()
			.refine((value) => value === '' || parseIsoDate(value) !== null, { message })
			.transform((value) => (value === '' ? null : value))
	);
const date = parsed(parseIsoDate, 'cases.dateInvalid');

export interface OpenCaseInput {
	memberId: string;
	kind: CaseKind;
	summary: string;
	employerId: string | null;
	actOn: string | null;
	diaryConsent: boolean;
}

const openCaseSchema = z.object({
	memberId: parsed((value) => (isUuid(value) ? value : null), 'cases.memberMissing'),
	kind: oneOf(CASE_KINDS, 'cases.kindMissing'),
	summary: text({
		max: SUMMARY_MAX,
		required: 'cases.summaryMissing',
		tooLong: 'cases.summaryTooLong',
		multiline: true
	}),
	employerId: optionalId,
	actOn: optionalDate('cases.dateInvalid'),
	diaryConsent: z.preprocess((value) => value === 'yes', z.boolean())
});

export function parseOpenCase(form: FormData): Parsed<OpenCaseInput> {
	return parseForm(form, openCaseSchema);
}

export function parseNote(form: FormData): Parsed<{ note: string }> {
	return parseForm(
		form,
		z.object({
			note: text({
				max: NOTE_MAX,
				required: 'cases.noteMissing',
				tooLong: 'cases.noteTooLong',
				multiline: true
			})
		})
	);
}

export interface TaskInput {
	title: string;
	dueOn: string | null;
}

export function parseTask(form: FormData): Parsed<TaskInput> {
	return parseForm(
		form,
		z.object({
			title: text({ max: TASK_MAX, required: 'cases.taskMissing', tooLong: 'cases.taskTooLong' }),
			dueOn: optionalDate('cases.dateInvalid')
		})
	);
}

export interface DatesInput {
	actOn: string | null;
	conciliationStartedOn: string | null;
	conciliationCertificateOn: string | null;
}

export function parseDates(form: FormData): Parsed<DatesInput> {
	return parseForm(
		form,
		z
			.object({
				actOn: optionalDate('cases.dateInvalid'),
				conciliationStartedOn: optionalDate('cases.dateInvalid'),
				conciliationCertificateOn: optionalDate('cases.dateInvalid')
			})
			.superRefine((dates, context) => {
				const { conciliationStartedOn: started, conciliationCertificateOn: certificate } = dates;
				if (certificate && !started) {
					context.addIssue({
						code: 'custom',
						path: ['conciliationStartedOn'],
						message: 'cases.certificateWithoutStart'
					});
				} else if (certificate && started && certificate < started) {
					context.addIssue({
						code: 'custom',
						path: ['conciliationCertificateOn'],
						message: 'cases.certificateBeforeStart'
					});
				}
			})
	);
}

export interface OutcomeInput {
	outcome: string;
	recoveredPence: number | null;
}

const outcomeSchema = z.object({
	outcome: text({
		max: OUTCOME_MAX,
		required: 'cases.outcomeMissing',
		tooLong: 'cases.outcomeTooLong',
		multiline: true
	}),
	recovered: z.preprocess(
		(value) => (typeof value === 'string' ? value.trim() : ''),
		z
			.string()
			.refine((value) => value === '' || parsePounds(value) !== null, {
				message: 'cases.recoveredInvalid'
			})
			.transform((value) => (value === '' ? null : parsePounds(value)))
	)
});

export function parseOutcome(form: FormData): Parsed<OutcomeInput> {
	const result = parseForm(form, outcomeSchema);
	if (!result.ok) return result;
	return {
		ok: true,
		values: result.values,
		data: { outcome: result.data.outcome, recoveredPence: result.data.recovered }
	};
}

export interface ClaimRange {
	from: string;
	to: string;
}

export function parseClaimRange(form: FormData): Parsed<ClaimRange> {
	return parseForm(
		form,
		z.object({ from: date, to: date }).superRefine((range, context) => {
			if (range.to < range.from) {
				context.addIssue({ code: 'custom', path: ['to'], message: 'cases.rangeBackwards' });
				return;
			}
			const days = (Date.parse(range.to) - Date.parse(range.from)) / 86_400_000;
			if (days > CLAIM_DAYS_MAX) {
				context.addIssue({ code: 'custom', path: ['to'], message: 'cases.rangeTooLong' });
			}
		})
	);
}

export function parseAccountChoice(form: FormData): Parsed<{ accountId: string }> {
	return parseForm(
		form,
		z.object({
			accountId: parsed((value) => (isUuid(value) ? value : null), 'cases.adviserMissing')
		})
	);
}

export function parseConsent(form: FormData): Parsed<{ agreed: 'yes' | 'no' }> {
	return parseForm(form, z.object({ agreed: oneOf(['yes', 'no'], 'cases.consentMissing') }));
}

/** An optional short name for an uploaded file: no control or direction characters. */
export function parseEvidenceName(form: FormData): Parsed<{ name: string }> {
	return parseForm(
		form,
		z.object({ name: text({ max: EVIDENCE_NAME_MAX, tooLong: 'cases.evidenceNameTooLong' }) })
	);
}
