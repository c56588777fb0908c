import { error } from '@sveltejs/kit';
import { isUuid } from '$lib/server/platform/ids';

/** The member whose plan is asked for, from the address; anything but an id is not found. */
export function memberId(param: string): string {
	if (!isUuid(param)) error(404, 'errors.notFound');
	return param;
}
