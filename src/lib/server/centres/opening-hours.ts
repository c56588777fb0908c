/** ISO weekday: 1 = Monday … 7 = Sunday. */
export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;
/** Wall-clock time 'HH:MM' (00:00–23:59). */
export type WallTime = string;
/** Local calendar date 'YYYY-MM-DD' in the centre's time zone. */
export type LocalDate = string;

/**
 * A weekly opening. If `closes` <= `opens`, it ends on the next day (Friday 22:00 – 06:00 is one
 * opening). `closes === opens` means 24 hours.
 */
export interface WeeklyOpening {
	weekday: Weekday;
	opens: WallTime;
	closes: WallTime;
}

/**
 * An exception on a local date: 'closed' cancels every weekly opening that STARTS on that date;
 * 'open' adds an extra opening starting that date (closes <= opens crosses midnight).
 */
export type OpeningException =
	| { date: LocalDate; kind: 'closed' }
	| { date: LocalDate; kind: 'open'; opens: WallTime; closes: WallTime };

export interface Interval {
	start: Date;
	end: Date;
}

export type OpeningStatus =
	| {
			open: true;
			closesAt: Date;
			/** true when the opening continues past the end of the next 14 days */
			continuesPastHorizon: boolean;
	  }
	| { open: false; opensAt: Date | null };

/** A language-neutral sentence about the next change, for the UI to translate. */
export type OpeningDescription =
	| { key: 'openAlways' } // open through the whole look-ahead: no closing time to tell
	| { key: 'openClosesAt'; time: WallTime }
	| { key: 'openClosesOn'; weekday: Weekday; time: WallTime }
	| { key: 'opensTodayAt'; time: WallTime }
	| { key: 'opensTonightAt'; time: WallTime }
	| { key: 'opensTomorrowAt'; time: WallTime }
	| { key: 'closedUntil'; weekday: Weekday; time: WallTime; date: LocalDate }
	| { key: 'closedNoHours' };

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
const LOOK_AHEAD_MS = 14 * DAY_MS;
const EVENING: WallTime = '18:00';

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const WALL_TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;
const WALL_TIME_INPUT = /^(\d{1,2})[:.](\d{2})$|^(\d{2})(\d{2})$/;

interface WallClock {
	year: number;
	month: number;
	day: number;
	hour: number;
	minute: number;
	second: number;
}

// Building a DateTimeFormat costs far more than using one, and every request asks for the status.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
	let formatter = formatters.get(timeZone);
	if (!formatter) {
		formatter = new Intl.DateTimeFormat('en-US', {
			timeZone,
			// 'h23' because some engines print midnight as 24:00 under hour12: false.
			hourCycle: 'h23',
			year: 'numeric',
			month: 'numeric',
			day: 'numeric',
			hour: 'numeric',
			minute: 'numeric',
			second: 'numeric'
		});
		formatters.set(timeZone, formatter);
	}
	return formatter;
}

function wallClockAt(millis: number, timeZone: string): WallClock {
	const clock: WallClock = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0 };
	for (const { type, value } of formatterFor(timeZone).formatToParts(millis)) {
		if (type in clock) clock[type as keyof WallClock] = Number(value);
	}
	return clock;
}

// Date.UTC reads years 0–99 as 1900–1999; setUTCFullYear does not.
function utcMillis(year: number, month: number, day: number, hour = 0, minute = 0, second = 0) {
	const date = new Date(0);
	date.setUTCFullYear(year, month - 1, day);
	date.setUTCHours(hour, minute, second, 0);
	return date.getTime();
}

/** How far the zone's wall clock is ahead of UTC at this instant, in milliseconds. */
function offsetAt(millis: number, timeZone: string): number {
	const { year, month, day, hour, minute, second } = wallClockAt(millis, timeZone);
	return utcMillis(year, month, day, hour, minute, second) - Math.floor(millis / 1000) * 1000;
}

function parseLocalDate(date: LocalDate): number {
	const match = LOCAL_DATE.exec(date);
	if (match) {
		const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
		const millis = utcMillis(year, month, day);
		const check = new Date(millis);
		if (check.getUTCMonth() + 1 === month && check.getUTCDate() === day) return millis;
	}
	throw new RangeError(`Not a local date (YYYY-MM-DD): ${date}`);
}

