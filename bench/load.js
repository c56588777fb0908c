// Load generator for bench/run.js. It runs in a process of its own so that the client never
// shares an event loop with the server it measures, and both targets meet the same client.
//
// Usage: node bench/load.js URL CONNECTIONS WARMUP_MS DURATION_MS
// Prints one line of JSON: counts of 200 responses, other statuses and errors in the window.
import http from 'node:http';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';

// Bounds that hold even if a target misbehaves: no run can go on forever or spin on errors.
const MAX_REQUESTS = 5_000_000;
const REQUEST_TIMEOUT_MS = 10_000;
const ERROR_PAUSE_MS = 10;

const [address, connectionsArg, warmupArg, durationArg] = process.argv.slice(2);
const target = new URL(address ?? '');
const connections = Number(connectionsArg);
const warmupMs = Number(warmupArg);
const durationMs = Number(durationArg);

if (target.protocol !== 'http:' || target.hostname !== '127.0.0.1') {
	process.stderr.write('load.js only loads http://127.0.0.1 targets.\n');
	process.exit(2);
}
if (![connections, warmupMs, durationMs].every((n) => Number.isInteger(n) && n >= 0)) {
	process.stderr.write('Usage: node bench/load.js URL CONNECTIONS WARMUP_MS DURATION_MS\n');
	process.exit(2);
}

// One socket per simulated client, reused for every request it sends.
const agent = new http.Agent({
	keepAlive: true,
	maxSockets: connections,
	maxFreeSockets: connections
});

const started = performance.now();
const measureFrom = started + warmupMs;
const stopAt = measureFrom + durationMs;

const result = {
	ok: 0,
	statuses: {},
	errors: {},
	sent: 0,
	minBytes: Infinity,
	maxBytes: 0,
	seconds: durationMs / 1000
};

function request() {
	return new Promise((resolve) => {
		const outgoing = http.get(
			{ host: target.hostname, port: target.port, path: target.pathname + target.search, agent },
			(response) => {
				let bytes = 0;
				response.on('data', (chunk) => (bytes += chunk.length));
				response.on('end', () => resolve({ status: response.statusCode, bytes }));
				response.on('error', (error) => resolve({ error }));
			}
		);
		outgoing.setTimeout(REQUEST_TIMEOUT_MS, () => {
			outgoing.destroy(Object.assign(new Error('timed out'), { code: 'TIMEOUT' }));
		});
		outgoing.on('error', (error) => resolve({ error }));
	});
}

function tally(bucket, key) {
	bucket[key] = (bucket[key] ?? 0) + 1;
}

async function client() {
	while (performance.now() < stopAt && result.sent < MAX_REQUESTS) {
		result.sent += 1;
		const outcome = await request();
		const now = performance.now();
		// Only what completes inside the measured window counts; warm-up and stragglers do not.
		const counted = now >= measureFrom && now <= stopAt;
		if (outcome.error) {
			if (counted) tally(result.errors, outcome.error.code ?? outcome.error.message);
			await sleep(ERROR_PAUSE_MS);
		} else if (!counted) {
			continue;
		} else if (outcome.status === 200) {
			result.ok += 1;
			result.minBytes = Math.min(result.minBytes, outcome.bytes);
			result.maxBytes = Math.max(result.maxBytes, outcome.bytes);
		} else {
			tally(result.statuses, outcome.status);
		}
	}
}

// A last guard: if a request hangs past its own timeout, report what was counted and leave.
const watchdog = setTimeout(
	() => {
		result.errors.WATCHDOG = 1;
		finish(3);
	},
	warmupMs + durationMs + REQUEST_TIMEOUT_MS + 5_000
);

function finish(code) {
	clearTimeout(watchdog);
	agent.destroy();
	if (result.ok === 0) result.minBytes = 0;
	process.stdout.write(JSON.stringify(result) + '\n', () => process.exit(code));
}

await Promise.all(Array.from({ length: connections }, client));
finish(0);
