import { sql } from 'kysely';
import type { Db } from '../schema';

/** The centre's own running services (not its partners'), with their texts in other languages. */
export function listOwnServices(db: Db, centreId: string) {
	return db
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
			sql<Record<string, { name: string; description: string }>>`coalesce((
				select jsonb_object_agg(locale, jsonb_build_object('name', name, 'description', description))
				from service_texts
				where service_texts.centre_id = services.centre_id
					and service_texts.service_id = services.id
			), '{}'::jsonb)`.as('texts')
		])
		.where('services.centre_id', '=', centreId)
		.where('services.status', 'in', ['active', 'temporarily closed'])
		.where((eb) =>
			eb.or([eb('services.organization_id', 'is', null), eb('organizations.is_own', '=', true)])
		)
		.orderBy('services.name')
		.execute();
}
