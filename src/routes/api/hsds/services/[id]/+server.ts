import { exportService } from '$lib/server/directory/hsds-export';
import { getPlatform } from '$lib/server/platform/runtime';
import type { RequestHandler } from './$types';
import { respond } from '../../respond';

export const GET: RequestHandler = ({ params }) =>
	respond(() => exportService(getPlatform().db, params.id), 'No public service has that id.');
