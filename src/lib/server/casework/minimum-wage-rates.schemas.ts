import { z } from 'zod';
import { parsePounds } from '$lib/casework/money';
import type { MinimumWageRates } from '$lib/casework/wage-types';
import { parseIsoDate } from '../centres/centres.schemas';
import { firstValue, type FieldErrors, type FormValues } from '../../form-types';
import type { MessageKey } from '../../i18n/messages/en';
import { parseForm, parsed, type Parsed } from '../forms';

/** The largest rate or offset the table accepts: £1,000. */
export const RATE_MAX_PENCE = 100_000;

const asText = (value: unknown) => (typeof value === 'string' ? value.trim() : '');

const rate = parsed((text) => {
	const pence = parsePounds(text);
	return pence !== null && pence >= 1 && pence <= RATE_MAX_PENCE ? pence : null;
}, 'wages.errorRate');

const livingWageAge = parsed((text) => {
	if (!/^\d{2}$/.test(text.trim())) return null;
	const age = Number(text.trim());
	return age >= 21 && age <= 25 ? age : null;
}, 'wages.errorLivingWageAge');

/** Empty is allowed (null); anything else must read as pounds in range, or it is an error. */
function optionalPence(message: 'wages.errorRate' | 'wages.errorOffset', min: number) {
	return z.preprocess(
		(value) => {
			const text = asText(value);
			if (text === '') return null;
			const pence = parsePounds(text);
			return pence !== null && pence >= min && pence <= RATE_MAX_PENCE ? pence : undefined;
		},
		z.custom<number | null>((value) => value !== undefined, { message })
	);
}

const fields = z.object({
	effectiveFrom: parsed(parseIsoDate, 'wages.errorDate'),
	livingWageAge,
	livingWage: rate,
	youngAdult: optionalPence('wages.errorRate', 1),
	eighteenToTwenty: rate,
	sixteenToSeventeen: rate,
	apprentice: rate,
	accommodationOffset: optionalPence('wages.errorOffset', 0)
});

const FIELD_ORDER = Object.keys(fields.shape);

/** The rate for ages 21 up to the living wage exists exactly when the living wage starts after 21. */
function youngAdultProblem(values: FormValues): MessageKey | null {
	const age = Number(firstValue(values, 'livingWageAge').trim());
	const given = firstValue(values, 'youngAdult').trim() !== '';
	if (age > 21 && age <= 25 && !given) return 'wages.errorYoungAdultRequired';
	if (age === 21 && given) return 'wages.errorYoungAdultNotWanted';
	return null;
}

/**
 * One year's rates as a coordinator types them, in pounds, as exact pence. Every problem is
 * reported at once, the one between the living-wage age and the young adult rate included.
 */
export function parseRatesForm(form: FormData): Parsed<MinimumWageRates> {
	const result = parseForm(form, fields);
	const problem = youngAdultProblem(result.values);
	if (result.ok && !problem) {
		const data = result.data;
		return {
			ok: true,
			values: result.values,
			data: {
				effectiveFrom: data.effectiveFrom,
				livingWageAge: data.livingWageAge,
				livingWagePence: data.livingWage,
				youngAdultPence: data.youngAdult,
				age18To20Pence: data.eighteenToTwenty,
				age16To17Pence: data.sixteenToSeventeen,
				apprenticePence: data.apprentice,
				accommodationOffsetPence: data.accommodationOffset
			}
		};
	}
	const found: FieldErrors = result.ok ? {} : { ...result.errors };
	if (problem) found.youngAdult ??= problem;
	const errors: FieldErrors = {};
	for (const field of FIELD_ORDER) if (found[field]) errors[field] = found[field];
	return { ok: false, values: result.values, errors };
}
