import type { Db } from '../schema';

export function listServices(db: Db, centreId: string) {
	return db
		.selectFrom('services')
		.select(['id', 'name', 'description'])
		.where('centre_id', '=', centreId)
		.orderBy('name')
		.execute();
}

export async function insertService(
	db: Db,
	service: { centreId: string; id: string; name: string; description: string }
): Promise<void> {
	await db
		.insertInto('services')
		.values({
			centre_id: service.centreId,
			id: service.id,
			organization_id: null,
			name: service.name,
			description: service.description
		})
		.execute();
}
