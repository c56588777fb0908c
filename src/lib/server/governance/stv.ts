// Counting an election by single transferable vote under the Scottish Local Government Elections
// Order 2007 (SSI 2007/42), Schedule 1, rules 45 to 52. docs/stv-count.md explains each rule and
// how it is applied here, with worked examples.
import { createHmac } from 'node:crypto';

/** Votes are integers in units of 1/100000 of a vote: rule 48(3) works to five decimal places. */
export const VOTE_UNITS = 100000;

export interface StvElection {
	seats: number;
	candidates: string[];
	/** Each ballot lists candidate ids, most preferred first. An empty ballot is not a vote. */
	ballots: string[][];
}

export interface StvRound {
	number: number;
	/** Every candidate's votes at the end of this stage, in units. */
	totals: Record<string, number>;
	/** Votes on papers with no next available preference, cumulative, in units. */
	nonTransferable: number;
	/**
	 * Fractions of a unit ignored when transfer values were cut to five decimal places,
	 * cumulative, in units. Always set by countStv; less than one unit for each paper moved in a
	 * surplus transfer (see docs/stv-count.md).
	 */
	lostToRounding?: number;
	/** Elected at this stage, most votes first. */
	elected: string[];
	excluded: string[];
	/**
	 * `transferValue` is the value, in units, that a paper worth one whole vote carries on from
	 * the surplus; papers the candidate received at a lower value carry proportionally less.
	 */
	action:
		| { kind: 'first-preferences' }
		| { kind: 'surplus'; candidate: string; transferValue: number }
		| { kind: 'exclusion'; candidates: string[] };
	/** Set when the choice of whose surplus to transfer, or whom to exclude, met a tie. */
	tieBrokenBy?: 'earlier-round' | 'lot';
	/**
	 * Set when rule 52 filled the last seats at this stage: as many candidates were left as seats,
	 * so they were all elected and no papers were passed on (an excluded candidate keeps theirs).
	 */
	lastVacanciesFilled?: boolean;
}

export interface StvResult {
	/** Rule 46's quota, a whole number of votes, given in units like every other figure. */
	quota: number;
	validBallots: number;
	rounds: StvRound[];
	/** In the order elected; within a stage, most votes first. */
	elected: string[];
}

/** Chooses one of tied candidates by lot: the one to exclude, or whose surplus goes first. */
export type DrawLots = (tied: string[]) => string;

type Standing = 'continuing' | 'elected' | 'excluded';

/**
 * Counts the election stage by stage. `drawLots` is called only when the rules send a tie to
 * lot; without it such a count throws, so that a lot is never drawn by something unrecorded
 * (pass `drawLotsFromSeed` with a seed kept beside the count).
 */
