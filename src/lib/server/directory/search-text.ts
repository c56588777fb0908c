import { sql } from 'kysely';
import { locales } from '../../i18n/locales';
import { catalogues } from '../../i18n/translate';
import type { Db } from '../schema';

/**
 * Rewrites the text a service is found by: its names and descriptions in every language it has,
 * its organisation, and the names of its categories in every language Hearth speaks, so a search
 * in Spanish finds a service described only in English by its category. Folding (lower case, no
 * accents) happens in PostgreSQL with unaccent, the same fold the search applies to the query.
 * Call it inside the transaction that changed the services.
 */
export async function refreshSearchText(
	trx: Db,
	centreId: string,
	serviceIds: readonly string[]
): Promise<void> {
	if (serviceIds.length === 0) return;
	const [services, texts, categories] = await Promise.all([
		trx
			.selectFrom('services')
			.leftJoin('organizations', (join) =>
				join
					.onRef('organizations.centre_id', '=', 'services.centre_id')
					.onRef('organizations.id', '=', 'services.organization_id')
			)
			.select([
				'services.id',
				'services.name',
				'services.description',
				'services.eligibility',
				'organizations.name as organization'
			])
			.where('services.centre_id', '=', centreId)
			.where('services.id', 'in', serviceIds)
			.execute(),
		trx
			.selectFrom('service_texts')
			.select(['service_id', 'name', 'description'])
			.where('centre_id', '=', centreId)
			.where('service_id', 'in', serviceIds)
			.execute(),
		trx
			.selectFrom('service_categories')
			.innerJoin('taxonomy_terms', 'taxonomy_terms.id', 'service_categories.term_id')
			.select(['service_categories.service_id', 'taxonomy_terms.code'])
			.where('service_categories.centre_id', '=', centreId)
			.where('service_categories.service_id', 'in', serviceIds)
			.execute()
	]);
	for (const service of services) {
		const parts = [service.name, service.description, service.eligibility, service.organization];
		for (const text of texts) {
			if (text.service_id === service.id) parts.push(text.name, text.description);
		}
		for (const category of categories) {
			if (category.service_id !== service.id) continue;
			for (const locale of locales) {
				const key = `category.${category.code}` as keyof (typeof catalogues)['en'];
				parts.push(String(catalogues[locale][key] ?? ''));
			}
		}
		const text = parts.filter(Boolean).join(' \n ');
		await trx
			.updateTable('services')
			.set({ search_text: sql<string>`hearth_fold(${text})` })
			.where('centre_id', '=', centreId)
			.where('id', '=', service.id)
			.execute();
	}
}
