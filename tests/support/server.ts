import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { inject } from 'vitest';
import { cloneTemplate, dropDatabase, type TestServer } from './test-databases';

const root = path.resolve(import.meta.dirname, '../..');

export interface RunningHearth {
	url: string;
	databaseUrl: string;
	/** Lines the server wrote, for tests that check what it logs. */
	output: string[];
	stop(): Promise<void>;
}

export function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = net.createServer();
		server.on('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
		});
	});
}

function waitForReady(child: ChildProcess, output: string[]): Promise<void> {
	return new Promise((resolve, reject) => {
		const timer = setTimeout(
			() => reject(new Error(`Hearth did not start:\n${output.join('')}`)),
			60_000
		);
		const onData = (chunk: Buffer) => {
			output.push(chunk.toString());
			if (chunk.toString().includes('Hearth is ready')) {
				clearTimeout(timer);
				resolve();
			}
		};
		child.stdout?.on('data', onData);
		child.stderr?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
		child.on('exit', (code) => {
			clearTimeout(timer);
			reject(new Error(`Hearth exited with ${code}:\n${output.join('')}`));
		});
	});
}

/** Starts the built Hearth (as `npm start` runs it) on a fresh database cloned from the template. */
export async function startHearth(env: Record<string, string> = {}): Promise<RunningHearth> {
	const server: TestServer = inject('testServers')[0] as TestServer;
	const database = await cloneTemplate(server);
	const port = await freePort();
	const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hearth-test-'));
	const output: string[] = [];
	const inherited = { ...process.env };
	delete inherited.ORIGIN;
	const child = spawn(process.execPath, [path.join(root, 'scripts/start.js')], {
		cwd: root,
		env: {
			...inherited,
			DATABASE_URL: database.url,
			PORT: String(port),
			HOST: '127.0.0.1',
			HEARTH_DATA_DIR: dataDir,
			LOG_LEVEL: 'warn',
			...env
		},
		stdio: ['ignore', 'pipe', 'pipe']
	});
	await waitForReady(child, output);
	return {
		url: `http://127.0.0.1:${port}`,
		databaseUrl: database.url,
		output,
		async stop() {
			if (child.exitCode === null) {
				const exited = new Promise((resolve) => child.once('exit', resolve));
				child.kill('SIGTERM');
				await exited;
			}
			await dropDatabase(server, database.name);
			fs.rmSync(dataDir, { recursive: true, force: true });
		}
	};
}
