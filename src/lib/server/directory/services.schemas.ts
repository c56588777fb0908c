import { z } from 'zod';
import type { FieldErrors, FormValues } from '../../form-types';
import type { Locale } from '../../i18n/locales';
import { parseWallTime } from '../centres/opening-hours';
import { oneOf, someOf, text, type Parsed } from '../forms';
import { isUuid } from '../platform/ids';
import { categoryCodes } from './categories';
import { isWebAddress } from './web-address';

const TEXT_MAX = 2000;
export const NAME_MAX = 200;
/** Blank rows a form offers for new weekly openings and for new date changes. */
export const NEW_OPENING_ROWS = 2;
export const NEW_EXCEPTION_ROWS = 1;
const MAX_ROWS = 50;
const MAX_DOCUMENTS = 30;

const LANGUAGE_CODE = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

const longText = (tooLong: 'service.textTooLong') =>
	text({ max: TEXT_MAX, tooLong, multiline: true });

const flag = z.preprocess((value) => value === 'yes', z.boolean());

const fixedFields = z.object({
	name: text({ max: NAME_MAX, required: 'service.nameRequired', tooLong: 'service.nameTooLong' }),
	description: longText('service.textTooLong'),
	organizationId: z.preprocess(
		(value) => (typeof value === 'string' && value !== '' ? value : null),
		z.string().refine(isUuid, { message: 'service.organizationUnknown' }).nullable()
	),
	locationId: z.preprocess(
		(value) => (typeof value === 'string' && value !== '' ? value : null),
		z.string().refine(isUuid, { message: 'service.locationUnknown' }).nullable()
	),
	status: oneOf(['active', 'temporarily closed', 'inactive', 'defunct'], 'service.statusInvalid'),
	categories: someOf(categoryCodes, 'service.categoryInvalid'),
	eligibility: longText('service.textTooLong'),
	applicationProcess: longText('service.textTooLong'),
	cost: oneOf(['free', 'low_cost', 'fee'], 'service.costInvalid'),
	feesDescription: longText('service.textTooLong'),
	noIdAsked: flag,
	walkIn: flag,
	documents: longText('service.textTooLong').refine(
		(value) => value.split('\n').filter((line) => line.trim()).length <= MAX_DOCUMENTS,
		{ message: 'service.tooManyDocuments' }
	),
	languages: z.preprocess(
		(value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]),
		z.array(z.string().regex(LANGUAGE_CODE, { message: 'service.languageInvalid' }))
	),
	otherLanguages: text({ max: 200, tooLong: 'service.languageInvalid' }).refine(
		(value) =>
			value === '' ||
			value
				.split(/[\s,]+/)
				.filter(Boolean)
				.every((code) => LANGUAGE_CODE.test(code.toLowerCase()) && isKnownLanguage(code)),
		{ message: 'service.languageInvalid' }
	),
	interpretationAvailable: flag,
	interpretationNotes: longText('service.textTooLong'),
	phone: text({ max: 100, tooLong: 'service.phoneTooLong' }),
	email: text({ max: 254, tooLong: 'service.emailInvalid' }).refine(
		(value) => value === '' || z.email().safeParse(value).success,
		{ message: 'service.emailInvalid' }
	),
	url: text({ max: TEXT_MAX, tooLong: 'service.urlInvalid' }).refine(
		(value) => value === '' || isWebAddress(value),
		{ message: 'service.urlInvalid' }
	),
	isPublic: flag
});

function isKnownLanguage(code: string): boolean {
	try {
		return Intl.getCanonicalLocales(code).length === 1;
	} catch {
		return false;
	}
}

export interface ServiceInput extends z.infer<typeof fixedFields> {
	texts: { locale: string; name: string; description: string }[];
	weekly: { id: string | null; weekday: number; opens: string; closes: string }[];
	exceptions: {
		id: string | null;
		date: string;
		kind: 'closed' | 'open';
		opens: string | null;
		closes: string | null;
		note: string;
	}[];
}

const value = (values: FormValues, name: string): string => {
	const found = values[name];
	return (Array.isArray(found) ? found[0] : found)?.trim() ?? '';
};

/**
 * Reads the service form: the fixed fields, a name and description for each of the centre's
 * other languages, and the rows of weekly hours and date changes. A weekly row closes the same
 * day unless "closes the next day" is ticked, so a closing time before the opening time is a
 * mistake the form can name rather than guess.
 */
