import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cookieAttributes, HttpClient, setUpCentre } from '../support/http-client';
import { freePort, startHearth } from '../support/server';

const root = path.resolve(import.meta.dirname, '../..');

interface Started {
	child: ChildProcess;
	url: string;
	exited: Promise<number | null>;
}

/** `npm start` as a centre runs it: the embedded PostgreSQL in a data folder of its own. */
async function start(dataDir: string): Promise<Started> {
	const port = await freePort();
	const env: NodeJS.ProcessEnv = {
		...process.env,
		PORT: String(port),
		HOST: '127.0.0.1',
		HEARTH_DATA_DIR: dataDir,
		HEARTH_DEMO: '1',
		LOG_LEVEL: 'warn'
	};
	delete env.DATABASE_URL;
	delete env.ORIGIN;
	const child = spawn(process.execPath, [path.join(root, 'scripts/start.js')], {
		cwd: root,
		env,
		stdio: ['ignore', 'pipe', 'pipe']
	});
	const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
	let output = '';
	await new Promise<void>((resolve, reject) => {
		child.stdout?.on('data', (chunk: Buffer) => {
			output += chunk.toString();
			if (output.includes('Hearth is ready')) resolve();
		});
		child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
		void exited.then((code) => reject(new Error(`exited with ${code}: ${output}`)));
	});
	return { child, url: `http://127.0.0.1:${port}`, exited };
}

interface HalfSentPost {
	headersSent: Promise<void>;
	finish: () => void;
	status: Promise<number>;
}

/** A sign-in on a connection of its own whose body is held back until `finish` is called. */
function postInTwoHalves(url: string, i: number): HalfSentPost {
	const body = Buffer.from(
		new URLSearchParams({
			chosenName: `Nobody ${i}`,
			passphrase: 'not a real passphrase'
		}).toString()
	);
	const half = Math.floor(body.length / 2);
	const request = http.request(`${url}/sign-in`, {
		method: 'POST',
		agent: false,
		headers: {
			'sec-fetch-site': 'same-origin',
			accept: 'text/html',
			'content-type': 'application/x-www-form-urlencoded',
			'content-length': body.length
		}
	});
	const status = new Promise<number>((resolve, reject) => {
		request.on('response', (response) => {
			response.resume();
			response.on('end', () => resolve(response.statusCode ?? 0));
		});
		request.on('error', reject);
	});
	const headersSent = new Promise<void>((resolve) =>
		request.write(body.subarray(0, half), () => resolve())
	);
	return { headersSent, finish: () => request.end(body.subarray(half)), status };
}

function postgresRunningIn(dataDir: string): boolean {
	return fs.readdirSync('/proc').some((pid) => {
		if (!/^\d+$/.test(pid)) return false;
		try {
			return fs
				.readFileSync(`/proc/${pid}/cmdline`, 'utf8')
				.includes(path.join(dataDir, 'postgres'));
		} catch {
			return false;
		}
	});
}

describe('the Hearth process', () => {
	fs.mkdirSync(path.join(root, '.test-data'), { recursive: true });
	const dataDir = fs.mkdtempSync(path.join(root, '.test-data', 'process-'));
	fs.chmodSync(dataDir, 0o755);
	afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

	it('finishes requests in flight on SIGTERM, stops its database, and starts again on the same data', async () => {
		const first = await start(dataDir);
		expect(postgresRunningIn(dataDir)).toBe(true);
		// `npm run demo` opens straight into the demo centre.
		const home = await fetch(`${first.url}/`, { redirect: 'manual' });
		expect([home.status, home.headers.get('location')]).toEqual([303, '/c/demo']);
		// Twenty sign-ins are sent with only half of each body, so the server has begun every one of
		// them (their headers are read) and none can finish before the signal comes. The rest of
		// each body follows the signal; every one must still get its answer.
		const inFlight = Array.from({ length: 20 }, (_, i) => postInTwoHalves(first.url, i));
		await Promise.all(inFlight.map((request) => request.headersSent));
		await new Promise((resolve) => setTimeout(resolve, 500));
		first.child.kill('SIGTERM');
		await new Promise((resolve) => setTimeout(resolve, 100));
		for (const request of inFlight) request.finish();
		const statuses = await Promise.all(inFlight.map((request) => request.status));
		expect(statuses).toEqual(Array.from({ length: 20 }, () => 400));
		expect(await first.exited).toBe(0);
		expect(postgresRunningIn(dataDir)).toBe(false);

		const second = await start(dataDir);
		const again = await fetch(`${second.url}/readyz`);
		expect(await again.json()).toEqual({ status: 'ready' });
		second.child.kill('SIGTERM');
		expect(await second.exited).toBe(0);
	});

	it('marks the session cookie Secure when its address is HTTPS', async () => {
		const hearth = await startHearth({ ORIGIN: 'https://hearth.example' });
		try {
			const person = new HttpClient(hearth.url);
			const setUp = await setUpCentre(
				person,
				{
					name: 'Secure Centre',
					chosenName: 'Behind a proxy',
					passphrase: 'lanterns over the river'
				},
				{ origin: 'https://hearth.example' }
			);
			expect(setUp.status).toBe(303);
			const cookie = setUp.setCookies.find((line) => line.startsWith('hearth_session='));
			const attributes = cookieAttributes(cookie ?? '');
			expect(attributes.has('secure')).toBe(true);
			expect(attributes.has('httponly')).toBe(true);
			expect(attributes.get('samesite')?.toLowerCase()).toBe('lax');
		} finally {
			await hearth.stop();
		}
	});
});
