import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countStv, drawLotsFromSeed, VOTE_UNITS, type StvElection, type StvResult } from './stv';

const NAMES = 'ABCDEFGHIJKLMNO'.split('');

/**
 * 1–15 candidates, 1 seat up to one per candidate, 0–500 ballots. Most ballots follow one of a
 * few blocs' orders, cut short anywhere, as real voters follow a slate; the rest are any order of
 * any candidates, empty ones included. So surpluses, exclusions and ties all turn up.
 */
const elections = (oneSeat = false) =>
	fc
		.integer({ min: 1, max: 15 })
		.chain((count) => {
			const candidates = NAMES.slice(0, count);
			const anyOrder = fc.shuffledSubarray(candidates);
			return fc
				.array(fc.shuffledSubarray(candidates, { minLength: 1 }), { minLength: 1, maxLength: 3 })
				.chain((blocs) => {
					const fromBloc = fc
						.tuple(fc.constantFrom(...blocs), fc.nat())
						.map(([bloc, cut]) => bloc.slice(0, 1 + (cut % bloc.length)));
					return fc.record({
						seats: oneSeat ? fc.constant(1) : fc.integer({ min: 1, max: count }),
						candidates: fc.constant(candidates),
						ballots: fc.array(
							fc.oneof({ arbitrary: fromBloc, weight: 3 }, { arbitrary: anyOrder, weight: 1 }),
							{ maxLength: 500 }
						)
					});
				});
		})
		.map((election): StvElection => election);

const seeds = fc.string({ minLength: 1, maxLength: 12 });

