import { z } from 'zod';
import type { FieldErrors, FormValues } from '../../form-types';
import { firstValue } from '../../form-types';
import { isLocale, type Locale } from '../../i18n/locales';
import { parseForm, text, type Parsed } from '../forms';
import { orderLocales } from '../governance/surveys.schemas';
import { isUuid } from '../platform/ids';
import type { PetitionTexts } from './organising.tables';

export const TITLE_MAX = 150;
export const BODY_MAX = 4000;
export const TARGET_MAX = 200;
export const NAME_MAX = 100;
export const AREA_MAX = 100;
export const CONTACT_MAX = 200;

export interface PetitionInput {
	locales: Locale[];
	texts: PetitionTexts;
	target: string;
	campaignId: string | null;
}

function firstProblem(result: z.ZodSafeParseResult<unknown>): FieldErrors[string] | undefined {
	return result.success ? undefined : (result.error.issues[0]?.message as FieldErrors[string]);
}

const title = text({ max: TITLE_MAX, tooLong: 'petitions.titleTooLong' });
const body = text({ max: BODY_MAX, tooLong: 'petitions.bodyTooLong', multiline: true });
const target = text({
	max: TARGET_MAX,
	required: 'petitions.targetRequired',
	tooLong: 'petitions.targetTooLong'
});

/**
 * Reads a new petition: its languages, and its title and text in every one of them, since the
 * public page is read in each from the moment it exists; who it is addressed to; its campaign.
 */
export function parsePetitionForm(
	values: FormValues,
	options: { centreLocales: readonly Locale[]; main: Locale; campaignIds: readonly string[] }
): Parsed<PetitionInput> {
	const errors: FieldErrors = {};
	const ticked = values.locales;
	const list = Array.isArray(ticked) ? ticked : ticked ? [ticked] : [];
	if (list.some((locale) => !isLocale(locale) || !options.centreLocales.includes(locale))) {
		errors.locales = 'petitions.languageUnknown';
	}
	const chosen = orderLocales(list.filter(isLocale), options.centreLocales, options.main);
	if (chosen.length === 0) errors.locales ??= 'petitions.languagesRequired';
	const texts: PetitionTexts = {};
	for (const locale of chosen) {
		const titleResult = title.safeParse(values[`title-${locale}`]);
		const bodyResult = body.safeParse(values[`body-${locale}`]);
		const titleText = titleResult.success ? titleResult.data : '';
		const bodyText = bodyResult.success ? bodyResult.data : '';
		const titleProblem =
			firstProblem(titleResult) ?? (titleText ? undefined : 'petitions.titleRequired');
		const bodyProblem =
			firstProblem(bodyResult) ?? (bodyText ? undefined : 'petitions.bodyRequired');
		if (titleProblem) errors[`title-${locale}`] = titleProblem;
		if (bodyProblem) errors[`body-${locale}`] = bodyProblem;
		texts[locale] = { title: titleText, body: bodyText };
	}
	const targetResult = target.safeParse(values.target);
	const targetProblem = firstProblem(targetResult);
	if (targetProblem) errors.target = targetProblem;
	const campaign = firstValue(values, 'campaignId').trim();
	if (campaign !== '' && !(isUuid(campaign) && options.campaignIds.includes(campaign))) {
		errors.campaignId = 'petitions.campaignUnknown';
	}
	if (Object.keys(errors).length > 0) return { ok: false, values, errors };
	return {
		ok: true,
		values,
		data: {
			locales: chosen,
			texts,
			target: targetResult.success ? targetResult.data : '',
			campaignId: campaign === '' ? null : campaign
		}
	};
}

export type Contact = { kind: 'email'; value: string } | { kind: 'phone'; value: string };

export interface SignatureInput {
	name: string;
	area: string;
	/** The signer agreed to have their name and area on the petition as delivered. */
	show: boolean;
	/** Only when the signer asked for updates. */
	contact: Contact | null;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+?[\d\s().-]+$/;

/** An email address or a phone number as typed, tidied; null when it is neither. */
export function readContact(typed: string): Contact | null {
	const value = typed.trim();
	if (value.includes('@')) return EMAIL.test(value) ? { kind: 'email', value } : null;
	const digits = value.replace(/\D/g, '');
	if (!PHONE.test(value) || digits.length < 7 || digits.length > 15) return null;
	return { kind: 'phone', value: `${value.startsWith('+') ? '+' : ''}${digits}` };
}

const tick = z.preprocess((value) => value === 'yes', z.boolean());

const signatureSchema = z
	.object({
		name: text({
			max: NAME_MAX,
			required: 'petitions.nameRequired',
			tooLong: 'petitions.nameTooLong'
		}),
		area: text({
			max: AREA_MAX,
			required: 'petitions.areaRequired',
			tooLong: 'petitions.areaTooLong'
		}),
		show: tick,
		updates: tick,
		contact: text({ max: CONTACT_MAX, tooLong: 'petitions.contactInvalid' })
	})
	.superRefine((form, context) => {
		if (!form.updates) return;
		if (form.contact === '') {
			context.addIssue({ code: 'custom', path: ['contact'], message: 'petitions.contactRequired' });
		} else if (!readContact(form.contact)) {
			context.addIssue({ code: 'custom', path: ['contact'], message: 'petitions.contactInvalid' });
		}
	})
	.transform((form): SignatureInput => ({
		name: form.name.replace(/\s+/g, ' '),
		area: form.area.replace(/\s+/g, ' '),
		show: form.show,
		// A contact typed and then the tick taken off is not kept.
		contact: form.updates ? readContact(form.contact) : null
	}));

export function parseSignatureForm(form: FormData): Parsed<SignatureInput> {
	return parseForm(form, signatureSchema);
}
