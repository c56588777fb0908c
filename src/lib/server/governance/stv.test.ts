import { describe, expect, it, vi } from 'vitest';
import { countStv, drawLotsFromSeed, VOTE_UNITS, type StvResult } from './stv';

/** `count` ballots, each naming the candidates in this order. */
type Group = [count: number, preferences: string[]];

function ballots(...groups: Group[]): string[][] {
	return groups.flatMap(([count, preferences]) =>
		Array.from({ length: count }, () => [...preferences])
	);
}

/** Votes written as a person reads them (4.90623) into units. */
const v = (votes: number) => Math.round(votes * VOTE_UNITS);

/** Each stage as one line a reader can check against the tables below. */
function stages(result: StvResult, candidates: string[]) {
	return result.rounds.map((round) => ({
		action:
			round.action.kind === 'first-preferences'
				? 'first'
				: round.action.kind === 'surplus'
					? `surplus ${round.action.candidate} at ${round.action.transferValue}`
					: `exclude ${round.action.candidates.join(' ')}`,
		totals: candidates.map((c) => round.totals[c]),
		nonTransferable: round.nonTransferable,
		lost: round.lostToRounding,
		elected: round.elected,
		...(round.tieBrokenBy ? { tie: round.tieBrokenBy } : {}),
		...(round.lastVacanciesFilled ? { lastVacancies: true } : {})
	}));
}

const noLots = () => {
	throw new Error('no lot should be drawn in this count');
};