export function countStv(election: StvElection, drawLots?: DrawLots): StvResult {
	const { seats, candidates } = election;
	checkElection(election);
	const index = new Map(candidates.map((id, i) => [id, i]));
	const papers: number[][] = [];
	for (const ballot of election.ballots) {
		if (ballot.length > 0) papers.push(ballot.map((id) => index.get(id) as number));
	}
	const validBallots = papers.length;
	// Rule 46: the valid papers divided by one more than the seats, fraction ignored, plus one.
	const quota = (Math.floor(validBallots / (seats + 1)) + 1) * VOTE_UNITS;

	const count = candidates.length;
	const standing: Standing[] = candidates.map(() => 'continuing');
	const totals: number[] = new Array<number>(count).fill(0);
	const piles: number[][] = candidates.map(() => []);
	// Each paper's place on its ballot (the preference it now counts for) and its value in units.
	const place = new Int32Array(validBallots);
	const value = new Float64Array(validBallots).fill(VOTE_UNITS);
	const history: number[][] = [];
	const rounds: StvRound[] = [];
	const elected: number[] = [];
	const surplusPending = new Set<number>();
	let nonTransferable = 0;
	let lostToRounding = 0;
	let continuing = count;

	const draw = (tied: number[]): number => {
		if (!drawLots) {
			throw new Error('The count needs a lot drawn: pass drawLots to countStv');
		}
		const ids = tied.map((c) => candidates[c] as string);
		const chosen = index.get(drawLots(ids));
		if (chosen === undefined || !tied.includes(chosen)) {
			throw new RangeError('drawLots must return one of the tied candidates');
		}
		return chosen;
	};

	/** Rules 49(2)–(3) and 51(2): the most recent earlier stage that tells them apart, then lot. */
	const breakTie = (tied: number[], wanted: 'lowest' | 'highest') => {
		let remaining = tied;
		for (let stage = history.length - 2; stage >= 0 && remaining.length > 1; stage--) {
			const then = history[stage] as number[];
			const values = remaining.map((c) => then[c] as number);
			const target = wanted === 'lowest' ? Math.min(...values) : Math.max(...values);
			remaining = remaining.filter((_, i) => values[i] === target);
		}
		if (remaining.length === 1) {
			return { chosen: remaining[0] as number, by: 'earlier-round' as const };
		}
		return { chosen: draw(remaining), by: 'lot' as const };
	};

	/** The paper's next preference for a continuing candidate, or -1 if it has none. */
	const nextPreference = (paper: number): number => {
		const ballot = papers[paper] as number[];
		for (let at = (place[paper] as number) + 1; at < ballot.length; at++) {
			if (standing[ballot[at] as number] === 'continuing') return at;
		}
		return -1;
	};

	const pass = (paper: number, worth: number) => {
		const at = nextPreference(paper);
		value[paper] = worth;
		if (at < 0) {
			nonTransferable += worth;
			return;
		}
		place[paper] = at;
		const to = (papers[paper] as number[])[at] as number;
		(piles[to] as number[]).push(paper);
		totals[to] = (totals[to] as number) + worth;
	};

	const elect = (chosen: number[]) => {
		for (const c of chosen) {
			standing[c] = 'elected';
			continuing -= 1;
			elected.push(c);
			if ((totals[c] as number) > quota) surplusPending.add(c);
		}
	};

	/** Rule 47: everyone continuing who now has the quota, most votes first. */
	const electByQuota = (): number[] => {
		const reached = [];
		for (let c = 0; c < count; c++) {
			if (standing[c] === 'continuing' && (totals[c] as number) >= quota) reached.push(c);
		}
		reached.sort((a, b) => (totals[b] as number) - (totals[a] as number) || a - b);
		elect(reached);
		return reached;
	};

	/** Rule 52: as many continuing candidates as vacancies are all elected, with no transfer. */
	const electTheRest = (): number[] => {
		const rest = [];
		for (let c = 0; c < count; c++) if (standing[c] === 'continuing') rest.push(c);
		rest.sort((a, b) => (totals[b] as number) - (totals[a] as number) || a - b);
		elect(rest);
		return rest;
	};

	const record = (
		action: StvRound['action'],
		electedNow: number[],
		excludedNow: number[],
		tieBrokenBy?: StvRound['tieBrokenBy'],
		lastVacanciesFilled = false
	) => {
		history.push([...totals]);
		const round: StvRound = {
			number: rounds.length + 1,
			totals: Object.fromEntries(candidates.map((id, c) => [id, totals[c] as number])),
			nonTransferable,
			lostToRounding,
			elected: electedNow.map((c) => candidates[c] as string),
			excluded: excludedNow.map((c) => candidates[c] as string),
			action
		};
		if (tieBrokenBy) round.tieBrokenBy = tieBrokenBy;
		if (lastVacanciesFilled) round.lastVacanciesFilled = true;
		rounds.push(round);
	};

	/**
	 * Rule 48: every paper the candidate holds passes on at (surplus × its value) ÷ the
	 * candidate's votes, cut to five decimal places. Returns the value for a whole-vote paper.
	 */
	const transferSurplus = (from: number): number => {
		const held = totals[from] as number;
		const surplus = held - quota;
		const byValue = new Map<number, number>();
		const transferValueOf = (worth: number) => {
			let found = byValue.get(worth);
			if (found === undefined) {
				// Exact integer arithmetic: surplus × worth can pass 2^53 in a large election.
				found = Number((BigInt(surplus) * BigInt(worth)) / BigInt(held));
				byValue.set(worth, found);
			}
			return found;
		};
		let passed = 0;
		for (const paper of piles[from] as number[]) {
			const worth = transferValueOf(value[paper] as number);
			passed += worth;
			pass(paper, worth);
		}
		piles[from] = [];
		totals[from] = quota;
		lostToRounding += surplus - passed;
		return transferValueOf(VOTE_UNITS);
	};

	// Rule 45: the first stage credits each candidate with one vote per first preference.
	for (let paper = 0; paper < validBallots; paper++) {
		const first = (papers[paper] as number[])[0] as number;
		(piles[first] as number[]).push(paper);
		totals[first] = (totals[first] as number) + VOTE_UNITS;
	}
	const firstElected = electByQuota();
	const everyoneNeeded = elected.length < seats && continuing === seats - elected.length;
	if (everyoneNeeded) firstElected.push(...electTheRest());
	record({ kind: 'first-preferences' }, firstElected, [], undefined, everyoneNeeded);

	while (elected.length < seats) {
		if (surplusPending.size > 0) {
			// Rule 49(1): the largest surplus first; equal surpluses go to rule 49(2)–(3).
			const pending = [...surplusPending];
			const largest = Math.max(...pending.map((c) => totals[c] as number));
			const tied = pending.filter((c) => totals[c] === largest);
			const { chosen, by } =
				tied.length === 1
					? { chosen: tied[0] as number, by: undefined }
					: breakTie(tied, 'highest');
			surplusPending.delete(chosen);
			const transferValue = transferSurplus(chosen);
			record(
				{ kind: 'surplus', candidate: candidates[chosen] as string, transferValue },
				electByQuota(),
				[],
				by
			);
			continue;
		}

		// Rule 50(1): no transfer is left, so the candidate with fewest votes is excluded.
		let fewest = Infinity;
		for (let c = 0; c < count; c++) {
			if (standing[c] === 'continuing') fewest = Math.min(fewest, totals[c] as number);
		}
		const lowest = [];
		for (let c = 0; c < count; c++) {
			if (standing[c] === 'continuing' && totals[c] === fewest) lowest.push(c);
		}
		const { chosen, by } =
			lowest.length === 1
				? { chosen: lowest[0] as number, by: undefined }
				: breakTie(lowest, 'lowest');
		standing[chosen] = 'excluded';
		continuing -= 1;
		const action = { kind: 'exclusion' as const, candidates: [candidates[chosen] as string] };
		if (continuing === seats - elected.length) {
			// Rule 52(2): the last vacancies are filled, so the papers stay where they are.
			record(action, electTheRest(), [chosen], by, true);
			break;
		}
		// Rule 50(2)–(4): every paper passes on at the value it came with.
		for (const paper of piles[chosen] as number[]) pass(paper, value[paper] as number);
		piles[chosen] = [];
		totals[chosen] = 0;
		record(action, electByQuota(), [chosen], by);
	}

	return { quota, validBallots, rounds, elected: elected.map((c) => candidates[c] as string) };
}

