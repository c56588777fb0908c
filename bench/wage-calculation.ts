// npm run bench:wages: how long checkWages takes for one worker's year of daily shifts (365
// shifts), grouped into 12 monthly or 52 weekly pay periods, as the median and p95 of many runs.
// The calculation is pure, so no database is needed; the shifts are seeded, so every run measures
// the same year. Figures go to stdout.
import { performance } from 'node:perf_hooks';
import type {
	MinimumWageRates,
	PayPeriodInput,
	WageCheckInput
} from '../src/lib/casework/wage-types';
import { checkWages } from '../src/lib/server/casework/wage-calculation';
import { seededRandom, summarise } from './support/bench-kit';

const WARMUP = 20;
const MEASURED = 200;
const SEED = 0x3a6e;
const DAY_MS = 86_400_000;
const YEAR_START = Date.UTC(2025, 0, 6);

// Two years of rates as the migration seeds them, so the year crosses a 1 April change.
const RATES: MinimumWageRates[] = [
	{
		effectiveFrom: '2024-04-01',
		livingWageAge: 21,
		livingWagePence: 1144,
		youngAdultPence: null,
		age18To20Pence: 860,
		age16To17Pence: 640,
		apprenticePence: 640,
		accommodationOffsetPence: 999
	},
	{
		effectiveFrom: '2025-04-01',
		livingWageAge: 21,
		livingWagePence: 1221,
		youngAdultPence: null,
		age18To20Pence: 1000,
		age16To17Pence: 755,
		apprenticePence: 755,
		accommodationOffsetPence: 1066
	}
];

const isoDate = (millis: number) => new Date(millis).toISOString().slice(0, 10);
const clock = (minutes: number) =>
	`${String(Math.floor(minutes / 60) % 24).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** A shift a day, some of them nights across midnight, each with a break of up to an hour. */
function yearOfShifts(): { day: number; start: string; end: string; unpaidBreakMinutes: number }[] {
	const next = seededRandom(SEED);
	return Array.from({ length: 365 }, (_, day) => {
		const date = YEAR_START + day * DAY_MS;
		const startMinute = Math.floor(next() * 96) * 15;
		const length = 240 + Math.floor(next() * 33) * 15;
		const endMinute = startMinute + length;
		const endDate = date + Math.floor(endMinute / 1440) * DAY_MS;
		return {
			day,
			start: `${isoDate(date)}T${clock(startMinute)}`,
			end: `${isoDate(endDate)}T${clock(endMinute % 1440)}`,
			unpaidBreakMinutes: Math.floor(next() * 5) * 15
		};
	});
}

/** The year cut into periods by the day each starts on. */
function input(periodStarts: number[]): WageCheckInput {
	const shifts = yearOfShifts();
	const payPeriods: PayPeriodInput[] = periodStarts.map((startDay, index) => {
		const endDay = (periodStarts[index + 1] ?? 365) - 1;
		return {
			start: isoDate(YEAR_START + startDay * DAY_MS),
			end: isoDate(YEAR_START + endDay * DAY_MS),
			paidPence: (endDay - startDay + 1) * 7000,
			deductionsForEmployerPence: 1500,
			accommodation: [{ daysProvided: endDay - startDay + 1, chargedPencePerDay: 1200 }],
			shifts: shifts.filter((shift) => shift.day >= startDay && shift.day <= endDay)
		};
	});
	return {
		dateOfBirth: '2004-08-20',
		apprenticeSince: null,
		asOf: '2026-01-10',
		timeZone: 'Europe/London',
		payPeriods
	};
}

const weekly = Array.from({ length: 52 }, (_, week) => week * 7);
// Months of about 30 days, none over 31: the law's longest pay reference period.
const monthly = Array.from({ length: 12 }, (_, month) => Math.floor((month * 365) / 12));

const cases = [
	{ name: '52 weekly periods', checked: input(weekly), times: [] as number[] },
	{ name: '12 monthly periods', checked: input(monthly), times: [] as number[] }
];
let owed = 0;
// Run in turns, so both are measured with the code equally warmed up and under the same load.
for (let run = 0; run < WARMUP + MEASURED; run++) {
	for (const { checked, times } of cases) {
		const began = performance.now();
		owed += checkWages(checked, RATES).owedPence;
		const took = performance.now() - began;
		if (run >= WARMUP) times.push(took);
	}
}
for (const { name, times } of cases) {
	const sorted = [...times].sort((a, b) => a - b);
	const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
	const perSecond = median > 0 ? Math.round((365 / median) * 1000) : 0;
	console.log(
		`365 shifts in ${name}: ${summarise(times)}, ${perSecond.toLocaleString('en-GB')} shifts per second (${MEASURED} runs)`
	);
}
// Printed so the work cannot be optimised away, and as a check that every run agreed.
console.log(`owed over all runs: ${owed} pence`);