describe('counting by single transferable vote: worked examples', () => {
	it('(1) fills one seat by instant run-off, excluding the fewest until someone has the quota', () => {
		// 20 valid papers, 1 seat: quota = floor(20 / 2) + 1 = 11.
		//
		// | stage | action      | A | B | C  | D | non-tr. |
		// | 1     | first prefs | 7 | 6 | 4  | 3 | 0       |
		// | 2     | exclude D   | 7 | 6 | 7  | 0 | 0       |  D's 3 papers go on to C
		// | 3     | exclude B   | 7 | 0 | 13 | 0 | 0       |  B's 6 go to C: 13 ≥ 11, elected
		//
		// A led on first preferences and still loses, as instant run-off should allow.
		const candidates = ['A', 'B', 'C', 'D'];
		const result = countStv(
			{
				seats: 1,
				candidates,
				ballots: ballots([7, ['A']], [6, ['B', 'C']], [4, ['C', 'B']], [3, ['D', 'C', 'B']])
			},
			noLots
		);
		expect(result.quota).toBe(v(11));
		expect(result.validBallots).toBe(20);
		expect(stages(result, candidates)).toEqual([
			{
				action: 'first',
				totals: [v(7), v(6), v(4), v(3)],
				nonTransferable: 0,
				lost: 0,
				elected: []
			},
			{
				action: 'exclude D',
				totals: [v(7), v(6), v(7), 0],
				nonTransferable: 0,
				lost: 0,
				elected: []
			},
			{
				action: 'exclude B',
				totals: [v(7), 0, v(13), 0],
				nonTransferable: 0,
				lost: 0,
				elected: ['C']
			}
		]);
		expect(result.rounds.map((round) => round.excluded)).toEqual([[], ['D'], ['B']]);
		expect(result.elected).toEqual(['C']);
	});

	it('(2) passes surpluses on at values cut to five decimal places, papers of every value included', () => {
		// 25 valid papers, 3 seats: quota = floor(25 / 4) + 1 = 7.
		//
		// Stage 2, A's surplus: 9 − 7 = 2. Transfer value 2 × 1 ÷ 9 = 0.222222… → 0.22222.
		//   5 papers A,B,C → B: 5 × 0.22222 = 1.11110;  4 papers A,C → C: 4 × 0.22222 = 0.88888.
		//   Passed on 1.99998 of 2: 0.00002 lost to the cut. B has 7.11110 ≥ 7: elected.
		// Stage 3, B's surplus: 7.11110 − 7 = 0.11110, over B's 7.11110 votes.
		//   6 papers B,D worth 1:       0.11110 × 1 ÷ 7.11110 = 0.0156234… → 0.01562 each to D (0.09372)
		//   5 papers A,B,C worth 0.22222: 0.11110 × 0.22222 ÷ 7.11110 = 0.0034718… → 0.00347 each
		//   to C (0.01735). Passed on 0.11107 of 0.11110: 0.00003 more lost, 0.00005 in all.
		// Stage 4: E (3) is fewest, just behind D (3.09372) thanks to B's surplus; E's papers go to D.
		// Stage 5: C (4.90623) is excluded; D is the only one left for the last seat (rule 52).
		//
		// | stage | action       | A | B       | C       | D       | E | lost    |
		// | 1     | first prefs  | 9 | 6       | 4       | 3       | 3 | 0       |
		// | 2     | surplus of A | 7 | 7.11110 | 4.88888 | 3       | 3 | 0.00002 |
		// | 3     | surplus of B | 7 | 7       | 4.90623 | 3.09372 | 3 | 0.00005 |
		// | 4     | exclude E    | 7 | 7       | 4.90623 | 6.09372 | 0 | 0.00005 |
		// | 5     | exclude C    | 7 | 7       | 4.90623 | 6.09372 | 0 | 0.00005 |  D elected
		const candidates = ['A', 'B', 'C', 'D', 'E'];
		const result = countStv(
			{
				seats: 3,
				candidates,
				ballots: ballots(
					[5, ['A', 'B', 'C']],
					[4, ['A', 'C']],
					[6, ['B', 'D']],
					[4, ['C']],
					[3, ['D', 'C']],
					[3, ['E', 'D']]
				)
			},
			noLots
		);
		expect(result.quota).toBe(v(7));
		expect(stages(result, candidates)).toEqual([
			{
				action: 'first',
				totals: [v(9), v(6), v(4), v(3), v(3)],
				nonTransferable: 0,
				lost: 0,
				elected: ['A']
			},
			{
				action: 'surplus A at 22222',
				totals: [v(7), v(7.1111), v(4.88888), v(3), v(3)],
				nonTransferable: 0,
				lost: 2,
				elected: ['B']
			},
			{
				action: 'surplus B at 1562',
				totals: [v(7), v(7), v(4.90623), v(3.09372), v(3)],
				nonTransferable: 0,
				lost: 5,
				elected: []
			},
			{
				action: 'exclude E',
				totals: [v(7), v(7), v(4.90623), v(6.09372), 0],
				nonTransferable: 0,
				lost: 5,
				elected: []
			},
			{
				action: 'exclude C',
				totals: [v(7), v(7), v(4.90623), v(6.09372), 0],
				nonTransferable: 0,
				lost: 5,
				elected: ['D'],
				lastVacancies: true
			}
		]);
		expect(result.elected).toEqual(['A', 'B', 'D']);
	});

	it('(3) breaks a tie for exclusion by the most recent earlier stage that tells them apart', () => {
		// 26 valid papers, 1 seat: quota 14.
		//
		// | stage | action    | A  | B | C  | D | E | non-tr. |
		// | 1     | first     | 12 | 5 | 4  | 3 | 2 | 0       |
		// | 2     | exclude E | 12 | 5 | 6  | 3 | 0 | 0       |  E,C ×2 → C
		// | 3     | exclude D | 12 | 6 | 6  | 0 | 0 | 2       |  D,B → B; D alone ×2 → non-tr.
		// | 4     | exclude B | 12 | 0 | 11 | 0 | 0 | 3       |  B and C tie at 6
		// | 5     | exclude C | 12 | 0 | 11 | 0 | 0 | 3       |  A elected (rule 52)
		//
		// At stage 4 B and C have 6 each. Rule 51(2)(a) looks at the most recent preceding stage
		// at which they differed: stage 2, B 5 and C 6, so B is excluded. (Looking at the earliest
		// stage instead, B 5 and C 4, would have excluded C.)
		const candidates = ['A', 'B', 'C', 'D', 'E'];
		const result = countStv(
			{
				seats: 1,
				candidates,
				ballots: ballots(
					[12, ['A']],
					[5, ['B', 'C']],
					[4, ['C']],
					[1, ['D', 'B']],
					[2, ['D']],
					[2, ['E', 'C']]
				)
			},
			noLots
		);
		expect(result.quota).toBe(v(14));
		expect(stages(result, candidates)).toEqual([
			{
				action: 'first',
				totals: [v(12), v(5), v(4), v(3), v(2)],
				nonTransferable: 0,
				lost: 0,
				elected: []
			},
			{
				action: 'exclude E',
				totals: [v(12), v(5), v(6), v(3), 0],
				nonTransferable: 0,
				lost: 0,
				elected: []
			},
			{
				action: 'exclude D',
				totals: [v(12), v(6), v(6), 0, 0],
				nonTransferable: v(2),
				lost: 0,
				elected: []
			},
			{
				action: 'exclude B',
				totals: [v(12), 0, v(11), 0, 0],
				nonTransferable: v(3),
				lost: 0,
				elected: [],
				tie: 'earlier-round'
			},
			{
				action: 'exclude C',
				totals: [v(12), 0, v(11), 0, 0],
				nonTransferable: v(3),
				lost: 0,
				elected: ['A'],
				lastVacancies: true
			}
		]);
	});

	it('(4) draws lots when tied candidates were equal at every stage, and only then', () => {
		// 4 valid papers, 1 seat: quota 3.
		//
		// | stage | action    | A | B | C | D | how the tie was settled                    |
		// | 1     | first     | 1 | 1 | 1 | 1 |                                            |
		// | 2     | exclude A | 0 | 2 | 1 | 1 | all four equal at every stage: lot → A      |
		// | 3     | exclude C | 0 | 2 | 0 | 2 | C and D equal at stages 1 and 2: lot → C    |
		// | 4     | exclude D | 0 | 2 | 0 | 2 | B and D tie; at stage 2 D had 1, B 2: D out |
		const candidates = ['A', 'B', 'C', 'D'];
		const drawLots = vi.fn((tied: string[]) => (tied.includes('A') ? 'A' : 'C'));
		const result = countStv(
			{
				seats: 1,
				candidates,
				ballots: ballots([1, ['A', 'B']], [1, ['B', 'A']], [1, ['C', 'D']], [1, ['D', 'C']])
			},
			drawLots
		);
		expect(drawLots.mock.calls).toEqual([[['A', 'B', 'C', 'D']], [['C', 'D']]]);
		expect(stages(result, candidates)).toEqual([
			{
				action: 'first',
				totals: [v(1), v(1), v(1), v(1)],
				nonTransferable: 0,
				lost: 0,
				elected: []
			},
			{
				action: 'exclude A',
				totals: [0, v(2), v(1), v(1)],
				nonTransferable: 0,
				lost: 0,
				elected: [],
				tie: 'lot'
			},
			{
				action: 'exclude C',
				totals: [0, v(2), 0, v(2)],
				nonTransferable: 0,
				lost: 0,
				elected: [],
				tie: 'lot'
			},
			{
				action: 'exclude D',
				totals: [0, v(2), 0, v(2)],
				nonTransferable: 0,
				lost: 0,
				elected: ['B'],
				tie: 'earlier-round',
				lastVacancies: true
			}
		]);
	});

	it('(4b) draws lots for whose equal surplus goes first when they were equal at every stage', () => {
		// 13 valid papers, 3 seats: quota = floor(13 / 4) + 1 = 4. A and B both have 5, a surplus
		// of 1 each (rule 49(3)): the lot falls on B. Transfer value 1 ÷ 5 = 0.2.
		//
		// | stage | action       | A | B | C | D | elected |
		// | 1     | first        | 5 | 5 | 2 | 1 | A, B    |
		// | 2     | surplus of B | 5 | 4 | 2 | 2 |         |  B,D ×5 × 0.2 → D
		// | 3     | surplus of A | 4 | 4 | 3 | 2 |         |  A,C ×5 × 0.2 → C
		// | 4     | exclude D    | 4 | 4 | 3 | 2 | C       |  rule 52: no transfer
		const candidates = ['A', 'B', 'C', 'D'];
		const drawLots = vi.fn(() => 'B');
		const result = countStv(
			{
				seats: 3,
				candidates,
				ballots: ballots([5, ['A', 'C']], [5, ['B', 'D']], [2, ['C']], [1, ['D']])
			},
			drawLots
		);
		expect(drawLots.mock.calls).toEqual([[['A', 'B']]]);
		expect(stages(result, candidates)).toEqual([
			{
				action: 'first',
				totals: [v(5), v(5), v(2), v(1)],
				nonTransferable: 0,
				lost: 0,
				elected: ['A', 'B']
			},
			{
				action: 'surplus B at 20000',
				totals: [v(5), v(4), v(2), v(2)],
				nonTransferable: 0,
				lost: 0,
				elected: [],
				tie: 'lot'
			},
			{
				action: 'surplus A at 20000',
				totals: [v(4), v(4), v(3), v(2)],
				nonTransferable: 0,
				lost: 0,
				elected: []
			},
			{
				action: 'exclude D',
				totals: [v(4), v(4), v(3), v(2)],
				nonTransferable: 0,
				lost: 0,
				elected: ['C'],
				lastVacancies: true
			}
		]);
		expect(result.elected).toEqual(['A', 'B', 'C']);
	});

	it('(5) sets aside papers with no next preference for anyone still in the count', () => {
		// 12 valid papers, 2 seats: quota = floor(12 / 3) + 1 = 5.
		// Stage 2: A's surplus of 1 over 6 votes: 1 ÷ 6 = 0.166666… → 0.16666. None of A's papers
		//   names anyone else, so 6 × 0.16666 = 0.99996 is non-transferable and 0.00004 is lost.
		// Stage 3: D's paper names A next, but A is elected: papers never pass to the elected, so
		//   it is non-transferable too.
		//
		// | stage | action       | A | B | C | D | non-tr. | lost    |
		// | 1     | first        | 6 | 3 | 2 | 1 | 0       | 0       |  A elected
		// | 2     | surplus of A | 5 | 3 | 2 | 1 | 0.99996 | 0.00004 |
		// | 3     | exclude D    | 5 | 3 | 2 | 0 | 1.99996 | 0.00004 |
		// | 4     | exclude C    | 5 | 3 | 2 | 0 | 1.99996 | 0.00004 |  B elected (rule 52)
		const candidates = ['A', 'B', 'C', 'D'];
		const result = countStv(
			{
				seats: 2,
				candidates,
				ballots: ballots([6, ['A']], [3, ['B', 'C']], [2, ['C', 'D']], [1, ['D', 'A']])
			},
			noLots
		);
		expect(stages(result, candidates)).toEqual([
			{
				action: 'first',
				totals: [v(6), v(3), v(2), v(1)],
				nonTransferable: 0,
				lost: 0,
				elected: ['A']
			},
			{
				action: 'surplus A at 16666',
				totals: [v(5), v(3), v(2), v(1)],
				nonTransferable: v(0.99996),
				lost: 4,
				elected: []
			},
			{
				action: 'exclude D',
				totals: [v(5), v(3), v(2), 0],
				nonTransferable: v(1.99996),
				lost: 4,
				elected: []
			},
			{
				action: 'exclude C',
				totals: [v(5), v(3), v(2), 0],
				nonTransferable: v(1.99996),
				lost: 4,
				elected: ['B'],
				lastVacancies: true
			}
		]);
	});

	it('(6) elects three officers from seven candidates', () => {
		// 30 valid papers, 3 seats: quota = floor(30 / 4) + 1 = 8.
		// Stage 2: Amina's surplus of 1 over 9: 0.11111 on each of 9 papers → Bogdan 0.99999.
		// Stage 5: Elena's 3 papers give Carmen exactly the quota: elected, with no surplus.
		// Stage 6: Dariusz is excluded; Bogdan is the only one left for the last seat (rule 52).
		//
		// | stage | action        | Amina | Bogdan  | Carmen | Dariusz | Elena | Farid | Grace | non-tr. |
		// | 1     | first         | 9     | 6       | 5      | 4       | 3     | 2     | 1     | 0       |
		// | 2     | surplus Amina | 8     | 6.99999 | 5      | 4       | 3     | 2     | 1     | 0       |
		// | 3     | exclude Grace | 8     | 6.99999 | 5      | 4       | 3     | 2     | 0     | 1       |
		// | 4     | exclude Farid | 8     | 6.99999 | 5      | 4       | 3     | 0     | 0     | 3       |
		// | 5     | exclude Elena | 8     | 6.99999 | 8      | 4       | 0     | 0     | 0     | 3       |
		// | 6     | exclude Dar.  | 8     | 6.99999 | 8      | 4       | 0     | 0     | 0     | 3       |
		const candidates = ['Amina', 'Bogdan', 'Carmen', 'Dariusz', 'Elena', 'Farid', 'Grace'];
		const result = countStv(
			{
				seats: 3,
				candidates,
				ballots: ballots(
					[9, ['Amina', 'Bogdan', 'Carmen']],
					[6, ['Bogdan', 'Amina', 'Dariusz']],
					[5, ['Carmen', 'Elena']],
					[4, ['Dariusz', 'Bogdan']],
					[3, ['Elena', 'Carmen', 'Farid']],
					[2, ['Farid', 'Grace']],
					[1, ['Grace']]
				)
			},
			noLots
		);
		expect(result.quota).toBe(v(8));
		expect(stages(result, candidates)).toEqual([
			{
				action: 'first',
				totals: [9, 6, 5, 4, 3, 2, 1].map(v),
				nonTransferable: 0,
				lost: 0,
				elected: ['Amina']
			},
			{
				action: 'surplus Amina at 11111',
				totals: [8, 6.99999, 5, 4, 3, 2, 1].map(v),
				nonTransferable: 0,
				lost: 1,
				elected: []
			},
			{
				action: 'exclude Grace',
				totals: [8, 6.99999, 5, 4, 3, 2, 0].map(v),
				nonTransferable: v(1),
				lost: 1,
				elected: []
			},
			{
				action: 'exclude Farid',
				totals: [8, 6.99999, 5, 4, 3, 0, 0].map(v),
				nonTransferable: v(3),
				lost: 1,
				elected: []
			},
			{
				action: 'exclude Elena',
				totals: [8, 6.99999, 8, 4, 0, 0, 0].map(v),
				nonTransferable: v(3),
				lost: 1,
				elected: ['Carmen']
			},
			{
				action: 'exclude Dariusz',
				totals: [8, 6.99999, 8, 4, 0, 0, 0].map(v),
				nonTransferable: v(3),
				lost: 1,
				elected: ['Bogdan'],
				lastVacancies: true
			}
		]);
		expect(result.elected).toEqual(['Amina', 'Carmen', 'Bogdan']);
	});
});

