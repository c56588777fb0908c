// npm run bench:stv: how long countStv takes for an election of 20,000 ballots over 15
// candidates, for 5 seats and for 1, as the median of several counts in one run. The ballots
// are seeded, so every run counts the same election. Figures go to stdout.
import { performance } from 'node:perf_hooks';
import { countStv, drawLotsFromSeed, type StvElection } from '../src/lib/server/governance/stv';
import { seededRandom } from './support/bench-kit';

const BALLOTS = 20_000;
const CANDIDATES = 15;
const WARMUP = 10;
const MEASURED = 21;
const SEED = 0x57c0;

/**
 * Ballots with the skew of a real count: a few well-known candidates draw most first
 * preferences (weights falling off as 1/rank), two slates of three are often followed in order,
 * and most people rank only a handful before stopping.
 */
function election(seats: number): StvElection {
	const next = seededRandom(SEED);
	const candidates = Array.from({ length: CANDIDATES }, (_, i) => `candidate-${i + 1}`);
	const weights = candidates.map((_, i) => 1 / (i + 1));
	const slates = [
		[candidates[0], candidates[3], candidates[6]],
		[candidates[1], candidates[4], candidates[9]]
	] as string[][];
	const ballots: string[][] = [];
	for (let b = 0; b < BALLOTS; b++) {
		const length = Math.min(CANDIDATES, 1 + Math.floor(-Math.log(1 - next()) * 3));
		const ballot: string[] = [];
		if (next() < 0.3) ballot.push(...(slates[Math.floor(next() * slates.length)] as string[]));
		const left = candidates.filter((c) => !ballot.includes(c));
		while (ballot.length < length && left.length > 0) {
			const total = left.reduce((sum, c) => sum + (weights[candidates.indexOf(c)] as number), 0);
			let point = next() * total;
			let pick = 0;
			for (; pick < left.length - 1; pick++) {
				point -= weights[candidates.indexOf(left[pick] as string)] as number;
				if (point <= 0) break;
			}
			ballot.push(...left.splice(pick, 1));
		}
		ballots.push(ballot.slice(0, Math.max(1, length)));
	}
	return { seats, candidates, ballots };
}

function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2
		? (sorted[middle] as number)
		: ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

const elections = [5, 1].map((seats) => ({
	seats,
	counted: election(seats),
	times: [] as number[]
}));
const stages = new Map<number, number>();
// Counted in turns, so both are measured with the code equally warmed up and under the same load.
for (let run = 0; run < WARMUP + MEASURED; run++) {
	for (const { seats, counted, times } of elections) {
		const began = performance.now();
		const result = countStv(counted, drawLotsFromSeed(String(SEED)));
		const took = performance.now() - began;
		if (run >= WARMUP) times.push(took);
		stages.set(seats, result.rounds.length);
	}
}
for (const { seats, times } of elections) {
	console.log(
		`${BALLOTS} ballots, ${CANDIDATES} candidates, ${seats} seat${seats === 1 ? '' : 's'}: ` +
			`${stages.get(seats)} stages, median ${median(times).toFixed(1)} ms ` +
			`(fastest ${Math.min(...times).toFixed(1)} ms, slowest ${Math.max(...times).toFixed(1)} ms, ${MEASURED} counts)`
	);
}
