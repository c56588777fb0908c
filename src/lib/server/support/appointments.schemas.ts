import { z } from 'zod';
import type { FieldErrors, FormValues } from '../../form-types';
import type { MessageKey } from '../../i18n/messages/en';
import { parseIsoDate } from '../centres/centres.schemas';
import { localToInstant, parseWallTime } from '../centres/opening-hours';
import { oneOf, parsed, type Parsed } from '../forms';
import { isUuid } from '../platform/ids';
import type { AppointmentMode } from './advisers.tables';
import { supportLanguages } from './advisers.schemas';

export const MODES = ['in_person', 'phone', 'online'] as const satisfies readonly AppointmentMode[];
export const LENGTHS = ['15', '30', '45', '60'] as const;

const plausibleDate = (input: string) => {
	const date = parseIsoDate(input);
	return date && date >= '2000-01-01' && date <= '2099-12-31' ? date : null;
};

const fields = z.object({
	with: z.preprocess(
		(value) => (isUuid(value) ? value : ''),
		z.string().min(1, { message: 'appointments.withRequired' })
	),
	date: parsed(plausibleDate, 'appointments.dateInvalid'),
	time: parsed(parseWallTime, 'appointments.timeInvalid'),
	minutes: oneOf(LENGTHS, 'appointments.lengthRequired'),
	mode: oneOf(MODES, 'appointments.modeRequired'),
	// Empty: no interpreter needed.
	interpreter: z.preprocess(
		(value) => (typeof value === 'string' ? value.trim() : ''),
		z
			.string()
			.refine((value) => value === '' || (supportLanguages as readonly string[]).includes(value), {
				message: 'appointments.languageUnknown'
			})
	),
	replaces: z.preprocess((value) => (isUuid(value) ? value : null), z.string().nullable())
});

export interface AppointmentInput {
	with: string;
	startsAt: Date;
	minutes: number;
	mode: AppointmentMode;
	interpreter: string | null;
	/** An earlier appointment of the same two people that this one takes the place of. */
	replaces: string | null;
}

/** Reads the booking form; the date and time are on the centre's clock. */
export function parseAppointmentForm(
	values: FormValues,
	timeZone: string
): Parsed<AppointmentInput> {
	const result = fields.safeParse(values);
	if (!result.success) {
		const errors: FieldErrors = {};
		for (const issue of result.error.issues) {
			errors[String(issue.path[0] ?? 'form')] ??= issue.message as MessageKey;
		}
		return { ok: false, values, errors };
	}
	const data = result.data;
	return {
		ok: true,
		values,
		data: {
			with: data.with,
			startsAt: localToInstant(data.date, data.time, timeZone),
			minutes: Number(data.minutes),
			mode: data.mode,
			interpreter: data.interpreter || null,
			replaces: data.replaces
		}
	};
}

/** Which field a refusal of the booking belongs beside. */
export const REFUSAL_FIELDS: Record<string, string> = {
	'appointments.inThePast': 'date',
	'appointments.tooFarAhead': 'date',
	'appointments.adviserBusy': 'time',
	'appointments.memberBusy': 'time',
	'appointments.withUnknown': 'with'
};
