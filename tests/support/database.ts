import { afterAll, beforeAll, describe, inject } from 'vitest';
import type { Kysely } from 'kysely';
import type pg from 'pg';
import { createDatabase, createPool } from '../../src/lib/server/platform/database';
import type { Database } from '../../src/lib/server/schema';
import { cloneTemplate, dropDatabase, type TestServer } from './test-databases';

export interface TestDatabase {
	server: TestServer;
	url: string;
	pool: pg.Pool;
	db: Kysely<Database>;
}

/**
 * Runs the same tests once on each server: the embedded PostgreSQL always, and the server in
 * TEST_DATABASE_URL when it is set. Each file gets its own database cloned from the template.
 */
export function describeEachDatabase(
	title: string,
	body: (database: () => TestDatabase) => void
): void {
	for (const server of inject('testServers')) {
		describe(`${title} [${server.name}]`, () => {
			let current: TestDatabase | undefined;
			let name = '';
			beforeAll(async () => {
				const clone = await cloneTemplate(server);
				name = clone.name;
				const pool = createPool(clone.url, 5);
				current = { server, url: clone.url, pool, db: createDatabase<Database>(pool) };
			});
			afterAll(async () => {
				await current?.db.destroy();
				if (name) await dropDatabase(server, name);
			});
			body(() => {
				if (!current) throw new Error('The test database is not ready');
				return current;
			});
		});
	}
}
