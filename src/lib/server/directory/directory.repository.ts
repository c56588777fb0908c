import type { Db } from '../schema';

export function listServices(db: Db, centreId: string) {
	return db
		.selectFrom('services')
		.select(['id', 'name', 'description'])
		.where('centre_id', '=', centreId)
		.orderBy('name')
		.execute();
}
