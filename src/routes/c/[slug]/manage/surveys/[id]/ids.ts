import { error } from '@sveltejs/kit';
import { isUuid } from '$lib/server/platform/ids';

/** An identifier from the address, or a 404 before any query when it cannot be one. */
export function idFrom(text: string): string {
	if (!isUuid(text)) error(404, 'errors.notFound');
	return text;
}
