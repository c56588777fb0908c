import pg from 'pg';
import { en, type MessageKey } from '../../src/lib/i18n/messages/en';
import { decodeHtml } from './http-client';

/** An English message as a page shows it (a message without plural forms). */
export function message(key: MessageKey): string {
	const text = en[key];
	if (typeof text !== 'string') throw new Error(`${key} is a plural message`);
	return text;
}

export function title(html: string): string {
	return decodeHtml(/<title>([\s\S]*?)<\/title>/.exec(html)?.[1] ?? '');
}

/** A page's text as a person reads it: tags gone, spaces folded. */
export function words(html: string): string {
	return decodeHtml(html.replace(/<[^>]*>/g, ' ')).replace(/\s+/g, ' ');
}

/** Rows from a running Hearth's database, for a test to see what a page did. */
export async function queryRows<T>(
	databaseUrl: string,
	text: string,
	values: unknown[] = []
): Promise<T[]> {
	const client = new pg.Client({ connectionString: databaseUrl });
	await client.connect();
	try {
		return (await client.query(text, values)).rows as T[];
	} finally {
		await client.end();
	}
}
