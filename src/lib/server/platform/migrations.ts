import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type pg from 'pg';
import { log } from './logger';

export interface Migration {
	version: number;
	name: string;
	sql: string;
}

export class MigrationError extends Error {
	override name = 'MigrationError';
}

const FILE_NAME = /^(\d{4})_[a-z0-9_]+\.sql$/;

/** Builds the ordered list from file names and contents, refusing gaps and duplicates. */
export function migrationsFrom(files: Record<string, string>): Migration[] {
	const migrations = Object.entries(files).map(([file, sql]) => {
		const name = path.basename(file);
		const match = FILE_NAME.exec(name);
		if (!match) throw new MigrationError(`Migration file ${name} must be named NNNN_words.sql.`);
		return { version: Number(match[1]), name, sql };
	});
	migrations.sort((a, b) => a.version - b.version);
	migrations.forEach((migration, index) => {
		if (migration.version !== index + 1) {
			throw new MigrationError(
				`Migrations must be numbered 0001, 0002, … without gaps; ${migration.name} is out of place.`
			);
		}
	});
	return migrations;
}

/** Reads migrations/*.sql from a folder (for commands run outside the built server). */
export function readMigrationFolder(folder: string): Migration[] {
	const files: Record<string, string> = {};
	for (const name of fs.readdirSync(folder)) {
		if (name.endsWith('.sql')) files[name] = fs.readFileSync(path.join(folder, name), 'utf8');
	}
	return migrationsFrom(files);
}

const checksum = (sql: string) => createHash('sha256').update(sql).digest('hex');

/**
 * Applies pending migrations in order, each in its own transaction, under an advisory lock so
 * that several app servers starting at once apply each migration exactly once.
 */
export async function migrate(pool: pg.Pool, migrations: Migration[]): Promise<number> {
	const client = await pool.connect();
	let applied = 0;
	try {
		await client.query(`select pg_advisory_lock(hashtext('hearth.migrations'))`);
		await client.query(`create table if not exists schema_migrations (
			version integer primary key,
			name text not null,
			checksum text not null,
			applied_at timestamptz not null default now()
		)`);
		const done = await client.query<{ version: number; name: string; checksum: string }>(
			'select version, name, checksum from schema_migrations order by version'
		);
		const known = new Map(done.rows.map((row) => [row.version, row]));
		for (const migration of migrations) {
			const landed = known.get(migration.version);
			if (landed) {
				if (landed.checksum !== checksum(migration.sql)) {
					throw new MigrationError(
						`Migration ${migration.name} changed after it was applied; migrations are never edited, add a new one instead.`
					);
				}
				continue;
			}
			try {
				await client.query('begin');
				await client.query(migration.sql);
				await client.query(
					'insert into schema_migrations (version, name, checksum) values ($1, $2, $3)',
					[migration.version, migration.name, checksum(migration.sql)]
				);
				await client.query('commit');
			} catch (error) {
				await client.query('rollback');
				throw new MigrationError(
					`Migration ${migration.name} failed: ${(error as Error).message}. Nothing of it was applied.`
				);
			}
			applied++;
			log.info('database.migrated', { migration: migration.name });
		}
		const newest = migrations.at(-1)?.version ?? 0;
		const ahead = done.rows.filter((row) => row.version > newest);
		if (ahead.length > 0) {
			throw new MigrationError(
				`The database has migration ${ahead[0]?.name} that this version of Hearth does not know; run a newer Hearth.`
			);
		}
	} finally {
		await client.query(`select pg_advisory_unlock(hashtext('hearth.migrations'))`).catch(() => {});
		client.release();
	}
	return applied;
}
