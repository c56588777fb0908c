import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeEachDatabase } from '../../../../tests/support/database';
import { createPool } from './database';
import { migrate, migrationsFrom, MigrationError, readMigrationFolder } from './migrations';

const folder = path.resolve(import.meta.dirname, '../../../../migrations');

describe('migration files', () => {
	it('are numbered from 0001 without gaps', () => {
		const migrations = readMigrationFolder(folder);
		expect(migrations.map((m) => m.version)).toEqual(migrations.map((_, i) => i + 1));
	});

	it('refuse gaps, duplicates and badly named files', () => {
		expect(() => migrationsFrom({ '0001_a.sql': '', '0003_c.sql': '' })).toThrow(MigrationError);
		expect(() => migrationsFrom({ '0001_a.sql': '', '0001_b.sql': '' })).toThrow(MigrationError);
		expect(() => migrationsFrom({ 'first.sql': '' })).toThrow(MigrationError);
	});
});

describeEachDatabase('migrations', (database) => {
	it('are recorded once and applying them again changes nothing', async () => {
		const { pool } = database();
		const recorded = await pool.query(
			'select version, name from schema_migrations order by version'
		);
		expect(recorded.rows.map((row) => row.name)).toEqual(
			readMigrationFolder(folder).map((m) => m.name)
		);
		expect(await migrate(pool, readMigrationFolder(folder))).toBe(0);
	});

	it('refuse to run when a landed migration was edited', async () => {
		const { pool } = database();
		const edited = readMigrationFolder(folder).map((m, i) =>
			i === 0 ? { ...m, sql: m.sql + '\n-- changed' } : m
		);
		await expect(migrate(pool, edited)).rejects.toThrow(/changed after it was applied/);
	});

	it('roll back a failing migration whole and say which one failed', async () => {
		const { pool } = database();
		const broken = [
			...readMigrationFolder(folder),
			{
				version: 99,
				name: '0099_broken.sql',
				sql: 'create table half_made (id int); select * from no_such_table;'
			}
		];
		await expect(migrate(pool, broken)).rejects.toThrow(/0099_broken\.sql failed/);
		const table = await pool.query(`select to_regclass('half_made') as found`);
		expect(table.rows[0].found).toBeNull();
	});

	it('apply once when several servers start together', async () => {
		const { url } = database();
		const pools = [createPool(url, 1), createPool(url, 1), createPool(url, 1)];
		try {
			const extra = [
				...readMigrationFolder(folder),
				{ version: 98, name: '0098_counter.sql', sql: 'create table started_together (id int);' }
			];
			const applied = await Promise.all(pools.map((pool) => migrate(pool, extra)));
			expect(applied.reduce((a, b) => a + b, 0)).toBe(1);
		} finally {
			await Promise.all(pools.map((pool) => pool.end()));
		}
	});

	it('give every centre-owned table centre_id in its primary key and row-level security', async () => {
		const { pool } = database();
		const { rows } = await pool.query<{ table_name: string; pk: string[]; rls: boolean }>(`
			select c.relname as table_name,
			       array(select a.attname from unnest(i.indkey) k join pg_attribute a on a.attrelid = c.oid and a.attnum = k)::text[] as pk,
			       c.relrowsecurity as rls
			from pg_class c
			join pg_namespace n on n.oid = c.relnamespace and n.nspname = 'public'
			join pg_index i on i.indrelid = c.oid and i.indisprimary
			where c.relkind = 'r'
			  and exists (select 1 from pg_attribute a where a.attrelid = c.oid and a.attname = 'centre_id')`);
		const centreOwned = rows.filter((row) => row.table_name !== 'audit_events');
		expect(centreOwned.length).toBeGreaterThan(5);
		for (const row of centreOwned) {
			expect(row.pk[0], row.table_name).toBe('centre_id');
			expect(row.rls, row.table_name).toBe(true);
		}
	});
});
