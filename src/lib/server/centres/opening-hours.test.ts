import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
	addDays,
	describeNext,
	instantToLocal,
	isValidTimeZone,
	localToInstant,
	openingIntervals,
	openingStatus,
	parseWallTime,
	type OpeningException,
	type WeeklyOpening,
	type Weekday
} from './opening-hours';

const LONDON = 'Europe/London';
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const weekdays = (opens: string, closes: string): WeeklyOpening[] =>
	([1, 2, 3, 4, 5] as const).map((weekday) => ({ weekday, opens, closes }));

const at = (iso: string) => new Date(iso);

function londonStatus(iso: string, weekly: WeeklyOpening[], exceptions: OpeningException[] = []) {
	const now = at(iso);
	const status = openingStatus(weekly, exceptions, now, LONDON);
	return { status, description: describeNext(status, now, LONDON) };
}

function hours(interval: { start: Date; end: Date }): number {
	return (interval.end.getTime() - interval.start.getTime()) / HOUR;
}

// January 2026 is GMT, so London wall clock and UTC agree in these examples.
describe('worked examples in Europe/London', () => {
	const fridayNight: WeeklyOpening[] = [{ weekday: 5, opens: '22:00', closes: '06:00' }];

	it('keeps a Friday night opening open until Saturday 06:00', () => {
		expect(londonStatus('2026-01-16T23:00:00Z', fridayNight)).toEqual({
			status: { open: true, closesAt: at('2026-01-17T06:00:00Z'), continuesPastHorizon: false },
			description: { key: 'openClosesAt', time: '06:00' }
		});
		expect(londonStatus('2026-01-17T05:59:00Z', fridayNight).status.open).toBe(true);
	});

	it('says the night opens tonight before it starts', () => {
		expect(londonStatus('2026-01-16T21:00:00Z', fridayNight)).toEqual({
			status: { open: false, opensAt: at('2026-01-16T22:00:00Z') },
			description: { key: 'opensTonightAt', time: '22:00' }
		});
	});

	it('is closed at the moment the night ends, until next Friday', () => {
		expect(londonStatus('2026-01-17T06:00:00Z', fridayNight)).toEqual({
			status: { open: false, opensAt: at('2026-01-23T22:00:00Z') },
			description: { key: 'closedUntil', weekday: 5, time: '22:00', date: '2026-01-23' }
		});
	});

	it('says a day opening opens today in the morning', () => {
		expect(londonStatus('2026-01-12T08:00:00Z', weekdays('09:00', '17:00')).description).toEqual({
			key: 'opensTodayAt',
			time: '09:00'
		});
	});

	it('skips a bank holiday Monday closed by exception', () => {
		const weekly = weekdays('09:00', '17:00');
		const bankHoliday: OpeningException[] = [{ date: '2026-05-04', kind: 'closed' }];
		// Sunday 3 May 2026, noon BST.
		expect(londonStatus('2026-05-03T11:00:00Z', weekly).description).toEqual({
			key: 'opensTomorrowAt',
			time: '09:00'
		});
		expect(londonStatus('2026-05-03T11:00:00Z', weekly, bankHoliday)).toEqual({
			status: { open: false, opensAt: at('2026-05-05T08:00:00Z') },
			description: { key: 'closedUntil', weekday: 2, time: '09:00', date: '2026-05-05' }
		});
	});

	it('opens an extra night before a strike', () => {
		const weekly = weekdays('09:00', '17:00');
		const strikeEve: OpeningException[] = [
			{ date: '2026-01-14', kind: 'open', opens: '22:00', closes: '06:00' }
		];
		expect(londonStatus('2026-01-14T23:30:00Z', weekly).status).toEqual({
			open: false,
			opensAt: at('2026-01-15T09:00:00Z')
		});
		expect(londonStatus('2026-01-14T23:30:00Z', weekly, strikeEve)).toEqual({
			status: { open: true, closesAt: at('2026-01-15T06:00:00Z'), continuesPastHorizon: false },
			description: { key: 'openClosesAt', time: '06:00' }
		});
	});

	it('lets a closed and an open exception on one date replace that day’s hours', () => {
		const exceptions: OpeningException[] = [
			{ date: '2026-01-12', kind: 'closed' },
			{ date: '2026-01-12', kind: 'open', opens: '12:00', closes: '14:00' }
		];
		expect(
			openingIntervals(
				weekdays('09:00', '17:00'),
				exceptions,
				at('2026-01-12T00:00:00Z'),
				at('2026-01-13T00:00:00Z'),
				LONDON
			)
		).toEqual([{ start: at('2026-01-12T12:00:00Z'), end: at('2026-01-12T14:00:00Z') }]);
	});

	it('does not let a closed date cut short a night that began the day before', () => {
		const closedSaturday: OpeningException[] = [{ date: '2026-01-17', kind: 'closed' }];
		expect(londonStatus('2026-01-17T02:00:00Z', fridayNight, closedSaturday).status.open).toBe(
			true
		);
	});

	it('merges an opening that starts as another ends', () => {
		const day: WeeklyOpening[] = [
			{ weekday: 5, opens: '09:00', closes: '17:00' },
			{ weekday: 5, opens: '17:00', closes: '23:00' }
		];
		expect(
			openingIntervals(day, [], at('2026-01-16T00:00:00Z'), at('2026-01-17T00:00:00Z'), LONDON)
		).toEqual([{ start: at('2026-01-16T09:00:00Z'), end: at('2026-01-16T23:00:00Z') }]);
		expect(londonStatus('2026-01-16T16:00:00Z', day).status).toMatchObject({
			closesAt: at('2026-01-16T23:00:00Z')
		});
	});

	it('merges a night into the morning that follows it', () => {
		const nightAndMorning: WeeklyOpening[] = [
			...fridayNight,
			{ weekday: 6, opens: '06:00', closes: '12:00' }
		];
		expect(
			openingIntervals(
				nightAndMorning,
				[],
				at('2026-01-16T00:00:00Z'),
				at('2026-01-18T00:00:00Z'),
				LONDON
			)
		).toEqual([{ start: at('2026-01-16T22:00:00Z'), end: at('2026-01-17T12:00:00Z') }]);
	});

	it('treats opens === closes as 24 hours', () => {
		const monday: WeeklyOpening[] = [{ weekday: 1, opens: '09:00', closes: '09:00' }];
		const [interval] = openingIntervals(
			monday,
			[],
			at('2026-01-12T00:00:00Z'),
			at('2026-01-14T00:00:00Z'),
			LONDON
		);
		expect(interval).toEqual({
			start: at('2026-01-12T09:00:00Z'),
			end: at('2026-01-13T09:00:00Z')
		});
		expect(londonStatus('2026-01-13T08:59:00Z', monday).status).toMatchObject({
			open: true,
			closesAt: at('2026-01-13T09:00:00Z')
		});
	});

	it('says which day a long opening closes', () => {
		const weekend: WeeklyOpening[] = [
			{ weekday: 5, opens: '18:00', closes: '00:00' },
			{ weekday: 6, opens: '00:00', closes: '00:00' }
		];
		expect(londonStatus('2026-01-16T19:00:00Z', weekend)).toEqual({
			status: { open: true, closesAt: at('2026-01-18T00:00:00Z'), continuesPastHorizon: false },
			description: { key: 'openClosesOn', weekday: 7, time: '00:00' }
		});
	});

	it('flags an opening that runs past the look-ahead', () => {
		const always = ([1, 2, 3, 4, 5, 6, 7] as const).map((weekday) => ({
			weekday,
			opens: '00:00',
			closes: '00:00'
		}));
		// From midnight the last opening looked at ends exactly at the horizon, and the next one,
		// starting there, is not looked at.
		for (const now of ['2026-01-16T12:00:00Z', '2026-01-16T00:00:00Z']) {
			const { status, description } = londonStatus(now, always);
			expect(status).toMatchObject({ open: true, continuesPastHorizon: true });
			expect(description).toEqual({ key: 'openAlways' });
		}
	});

	it('has nothing to say when there are no hours within 14 days', () => {
		const farAway: OpeningException[] = [
			{ date: '2026-02-20', kind: 'open', opens: '10:00', closes: '12:00' }
		];
		expect(londonStatus('2026-01-16T12:00:00Z', [], farAway)).toEqual({
			status: { open: false, opensAt: null },
			description: { key: 'closedNoHours' }
		});
	});
});

