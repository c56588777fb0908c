import { Logger, run, runMigrations, type Runner, type TaskList } from 'graphile-worker';
import { sql } from 'kysely';
import type pg from 'pg';
import type { Db } from '../schema';
import { log } from './logger';

export type { TaskList };

// graphile-worker's own log lines go through Hearth's JSON logger.
const workerLogger = new Logger(() => (level, message) => {
	if (level === 'error') log.error('jobs.worker', { message });
	else if (level === 'warning') log.warn('jobs.worker', { message });
	else log.debug('jobs.worker', { message });
});

/** Creates or updates graphile-worker's own schema. */
export async function migrateJobs(pool: pg.Pool): Promise<void> {
	await runMigrations({ pgPool: pool, logger: workerLogger });
}

export interface JobRunnerOptions {
	crontab?: string;
	concurrency?: number;
	pollInterval?: number;
}

/** Starts a job runner on the pool; stop it before ending the pool. */
export async function startJobRunner(
	pool: pg.Pool,
	taskList: TaskList,
	options: JobRunnerOptions = {}
): Promise<Runner> {
	return run({
		pgPool: pool,
		taskList,
		crontab: options.crontab ?? '',
		concurrency: options.concurrency ?? 2,
		pollInterval: options.pollInterval ?? 2000,
		noHandleSignals: true,
		logger: workerLogger
	});
}

/**
 * Queues a job in the caller's transaction: if the change that causes it rolls back, so does
 * the job. `key` makes a job unique while it waits, so a retried request cannot queue it twice.
 * Jobs of one `queueName` run one at a time, whichever process runs them.
 */
export async function addJob(
	db: Db,
	task: string,
	payload: Record<string, unknown>,
	options: { key?: string; runAt?: Date; maxAttempts?: number; queueName?: string } = {}
): Promise<void> {
	await sql`select graphile_worker.add_job(
		${task},
		${JSON.stringify(payload)}::json,
		queue_name => ${options.queueName ?? null}::text,
		job_key => ${options.key ?? null}::text,
		run_at => ${options.runAt ?? null}::timestamptz,
		max_attempts => ${options.maxAttempts ?? 10}::int
	)`.execute(db);
}
