import document from '../../../../docs/openapi.json?raw';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = () =>
	new Response(document, {
		headers: {
			'content-type': 'application/json',
			'access-control-allow-origin': '*',
			'cache-control': 'public, max-age=300'
		}
	});
