import fs from 'node:fs';
import path from 'node:path';

export type DataClass = 'personal' | 'sensitive' | 'operational';

export interface DataMap {
	about: string;
	tables: Record<
		string,
		{ about: string; columns: Record<string, { class: DataClass; why: string; retention: string }> }
	>;
}

export function readDataMap(root: string): DataMap {
	return JSON.parse(fs.readFileSync(path.join(root, 'docs', 'data-map.json'), 'utf8')) as DataMap;
}

const cell = (text: string) => text.replaceAll('|', '\\|');

/** The data map as a page for people: docs/data-map.md is made from docs/data-map.json by this. */
export function renderDataMap(map: DataMap): string {
	const lines = ['# What Hearth keeps', '', map.about, ''];
	for (const [table, { about, columns }] of Object.entries(map.tables)) {
		lines.push(
			`## \`${table}\``,
			'',
			about,
			'',
			'| column | class | why | how long |',
			'| --- | --- | --- | --- |'
		);
		for (const [column, entry] of Object.entries(columns)) {
			lines.push(
				`| \`${column}\` | ${entry.class} | ${cell(entry.why)} | ${cell(entry.retention)} |`
			);
		}
		lines.push('');
	}
	return lines.join('\n');
}
