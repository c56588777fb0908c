import { Kysely, PostgresDialect, sql, type Transaction } from 'kysely';
import pg from 'pg';
import { log } from './logger';

// Dates come back as Date, and bigint counts as numbers small enough for JavaScript.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));
// A calendar date has no time zone: keep it as 'YYYY-MM-DD' text rather than a Date at midnight UTC.
pg.types.setTypeParser(pg.types.builtins.DATE, (value) => value);

export function createPool(connectionString: string, max = 10): pg.Pool {
	const pool = new pg.Pool({ connectionString, max, idleTimeoutMillis: 30_000 });
	// A server restart or a dropped connection must not crash the process.
	const warn = (error: Error) =>
		log.warn('database.connection_error', { code: (error as { code?: string }).code });
	pool.on('error', warn);
	pool.on('connect', (client) => client.on('error', warn));
	return pool;
}

export function createDatabase<DB>(pool: pg.Pool): Kysely<DB> {
	return new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
}

/** Which centre each open transaction is scoped to, so that nested calls cost nothing. */
const scopes = new WeakMap<object, string>();

/**
 * Runs `work` in a transaction scoped to one centre: the transaction takes on the hearth_app
 * role and the centre's id, so row-level security refuses any row of another centre even if a
 * service forgot to filter by it. Inside a transaction already open, the scope lasts for `work`
 * only and the outer transaction's role and centre come back afterwards.
 */
export async function inCentre<DB, T>(
	db: Kysely<DB> | Transaction<DB>,
	centreId: string,
	work: (trx: Transaction<DB>) => Promise<T>
): Promise<T> {
	const enter = async (trx: Transaction<DB>) => {
		await sql`select set_config('role', 'hearth_app', true), set_config('hearth.centre_id', ${centreId}, true)`.execute(
			trx
		);
		scopes.set(trx, centreId);
	};
	if (!db.isTransaction) {
		return db.transaction().execute(async (trx) => {
			await enter(trx);
			return work(trx);
		});
	}
	const trx = db as Transaction<DB>;
	// Already scoped to this centre: nothing to set or restore.
	if (scopes.get(trx) === centreId) return work(trx);
	const { rows } = await sql<{
		centre: string | null;
	}>`select current_setting('hearth.centre_id', true) as centre`.execute(trx);
	const previousScope = scopes.get(trx);
	const previousRole = await sql<{ role: string }>`select current_setting('role') as role`.execute(
		trx
	);
	await enter(trx);
	const result = await work(trx);
	await sql`select set_config('role', ${previousRole.rows[0]?.role ?? 'none'}, true), set_config('hearth.centre_id', ${rows[0]?.centre ?? ''}, true)`.execute(
		trx
	);
	if (previousScope) scopes.set(trx, previousScope);
	else scopes.delete(trx);
	return result;
}