describe('daylight saving and other zones', () => {
	const saturdayNight: WeeklyOpening[] = [{ weekday: 6, opens: '22:00', closes: '06:00' }];

	function saturdayNightIn(timeZone: string, saturday: string) {
		const from = localToInstant(saturday, '12:00', timeZone);
		return openingIntervals(saturdayNight, [], from, new Date(from.getTime() + DAY), timeZone);
	}

	it.each([
		[LONDON, '2026-03-28', '2026-03-28T22:00:00Z', 7],
		[LONDON, '2026-10-24', '2026-10-24T21:00:00Z', 9],
		['America/New_York', '2026-03-07', '2026-03-08T03:00:00Z', 7],
		['America/New_York', '2026-10-31', '2026-11-01T02:00:00Z', 9],
		['Australia/Sydney', '2026-04-04', '2026-04-04T11:00:00Z', 9],
		['Australia/Sydney', '2026-10-03', '2026-10-03T12:00:00Z', 7],
		['Asia/Tokyo', '2026-03-28', '2026-03-28T13:00:00Z', 8],
		['Asia/Kolkata', '2026-10-24', '2026-10-24T16:30:00Z', 8]
	])(
		'%s: the night of Saturday %s starts at %s and lasts %i hours',
		(zone, date, start, length) => {
			const intervals = saturdayNightIn(zone, date);
			expect(intervals).toHaveLength(1);
			expect(intervals[0]?.start).toEqual(at(start));
			expect(intervals.map(hours)).toEqual([length]);
		}
	);

	it('maps a wall time in the spring-forward gap to the instant the clock jumps', () => {
		expect(localToInstant('2026-03-29', '01:30', LONDON)).toEqual(at('2026-03-29T01:00:00Z'));
		expect(localToInstant('2026-03-08', '02:30', 'America/New_York')).toEqual(
			at('2026-03-08T07:00:00Z')
		);
	});

	it('maps an ambiguous wall time to the earlier instant', () => {
		expect(localToInstant('2026-10-25', '01:30', LONDON)).toEqual(at('2026-10-25T00:30:00Z'));
		expect(localToInstant('2026-11-01', '01:30', 'America/New_York')).toEqual(
			at('2026-11-01T05:30:00Z')
		);
	});

	it('reads both instants of an ambiguous hour as the same wall time', () => {
		const expected = { date: '2026-10-25', time: '01:30', weekday: 7 };
		expect(instantToLocal(at('2026-10-25T00:30:00Z'), LONDON)).toEqual(expected);
		expect(instantToLocal(at('2026-10-25T01:30:00Z'), LONDON)).toEqual(expected);
	});

	it('handles a quarter-hour zone with daylight saving', () => {
		// Chatham is +13:45 in January and +12:45 in July.
		expect(localToInstant('2026-01-15', '12:00', 'Pacific/Chatham')).toEqual(
			at('2026-01-14T22:15:00Z')
		);
		expect(instantToLocal(at('2026-07-14T23:15:00Z'), 'Pacific/Chatham')).toEqual({
			date: '2026-07-15',
			time: '12:00',
			weekday: 3
		});
	});

	it('drops an opening that lies wholly inside the spring-forward gap', () => {
		const lostHour: WeeklyOpening[] = [{ weekday: 7, opens: '01:00', closes: '01:30' }];
		expect(
			openingIntervals(lostHour, [], at('2026-03-28T00:00:00Z'), at('2026-03-30T00:00:00Z'), LONDON)
		).toEqual([]);
	});

	it('does calendar arithmetic on local dates', () => {
		expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
		expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
		expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
		expect(addDays('2026-03-29', 0)).toBe('2026-03-29');
		expect(() => addDays('2026-02-30', 1)).toThrow(RangeError);
	});

	it('knows a time zone when it sees one', () => {
		expect(isValidTimeZone('Europe/London')).toBe(true);
		expect(isValidTimeZone('UTC')).toBe(true);
		expect(isValidTimeZone('Mars/Olympus_Mons')).toBe(false);
		expect(isValidTimeZone('')).toBe(false);
	});
});

