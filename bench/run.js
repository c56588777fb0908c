// npm run bench: how fast Hearth serves a centre's page next to a bare Node server sending the
// same bytes, how long it takes to serve its first page, and how much memory it holds idle.
// Everything runs on 127.0.0.1 in temporary folders that are removed afterwards. The directory
// search benchmark (bench/directory-search.ts) runs last and prints its own lines.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { postgresProcesses, pssBytes, rssBytes } from './memory.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const here = path.join(root, 'bench');

const CONNECTIONS = 16;
const WARMUP_MS = 1_000;
const DURATION_MS = 5_000;
const PAGE = '/c/demo';
const POLL_MS = 20;
// A first run on a slow disk still finishes well inside this; past it, something is wrong.
const START_LIMIT_MS = 120_000;
const STOP_LIMIT_MS = 60_000;
const IDLE_MS = 2_000;

const children = new Set();
const tempDirs = [];
const dataDirs = [];

const began = performance.now();
function progress(line) {
	const elapsed = ((performance.now() - began) / 1000).toFixed(1).padStart(5);
	process.stderr.write(`${elapsed} s  ${line}\n`);
}

function freePort() {
	return new Promise((resolve, reject) => {
		const server = net.createServer();
		server.on('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.address();
			server.close(() => resolve(port));
		});
	});
}

/** Spawns a child that cleanup will stop, keeping the tail of its output for error messages. */
function launch(args, options = {}) {
	const child = spawn(process.execPath, args, {
		cwd: root,
		stdio: ['ignore', 'pipe', 'pipe'],
		...options
	});
	let tail = '';
	const keep = (chunk) => {
		tail = (tail + chunk.toString()).slice(-4_000);
	};
	// Draining both pipes matters: a child blocked on a full pipe would skew every number.
	child.stdout.on('data', keep);
	child.stderr.on('data', keep);
	child.exited = new Promise((resolve) => {
		child.on('exit', (code, signal) => {
			children.delete(child);
			resolve({ code, signal });
		});
		child.on('error', (error) => {
			children.delete(child);
			resolve({ code: null, signal: null, error });
		});
	});
	child.tail = () => tail.trim();
	children.add(child);
	return child;
}

function running(child) {
	return child.exitCode === null && child.signalCode === null;
}

async function stop(child, limitMs = STOP_LIMIT_MS) {
	if (!running(child)) return child.exited;
	child.kill('SIGTERM');
	const outcome = await Promise.race([child.exited, sleep(limitMs).then(() => null)]);
	if (outcome) return outcome;
	child.kill('SIGKILL');
	return child.exited;
}

function startHearth(dataDir, port) {
	const env = {
		...process.env,
		PORT: String(port),
		HOST: '127.0.0.1',
		HEARTH_DATA_DIR: dataDir,
		HEARTH_DEMO: '1'
	};
	// The benchmark measures the embedded PostgreSQL, whatever the shell points at.
	delete env.DATABASE_URL;
	return launch([path.join(root, 'scripts', 'start.js')], { env });
}

/** One GET without Accept-Encoding, so Hearth answers uncompressed; resolves on any status. */
function get(port, pathname, timeoutMs = 5_000) {
	return new Promise((resolve, reject) => {
		const request = http.get(
			{ host: '127.0.0.1', port, path: pathname, agent: false },
			(response) => {
				const chunks = [];
				response.on('data', (chunk) => chunks.push(chunk));
				response.on('end', () =>
					resolve({
						status: response.statusCode,
						headers: response.headers,
						body: Buffer.concat(chunks)
					})
				);
				response.on('error', reject);
			}
		);
		request.setTimeout(timeoutMs, () => request.destroy(new Error('timed out')));
		request.on('error', reject);
	});
}

/**
 * Milliseconds from `since` until the first page answers 200, polling every POLL_MS. With the
 * demo seeded, Hearth's front page sends visitors on to the demo centre, so that page is asked for.
 */
async function untilFirstPage(child, port, since) {
	while (performance.now() - since < START_LIMIT_MS) {
		if (!running(child)) {
			throw new Error(`Hearth exited before serving a page:\n${child.tail()}`);
		}
		const answer = await get(port, PAGE, 10_000).catch(() => null);
		if (answer?.status === 200) return performance.now() - since;
		if (answer && answer.status >= 400) {
			throw new Error(
				`GET ${PAGE} answered ${answer.status} while Hearth started:\n${child.tail()}`
			);
		}
		await sleep(POLL_MS);
	}
	throw new Error(`Hearth served no page within ${START_LIMIT_MS / 1000} s:\n${child.tail()}`);
}

async function timedStart(dataDir, port) {
	const since = performance.now();
	const child = startHearth(dataDir, port);
	const ms = await untilFirstPage(child, port, since);
	return { child, ms };
}

async function stopHearth(child) {
	const { code, signal } = await stop(child);
	if (code !== 0) {
		throw new Error(`Hearth stopped with ${signal ?? `code ${code}`}:\n${child.tail()}`);
	}
}

