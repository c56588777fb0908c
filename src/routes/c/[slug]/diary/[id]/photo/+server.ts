import { error } from '@sveltejs/kit';
import { shiftPhoto } from '$lib/server/casework/diary';
import { expose, requireActor } from '$lib/server/http';
import { isUuid } from '$lib/server/platform/ids';
import { getPlatform } from '$lib/server/platform/runtime';
import type { RequestHandler } from './$types';

/** The photo of a rota or payslip kept with a shift: only for the member whose diary it is. */
export const GET: RequestHandler = async (event) => {
	const actor = requireActor(event, 'member');
	if (!isUuid(event.params.id)) error(404, 'errors.notFound');
	const photo = await expose(shiftPhoto(getPlatform().db, actor, event.params.id));
	if (!photo) error(404, 'errors.notFound');
	return new Response(new Uint8Array(photo.bytes), {
		headers: {
			'content-type': photo.type,
			'content-length': String(photo.bytes.length),
			'content-disposition': 'inline',
			'cache-control': 'private, no-store',
			'x-content-type-options': 'nosniff'
		}
	});
};