describe('parseWallTime', () => {
	it.each([
		['9:30', '09:30'],
		['09:30', '09:30'],
		['0930', '09:30'],
		['9.30', '09:30'],
		['21.05', '21:05'],
		['  0:00 ', '00:00'],
		['23:59', '23:59']
	])('reads %j as %s', (input, expected) => {
		expect(parseWallTime(input)).toBe(expected);
	});

	it.each(['24:00', '12:60', '7:5', '930', '12:345', '12-30', '', 'noon', '١٢:٣٠'])(
		'refuses %j',
		(input) => {
			expect(parseWallTime(input)).toBeNull();
		}
	);
});

const ZONES = [
	LONDON,
	'America/New_York',
	'Australia/Sydney',
	'Asia/Kolkata',
	'Pacific/Chatham',
	'UTC'
] as const;
const FIRST = Date.UTC(2024, 0, 1);
const LAST = Date.UTC(2029, 0, 1) - 1;

function offsetMinutes(instant: number, timeZone: string): number {
	const { date, time } = instantToLocal(new Date(instant), timeZone);
	return (Date.parse(`${date}T${time}:00Z`) - Math.floor(instant / MINUTE) * MINUTE) / MINUTE;
}

// Uniform instants almost never land near a clock change, where the bugs live, so half the
// instants are drawn from the two days around one.
const changeEves = new Map<string, number[]>();
function daysBeforeOffsetChanges(timeZone: string): number[] {
	let eves = changeEves.get(timeZone);
	if (!eves) {
		eves = [];
		for (let day = FIRST; day + DAY <= LAST; day += DAY) {
			if (offsetMinutes(day, timeZone) !== offsetMinutes(day + DAY, timeZone)) eves.push(day);
		}
		changeEves.set(timeZone, eves);
	}
	return eves;
}