/** Runs bench/load.js against `url` in its own process and returns its counts. */
async function load(url) {
	const child = launch([
		path.join(here, 'load.js'),
		url,
		String(CONNECTIONS),
		String(WARMUP_MS),
		String(DURATION_MS)
	]);
	let out = '';
	child.stdout.on('data', (chunk) => (out += chunk.toString()));
	// load.js bounds itself; this only guards against a child that cannot even start.
	const limit = WARMUP_MS + DURATION_MS + 30_000;
	const outcome = await Promise.race([child.exited, sleep(limit).then(() => null)]);
	if (!outcome) {
		child.kill('SIGKILL');
		throw new Error(`The load generator did not finish within ${limit / 1000} s.`);
	}
	const line = out.trim().split('\n').pop();
	try {
		return JSON.parse(line ?? '');
	} catch {
		throw new Error(
			`The load generator failed (${outcome.code ?? outcome.signal}):\n${child.tail()}`
		);
	}
}

/** Runs bench/directory-search.ts in its own process, passing its figures and progress through. */
async function directorySearch() {
	// Node with tsx's loader rather than the tsx command, whose relay kills a child that is slow
	// to confirm a signal: the child must live to drop its database and stop its server.
	const child = launch(['--import', 'tsx', path.join(here, 'directory-search.ts')]);
	child.stdout.on('data', (chunk) => process.stdout.write(chunk));
	child.stderr.on('data', (chunk) => process.stderr.write(chunk));
	const { code, signal } = await child.exited;
	if (code !== 0) {
		throw new Error(`The directory search benchmark stopped with ${signal ?? `code ${code}`}.`);
	}
}

async function startBare(specFile) {
	const child = launch([path.join(here, 'bare-server.js'), specFile]);
	const port = await new Promise((resolve, reject) => {
		let out = '';
		const timer = setTimeout(() => reject(new Error('The bare server did not start.')), 10_000);
		child.stdout.on('data', (chunk) => {
			out += chunk.toString();
			const match = out.match(/listening (\d+)/);
			if (match) {
				clearTimeout(timer);
				resolve(Number(match[1]));
			}
		});
		void child.exited.then(() => {
			clearTimeout(timer);
			reject(new Error(`The bare server exited:\n${child.tail()}`));
		});
	});
	return { child, port };
}

/** The headers worth replaying: everything but framing and per-response values. */
function replayableHeaders(headers) {
	const skip = new Set(['date', 'connection', 'keep-alive', 'transfer-encoding', 'content-length']);
	return Object.fromEntries(Object.entries(headers).filter(([name]) => !skip.has(name)));
}

function megabytes(bytes) {
	return Math.round(bytes / 1024 / 1024);
}

function describeProblems(result) {
	const parts = [
		...Object.entries(result.statuses).map(([status, count]) => `${count} × status ${status}`),
		...Object.entries(result.errors).map(([code, count]) => `${count} × ${code}`)
	];
	return parts.length ? parts.join(', ') : 'none';
}

/** A PostgreSQL server left behind by a killed Hearth: ask it to stop, then insist. */
async function stopStrayPostgres(dataDir) {
	const lockFile = path.join(dataDir, 'postgres', 'postmaster.pid');
	let pid;
	try {
		pid = Number(fs.readFileSync(lockFile, 'utf8').split('\n')[0]);
	} catch {
		return;
	}
	const alive = () => {
		try {
			return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('postgres');
		} catch {
			return false;
		}
	};
	if (!(pid > 0) || !alive()) return;
	for (const signal of ['SIGINT', 'SIGQUIT', 'SIGKILL']) {
		try {
			process.kill(pid, signal);
		} catch {
			return;
		}
		for (let waited = 0; waited < 10_000 && alive(); waited += 100) await sleep(100);
		if (!alive()) return;
	}
}

let cleaning;
function cleanup() {
	cleaning ??= (async () => {
		await Promise.all([...children].map((child) => stop(child, 30_000)));
		for (const dataDir of dataDirs) await stopStrayPostgres(dataDir);
		for (const folder of tempDirs) fs.rmSync(folder, { recursive: true, force: true });
	})();
	return cleaning;
}

for (const signal of ['SIGINT', 'SIGTERM']) {
	process.on(signal, () => {
		progress(`${signal}: stopping and cleaning up…`);
		void cleanup().finally(() => process.exit(130));
	});
}