export function parseServiceForm(
	values: FormValues,
	otherLocales: readonly Locale[]
): Parsed<ServiceInput> {
	const errors: FieldErrors = {};
	const fixed = fixedFields.safeParse(values);
	if (!fixed.success) {
		for (const issue of fixed.error.issues) {
			const field = String(issue.path[0] ?? 'form');
			errors[field] ??= issue.message as FieldErrors[string];
		}
	}

	const texts: ServiceInput['texts'] = [];
	for (const locale of otherLocales) {
		const name = value(values, `name_${locale}`);
		const description = value(values, `description_${locale}`);
		if (name.length > NAME_MAX) errors[`name_${locale}`] = 'service.nameTooLong';
		if (description.length > TEXT_MAX) errors[`description_${locale}`] = 'service.textTooLong';
		if (!name && description) errors[`name_${locale}`] = 'service.translationNeedsName';
		if (name) texts.push({ locale, name, description });
	}

	const weekly: ServiceInput['weekly'] = [];
	for (let row = 0; row < MAX_ROWS; row++) {
		if (!(`day_${row}` in values)) continue;
		const day = value(values, `day_${row}`);
		const opensText = value(values, `opens_${row}`);
		const closesText = value(values, `closes_${row}`);
		if (value(values, `remove_${row}`) === 'yes') continue;
		if (!day && !opensText && !closesText) continue;
		const weekday = Number(day);
		if (!Number.isInteger(weekday) || weekday < 1 || weekday > 7) {
			errors[`day_${row}`] = 'service.dayRequired';
			continue;
		}
		const opens = parseWallTime(opensText);
		const closes = parseWallTime(closesText);
		if (!opens) errors[`opens_${row}`] = 'centres.opensInvalid';
		if (!closes) errors[`closes_${row}`] = 'centres.closesInvalid';
		if (!opens || !closes) continue;
		const nextDay = value(values, `nextDay_${row}`) === 'yes';
		if (!nextDay && closes <= opens) {
			errors[`closes_${row}`] = 'service.closesBeforeOpens';
			continue;
		}
		if (nextDay && closes > opens) {
			errors[`closes_${row}`] = 'service.nextDayTooLong';
			continue;
		}
		const id = value(values, `id_${row}`);
		weekly.push({ id: isUuid(id) ? id : null, weekday, opens, closes });
	}

	const exceptions: ServiceInput['exceptions'] = [];
	for (let row = 0; row < MAX_ROWS; row++) {
		if (!(`exDate_${row}` in values)) continue;
		if (value(values, `exRemove_${row}`) === 'yes') continue;
		const date = value(values, `exDate_${row}`);
		const kind = value(values, `exKind_${row}`);
		const opensText = value(values, `exOpens_${row}`);
		const closesText = value(values, `exCloses_${row}`);
		const note = value(values, `exNote_${row}`);
		if (!date && !opensText && !closesText && !note) continue;
		if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(`${date}T12:00:00Z`))) {
			errors[`exDate_${row}`] = 'centres.dateInvalid';
			continue;
		}
		if (note.length > 200) errors[`exNote_${row}`] = 'service.nameTooLong';
		const id = value(values, `exId_${row}`);
		if (kind === 'open') {
			const opens = parseWallTime(opensText);
			const closes = parseWallTime(closesText);
			if (!opens) errors[`exOpens_${row}`] = 'centres.opensInvalid';
			if (!closes) errors[`exCloses_${row}`] = 'centres.closesInvalid';
			if (!opens || !closes) continue;
			exceptions.push({ id: isUuid(id) ? id : null, date, kind, opens, closes, note });
		} else {
			exceptions.push({
				id: isUuid(id) ? id : null,
				date,
				kind: 'closed',
				opens: null,
				closes: null,
				note
			});
		}
	}

	if (!fixed.success || Object.keys(errors).length > 0) return { ok: false, values, errors };
	return { ok: true, data: { ...fixed.data, texts, weekly, exceptions }, values };
}

/** Every language code the form sent: the ticked ones and the ones typed in. */
export function languagesOf(input: Pick<ServiceInput, 'languages' | 'otherLanguages'>): string[] {
	const typed = input.otherLanguages
		.split(/[\s,]+/)
		.filter(Boolean)
		.map((code) => Intl.getCanonicalLocales(code)[0] as string);
	return [...new Set([...input.languages, ...typed])];
}