function permuted<T>(items: T[], seed: number): T[] {
	const copy = [...items];
	let state = seed >>> 0;
	for (let i = copy.length - 1; i > 0; i--) {
		state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
		const j = state % (i + 1);
		[copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
	}
	return copy;
}

const surplusRoundsUpTo = (result: StvResult, number: number) =>
	result.rounds.filter((round) => round.number <= number && round.action.kind === 'surplus').length;

describe('counting by single transferable vote: properties', () => {
	it('accounts for every vote in every round, losing only what the cut to five places allows', () => {
		fc.assert(
			fc.property(elections(), seeds, (election, seed) => {
				const result = countStv(election, drawLotsFromSeed(seed));
				const whole = result.validBallots * VOTE_UNITS;
				let lostBefore = 0;
				for (const round of result.rounds) {
					const counted = Object.values(round.totals).reduce((sum, votes) => sum + votes, 0);
					const lost = round.lostToRounding ?? 0;
					expect(counted + round.nonTransferable + lost).toBe(whole);
					// The bound proved in docs/stv-count.md: a surplus stage loses less than one
					// unit for each paper it moves, so fewer units than there are valid papers,
					// and only surplus stages lose anything.
					const lostNow = lost - lostBefore;
					expect(lostNow).toBeGreaterThanOrEqual(0);
					if (round.action.kind === 'surplus') {
						expect(lostNow).toBeLessThan(Math.max(1, result.validBallots));
					} else {
						expect(lostNow).toBe(0);
					}
					expect(lost).toBeLessThanOrEqual(
						surplusRoundsUpTo(result, round.number) * Math.max(0, result.validBallots - 1)
					);
					expect(surplusRoundsUpTo(result, round.number)).toBeLessThanOrEqual(election.seats);
					lostBefore = lost;
				}
			})
		);
	});

	it('counts every valid ballot exactly once at the first stage', () => {
		fc.assert(
			fc.property(elections(), seeds, (election, seed) => {
				const result = countStv(election, drawLotsFromSeed(seed));
				const valid = election.ballots.filter((ballot) => ballot.length > 0);
				expect(result.validBallots).toBe(valid.length);
				expect(result.quota).toBe(
					(Math.floor(valid.length / (election.seats + 1)) + 1) * VOTE_UNITS
				);
				const first = result.rounds[0];
				expect(first?.action).toEqual({ kind: 'first-preferences' });
				for (const candidate of election.candidates) {
					const papers = valid.filter((ballot) => ballot[0] === candidate).length;
					expect(first?.totals[candidate]).toBe(papers * VOTE_UNITS);
				}
				expect(first?.nonTransferable).toBe(0);
			})
		);
	});

	it('fills every seat, each with a different candidate, as the rounds report them', () => {
		fc.assert(
			fc.property(elections(), seeds, (election, seed) => {
				const result = countStv(election, drawLotsFromSeed(seed));
				expect(result.elected).toHaveLength(election.seats);
				expect(new Set(result.elected).size).toBe(election.seats);
				expect(result.rounds.flatMap((round) => round.elected)).toEqual(result.elected);
				const excluded = result.rounds.flatMap((round) => round.excluded);
				expect(excluded.filter((c) => result.elected.includes(c))).toEqual([]);
				expect(result.rounds.map((round) => round.number)).toEqual(
					result.rounds.map((_, i) => i + 1)
				);
			})
		);
	});

	it('never gives a paper to the elected or the excluded, nor takes votes from the continuing', () => {
		fc.assert(
			fc.property(elections(), seeds, (election, seed) => {
				const result = countStv(election, drawLotsFromSeed(seed));
				for (const candidate of election.candidates) {
					let status: 'continuing' | 'elected' | 'excluded' = 'continuing';
					let before = 0;
					for (const round of result.rounds) {
						const now = round.totals[candidate] as number;
						const action = round.action;
						if (status === 'continuing') {
							// A candidate still in the count only gains, until excluded; an
							// excluded candidate's papers all pass on (or, at the last stage under
							// rule 52, stay where they are).
							if (round.excluded.includes(candidate)) {
								expect(now === 0 || round.elected.length > 0).toBe(true);
							} else {
								expect(now).toBeGreaterThanOrEqual(before);
							}
						} else if (status === 'elected') {
							if (action.kind === 'surplus' && action.candidate === candidate) {
								expect(before).toBeGreaterThan(result.quota);
								expect(now).toBe(result.quota);
							} else {
								expect(now).toBe(before);
							}
						} else {
							expect(now).toBe(before);
						}
						if (round.elected.includes(candidate)) status = 'elected';
						if (round.excluded.includes(candidate)) status = 'excluded';
						before = now;
					}
				}
			})
		);
	});

	it('gives the same count whatever order the ballots come in', () => {
		fc.assert(
			fc.property(elections(), seeds, fc.integer(), (election, seed, order) => {
				const lotsDrawn: string[][] = [];
				const drawFirst = drawLotsFromSeed(seed);
				const result = countStv(election, (tied) => {
					lotsDrawn.push(tied);
					return drawFirst(tied);
				});
				const shuffled = { ...election, ballots: permuted(election.ballots, order) };
				const drawAgain = drawLotsFromSeed(seed);
				const again = countStv(shuffled, (tied) => {
					expect(tied).toEqual(lotsDrawn.shift());
					return drawAgain(tied);
				});
				expect(again).toEqual(result);
				expect(lotsDrawn).toEqual([]);
			})
		);
	});

	it('is instant run-off when there is one seat', () => {
		fc.assert(
			fc.property(elections(true), seeds, (election, seed) => {
				const result = countStv(election, drawLotsFromSeed(seed));
				expect(result.elected).toEqual([instantRunoff(election, drawLotsFromSeed(seed))]);
				expect(result.rounds.every((round) => round.action.kind !== 'surplus')).toBe(true);
				expect(result.rounds.every((round) => round.lostToRounding === 0)).toBe(true);
			})
		);
	});
});

/**
 * Instant run-off written plainly, in whole votes, for comparison: each round recounts every
 * ballot for its highest choice still standing; a majority of the valid ballots wins, else the
 * fewest is dropped (ties by the most recent earlier round that differs, then by lot).
 */
function instantRunoff(election: StvElection, drawLots: (tied: string[]) => string): string {
	const valid = election.ballots.filter((ballot) => ballot.length > 0);
	const majority = Math.floor(valid.length / 2) + 1;
	const standing = [...election.candidates];
	const earlier: Map<string, number>[] = [];
	for (;;) {
		const votes = new Map(standing.map((c) => [c, 0]));
		for (const ballot of valid) {
			const choice = ballot.find((c) => standing.includes(c));
			if (choice !== undefined) votes.set(choice, (votes.get(choice) ?? 0) + 1);
		}
		earlier.push(votes);
		const leader = standing.find((c) => (votes.get(c) ?? 0) >= majority);
		if (leader !== undefined) return leader;
		if (standing.length === 1) return standing[0] as string;
		const fewest = Math.min(...standing.map((c) => votes.get(c) ?? 0));
		let tied = standing.filter((c) => votes.get(c) === fewest);
		for (let round = earlier.length - 2; round >= 0 && tied.length > 1; round--) {
			const then = earlier[round] as Map<string, number>;
			const low = Math.min(...tied.map((c) => then.get(c) ?? 0));
			tied = tied.filter((c) => then.get(c) === low);
		}
		const out = tied.length === 1 ? (tied[0] as string) : drawLots(tied);
		standing.splice(standing.indexOf(out), 1);
		if (standing.length === 1) return standing[0] as string;
	}
}
