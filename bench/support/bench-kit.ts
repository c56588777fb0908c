// What the benchmarks share: the PostgreSQL server they run on, a seeded generator so every run
// measures the same data, the median/p95 summary they print, the progress trail on stderr, and a
// Hearth platform on a database made for the run and dropped after it.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type pg from 'pg';
import { loadConfig } from '../../src/lib/server/platform/config';
import { readMigrationFolder } from '../../src/lib/server/platform/migrations';
import { startPlatform, type Platform } from '../../src/lib/server/platform/runtime';
// The integration tests make their databases the same way; one copy of it serves both.
import { databaseUrl, withAdmin as withAdminAt } from '../../tests/support/test-databases';

/** The server whose maintenance database the benchmarks connect to, to make their own. */
export const ADMIN_URL =
	process.env.BENCH_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';

const migrationsFolder = path.resolve(import.meta.dirname, '..', '..', 'migrations');

/** One connection to ADMIN_URL for `work`, closed afterwards whatever happens. */
export function withAdmin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
	return withAdminAt(ADMIN_URL, work);
}

/** The connection string of database `name` on ADMIN_URL's server. */
export function benchDatabaseUrl(name: string): string {
	return databaseUrl(ADMIN_URL, name);
}

/** Runs one statement on ADMIN_URL, such as `create database`. */
export async function admin(query: string): Promise<void> {
	await withAdmin((client) => client.query(query));
}

/** A small seeded generator (mulberry32), so every run seeds and measures the same data. */
export function seededRandom(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** The value at fraction `q` of an ascending list (0 when it is empty). */
function quantile(sorted: number[], q: number): number {
	return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
}

/** "median 1.23 ms, p95 4.56 ms" for a list of times in milliseconds, in any order. */
export function summarise(times: number[]): string {
	const sorted = [...times].sort((a, b) => a - b);
	const ms = (value: number) => value.toFixed(2);
	return `median ${ms(quantile(sorted, 0.5))} ms, p95 ${ms(quantile(sorted, 0.95))} ms`;
}

const began = performance.now();

/** A line on stderr with the seconds since the start, so the figures on stdout stay clean. */
export function progress(line: string): void {
	const elapsed = ((performance.now() - began) / 1000).toFixed(1).padStart(5);
	process.stderr.write(`${elapsed} s  ${line}\n`);
}

/** The database a benchmark makes for its run; the process id keeps parallel runs apart. */
export function benchDatabaseName(label: string): string {
	return `hearth_bench_${label}_${process.pid}`;
}

/**
 * Makes a database for the run on ADMIN_URL's server, starts Hearth on it with every migration,
 * runs `work`, then stops Hearth, drops the database and removes the data folder, even when the
 * work fails. The URL passed to `work` is that database's.
 */
export async function withBenchPlatform<T>(
	label: string,
	work: (platform: Platform, database: URL) => Promise<T>
): Promise<T> {
	const name = benchDatabaseName(label);
	const database = new URL(benchDatabaseUrl(name));
	// Made before the try: a database that could not be made is not ours to drop.
	await admin(`create database "${name}"`);
	const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `hearth-bench-${label}-`));
	let platform: Platform | undefined;
	try {
		platform = await startPlatform({
			config: loadConfig({
				DATABASE_URL: database.toString(),
				HEARTH_DATA_DIR: dataDir,
				// A key of its own, so no key file is written and no warning printed.
				HEARTH_SECRET_KEY: randomBytes(32).toString('base64'),
				LOG_LEVEL: 'warn'
			}),
			migrations: readMigrationFolder(migrationsFolder)
		});
		return await work(platform, database);
	} finally {
		await platform?.stop();
		// With force: a connection left open by a failed run must not keep the database.
		await admin(`drop database if exists "${name}" with (force)`);
		fs.rmSync(dataDir, { recursive: true, force: true });
	}
}
