import type { Kysely } from 'kysely';
import type pg from 'pg';
import type { Runner } from 'graphile-worker';
import type { Database } from '../schema';
import { ConfigError, type Config } from './config';
import { loadSecretKey } from './crypto';
import { createDatabase, createPool } from './database';
import { startEmbeddedPostgres, type EmbeddedServer } from './embedded-postgres';
import { migrateJobs, startJobRunner, type TaskList } from './jobs';
import { log } from './logger';
import { migrate, type Migration } from './migrations';

export interface Platform {
	config: Config;
	pool: pg.Pool;
	db: Kysely<Database>;
	secretKey: Buffer;
	/** Hearth's clock: the real time, or time running on from HEARTH_CLOCK_START. */
	now(): Date;
	stop(): Promise<void>;
}

export interface PlatformOptions {
	config: Config;
	migrations: Migration[];
	/** Jobs this process runs; leave out to run none (a web process beside a separate worker). */
	jobs?: { tasks: (db: Kysely<Database>) => TaskList; crontab: string };
}

function describeTarget(url: string): string {
	try {
		const parsed = new URL(url);
		return `${parsed.hostname}:${parsed.port || 5432}${parsed.pathname}`;
	} catch {
		return 'the server';
	}
}

/**
 * Brings up what every Hearth process needs: the database (embedded unless DATABASE_URL is set),
 * its migrations, and, when asked, the job runner. `stop` undoes it in reverse order.
 */
export async function startPlatform(options: PlatformOptions): Promise<Platform> {
	const { config } = options;
	let embedded: EmbeddedServer | undefined;
	if (!config.databaseUrl) embedded = await startEmbeddedPostgres(config.dataDir);
	const url = config.databaseUrl ?? (embedded as EmbeddedServer).url;
	const pool = createPool(url);
	const db = createDatabase<Database>(pool);
	let runner: Runner | undefined;
	try {
		try {
			const client = await pool.connect();
			client.release();
		} catch (error) {
			const code = (error as { code?: string }).code ?? (error as Error).message;
			throw new ConfigError(
				`DATABASE_URL could not be reached: ${describeTarget(url)} answered ${code}.`
			);
		}
		await migrate(pool, options.migrations);
		await migrateJobs(pool);
		if (options.jobs) {
			runner = await startJobRunner(pool, options.jobs.tasks(db), {
				crontab: options.jobs.crontab
			});
		}
	} catch (error) {
		await pool.end().catch(() => {});
		await embedded?.stop();
		throw error;
	}
	const secretKey = loadSecretKey(config.secretKey, config.dataDir);
	if (config.databaseUrl && !config.secretKey) {
		log.warn('config.secret_key_local', {
			hint: 'Set HEARTH_SECRET_KEY when several app servers share one database.'
		});
	}
	const offset = config.clockStart ? config.clockStart.getTime() - Date.now() : 0;
	if (config.clockStart)
		log.warn('config.clock_start', { startsAt: config.clockStart.toISOString() });
	let stopping: Promise<void> | undefined;
	return {
		config,
		pool,
		db,
		secretKey,
		now: () => new Date(Date.now() + offset),
		stop() {
			stopping ??= (async () => {
				await runner?.stop();
				await db.destroy();
				// Kysely leaves a pool it was given open; close its connections before the server stops.
				if (!pool.ended) await pool.end();
				await embedded?.stop();
			})();
			return stopping;
		}
	};
}

const GLOBAL_KEY = Symbol.for('hearth.platform');
type Holder = { [GLOBAL_KEY]?: Platform };

/**
 * The running platform of this process. Kept on globalThis so that `vite dev`, which reloads
 * the server hooks on change, reuses the database server instead of starting a second one.
 */
export function getPlatform(): Platform {
	const platform = (globalThis as Holder)[GLOBAL_KEY];
	if (!platform) throw new Error('The platform has not started');
	return platform;
}

export function hasPlatform(): boolean {
	return (globalThis as Holder)[GLOBAL_KEY] !== undefined;
}

export function setPlatform(platform: Platform | undefined): void {
	(globalThis as Holder)[GLOBAL_KEY] = platform;
}
