import { error } from '@sveltejs/kit';
import { adviserPhoto } from '$lib/server/support/advisers';
import { expose, requireActor, requireCentre } from '$lib/server/http';
import { isUuid } from '$lib/server/platform/ids';
import { getPlatform } from '$lib/server/platform/runtime';
import type { RequestHandler } from './$types';

/** An adviser's photo, for people of the centre only, with the type its bytes showed. */
export const GET: RequestHandler = async (event) => {
	const actor = requireActor(event, 'member', 'adviser', 'organiser', 'coordinator');
	const centre = requireCentre(event);
	if (!isUuid(event.params.id)) error(404, 'errors.notFound');
	const photo = await expose(adviserPhoto(getPlatform().db, actor, centre.id, event.params.id));
	if (!photo) error(404, 'errors.notFound');
	return new Response(new Uint8Array(photo.bytes), {
		headers: {
			'content-type': photo.type,
			'content-length': String(photo.bytes.length),
			'cache-control': 'private, max-age=300',
			'x-content-type-options': 'nosniff'
		}
	});
};
