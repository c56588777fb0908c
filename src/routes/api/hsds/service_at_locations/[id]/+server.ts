import { exportServiceAtLocation } from '$lib/server/directory/hsds-export';
import { getPlatform } from '$lib/server/platform/runtime';
import type { RequestHandler } from './$types';
import { respond } from '../../respond';

export const GET: RequestHandler = ({ params }) =>
	respond(
		() => exportServiceAtLocation(getPlatform().db, params.id),
		'No place where a public service is given has that id.'
	);
