/**
 * How long a person may still wait, worked out only from what tonight's queue shows: how often
 * each adviser on duty has been calling people, and how many people are ahead who need the same
 * advisers. The answer is a range rounded to five minutes, or nothing when tonight has not shown
 * enough yet: a single number would promise a precision no queue has.
 */

const MINUTE_MS = 60_000;
/** A gap longer than this between two calls of one adviser was a break, not a conversation. */
export const BREAK_MINUTES = 120;
/** An adviser who has called nobody for this long is taken to be off duty. */
export const ON_DUTY_MINUTES = 90;
/** The pace of an adviser follows their last few conversations. */
const RECENT_GAPS = 5;
const STEP = 5;
// A pace seen over a few conversations is only a guide: the range is widened either side.
const LOW_FACTOR = 0.8;
const HIGH_FACTOR = 1.25;

export interface WaitRange {
	/** Minutes, multiples of five; low < high. */
	low: number;
	high: number;
}

export function medianOf(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 === 1
		? (sorted[middle] as number)
		: ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/**
 * Minutes per person for one adviser, from the instants they called people tonight (any order):
 * the median of their last few gaps, breaks left out; null with fewer than two calls to go on.
 */
export function paceOf(calls: Date[]): number | null {
	const times = calls.map((call) => call.getTime()).sort((a, b) => a - b);
	const gaps: number[] = [];
	for (let index = 1; index < times.length; index++) {
		const gap = ((times[index] as number) - (times[index - 1] as number)) / MINUTE_MS;
		if (gap <= BREAK_MINUTES) gaps.push(gap);
	}
	if (gaps.length === 0) return null;
	// Two calls within the same minute say little about a conversation's length.
	return Math.max(1, medianOf(gaps.slice(-RECENT_GAPS)));
}

/**
 * The range for a person with `ahead` people before them who need the same advisers, given the
 * pace (minutes per person) of each adviser on duty who could see them. An adviser whose pace is
 * not known yet counts at the median pace of the others; with no pace known at all, or nobody on
 * duty who could see them, there is no estimate.
 */
export function estimateWait(ahead: number, paces: (number | null)[]): WaitRange | null {
	const known = paces.filter((pace): pace is number => pace !== null && pace > 0);
	if (paces.length === 0 || known.length === 0) return null;
	const typical = medianOf(known);
	const perMinute = paces.reduce<number>((sum, pace) => sum + 1 / (pace ?? typical), 0);
	// The person is seen after everyone ahead, and once an adviser finishes the conversation they
	// are in now: somewhere between the two.
	const soonest = (Math.max(0, ahead) / perMinute) * LOW_FACTOR;
	const latest = ((Math.max(0, ahead) + 1) / perMinute) * HIGH_FACTOR;
	const low = Math.floor(soonest / STEP) * STEP;
	const high = Math.max(low + STEP, Math.ceil(latest / STEP) * STEP);
	return { low, high };
}

/** Whether an adviser is on duty: they called someone within the last ON_DUTY_MINUTES. */
export function onDuty(lastCall: Date, now: Date): boolean {
	return now.getTime() - lastCall.getTime() <= ON_DUTY_MINUTES * MINUTE_MS;
}
