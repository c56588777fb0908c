import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { describeEachDatabase } from '../../../../tests/support/database';
import { readDataMap, renderDataMap } from './data-map';

const root = path.resolve(import.meta.dirname, '../../../..');

describeEachDatabase('data map', (database) => {
	it('describes every column of every table, and nothing that is not there', async () => {
		const { pool } = database();
		const { rows } = await pool.query<{ table_name: string; column_name: string }>(
			`select table_name, column_name from information_schema.columns
			 where table_schema = 'public' order by table_name, ordinal_position`
		);
		const inDatabase = rows.map((row) => `${row.table_name}.${row.column_name}`).sort();
		const map = readDataMap(root);
		const inMap = Object.entries(map.tables)
			.flatMap(([table, { columns }]) => Object.keys(columns).map((column) => `${table}.${column}`))
			.sort();
		expect(
			inDatabase.filter((column) => !inMap.includes(column)),
			'columns missing from docs/data-map.json'
		).toEqual([]);
		expect(
			inMap.filter((column) => !inDatabase.includes(column)),
			'columns in the map but not the database'
		).toEqual([]);
		for (const { columns } of Object.values(map.tables)) {
			for (const entry of Object.values(columns)) {
				expect(['personal', 'sensitive', 'operational']).toContain(entry.class);
				expect(entry.why.length).toBeGreaterThan(3);
				expect(entry.retention.length).toBeGreaterThan(3);
			}
		}
	});
});

it('is rendered for people in docs/data-map.md (npm run data-map)', () => {
	const rendered = fs.readFileSync(path.join(root, 'docs', 'data-map.md'), 'utf8');
	expect(rendered).toBe(renderDataMap(readDataMap(root)));
});
