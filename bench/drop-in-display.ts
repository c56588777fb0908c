// npm run bench:drop-in: how long a call made at one app process takes to reach waiting-room
// displays connected to two processes on one PostgreSQL, through LISTEN/NOTIFY and server-sent
// events. It builds Hearth if build/ is missing, starts two real Hearths (scripts/start.js) on a
// database of its own on BENCH_DATABASE_URL's server, connects 50 displays split between them,
// and has an adviser call 100 people one at a time, timing each call from the moment its request
// is sent to the moment each display receives it. The database is dropped afterwards.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { ADMIN_URL, admin, benchDatabaseUrl } from './support/bench-kit';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DISPLAYS = 50;
const CALLS = 100;
const EVENT_LIMIT_MS = 10_000;
const ADVISER = 'Amira (demo)';
const PASSPHRASE = 'open door warm kettle';
// Friday 20 November 2026, 23:00 in London: the demo centre's night opening.
const NIGHT = '2026-11-20T23:00:00Z';

function progress(line: string) {
	process.stderr.write(`${line}\n`);
}

function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = net.createServer();
		server.on('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
		});
	});
}

interface Hearth {
	url: string;
	child: ChildProcess;
	dataDir: string;
}

async function startHearth(env: Record<string, string>): Promise<Hearth> {
	const port = await freePort();
	const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hearth-bench-'));
	const inherited = { ...process.env };
	delete inherited.ORIGIN;
	const child = spawn(process.execPath, [path.join(root, 'scripts/start.js')], {
		cwd: root,
		env: {
			...inherited,
			PORT: String(port),
			HOST: '127.0.0.1',
			HEARTH_DATA_DIR: dataDir,
			LOG_LEVEL: 'warn',
			...env
		},
		stdio: ['ignore', 'pipe', 'pipe']
	});
	let output = '';
	await new Promise<void>((resolve, reject) => {
		const timer = setTimeout(() => reject(new Error(`Hearth did not start:\n${output}`)), 120_000);
		child.stdout?.on('data', (chunk: Buffer) => {
			output += chunk.toString();
			if (output.includes('Hearth is ready')) {
				clearTimeout(timer);
				resolve();
			}
		});
		child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
		child.once('exit', (code) => {
			clearTimeout(timer);
			reject(new Error(`Hearth exited with ${code}:\n${output}`));
		});
	});
	return { url: `http://127.0.0.1:${port}`, child, dataDir };
}

async function stopHearth(hearth: Hearth): Promise<void> {
	if (hearth.child.exitCode === null) {
		const exited = new Promise((resolve) => hearth.child.once('exit', resolve));
		hearth.child.kill('SIGTERM');
		await exited;
	}
	fs.rmSync(hearth.dataDir, { recursive: true, force: true });
}

/** A form post as a browser on Hearth's own page sends it; the answer is not followed. */
async function post(base: string, pathname: string, fields: Record<string, string>, cookie = '') {
	const response = await fetch(`${base}${pathname}`, {
		method: 'POST',
		redirect: 'manual',
		headers: {
			// As a browser's form post: without it, SvelteKit answers in JSON for scripts.
			accept: 'text/html',
			origin: base,
			'sec-fetch-site': 'same-origin',
			...(cookie ? { cookie } : {})
		},
		body: new URLSearchParams(fields)
	});
	await response.arrayBuffer();
	return response;
}

interface Display {
	/** For each ticket number that has topped the screen, when this display first saw it. */
	firstSeen: Map<number, number>;
	ready: Promise<void>;
	close(): void;
}

/** One waiting-room screen: an open event stream, noting when each new call arrives. */
function connectDisplay(base: string): Display {
	const firstSeen = new Map<number, number>();
	let request: http.ClientRequest;
	const ready = new Promise<void>((resolve, reject) => {
		request = http.get(`${base}/c/demo/drop-in/events`, (response) => {
			let buffer = '';
			response.setEncoding('utf8');
			response.on('data', (chunk: string) => {
				const arrived = performance.now();
				buffer += chunk;
				let end: number;
				while ((end = buffer.indexOf('\n\n')) >= 0) {
					const frame = buffer.slice(0, end);
					buffer = buffer.slice(end + 2);
					const data = /^data: (.*)$/m.exec(frame)?.[1];
					if (!data) continue;
					const top = (JSON.parse(data) as { calls: { number: number }[] }).calls[0];
					if (top && !firstSeen.has(top.number)) firstSeen.set(top.number, arrived);
					resolve();
				}
			});
			response.on('error', () => {});
		});
		request.on('error', reject);
	});
	return { firstSeen, ready, close: () => request.destroy() };
}

function quantile(sorted: number[], q: number): number {
	const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
	return sorted[index] as number;
}

