import { z } from 'zod';
import type { FieldErrors, FormValues } from '../../form-types';
import type { MessageKey } from '../../i18n/messages/en';
import { parsed, text, type Parsed } from '../forms';
import { parseIsoDate } from './centres.schemas';
import { parseWallTime } from './opening-hours';

export const CHILD_NAME_MAX = 40;
export const MAX_AGE = 17;
/** Rows the session form offers for age bands; a session needs at least one. */
export const BAND_ROWS = 4;
export const CODE_DIGITS = 8;

// Arabic-Indic and Persian digits, as an Arabic or Persian keyboard types them, read as 0–9.
const EASTERN_DIGITS = /[\u0660-\u0669\u06F0-\u06F9]/g;

export function westernDigits(input: string): string {
	return input.replace(EASTERN_DIGITS, (digit) => String(digit.charCodeAt(0) & 0xf));
}

/** A whole number typed in any of the digits people use, within bounds; null otherwise. */
export function parseWhole(input: string, min: number, max: number): number | null {
	const value = westernDigits(input.trim());
	if (!/^\d{1,3}$/.test(value)) return null;
	const number = Number(value);
	return number >= min && number <= max ? number : null;
}

/** What a parent or staff member types from the paper: spaces, dashes and script do not matter. */
export function normalisePickupCode(typed: string): string | null {
	const digits = westernDigits(typed).replace(/[\s\-–.]/g, '');
	return new RegExp(`^\\d{${CODE_DIGITS}}$`).test(digits) ? digits : null;
}

export function formatPickupCode(code: string): string {
	return `${code.slice(0, 4)} ${code.slice(4)}`;
}

export const bookingSchema = z.object({
	childName: text({
		max: CHILD_NAME_MAX,
		required: 'childcare.childNameRequired',
		tooLong: 'childcare.childNameTooLong'
	}),
	age: parsed((value) => parseWhole(value, 0, MAX_AGE), 'childcare.ageInvalid')
});
export type BookingInput = z.infer<typeof bookingSchema>;

/** Where each refusal of the booking rules is shown on a booking form. */
export const bookingProblems: Partial<Record<string, { field: string; message: MessageKey }>> = {
	'childcare.ageNotInBand': { field: 'age', message: 'childcare.ageNotInBand' },
	'childcare.bandFull': { field: 'age', message: 'childcare.bandFull' },
	'childcare.sessionFull': { field: 'age', message: 'childcare.sessionFull' },
	'childcare.sessionOver': { field: 'childName', message: 'childcare.sessionOver' }
};

export const pickupSchema = z.object({
	booking: z.preprocess(
		(value) => (typeof value === 'string' ? value : ''),
		z.string().min(1, { message: 'childcare.childRequired' })
	),
	code: parsed(normalisePickupCode, 'childcare.codeFormat')
});

export const cancelSchema = z.object({
	cancelCode: parsed(normalisePickupCode, 'childcare.codeFormat')
});

const staffing = {
	childrenPerStaff: parsed((value) => parseWhole(value, 1, 30), 'childcare.ratioInvalid'),
	staffCount: parsed((value) => parseWhole(value, 0, 50), 'childcare.staffInvalid')
};

const sessionFields = z.object({
	date: parsed(parseIsoDate, 'centres.dateInvalid'),
	starts: parsed(parseWallTime, 'childcare.startsInvalid'),
	ends: parsed(parseWallTime, 'childcare.endsInvalid'),
	...staffing
});

export interface BandInput {
	minAge: number;
	maxAge: number;
	capacity: number;
}

export interface SessionInput extends z.infer<typeof sessionFields> {
	bands: BandInput[];
}

export interface StaffingInput {
	childrenPerStaff: number;
	staffCount: number;
	/** New places for each band, by band id. */
	capacities: Record<string, number>;
}

const value = (values: FormValues, name: string): string => {
	const found = values[name];
	return (Array.isArray(found) ? found[0] : found)?.trim() ?? '';
};

function collect<T>(schema: z.ZodType<T>, values: FormValues, errors: FieldErrors): T | null {
	const result = schema.safeParse(values);
	if (result.success) return result.data;
	for (const issue of result.error.issues) {
		errors[String(issue.path[0] ?? 'form')] ??= issue.message as FieldErrors[string];
	}
	return null;
}

/**
 * The coordinator's new session: a date, times on the centre's clock (an end at or before the
 * start is the next day, as for opening hours), the ratio and staff, and up to four age bands
 * that must not overlap.
 */
export function parseSessionForm(values: FormValues): Parsed<SessionInput> {
	const errors: FieldErrors = {};
	const fixed = collect(sessionFields, values, errors);
	const bands: BandInput[] = [];
	for (let row = 0; row < BAND_ROWS; row++) {
		const min = value(values, `minAge_${row}`);
		const max = value(values, `maxAge_${row}`);
		const places = value(values, `capacity_${row}`);
		if (!min && !max && !places) continue;
		const minAge = parseWhole(min, 0, MAX_AGE);
		const maxAge = parseWhole(max, 0, MAX_AGE);
		const capacity = parseWhole(places, 1, 100);
		if (minAge === null) errors[`minAge_${row}`] = 'childcare.bandAgeInvalid';
		if (maxAge === null) errors[`maxAge_${row}`] = 'childcare.bandAgeInvalid';
		if (capacity === null) errors[`capacity_${row}`] = 'childcare.capacityInvalid';
		if (minAge === null || maxAge === null || capacity === null) continue;
		if (maxAge < minAge) {
			errors[`maxAge_${row}`] = 'childcare.bandAgesReversed';
			continue;
		}
		if (bands.some((band) => band.minAge <= maxAge && minAge <= band.maxAge)) {
			errors[`minAge_${row}`] = 'childcare.bandsOverlap';
			continue;
		}
		bands.push({ minAge, maxAge, capacity });
	}
	if (bands.length === 0 && !Object.keys(errors).some((key) => /_\d+$/.test(key))) {
		errors.minAge_0 = 'childcare.bandRequired';
	}
	if (!fixed || Object.keys(errors).length > 0) return { ok: false, values, errors };
	bands.sort((a, b) => a.minAge - b.minAge);
	return { ok: true, data: { ...fixed, bands }, values };
}

/** The coordinator's change of staffing and places: one capacity field per band of the session. */
export function parseStaffingForm(
	values: FormValues,
	bandIds: readonly string[]
): Parsed<StaffingInput> {
	const errors: FieldErrors = {};
	const fixed = collect(z.object(staffing), values, errors);
	const capacities: Record<string, number> = {};
	for (const id of bandIds) {
		const capacity = parseWhole(value(values, `capacity_${id}`), 1, 100);
		if (capacity === null) errors[`capacity_${id}`] = 'childcare.capacityInvalid';
		else capacities[id] = capacity;
	}
	if (!fixed || Object.keys(errors).length > 0) return { ok: false, values, errors };
	return { ok: true, data: { ...fixed, capacities }, values };
}
