import { z } from 'zod';
import type { FieldErrors, FormValues } from '../../form-types';
import { oneOf, optionallyParsed, parsed, text, type Parsed } from '../forms';
import { parseIsoDate } from './centres.schemas';
import type { EventKind } from './events.tables';
import { addDays, localToInstant, parseWallTime } from './opening-hours';

export const EVENT_KINDS = [
	'social',
	'meal',
	'film',
	'meeting',
	'other'
] as const satisfies readonly EventKind[];
export const TITLE_MAX = 120;
export const MAX_CAPACITY = 1000;
const DAY_MS = 86_400_000;

/** Places as typed: empty is no limit; otherwise a whole number from 1 to 1,000. */
export function parseCapacity(input: string): number | null | undefined {
	const value = input.trim();
	if (value === '') return null;
	if (!/^\d{1,4}$/.test(value)) return undefined;
	const number = Number(value);
	return number >= 1 && number <= MAX_CAPACITY ? number : undefined;
}

// Years a person can mean: a typo such as 0202 or 20266 is not an event.
const plausibleDate = (text: string) => {
	const date = parseIsoDate(text);
	return date && date >= '2000-01-01' && date <= '2099-12-31' ? date : null;
};

const flag = z.preprocess((value) => value === 'yes', z.boolean());

const fields = z.object({
	title: text({ max: TITLE_MAX, required: 'events.titleRequired', tooLong: 'events.titleTooLong' }),
	kind: oneOf(EVENT_KINDS, 'events.kindInvalid'),
	description: text({ max: 2000, tooLong: 'events.textTooLong', multiline: true }),
	place: text({ max: 200, tooLong: 'events.placeTooLong' }),
	date: parsed(plausibleDate, 'events.dateInvalid'),
	starts: parsed(parseWallTime, 'events.startsInvalid'),
	ends: parsed(parseWallTime, 'events.endsInvalid'),
	endsNextDay: flag,
	capacity: z.preprocess(
		(value) => parseCapacity(typeof value === 'string' ? value : ''),
		z.custom<number | null>((value) => value !== undefined, { message: 'events.capacityInvalid' })
	),
	membersOnly: flag
});

export type EventFields = z.infer<typeof fields>;

/** What the coordinator's form gives, its times as instants on the centre's clock. */
export interface EventInput {
	kind: EventKind;
	title: string;
	description: string;
	place: string;
	startsAt: Date;
	endsAt: Date;
	capacity: number | null;
	membersOnly: boolean;
}

/**
 * Reads the event form. It ends the same day unless "ends the next day" is ticked, so an end
 * before the start is a mistake the form names rather than guesses; an event lasts at most a day.
 */
export function parseEventForm(values: FormValues, timeZone: string): Parsed<EventInput> {
	const result = fields.safeParse(values);
	const errors: FieldErrors = {};
	if (!result.success) {
		for (const issue of result.error.issues) {
			const field = String(issue.path[0] ?? 'form');
			errors[field] ??= issue.message as FieldErrors[string];
		}
		return { ok: false, values, errors };
	}
	const data = result.data;
	const startsAt = localToInstant(data.date, data.starts, timeZone);
	const endsAt = localToInstant(
		data.endsNextDay ? addDays(data.date, 1) : data.date,
		data.ends,
		timeZone
	);
	if (endsAt <= startsAt) {
		errors.ends = data.endsNextDay ? 'events.endsBeforeStarts' : 'events.endsBeforeStartsSameDay';
	} else if (endsAt.getTime() - startsAt.getTime() > DAY_MS) {
		errors.ends = 'events.longerThanDay';
	}
	if (Object.keys(errors).length > 0) return { ok: false, values, errors };
	return {
		ok: true,
		values,
		data: {
			kind: data.kind,
			title: data.title,
			description: data.description,
			place: data.place,
			startsAt,
			endsAt,
			capacity: data.capacity,
			membersOnly: data.membersOnly
		}
	};
}

/** The calendar's views: everything, the day's events, or the night's. */
export const VIEWS = ['all', 'day', 'night'] as const;
export type CalendarView = (typeof VIEWS)[number];

export const calendarQuery = z.object({
	week: optionallyParsed(plausibleDate),
	view: z.preprocess(
		(value) => (VIEWS.includes(value as CalendarView) ? value : 'all'),
		z.enum(VIEWS)
	)
});