function instantIn(timeZone: string): fc.Arbitrary<Date> {
	const uniform = fc.integer({ min: FIRST, max: LAST });
	const eves = daysBeforeOffsetChanges(timeZone);
	const millis =
		eves.length === 0
			? uniform
			: fc.oneof(
					uniform,
					fc
						.tuple(fc.constantFrom(...eves), fc.integer({ min: 0, max: 2 * DAY - 1 }))
						.map(([eve, offset]) => eve + offset)
				);
	return millis.map((ms) => new Date(ms));
}

const pad = (n: number) => String(n).padStart(2, '0');
// Whole and half hours make openings touch and overlap often; any minute keeps the rest honest.
const wallTime = fc
	.tuple(fc.integer({ min: 0, max: 23 }), fc.oneof(fc.constantFrom(0, 30), fc.nat(59)))
	.map(([h, m]) => `${pad(h)}:${pad(m)}`);
const weekday = fc.integer({ min: 1, max: 7 }).map((n) => n as Weekday);
const weeklyOpening: fc.Arbitrary<WeeklyOpening> = fc.record({
	weekday,
	opens: wallTime,
	closes: wallTime
});
const weeklySchedule = fc.array(weeklyOpening, { maxLength: 6 });

interface Scenario {
	timeZone: string;
	now: Date;
	weekly: WeeklyOpening[];
	exceptions: OpeningException[];
}

const scenario: fc.Arbitrary<Scenario> = fc.constantFrom(...ZONES).chain((timeZone) =>
	fc
		.record({
			now: instantIn(timeZone),
			weekly: weeklySchedule,
			exceptions: fc.array(
				fc.record({
					day: fc.integer({ min: -1, max: 15 }),
					closed: fc.boolean(),
					opens: wallTime,
					closes: wallTime
				}),
				{ maxLength: 4 }
			)
		})
		.map(({ now, weekly, exceptions }) => {
			// Exceptions only matter near `now`, so their dates are drawn relative to it.
			const today = instantToLocal(now, timeZone).date;
			return {
				timeZone,
				now,
				weekly,
				exceptions: exceptions.map(({ day, closed, opens, closes }): OpeningException => {
					const date = addDays(today, day);
					return closed ? { date, kind: 'closed' } : { date, kind: 'open', opens, closes };
				})
			};
		})
);

function isOpen({ weekly, exceptions, timeZone }: Scenario, instant: Date): boolean {
	return openingStatus(weekly, exceptions, instant, timeZone).open;
}

