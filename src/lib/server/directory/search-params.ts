import { z } from 'zod';
import { isCategoryCode } from './categories';
import type { SearchFilters } from './search';

const ticked = z.preprocess((value) => value === '1' || value === 'on', z.boolean());

const schema = z.object({
	q: z.string().catch(''),
	open: z.enum(['now', 'tonight', 'any']).catch('any'),
	free: ticked,
	noId: ticked,
	walkIn: ticked,
	language: z
		.string()
		.regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/)
		.nullable()
		.catch(null),
	category: z.string().refine(isCategoryCode).nullable().catch(null),
	page: z.coerce.number().int().min(1).max(10_000).catch(1)
});

/**
 * Reads the finding-help page's address. Nothing here can fail: a filter that makes no sense is
 * left off, so a shared or mistyped link still shows results. Only the words can be refused.
 */
export function searchFiltersFrom(params: URLSearchParams): SearchFilters {
	const read = (name: string) => params.get(name) ?? undefined;
	const value = schema.parse({
		q: read('q'),
		open: read('open'),
		free: read('free'),
		noId: read('noId'),
		walkIn: read('walkIn'),
		language: read('language') || null,
		category: read('category') || null,
		page: read('page')
	});
	return {
		text: value.q,
		openNow: value.open === 'now',
		openTonight: value.open === 'tonight',
		free: value.free,
		noIdAsked: value.noId,
		walkIn: value.walkIn,
		language: value.language,
		category: value.category as SearchFilters['category'],
		page: value.page
	};
}
