import { error } from '@sveltejs/kit';
import { isUuid } from '$lib/server/platform/ids';

export const ORGANISERS = ['organiser', 'coordinator'] as const;

export function petitionId(id: string): string {
	if (!isUuid(id)) error(404, 'errors.notFound');
	return id;
}