describe('counting by single transferable vote: the edges', () => {
	it('elects everyone at the first stage when as many stand as there are seats', () => {
		const result = countStv({ seats: 2, candidates: ['A', 'B'], ballots: [['A'], ['A'], ['B']] });
		expect(result.rounds).toHaveLength(1);
		expect(result.rounds[0]?.elected).toEqual(['A', 'B']);
		expect(result.elected).toEqual(['A', 'B']);
	});

	it('does not count empty ballots as votes', () => {
		const result = countStv(
			{ seats: 1, candidates: ['A', 'B'], ballots: [['A'], [], ['B', 'A'], ['A'], []] },
			noLots
		);
		expect(result.validBallots).toBe(3);
		expect(result.quota).toBe(v(2));
		expect(result.rounds[0]?.totals).toEqual({ A: v(2), B: v(1) });
		expect(result.elected).toEqual(['A']);
	});

	it('refuses an election the rules cannot count', () => {
		const candidates = ['A', 'B', 'C'];
		expect(() => countStv({ seats: 0, candidates, ballots: [] })).toThrow(RangeError);
		expect(() => countStv({ seats: 1.5, candidates, ballots: [] })).toThrow(RangeError);
		expect(() => countStv({ seats: 4, candidates, ballots: [] })).toThrow(RangeError);
		expect(() => countStv({ seats: 1, candidates: ['A', 'A'], ballots: [] })).toThrow(RangeError);
		expect(() => countStv({ seats: 1, candidates, ballots: [['A', 'Z']] })).toThrow(RangeError);
		expect(() => countStv({ seats: 1, candidates, ballots: [['B', 'C', 'B']] })).toThrow(
			RangeError
		);
	});

	it('asks for a lot rather than drawing one unseen, and takes only a tied candidate', () => {
		const tie = { seats: 1, candidates: ['A', 'B'], ballots: [['A'], ['B']] };
		expect(() => countStv(tie)).toThrow(/drawLots/);
		expect(() => countStv(tie, () => 'C')).toThrow(RangeError);
		expect(countStv(tie, () => 'A').elected).toEqual(['B']);
	});

	it('draws the same lots from the same seed, whatever order the tie is listed in', () => {
		const first = drawLotsFromSeed('kept with the count');
		const again = drawLotsFromSeed('kept with the count');
		const draws = [
			first(['A', 'B', 'C']),
			first(['D', 'E']),
			first(['A', 'B', 'C', 'D', 'E', 'F'])
		];
		expect([
			again(['C', 'A', 'B']),
			again(['E', 'D']),
			again(['F', 'E', 'D', 'C', 'B', 'A'])
		]).toEqual(draws);
		const spread = new Set<string>();
		for (let seed = 0; seed < 60; seed++)
			spread.add(drawLotsFromSeed(String(seed))(['A', 'B', 'C']));
		expect(spread).toEqual(new Set(['A', 'B', 'C']));
	});

	it('keeps transfer values exact in a large election', () => {
		// Past some 900,000 papers a surplus times a paper's value no longer fits a double
		// exactly; the count works it out in whole integers so a large count is still exact.
		const two = countStv(
			{
				seats: 2,
				candidates: ['A', 'B', 'C'],
				ballots: ballots([100_001, ['A', 'B']], [19_000, ['B']], [999, ['C']])
			},
			noLots
		);
		// quota = floor(120000 / 3) + 1 = 40001; surplus 60000 over 100001:
		// 60000 × 100000 ÷ 100001 = 59999.40… → 59999 units on each of 100,001 papers.
		expect(two.rounds[1]?.action).toEqual({
			kind: 'surplus',
			candidate: 'A',
			transferValue: 59999
		});
		expect(two.rounds[1]?.totals.B).toBe(v(19_000) + 100_001 * 59999);
		// 6,000,000,000 units of surplus, 5,999,959,999 passed on: under one unit a paper lost.
		expect(two.rounds[1]?.lostToRounding).toBe(40_001);
	});
});
