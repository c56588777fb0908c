import { z } from 'zod';
import type { FieldErrors, FormValues } from '../../form-types';
import { firstValue } from '../../form-types';
import type { Locale } from '../../i18n/locales';
import { parseIsoDate } from '../centres/centres.schemas';
import { addDays, instantToLocal, localToInstant, parseWallTime } from '../centres/opening-hours';
import { oneOf, parsed, text, type Parsed } from '../forms';
import { isUuid } from '../platform/ids';
import { ACTION_KINDS, type ActionKind, type ActionTexts } from './organising.tables';

export const TITLE_MAX = 150;
export const DETAILS_MAX = 3000;
export const PLACE_MAX = 200;
export const MEETING_POINT_MAX = 300;
export const CAPACITY_MAX = 100_000;
export const UNNAMED_MAX = 1_000_000;
/** Actions at night start from this time until MORNING on the centre's clock. */
export const NIGHT_FROM = '20:00';
export const NIGHT_UNTIL = '06:00';
const DAY_MS = 86_400_000;

export interface ActionInput {
	kind: ActionKind;
	/** The languages written in, in the centre's order; the first is the main one. */
	locales: Locale[];
	texts: ActionTexts;
	startsAt: Date;
	endsAt: Date;
	place: string;
	meetingPoint: string;
	capacity: number | null;
	campaignId: string | null;
}

/** Whether something starting at this instant starts at night on the centre's clock. */
export function startsAtNight(startsAt: Date, timeZone: string): boolean {
	const { time } = instantToLocal(startsAt, timeZone);
	return time >= NIGHT_FROM || time < NIGHT_UNTIL;
}

/** Places as typed: empty is no limit; otherwise a whole number from 1 to CAPACITY_MAX. */
function parseCapacity(input: string): number | null | undefined {
	const value = input.trim();
	if (value === '') return null;
	if (!/^\d{1,6}$/.test(value)) return undefined;
	const number = Number(value);
	return number >= 1 && number <= CAPACITY_MAX ? number : undefined;
}

// A typo such as 0202 or 20266 is no action anyone could come to.
const plausibleDate = (input: string) => {
	const date = parseIsoDate(input);
	return date && date >= '2000-01-01' && date <= '2099-12-31' ? date : null;
};

const title = text({ max: TITLE_MAX, tooLong: 'actions.titleTooLong' });
const details = text({ max: DETAILS_MAX, tooLong: 'actions.detailsTooLong', multiline: true });

const fields = z.object({
	kind: oneOf(ACTION_KINDS, 'actions.kindRequired'),
	date: parsed(plausibleDate, 'actions.dateInvalid'),
	starts: parsed(parseWallTime, 'actions.startsInvalid'),
	ends: parsed(parseWallTime, 'actions.endsInvalid'),
	endsNextDay: z.preprocess((value) => value === 'yes', z.boolean()),
	place: text({
		max: PLACE_MAX,
		required: 'actions.placeRequired',
		tooLong: 'actions.placeTooLong'
	}),
	meetingPoint: text({ max: MEETING_POINT_MAX, tooLong: 'actions.meetingPointTooLong' }),
	capacity: z.preprocess(
		(value) => parseCapacity(typeof value === 'string' ? value : ''),
		z.custom<number | null>((value) => value !== undefined, {
			message: 'actions.capacityInvalid'
		})
	),
	campaignId: z.preprocess(
		(value) => (typeof value === 'string' ? value.trim() : ''),
		z
			.string()
			.refine((value) => value === '' || isUuid(value), { message: 'actions.campaignUnknown' })
			.transform((value) => (value === '' ? null : value))
	)
});

/**
 * Reads the action form: its title and details in any of the centre's languages (at least one
 * title; details without a title in that language are a mistake), and its times on the centre's
 * clock. It ends the same day unless "ends the next day" is ticked, so an end before the start is
 * named rather than guessed. A demonstration that starts at night needs a meeting point: people
 * arriving in the dark must find one another.
 */