function describe(label: string, delays: number[], counted = 'deliveries'): string {
	const sorted = [...delays].sort((a, b) => a - b);
	const ms = (value: number) => `${value.toFixed(1)} ms`;
	return `${label}: median ${ms(quantile(sorted, 0.5))}, p95 ${ms(quantile(sorted, 0.95))}, max ${ms(sorted.at(-1) ?? 0)} (${sorted.length} ${counted})`;
}

async function main() {
	if (!fs.existsSync(path.join(root, 'build', 'handler.js'))) {
		progress('build/handler.js is missing: building Hearth first (not timed)…');
		const built = spawnSync(
			process.execPath,
			[path.join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build'],
			{ cwd: root, stdio: 'inherit' }
		);
		if (built.status !== 0) throw new Error('The build failed; see the messages above.');
	}
	const name = `hearth_bench_drop_in_${randomBytes(4).toString('hex')}`;
	await admin(`create database ${name}`);
	const hearths: Hearth[] = [];
	const displays: Display[] = [];
	try {
		const env = {
			DATABASE_URL: benchDatabaseUrl(name),
			HEARTH_DEMO: '1',
			HEARTH_CLOCK_START: NIGHT,
			HEARTH_SECRET_KEY: randomBytes(32).toString('base64')
		};
		progress('Starting two Hearth processes on one database…');
		hearths.push(await startHearth(env));
		// The second starts once the first has migrated and made the demo centre.
		hearths.push(await startHearth(env));
		const [calling, other] = hearths as [Hearth, Hearth];

		const signIn = await post(calling.url, '/sign-in', {
			chosenName: ADVISER,
			passphrase: PASSPHRASE
		});
		const cookie = (signIn.headers.getSetCookie()[0] ?? '').split(';')[0] ?? '';
		if (!cookie.startsWith('hearth_session=')) {
			throw new Error(`${ADVISER} could not sign in: answered ${signIn.status}`);
		}

		progress(`Checking ${CALLS} people in…`);
		for (let index = 0; index < CALLS; index++) {
			const answer = await post(calling.url, '/c/demo/drop-in?/checkIn', {
				topic: 'housing',
				language: 'en'
			});
			if (answer.status !== 303) throw new Error(`Check-in answered ${answer.status}`);
		}

		progress(`Connecting ${DISPLAYS} displays, half to each process…`);
		for (let index = 0; index < DISPLAYS; index++) {
			displays.push(connectDisplay((index % 2 === 0 ? calling : other).url));
		}
		await Promise.all(displays.map((display) => display.ready));

		progress(`Calling ${CALLS} people, one at a time…`);
		const same: number[] = [];
		const across: number[] = [];
		const answered: number[] = [];
		let missed = 0;
		for (let index = 0; index < CALLS; index++) {
			const sent = performance.now();
			const answer = await post(
				calling.url,
				'/c/demo/manage/drop-in?/call',
				{ desk: `Desk ${index % 4}`, mode: 'anyone' },
				cookie
			);
			answered.push(performance.now() - sent);
			const number = Number(
				new URL(answer.headers.get('location') ?? '/', calling.url).searchParams.get('called')
			);
			if (answer.status !== 303 || !number) {
				const where = answer.headers.get('location');
				throw new Error(`Call ${index} was answered ${answer.status} ${where ?? ''}`);
			}
			const until = performance.now() + EVENT_LIMIT_MS;
			while (
				displays.some((display) => !display.firstSeen.has(number)) &&
				performance.now() < until
			) {
				await new Promise((resolve) => setTimeout(resolve, 1));
			}
			displays.forEach((display, position) => {
				const seen = display.firstSeen.get(number);
				if (seen === undefined) missed++;
				else (position % 2 === 0 ? same : across).push(seen - sent);
			});
		}

		const all = [...same, ...across];
		process.stdout.write(
			[
				`Drop-in display: ${CALLS} calls × ${DISPLAYS} displays on 2 processes = ${all.length} deliveries` +
					(missed ? `, ${missed} missed` : ', none missed'),
				`  (from sending the call to each display receiving it; PostgreSQL ${new URL(ADMIN_URL).host})`,
				`  ${describe('all displays', all)}`,
				`  ${describe('the call’s own answer (303), for comparison', answered, 'calls')}`,
				`  ${describe('on the process that took the call', same)}`,
				`  ${describe('on the other process', across)}`
			].join('\n') + '\n'
		);
		if (missed > 0) process.exitCode = 1;
	} finally {
		for (const display of displays) display.close();
		for (const hearth of hearths) await stopHearth(hearth);
		await admin(`drop database if exists ${name} with (force)`);
	}
}

await main();