describe('properties', () => {
	it('stays open until closesAt and is closed from it', () => {
		fc.assert(
			fc.property(scenario, (s) => {
				const status = openingStatus(s.weekly, s.exceptions, s.now, s.timeZone);
				if (!status.open) return;
				expect(status.closesAt.getTime()).toBeGreaterThan(s.now.getTime());
				expect(isOpen(s, new Date(status.closesAt.getTime() - MINUTE))).toBe(true);
				if (!status.continuesPastHorizon) expect(isOpen(s, status.closesAt)).toBe(false);
			})
		);
	});

	it('stays closed until opensAt and is open from it', () => {
		fc.assert(
			fc.property(scenario, (s) => {
				const status = openingStatus(s.weekly, s.exceptions, s.now, s.timeZone);
				if (status.open || !status.opensAt) return;
				const wait = status.opensAt.getTime() - s.now.getTime();
				expect(wait).toBeGreaterThan(0);
				expect(isOpen(s, status.opensAt)).toBe(true);
				for (let i = 1; i <= 20; i++) {
					expect(isOpen(s, new Date(s.now.getTime() + Math.floor((wait * i) / 21)))).toBe(false);
				}
			}),
			{ numRuns: 50 }
		);
	});

	it('returns sorted intervals that neither overlap nor touch', () => {
		fc.assert(
			fc.property(scenario, fc.integer({ min: 0, max: 21 * DAY }), (s, length) => {
				const to = new Date(s.now.getTime() + length);
				const intervals = openingIntervals(s.weekly, s.exceptions, s.now, to, s.timeZone);
				intervals.forEach(({ start, end }, i) => {
					expect(start.getTime()).toBeLessThan(end.getTime());
					expect(start.getTime()).toBeLessThan(to.getTime());
					expect(end.getTime()).toBeGreaterThan(s.now.getTime());
					const next = intervals[i + 1];
					if (next) expect(end.getTime()).toBeLessThan(next.start.getTime());
				});
			})
		);
	});

	it('round-trips an instant through its wall time', () => {
		const zoneAndInstant = fc
			.constantFrom(...ZONES)
			.chain((timeZone) => fc.tuple(fc.constant(timeZone), instantIn(timeZone)));
		fc.assert(
			fc.property(zoneAndInstant, ([timeZone, instant]) => {
				const local = instantToLocal(instant, timeZone);
				const back = localToInstant(local.date, local.time, timeZone);
				const minute = Math.floor(instant.getTime() / MINUTE) * MINUTE;
				if (back.getTime() !== minute) {
					// The second pass through an hour the clocks went back over; every zone listed
					// moves its clocks by exactly one hour.
					expect(minute - back.getTime()).toBe(HOUR);
					expect(instantToLocal(back, timeZone)).toEqual(local);
				}
			}),
			{ numRuns: 300 }
		);
	});

	it('maps a wall time to the first instant showing it, or to the end of its gap', () => {
		const zoneAndWall = fc.constantFrom(...ZONES).chain((timeZone) =>
			fc.tuple(
				fc.constant(timeZone),
				instantIn(timeZone).map((instant) => instantToLocal(instant, timeZone).date),
				wallTime
			)
		);
		fc.assert(
			fc.property(zoneAndWall, ([timeZone, date, time]) => {
				const instant = localToInstant(date, time, timeZone);
				const shown = instantToLocal(instant, timeZone);
				const wall = `${date} ${time}`;
				if (shown.date === date && shown.time === time) {
					const hourBefore = instantToLocal(new Date(instant.getTime() - HOUR), timeZone);
					expect(`${hourBefore.date} ${hourBefore.time}`).not.toBe(wall);
				} else {
					const minuteBefore = instantToLocal(new Date(instant.getTime() - MINUTE), timeZone);
					expect(`${shown.date} ${shown.time}` > wall).toBe(true);
					expect(`${minuteBefore.date} ${minuteBefore.time}` < wall).toBe(true);
				}
			}),
			{ numRuns: 300 }
		);
	});

	it('never closes an open instant when a weekly opening is added', () => {
		fc.assert(
			fc.property(scenario, weeklyOpening, (s, extra) => {
				if (!isOpen(s, s.now)) return;
				expect(isOpen({ ...s, weekly: [...s.weekly, extra] }, s.now)).toBe(true);
			})
		);
	});

	it('describes open and closed statuses consistently', () => {
		fc.assert(
			fc.property(scenario, (s) => {
				const status = openingStatus(s.weekly, s.exceptions, s.now, s.timeZone);
				const { key } = describeNext(status, s.now, s.timeZone);
				const openKeys = ['openAlways', 'openClosesAt', 'openClosesOn'];
				expect(openKeys.includes(key)).toBe(status.open);
				expect(key === 'closedNoHours').toBe(!status.open && status.opensAt === null);
			})
		);
	});

	it('round-trips every valid wall time through parseWallTime', () => {
		fc.assert(
			fc.property(fc.integer({ min: 0, max: 23 }), fc.nat(59), (h, m) => {
				const time = `${pad(h)}:${pad(m)}`;
				expect(parseWallTime(time)).toBe(time);
				expect(parseWallTime(`${h}.${pad(m)}`)).toBe(time);
				expect(parseWallTime(`${pad(h)}${pad(m)}`)).toBe(time);
			})
		);
	});

	it('never throws on arbitrary input and only returns HH:MM', () => {
		const timeLike = fc.string({ unit: fc.constantFrom(...'0123456789:. -') });
		fc.assert(
			fc.property(fc.oneof(fc.string(), timeLike), (input) => {
				const parsed = parseWallTime(input);
				if (parsed !== null) expect(parsed).toMatch(/^([01]\d|2[0-3]):[0-5]\d$/);
			}),
			{ numRuns: 500 }
		);
	});
});
