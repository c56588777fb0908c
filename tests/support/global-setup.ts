import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { createPool } from '../../src/lib/server/platform/database';
import {
	startEmbeddedPostgres,
	type EmbeddedServer
} from '../../src/lib/server/platform/embedded-postgres';
import { migrateJobs } from '../../src/lib/server/platform/jobs';
import { setLogLevel } from '../../src/lib/server/platform/logger';
import { migrate, readMigrationFolder } from '../../src/lib/server/platform/migrations';
import { databaseUrl, withAdmin, type TestServer } from './test-databases';

declare module 'vitest' {
	export interface ProvidedContext {
		testServers: TestServer[];
	}
}

const root = path.resolve(import.meta.dirname, '../..');

/** Creates a migrated template database on a server; test files clone it. */
async function prepareTemplate(name: string, adminUrl: string): Promise<TestServer> {
	const template = `hearth_template_${process.pid}`;
	await withAdmin(adminUrl, async (client) => {
		await client.query(`drop database if exists "${template}" with (force)`);
		await client.query(`create database "${template}"`);
	});
	const pool = createPool(databaseUrl(adminUrl, template), 2);
	try {
		await migrate(pool, readMigrationFolder(path.join(root, 'migrations')));
		await migrateJobs(pool);
	} finally {
		await pool.end();
	}
	return { name, adminUrl, template };
}

async function dropTemplates(servers: TestServer[]): Promise<void> {
	for (const server of servers) {
		await withAdmin(server.adminUrl, async (client) => {
			const { rows } = await client.query<{ datname: string }>(
				`select datname from pg_database where datname = $1 or datname like 'hearth\\_test\\_%'`,
				[server.template]
			);
			for (const row of rows)
				await client.query(`drop database if exists "${row.datname}" with (force)`);
		}).catch(() => {});
	}
}

const dataDir = path.join(root, '.test-data', `run-${process.pid}`);

function newestChange(paths: string[]): number {
	let newest = 0;
	for (const entry of paths) {
		const stat = fs.statSync(entry);
		if (stat.isDirectory()) {
			newest = Math.max(
				newest,
				newestChange(fs.readdirSync(entry).map((name) => path.join(entry, name)))
			);
		} else newest = Math.max(newest, stat.mtimeMs);
	}
	return newest;
}

/**
 * Browser journeys drive the built server, as a centre would run it. The build is made again
 * only when a source is newer than it, and under a lock, so concurrent runs never write it at once.
 */
async function buildIfStale(): Promise<void> {
	const lock = path.join(root, '.test-data', 'build.lock');
	fs.mkdirSync(path.dirname(lock), { recursive: true });
	for (;;) {
		try {
			fs.writeFileSync(lock, String(process.pid), { flag: 'wx' });
			break;
		} catch {
			const holder = Number(fs.readFileSync(lock, 'utf8'));
			let alive = false;
			try {
				process.kill(holder, 0);
				alive = true;
			} catch {
				alive = false;
			}
			if (!alive) fs.rmSync(lock, { force: true });
			else await new Promise((resolve) => setTimeout(resolve, 500));
		}
	}
	try {
		const output = path.join(root, 'build', 'handler.js');
		const sources = [
			'src',
			'migrations',
			'static',
			'svelte.config.js',
			'vite.config.ts',
			'package.json'
		];
		const builtAt = fs.existsSync(output) ? fs.statSync(output).mtimeMs : 0;
		if (newestChange(sources.map((entry) => path.join(root, entry))) < builtAt) return;
		const built = spawnSync(
			process.execPath,
			[path.join(root, 'node_modules/vite/bin/vite.js'), 'build'],
			{
				cwd: root,
				encoding: 'utf8'
			}
		);
		if (built.status !== 0) throw new Error(`The build for browser tests failed:\n${built.stderr}`);
	} finally {
		fs.rmSync(lock, { force: true });
	}
}

interface Shared {
	servers: Promise<TestServer[]>;
	users: number;
	stop(): Promise<void>;
}

const SHARED = Symbol.for('hearth.test-servers');
type Holder = { [SHARED]?: Shared };

/** Starts the test servers and builds Hearth once, however many projects ask. */
function shared(): Shared {
	const holder = globalThis as Holder;
	if (holder[SHARED]) return holder[SHARED];
	let embedded: EmbeddedServer | undefined;
	let prepared: TestServer[] = [];
	const servers = (async () => {
		setLogLevel('warn');
		// Each run has its own server, so that several runs on one machine never share one.
		embedded = await startEmbeddedPostgres(dataDir, 'the test data folder');
		prepared = [await prepareTemplate('embedded', databaseUrl(embedded.url, 'postgres'))];
		const external = process.env.TEST_DATABASE_URL;
		if (external) prepared.push(await prepareTemplate('TEST_DATABASE_URL', external));
		await buildIfStale();
		return prepared;
	})();
	holder[SHARED] = {
		servers,
		users: 0,
		async stop() {
			await dropTemplates(prepared);
			await embedded?.stop();
			fs.rmSync(dataDir, { recursive: true, force: true });
			holder[SHARED] = undefined;
		}
	};
	return holder[SHARED];
}

export default async function setup(project: TestProject) {
	const state = shared();
	state.users++;
	project.provide('testServers', await state.servers);
	return async () => {
		state.users--;
		if (state.users === 0) await state.stop();
	};
}