async function main() {
	const cpus = os.availableParallelism?.() ?? os.cpus().length;
	// Other work on the machine shares the CPUs with both servers; the load average shows it.
	const busy = os.loadavg()[0].toFixed(1);
	const report = [
		`Hearth benchmark (Node ${process.version}, ${cpus} CPUs, load average ${busy} at start)`
	];

	if (!fs.existsSync(path.join(root, 'build', 'handler.js'))) {
		progress('build/handler.js is missing: building Hearth first (not timed)…');
		const built = spawnSync(
			process.execPath,
			[path.join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build'],
			{ cwd: root, stdio: ['ignore', 'inherit', 'inherit'] }
		);
		if (built.status !== 0) throw new Error('The build failed; see the messages above.');
		report.push('(built Hearth first: build/handler.js was missing; not counted)');
	}
	builtAt = buildTime();

	// The PostgreSQL user must pass through these folders, and the temporary folder allows it.
	const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hearth-bench-data-'));
	tempDirs.push(dataDir);
	dataDirs.push(dataDir);
	const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'hearth-bench-'));
	tempDirs.push(scratch);
	const port = await freePort();

	progress('starting Hearth on an empty data folder…');
	const first = await timedStart(dataDir, port);
	progress('stopping Hearth with SIGTERM…');
	await stopHearth(first.child);

	progress('starting Hearth again on the same data folder…');
	const second = await timedStart(dataDir, port);
	const hearth = second.child;

	const page = await get(port, PAGE);
	if (page.status !== 200) throw new Error(`GET ${PAGE} answered ${page.status}.`);
	if (page.headers['content-encoding']) {
		throw new Error(`GET ${PAGE} came back ${page.headers['content-encoding']}-encoded.`);
	}
	const bodyFile = path.join(scratch, 'body');
	const specFile = path.join(scratch, 'spec.json');
	fs.writeFileSync(bodyFile, page.body);
	fs.writeFileSync(
		specFile,
		JSON.stringify({ headers: replayableHeaders(page.headers), bodyFile })
	);
	const bare = await startBare(specFile);

	progress(`loading Hearth ${PAGE}…`);
	const hearthLoad = await load(`http://127.0.0.1:${port}${PAGE}`);
	progress('loading the bare Node server…');
	const bareLoad = await load(`http://127.0.0.1:${bare.port}${PAGE}`);
	await stop(bare.child);

	progress(`idling ${IDLE_MS / 1000} s before reading memory…`);
	await sleep(IDLE_MS);
	const nodeRss = rssBytes(hearth.pid);
	const pgData = path.join(dataDir, 'postgres');
	const pgPids = postgresProcesses(pgData);
	const pgRss = pgPids.reduce((sum, pid) => sum + rssBytes(pid), 0);
	const pgPss = pgPids.reduce((sum, pid) => sum + (pssBytes(pid) ?? NaN), 0);
	const nodePss = pssBytes(hearth.pid);
	progress('stopping Hearth with SIGTERM…');
	await stopHearth(hearth);

	const hearthRate = hearthLoad.ok / hearthLoad.seconds;
	const bareRate = bareLoad.ok / bareLoad.seconds;
	const bytes = page.body.length.toLocaleString('en-US');
	const ratio = bareRate > 0 ? (hearthRate / bareRate).toFixed(3) : 'n/a';
	report.push(
		`centre page ${PAGE}: ${Math.round(hearthRate)} req/s   ` +
			`bare node http, same ${bytes} bytes: ${Math.round(bareRate)} req/s   ratio ${ratio}`
	);
	const varying =
		hearthLoad.minBytes !== hearthLoad.maxBytes || hearthLoad.minBytes !== page.body.length;
	report.push(
		`  errors: Hearth ${describeProblems(hearthLoad)}; bare ${describeProblems(bareLoad)}` +
			(varying ? `; Hearth bodies ${hearthLoad.minBytes}–${hearthLoad.maxBytes} bytes` : '')
	);
	report.push(
		`start to first page: empty data folder ${(first.ms / 1000).toFixed(2)} s, ` +
			`existing data folder ${(second.ms / 1000).toFixed(2)} s`
	);
	report.push(
		`idle memory: node ${megabytes(nodeRss)} MB + PostgreSQL ${megabytes(pgRss)} MB ` +
			`(${pgPids.length} processes) = ${megabytes(nodeRss + pgRss)} MB RSS` +
			(Number.isFinite(pgPss) && nodePss !== undefined
				? `; counting shared pages once (PSS): ${megabytes(nodePss + pgPss)} MB`
				: '')
	);
	report.push(
		`settings: ${CONNECTIONS} keep-alive connections from a separate load process, ` +
			`${WARMUP_MS / 1000} s warm-up + ${DURATION_MS / 1000} s measured per server, ` +
			`no Accept-Encoding; start polled every ${POLL_MS} ms (demo centre seeded); ` +
			`memory after ${IDLE_MS / 1000} s idle`
	);
	process.stdout.write(report.join('\n') + '\n');

	progress('running the directory search benchmark…');
	await directorySearch();
}

/** When build/ was last written, to tell a failure from a rebuild under the running server. */
function buildTime() {
	try {
		return fs.statSync(path.join(root, 'build', 'handler.js')).mtimeMs;
	} catch {
		return undefined;
	}
}

let builtAt;
try {
	await main();
} catch (error) {
	process.stderr.write(`Benchmark failed: ${error.message}\n`);
	if (builtAt !== undefined && buildTime() !== builtAt) {
		process.stderr.write(
			'build/ was rewritten while the benchmark ran (another build?); run it again when that is done.\n'
		);
	}
	process.exitCode = 1;
} finally {
	await cleanup();
}
