import { exportTaxonomyTerm } from '$lib/server/directory/hsds-export';
import { getPlatform } from '$lib/server/platform/runtime';
import type { RequestHandler } from './$types';
import { respond } from '../../respond';

export const GET: RequestHandler = ({ params }) =>
	respond(() => exportTaxonomyTerm(getPlatform().db, params.id), 'No taxonomy term has that id.');
