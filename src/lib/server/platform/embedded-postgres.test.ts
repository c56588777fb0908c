import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigError } from './config';
import { startEmbeddedPostgres } from './embedded-postgres';
import { setLogLevel } from './logger';

const root = path.resolve(import.meta.dirname, '../../../..');
fs.mkdirSync(path.join(root, '.test-data'), { recursive: true });
const scratch = fs.mkdtempSync(path.join(root, '.test-data', 'embedded-'));
// mkdtemp makes a private folder; the database user must be able to pass through it.
fs.chmodSync(scratch, 0o755);

async function canQuery(url: string): Promise<boolean> {
	const client = new pg.Client({ connectionString: url });
	await client.connect();
	try {
		const { rows } = await client.query(
			`select current_setting('fsync') as fsync, current_setting('listen_addresses') as listen`
		);
		return rows[0].fsync === 'on' && rows[0].listen === '127.0.0.1';
	} finally {
		await client.end();
	}
}

/** Starts the server in another Node process, then kills that process outright. */
async function crashWhileRunning(dataDir: string): Promise<void> {
	const child = spawn(
		process.execPath,
		['--import', 'tsx', path.join(root, 'tests/support/start-embedded.ts'), dataDir],
		{
			cwd: root,
			stdio: ['ignore', 'pipe', 'inherit']
		}
	);
	await new Promise<void>((resolve, reject) => {
		child.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('ready') && resolve());
		child.on('exit', (code) => reject(new Error(`exited with ${code}`)));
	});
	child.kill('SIGKILL');
	await new Promise((resolve) => child.once('exit', resolve));
}

describe('embedded PostgreSQL', () => {
	setLogLevel('silent');
	afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

	it('initialises on first run, listens on loopback only, and keeps fsync on', async () => {
		const server = await startEmbeddedPostgres(path.join(scratch, 'fresh'));
		try {
			expect(await canQuery(server.url)).toBe(true);
			expect(new URL(server.url).port).not.toBe('5432');
		} finally {
			await server.stop();
		}
	});

	it('recovers when the process that started it was killed and left it running', async () => {
		const dataDir = path.join(scratch, 'crashed');
		await crashWhileRunning(dataDir);
		expect(fs.existsSync(path.join(dataDir, 'postgres', 'postmaster.pid'))).toBe(true);
		const server = await startEmbeddedPostgres(dataDir);
		try {
			expect(await canQuery(server.url)).toBe(true);
		} finally {
			await server.stop();
		}
	});

	it('recovers from a stale lock file whose process is gone', async () => {
		const dataDir = path.join(scratch, 'stale');
		await (await startEmbeddedPostgres(dataDir)).stop();
		fs.writeFileSync(
			path.join(dataDir, 'postgres', 'postmaster.pid'),
			'999999\n/nowhere\n0\n5432\n'
		);
		const server = await startEmbeddedPostgres(dataDir);
		try {
			expect(await canQuery(server.url)).toBe(true);
		} finally {
			await server.stop();
		}
	});

	it('stops with a sentence naming HEARTH_DATA_DIR when the data folder is a file', async () => {
		const file = path.join(scratch, 'a-file');
		fs.writeFileSync(file, '');
		await expect(startEmbeddedPostgres(file)).rejects.toThrow(ConfigError);
		await expect(startEmbeddedPostgres(file)).rejects.toThrow(/^HEARTH_DATA_DIR/);
	});
});