export function parseActionForm(
	values: FormValues,
	centre: { timeZone: string; locales: readonly Locale[] }
): Parsed<ActionInput> {
	const errors: FieldErrors = {};
	const result = fields.safeParse(values);
	if (!result.success) {
		for (const issue of result.error.issues) {
			errors[String(issue.path[0] ?? 'form')] ??= issue.message as FieldErrors[string];
		}
	}
	const locales: Locale[] = [];
	const texts: ActionTexts = {};
	for (const locale of centre.locales) {
		const titleResult = title.safeParse(values[`title-${locale}`]);
		const detailsResult = details.safeParse(values[`details-${locale}`]);
		if (!titleResult.success) {
			errors[`title-${locale}`] = titleResult.error.issues[0]?.message as FieldErrors[string];
		}
		if (!detailsResult.success) {
			errors[`details-${locale}`] = detailsResult.error.issues[0]?.message as FieldErrors[string];
		}
		const written = {
			title: titleResult.success ? titleResult.data : '',
			details: detailsResult.success ? detailsResult.data : ''
		};
		if (written.title) {
			locales.push(locale);
			texts[locale] = written;
		} else if (written.details && !errors[`title-${locale}`]) {
			errors[`title-${locale}`] = 'actions.titleForDetails';
		}
	}
	const first = centre.locales[0];
	if (locales.length === 0 && first && !errors[`title-${first}`]) {
		errors[`title-${first}`] = 'actions.titleRequired';
	}
	if (!result.success || Object.keys(errors).length > 0) return { ok: false, values, errors };

	const data = result.data;
	const startsAt = localToInstant(data.date, data.starts, centre.timeZone);
	const endsAt = localToInstant(
		data.endsNextDay ? addDays(data.date, 1) : data.date,
		data.ends,
		centre.timeZone
	);
	if (endsAt <= startsAt) {
		errors.ends = data.endsNextDay ? 'actions.endsBeforeStarts' : 'actions.endsBeforeStartsSameDay';
	} else if (endsAt.getTime() - startsAt.getTime() > DAY_MS) {
		errors.ends = 'actions.longerThanDay';
	}
	if (
		data.kind === 'demonstration' &&
		!data.meetingPoint &&
		startsAtNight(startsAt, centre.timeZone)
	) {
		errors.meetingPoint = 'actions.meetingPointAtNight';
	}
	if (Object.keys(errors).length > 0) return { ok: false, values, errors };
	return {
		ok: true,
		values,
		data: {
			kind: data.kind,
			locales,
			texts,
			startsAt,
			endsAt,
			place: data.place,
			meetingPoint: data.meetingPoint,
			capacity: data.capacity,
			campaignId: data.campaignId
		}
	};
}

/** The form's fields for an action as saved, to edit it. */
export function actionFormValues(
	action: Omit<ActionInput, 'locales'>,
	timeZone: string
): FormValues {
	const start = instantToLocal(action.startsAt, timeZone);
	const end = instantToLocal(action.endsAt, timeZone);
	const values: FormValues = {
		kind: action.kind,
		date: start.date,
		starts: start.time,
		ends: end.time,
		place: action.place,
		meetingPoint: action.meetingPoint,
		capacity: action.capacity === null ? '' : String(action.capacity),
		campaignId: action.campaignId ?? ''
	};
	if (end.date > start.date) values.endsNextDay = 'yes';
	for (const [locale, written] of Object.entries(action.texts)) {
		values[`title-${locale}`] = written.title;
		values[`details-${locale}`] = written.details;
	}
	return values;
}

export interface DoorInput {
	attended: string[];
	/** How much to change the count of people without a name by. */
	unnamedChange: number;
}

const countText = /^\d{1,7}$/;

/**
 * Reads the door list: who is ticked, and the count of people who gave no name. The count is
 * sent with the count the page showed, and only the difference is applied, so two people at the
 * door counting at once do not undo each other; "+1" adds one to whatever was typed.
 */
export function parseDoorForm(values: FormValues): Parsed<DoorInput> {
	const ticked = values.attended;
	const attended = (Array.isArray(ticked) ? ticked : ticked ? [ticked] : []).filter(isUuid);
	const typed = firstValue(values, 'unnamed').trim();
	const shown = firstValue(values, 'unnamedShown').trim();
	if (!countText.test(typed) || Number(typed) > UNNAMED_MAX) {
		return { ok: false, values, errors: { unnamed: 'actions.unnamedInvalid' } };
	}
	const was = countText.test(shown) ? Number(shown) : Number(typed);
	const plusOne = firstValue(values, 'plusOne') === 'yes' ? 1 : 0;
	return {
		ok: true,
		values,
		data: { attended: [...new Set(attended)], unnamedChange: Number(typed) - was + plusOne }
	};
}
