import { json } from '@sveltejs/kit';
import { HsdsRequestError } from '$lib/server/directory/hsds-export';

/** Public data that changes rarely: another directory may keep a copy for a minute. */
const cached = { 'cache-control': 'public, max-age=60' };

/**
 * Answers an HSDS request: the document, a 404 when there is none, or a 400 naming what was
 * wrong with the request. Every answer is JSON, never an HTML error page.
 */
export async function respond(
	work: () => Promise<unknown> | unknown,
	missing = 'There is nothing public with that id.'
): Promise<Response> {
	try {
		const body = await work();
		if (body === null) return json({ error: missing }, { status: 404 });
		return json(body, { headers: cached });
	} catch (thrown) {
		if (thrown instanceof HsdsRequestError) {
			return json({ error: thrown.message }, { status: 400 });
		}
		throw thrown;
	}
}
