import { exportOrganization } from '$lib/server/directory/hsds-export';
import { getPlatform } from '$lib/server/platform/runtime';
import type { RequestHandler } from './$types';
import { respond } from '../../respond';

export const GET: RequestHandler = ({ params }) =>
	respond(
		() => exportOrganization(getPlatform().db, params.id),
		'No organisation with a public service has that id.'
	);
