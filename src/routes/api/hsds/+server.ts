import { hsdsRoot } from '$lib/server/directory/hsds-export';
import type { RequestHandler } from './$types';
import { respond } from './respond';

// The openapi names the root "/", so /api/hsds/ answers as well as /api/hsds.
export const trailingSlash = 'ignore';

export const GET: RequestHandler = () => respond(hsdsRoot);
