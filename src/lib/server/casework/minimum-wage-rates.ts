import type { MinimumWageRates } from '$lib/casework/wage-types';
import { requireRole, type Actor } from '../identity/identity.service';
import { recordAudit } from '../platform/audit';
import { inCentre } from '../platform/database';
import type { Db } from '../schema';

/**
 * The legal minimum rates, one row per day they changed. They are the same for every centre, so
 * the table is not centre-scoped; a coordinator of any centre can add or correct a year, and
 * every change is in the audit log with who made it.
 */

const columns = [
	'effective_from',
	'living_wage_age',
	'living_wage_pence',
	'young_adult_pence',
	'age_18_to_20_pence',
	'age_16_to_17_pence',
	'apprentice_pence',
	'accommodation_offset_pence'
] as const;

interface RatesRow {
	effective_from: string;
	living_wage_age: number;
	living_wage_pence: number;
	young_adult_pence: number | null;
	age_18_to_20_pence: number;
	age_16_to_17_pence: number;
	apprentice_pence: number;
	accommodation_offset_pence: number | null;
}

function fromRow(row: RatesRow): MinimumWageRates {
	return {
		effectiveFrom: row.effective_from,
		livingWageAge: row.living_wage_age,
		livingWagePence: row.living_wage_pence,
		youngAdultPence: row.young_adult_pence,
		age18To20Pence: row.age_18_to_20_pence,
		age16To17Pence: row.age_16_to_17_pence,
		apprenticePence: row.apprentice_pence,
		accommodationOffsetPence: row.accommodation_offset_pence
	};
}

/** Every year's rates, oldest first, as the calculator takes them. */
export async function loadRates(db: Db): Promise<MinimumWageRates[]> {
	const rows = await db
		.selectFrom('minimum_wage_rates')
		.select(columns)
		.orderBy('effective_from', 'asc')
		.execute();
	return rows.map(fromRow);
}

/** The rates that took effect on one day, or null. */
export async function ratesFrom(db: Db, effectiveFrom: string): Promise<MinimumWageRates | null> {
	const row = await db
		.selectFrom('minimum_wage_rates')
		.select(columns)
		.where('effective_from', '=', effectiveFrom)
		.executeTakeFirst();
	return row ? fromRow(row) : null;
}

/** Adds a year's rates, or replaces the rates from that day: coordinators only. */
export async function saveRates(
	db: Db,
	actor: Actor,
	input: MinimumWageRates
): Promise<{ added: boolean }> {
	requireRole(actor, 'coordinator');
	return inCentre(db, actor.centreId, async (trx) => {
		const values = {
			living_wage_age: input.livingWageAge,
			living_wage_pence: input.livingWagePence,
			young_adult_pence: input.youngAdultPence,
			age_18_to_20_pence: input.age18To20Pence,
			age_16_to_17_pence: input.age16To17Pence,
			apprentice_pence: input.apprenticePence,
			accommodation_offset_pence: input.accommodationOffsetPence
		};
		const before = await ratesFrom(trx, input.effectiveFrom);
		await trx
			.insertInto('minimum_wage_rates')
			.values({ effective_from: input.effectiveFrom, ...values })
			.onConflict((conflict) =>
				conflict.column('effective_from').doUpdateSet({ ...values, updated_at: new Date() })
			)
			.execute();
		await recordAudit(trx, {
			action: before ? 'casework.wage_rates_corrected' : 'casework.wage_rates_added',
			centreId: actor.centreId,
			actorId: actor.accountId,
			detail: {
				effectiveFrom: input.effectiveFrom,
				livingWageAge: input.livingWageAge,
				livingWagePence: input.livingWagePence,
				youngAdultPence: input.youngAdultPence,
				age18To20Pence: input.age18To20Pence,
				age16To17Pence: input.age16To17Pence,
				apprenticePence: input.apprenticePence,
				accommodationOffsetPence: input.accommodationOffsetPence
			}
		});
		return { added: before === null };
	});
}
