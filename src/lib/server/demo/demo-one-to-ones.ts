import type { Centre } from '../centres/centres.service';
import { addDays, instantToLocal } from '../centres/opening-hours';
import { seal } from '../platform/crypto';
import { uuidv7 } from '../platform/ids';
import { getPlatform, hasPlatform } from '../platform/runtime';
import type { Db } from '../schema';

async function accountId(db: Db, centre: Centre, chosenName: string): Promise<string | null> {
	const row = await db
		.selectFrom('accounts as a')
		.innerJoin('centre_people as p', 'p.account_id', 'a.id')
		.select('a.id')
		.where('p.centre_id', '=', centre.id)
		.where('a.chosen_name', '=', chosenName)
		.executeTakeFirst();
	return row?.id ?? null;
}

/**
 * A one-to-one Lucía had with Mihai last week, and the step he reached by speaking at the
 * meeting. Sealed with the running Hearth's key, so it is seeded only when Hearth is running.
 */
export async function seedDemoOneToOnes(db: Db, centre: Centre, now: Date): Promise<void> {
	if (!hasPlatform()) return;
	const key = getPlatform().secretKey;
	const mihai = await accountId(db, centre, 'Mihai (demo)');
	const lucia = await accountId(db, centre, 'Lucía (demo)');
	if (!mihai || !lucia) return;
	const today = instantToLocal(now, centre.timeZone).date;
	await db
		.insertInto('one_to_ones')
		.values({
			centre_id: centre.id,
			id: uuidv7(),
			account_id: mihai,
			organiser_id: lucia,
			held_on: addDays(today, -7),
			issues_sealed: seal(
				'Deliveries paid per drop; waiting time at the depot is never paid.',
				key
			),
			interest_sealed: seal('Wants the other riders at the depot to know their rights.', key),
			next_step_sealed: seal('Tell two riders about the know-your-rights evening.', key)
		})
		.execute();
	await db
		.insertInto('ladder_steps')
		.values({
			centre_id: centre.id,
			account_id: mihai,
			step: 'spoke_up',
			reached_on: addDays(today, -3),
			recorded_by: lucia
		})
		.onConflict((conflict) => conflict.doNothing())
		.execute();
}
