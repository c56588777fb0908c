import { sql, type Kysely } from 'kysely';
import { requireRole, type Actor } from '../identity/identity.service';
import { inCentre } from '../platform/database';
import { RuleError } from '../platform/errors';
import type { Database, Db } from '../schema';
import type { Centre } from './centres.service';
import { instantToLocal, localToInstant } from './opening-hours';
import { visitorGroups, type VisitorGroup } from './rooms.tables';

export { visitorGroups, type VisitorGroup };

const HOUR_MS = 3_600_000;

/**
 * The instant the current hour began on the centre's clock. A zone half an hour off UTC (India,
 * Newfoundland) has hours that do not start on UTC's, so the hour is found on the local clock.
 */
export function hourStart(now: Date, timeZone: string): Date {
	const { date, time } = instantToLocal(now, timeZone);
	const start = localToInstant(date, `${time.slice(0, 2)}:00`, timeZone);
	// When the clocks go back the local hour happens twice; count the second one as itself.
	return now.getTime() - start.getTime() >= HOUR_MS
		? new Date(start.getTime() + HOUR_MS * Math.floor((now.getTime() - start.getTime()) / HOUR_MS))
		: start;
}

function requireStaff(actor: Actor): void {
	requireRole(actor, 'adviser', 'organiser', 'coordinator');
}

/** One more person of a group through the door this hour. Nothing else is kept. */
export async function countVisitor(
	db: Kysely<Database>,
	actor: Actor,
	centre: Centre,
	group: VisitorGroup,
	now: Date
): Promise<{ hourStart: Date; count: number }> {
	requireStaff(actor);
	const hour = hourStart(now, centre.timeZone);
	const row = await inCentre(db, centre.id, (trx) =>
		trx
			.insertInto('headcounts')
			.values({ centre_id: centre.id, hour_start: hour, visitor_group: group, count: 1 })
			.onConflict((conflict) =>
				conflict
					.columns(['centre_id', 'hour_start', 'visitor_group'])
					.doUpdateSet({ count: sql`headcounts.count + 1` })
			)
			.returning('count')
			.executeTakeFirstOrThrow()
	);
	return { hourStart: hour, count: row.count };
}

/**
 * Takes back a press made by mistake, within the hour it was made: a count from an hour already
 * past is the centre's record and stays as it is.
 */
export async function undoCount(
	db: Kysely<Database>,
	actor: Actor,
	centre: Centre,
	group: VisitorGroup,
	pressedHour: Date,
	now: Date
): Promise<void> {
	requireStaff(actor);
	const hour = hourStart(now, centre.timeZone);
	if (pressedHour.getTime() !== hour.getTime()) throw new RuleError('headcount.undoTooLate');
	await inCentre(db, centre.id, (trx) =>
		trx
			.updateTable('headcounts')
			.set({ count: sql`count - 1` })
			.where('centre_id', '=', centre.id)
			.where('hour_start', '=', hour)
			.where('visitor_group', '=', group)
			.where('count', '>', 0)
			.execute()
	);
}

export interface HourCounts {
	hourStart: Date;
	counts: Record<VisitorGroup, number>;
}

const noCounts = (): Record<VisitorGroup, number> => ({ adults: 0, children: 0, first_visit: 0 });

async function readCounts(trx: Db, centreId: string, from: Date, to: Date): Promise<HourCounts[]> {
	const rows = await trx
		.selectFrom('headcounts')
		.select(['hour_start', 'visitor_group', 'count'])
		.where('centre_id', '=', centreId)
		.where('hour_start', '>=', from)
		.where('hour_start', '<', to)
		.where('count', '>', 0)
		.orderBy('hour_start')
		.execute();
	const hours = new Map<number, HourCounts>();
	for (const row of rows) {
		const start = new Date(row.hour_start);
		const entry = hours.get(start.getTime()) ?? { hourStart: start, counts: noCounts() };
		entry.counts[row.visitor_group] += row.count;
		hours.set(start.getTime(), entry);
	}
	return [...hours.values()];
}

/**
 * The counts of every hour that had any, from `from` to `to`, and their totals: what the centre's
 * reports are made from.
 */
export async function headcountsBetween(
	db: Kysely<Database>,
	actor: Actor,
	from: Date,
	to: Date
): Promise<{ hours: HourCounts[]; totals: Record<VisitorGroup, number> }> {
	requireStaff(actor);
	const hours = await inCentre(db, actor.centreId, (trx) =>
		readCounts(trx, actor.centreId, from, to)
	);
	const totals = noCounts();
	for (const hour of hours) {
		for (const group of visitorGroups) totals[group] += hour.counts[group];
	}
	return { hours, totals };
}

/** This hour's counts, for the door counter to show beside its buttons. */
export async function countsThisHour(
	db: Kysely<Database>,
	actor: Actor,
	centre: Centre,
	now: Date
): Promise<HourCounts> {
	const hour = hourStart(now, centre.timeZone);
	const { hours } = await headcountsBetween(db, actor, hour, new Date(hour.getTime() + HOUR_MS));
	return hours[0] ?? { hourStart: hour, counts: noCounts() };
}
