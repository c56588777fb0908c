import { error } from '@sveltejs/kit';
import { isUuid } from '$lib/server/platform/ids';

/** The page asked for in `?page=`; anything odd is the first page. */
export function pageNumber(url: URL): number {
	const requested = Number(url.searchParams.get('page') ?? '1');
	return Number.isInteger(requested) && requested > 0 && requested < 100_000 ? requested : 1;
}

/** An identifier from the address; anything else is a page that is not there. */
export function idFrom(text: string): string {
	if (!isUuid(text)) error(404, 'errors.notFound');
	return text;
}

export const ANY_ROLE = ['member', 'adviser', 'organiser', 'coordinator'] as const;