function checkElection({ seats, candidates, ballots }: StvElection): void {
	if (!Number.isInteger(seats) || seats < 1) {
		throw new RangeError('An election needs one seat or more');
	}
	if (seats > candidates.length) {
		throw new RangeError('An election needs at least as many candidates as seats');
	}
	const known = new Set(candidates);
	if (known.size !== candidates.length) {
		throw new RangeError('Each candidate may stand only once');
	}
	ballots.forEach((ballot, number) => {
		const seen = new Set<string>();
		for (const id of ballot) {
			if (!known.has(id)) {
				throw new RangeError(`Ballot ${number + 1} names someone who is not standing`);
			}
			if (seen.has(id)) {
				throw new RangeError(`Ballot ${number + 1} names a candidate twice`);
			}
			seen.add(id);
		}
	});
}

/**
 * Lots drawn from a seed: the same seed gives the same draws in the same order, so a count can
 * be repeated and checked by anyone who has the ballots and the seed. Keep the seed (random
 * bytes, made when voting closes) with the result.
 */
export function drawLotsFromSeed(seed: string): DrawLots {
	let draws = 0;
	return (tied) => {
		draws += 1;
		// Sorted, so the draw does not depend on the order the tied candidates were listed in.
		const sorted = [...tied].sort();
		const digest = createHmac('sha256', seed)
			.update(`${draws}\n${sorted.join('\n')}`)
			.digest();
		// 48 bits make the bias of the remainder negligible for any number of candidates.
		return sorted[digest.readUIntBE(0, 6) % sorted.length] as string;
	};
}
