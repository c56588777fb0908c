import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';

// A program calling a path the API does not have gets JSON too, not the site's error page.
export const GET: RequestHandler = () =>
	json(
		{
			error:
				'This API has no such path: it serves /services, /organizations, /service_at_locations, /taxonomies and /taxonomy_terms.'
		},
		{ status: 404 }
	);
