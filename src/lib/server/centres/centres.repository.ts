import type { Db } from '../schema';
import type { NewCentreRow } from './centres.tables';

export function listCentres(db: Db) {
	return db.selectFrom('centres').selectAll().orderBy('is_demo').orderBy('name').execute();
}

export function findCentreBySlug(db: Db, slug: string) {
	return db.selectFrom('centres').selectAll().where('slug', '=', slug).executeTakeFirst();
}

export async function slugExists(db: Db, slug: string): Promise<boolean> {
	return !!(await db
		.selectFrom('centres')
		.select('id')
		.where('slug', '=', slug)
		.executeTakeFirst());
}

export async function countCentres(db: Db, demo?: boolean): Promise<number> {
	let query = db.selectFrom('centres').select((eb) => eb.fn.countAll<number>().as('count'));
	if (demo !== undefined) query = query.where('is_demo', '=', demo);
	return Number((await query.executeTakeFirstOrThrow()).count);
}

export async function insertCentre(db: Db, centre: NewCentreRow): Promise<void> {
	await db.insertInto('centres').values(centre).execute();
}

export async function updateCentre(
	db: Db,
	centreId: string,
	details: {
		name: string;
		address: string;
		directions: string;
		time_zone: string;
		default_locale: string;
		locales: string[];
	}
): Promise<void> {
	await db.updateTable('centres').set(details).where('id', '=', centreId).execute();
}

export function weeklyHours(db: Db, centreId: string) {
	return db
		.selectFrom('opening_hours')
		.selectAll()
		.where('centre_id', '=', centreId)
		.orderBy('weekday')
		.orderBy('opens')
		.execute();
}

export async function insertOpening(
	db: Db,
	opening: { centreId: string; id: string; weekday: number; opens: string; closes: string }
): Promise<void> {
	await db
		.insertInto('opening_hours')
		.values({
			centre_id: opening.centreId,
			id: opening.id,
			weekday: opening.weekday,
			opens: opening.opens,
			closes: opening.closes
		})
		.execute();
}

export async function deleteOpening(db: Db, centreId: string, id: string): Promise<boolean> {
	const result = await db
		.deleteFrom('opening_hours')
		.where('centre_id', '=', centreId)
		.where('id', '=', id)
		.executeTakeFirst();
	return result.numDeletedRows > 0n;
}

/** Exceptions from a date on (the day before today, so last night's extra opening still counts). */
export function exceptionsFrom(db: Db, centreId: string, fromDate: string) {
	return db
		.selectFrom('opening_exceptions')
		.selectAll()
		.where('centre_id', '=', centreId)
		.where('on_date', '>=', fromDate)
		.orderBy('on_date')
		.orderBy('opens')
		.execute();
}

export async function insertException(
	db: Db,
	exception: {
		centreId: string;
		id: string;
		onDate: string;
		kind: 'closed' | 'open';
		opens: string | null;
		closes: string | null;
		note: string;
	}
): Promise<void> {
	await db
		.insertInto('opening_exceptions')
		.values({
			centre_id: exception.centreId,
			id: exception.id,
			on_date: exception.onDate,
			kind: exception.kind,
			opens: exception.opens,
			closes: exception.closes,
			note: exception.note
		})
		.execute();
}

export async function deleteException(db: Db, centreId: string, id: string): Promise<boolean> {
	const result = await db
		.deleteFrom('opening_exceptions')
		.where('centre_id', '=', centreId)
		.where('id', '=', id)
		.executeTakeFirst();
	return result.numDeletedRows > 0n;
}
