import { json } from '@sveltejs/kit';
import { sql } from 'kysely';
import { getPlatform, hasPlatform } from '$lib/server/platform/runtime';

/** The database answers: this process can serve pages. */
export const GET = async () => {
	try {
		if (!hasPlatform()) throw new Error('not started');
		await sql`select 1`.execute(getPlatform().db);
		return json({ status: 'ready' });
	} catch {
		return json({ status: 'unavailable' }, { status: 503 });
	}
};
