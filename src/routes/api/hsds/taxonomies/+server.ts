import { listTaxonomies, parseListQuery } from '$lib/server/directory/hsds-export';
import type { RequestHandler } from './$types';
import { respond } from '../respond';

export const GET: RequestHandler = ({ url }) =>
	respond(() => listTaxonomies(parseListQuery(url.searchParams)));
