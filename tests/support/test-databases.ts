import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** A PostgreSQL server the integration tests run against, with a migrated template database. */
export interface TestServer {
	name: string;
	/** Connection string to the server's maintenance database. */
	adminUrl: string;
	template: string;
}

export function databaseUrl(adminUrl: string, database: string): string {
	const url = new URL(adminUrl);
	url.pathname = `/${database}`;
	return url.toString();
}

export async function withAdmin<T>(
	adminUrl: string,
	work: (client: pg.Client) => Promise<T>
): Promise<T> {
	const client = new pg.Client({ connectionString: adminUrl });
	await client.connect();
	try {
		return await work(client);
	} finally {
		await client.end();
	}
}

/** A fresh database cloned from the server's migrated template: one per test file. */
export async function cloneTemplate(server: TestServer): Promise<{ name: string; url: string }> {
	const name = `hearth_test_${randomBytes(6).toString('hex')}`;
	await withAdmin(server.adminUrl, (client) =>
		client.query(`create database "${name}" template "${server.template}"`)
	);
	return { name, url: databaseUrl(server.adminUrl, name) };
}

export async function dropDatabase(server: TestServer, name: string): Promise<void> {
	await withAdmin(server.adminUrl, (client) =>
		client.query(`drop database if exists "${name}" with (force)`)
	);
}
