import { listTaxonomyTerms, parseListQuery } from '$lib/server/directory/hsds-export';
import { getPlatform } from '$lib/server/platform/runtime';
import type { RequestHandler } from './$types';
import { respond } from '../respond';

export const GET: RequestHandler = ({ url }) =>
	respond(() => listTaxonomyTerms(getPlatform().db, parseListQuery(url.searchParams)));
