import { exportTaxonomy } from '$lib/server/directory/hsds-export';
import type { RequestHandler } from './$types';
import { respond } from '../../respond';

export const GET: RequestHandler = ({ params }) =>
	respond(() => exportTaxonomy(params.id), 'No taxonomy has that id.');