function parseTimeMinutes(time: WallTime): number {
	const match = WALL_TIME.exec(time);
	if (!match) throw new RangeError(`Not a wall time (HH:MM): ${time}`);
	return Number(match[1]) * 60 + Number(match[2]);
}

function formatLocalDate(millis: number): LocalDate {
	const date = new Date(millis);
	const year = String(date.getUTCFullYear()).padStart(4, '0');
	return `${year}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

function pad(value: number): string {
	return String(value).padStart(2, '0');
}

function isoWeekday(utcDay: number): Weekday {
	return (((utcDay + 6) % 7) + 1) as Weekday;
}

export function addDays(date: LocalDate, days: number): LocalDate {
	const start = new Date(parseLocalDate(date));
	start.setUTCDate(start.getUTCDate() + days);
	return formatLocalDate(start.getTime());
}

export function instantToLocal(
	instant: Date,
	timeZone: string
): { date: LocalDate; time: WallTime; weekday: Weekday } {
	const key = `${timeZone}|${instant.getTime()}`;
	const known = locals.get(key);
	if (known) return { ...known };
	if (locals.size >= LOCALS_KEPT) locals.clear();
	const found = computeLocal(instant, timeZone);
	locals.set(key, found);
	return { ...found };
}

// A search works out "now" on the centre's clock once per service: keep recent answers.
const locals = new Map<string, { date: LocalDate; time: WallTime; weekday: Weekday }>();
const LOCALS_KEPT = 10_000;

function computeLocal(
	instant: Date,
	timeZone: string
): { date: LocalDate; time: WallTime; weekday: Weekday } {
	const clock = wallClockAt(instant.getTime(), timeZone);
	const day = utcMillis(clock.year, clock.month, clock.day);
	return {
		date: formatLocalDate(day),
		time: `${pad(clock.hour)}:${pad(clock.minute)}`,
		weekday: isoWeekday(new Date(day).getUTCDay())
	};
}

/**
 * The instant at which the wall clock in `timeZone` shows `date` `time`. A time skipped by a
 * spring-forward gap gives the instant the clock jumps; a time repeated when the clocks go back
 * gives the earlier of its two instants.
 */
export function localToInstant(date: LocalDate, time: WallTime, timeZone: string): Date {
	// Each answer costs several time-zone conversions and never changes, while a directory search
	// asks the same few dates and times for hundreds of services: keep the answers.
	const key = `${timeZone}|${date}|${time}`;
	const known = instants.get(key);
	if (known !== undefined) return new Date(known);
	if (instants.size >= INSTANTS_KEPT) instants.clear();
	const found = computeInstant(date, time, timeZone);
	instants.set(key, found);
	return new Date(found);
}

const instants = new Map<string, number>();
const INSTANTS_KEPT = 50_000;

function computeInstant(date: LocalDate, time: WallTime, timeZone: string): number {
	const wall = parseLocalDate(date) + parseTimeMinutes(time) * MINUTE_MS;
	// Offsets a day either side bracket every instant that could show this wall time, so any
	// change of offset that matters lies between them.
	const before = wall - offsetAt(wall - DAY_MS, timeZone);
	const after = wall - offsetAt(wall + DAY_MS, timeZone);
	const shows = (instant: number) => offsetAt(instant, timeZone) === wall - instant;
	const earlier = Math.min(before, after);
	const later = Math.max(before, after);
	if (shows(earlier)) return earlier;
	if (later !== earlier && shows(later)) return later;
	return firstOffsetChange(earlier, later, timeZone);
}

/** The first whole minute in (from, to] whose offset differs from the offset at `from`. */
function firstOffsetChange(from: number, to: number, timeZone: string): number {
	const offset = offsetAt(from, timeZone);
	let low = from;
	let high = to;
	while (high - low > MINUTE_MS) {
		const middle = low + Math.floor((high - low) / 2 / MINUTE_MS) * MINUTE_MS;
		if (offsetAt(middle, timeZone) === offset) low = middle;
		else high = middle;
	}
	return high;
}

/**
 * Every opening that overlaps [from, to), exceptions applied, sorted, with openings that overlap or
 * touch merged into one.
 */
export function openingIntervals(
	weekly: WeeklyOpening[],
	exceptions: OpeningException[],
	from: Date,
	to: Date,
	timeZone: string
): Interval[] {
	const closedDates = new Set<LocalDate>();
	const extras = new Map<LocalDate, { opens: WallTime; closes: WallTime }[]>();
	for (const exception of exceptions) {
		if (exception.kind === 'closed') closedDates.add(exception.date);
		else extras.set(exception.date, [...(extras.get(exception.date) ?? []), exception]);
	}
	const byWeekday = new Map<Weekday, WeeklyOpening[]>();
	for (const opening of weekly) {
		byWeekday.set(opening.weekday, [...(byWeekday.get(opening.weekday) ?? []), opening]);
	}

	const found: Interval[] = [];
	const lastDate = instantToLocal(to, timeZone).date;
	// An overnight opening that began the day before `from` may still be running at `from`.
	for (
		let date = addDays(instantToLocal(from, timeZone).date, -1);
		date <= lastDate;
		date = addDays(date, 1)
	) {
		const weekdayHours = closedDates.has(date) ? [] : (byWeekday.get(weekdayOf(date)) ?? []);
		for (const { opens, closes } of [...weekdayHours, ...(extras.get(date) ?? [])]) {
			const start = localToInstant(date, opens, timeZone);
			const end = localToInstant(closes > opens ? date : addDays(date, 1), closes, timeZone);
			// An opening that lies wholly inside a spring-forward gap has no length at all.
			if (start < end && start < to && end > from) found.push({ start, end });
		}
	}

	found.sort((a, b) => a.start.getTime() - b.start.getTime());
	const merged: Interval[] = [];
	for (const interval of found) {
		const previous = merged.at(-1);
		if (previous && interval.start <= previous.end) {
			if (interval.end > previous.end) previous.end = interval.end;
		} else {
			merged.push({ ...interval });
		}
	}
	return merged;
}

function weekdayOf(date: LocalDate): Weekday {
	return isoWeekday(new Date(parseLocalDate(date)).getUTCDay());
}

/** Whether the centre is open at `now`, and when that next changes within the next 14 days. */
export function openingStatus(
	weekly: WeeklyOpening[],
	exceptions: OpeningException[],
	now: Date,
	timeZone: string
): OpeningStatus {
	const horizon = new Date(now.getTime() + LOOK_AHEAD_MS);
	// Every interval returned ends after `now` and they are disjoint, so only the first can hold it.
	const [first] = openingIntervals(weekly, exceptions, now, horizon, timeZone);
	if (!first) return { open: false, opensAt: null };
	if (first.start > now) return { open: false, opensAt: first.start };
	// An opening that starts exactly at the horizon was not looked at, so one that reaches it may
	// run on.
	return { open: true, closesAt: first.end, continuesPastHorizon: first.end >= horizon };
}

export function describeNext(
	status: OpeningStatus,
	now: Date,
	timeZone: string
): OpeningDescription {
	if (status.open) {
		if (status.continuesPastHorizon) return { key: 'openAlways' };
		const { time, weekday } = instantToLocal(status.closesAt, timeZone);
		return status.closesAt.getTime() - now.getTime() < DAY_MS
			? { key: 'openClosesAt', time }
			: { key: 'openClosesOn', weekday, time };
	}
	if (!status.opensAt) return { key: 'closedNoHours' };
	const today = instantToLocal(now, timeZone).date;
	const { date, time, weekday } = instantToLocal(status.opensAt, timeZone);
	if (date === today) return { key: time < EVENING ? 'opensTodayAt' : 'opensTonightAt', time };
	if (date === addDays(today, 1)) return { key: 'opensTomorrowAt', time };
	return { key: 'closedUntil', weekday, time, date };
}

/**
 * Reads what a person types for a time: '9:30', '09:30', '0930', '9.30' or '09.30'. '24:00' is
 * refused: an opening that closes at midnight is written as closing at 00:00, which closes <= opens
 * already carries into the next day.
 */
export function parseWallTime(input: string): WallTime | null {
	const match = WALL_TIME_INPUT.exec(input.trim());
	if (!match) return null;
	const hours = Number(match[1] ?? match[3]);
	const minutes = Number(match[2] ?? match[4]);
	if (hours > 23 || minutes > 59) return null;
	return `${pad(hours)}:${pad(minutes)}`;
}

export function isValidTimeZone(zone: string): boolean {
	// Not through the formatter cache: this is asked of untrusted input, which must not grow it.
	try {
		new Intl.DateTimeFormat('en-US', { timeZone: zone });
		return true;
	} catch {
		return false;
	}
}
