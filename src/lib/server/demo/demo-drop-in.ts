import { randomBytes } from 'node:crypto';
import type { Centre } from '../centres/centres.service';
import { digest } from '../platform/crypto';
import { uuidv7 } from '../platform/ids';
import type { Db } from '../schema';
import { currentOpening } from '../support/drop-in';
import type { SupportTopic } from '../support/topics';

const MINUTE_MS = 60_000;

// Tonight's queue so far: two people are with advisers, three are waiting. The first two
// tickets were seen earlier and, as always, left nothing behind but the pace of the calls.
const withAdvisers: [number, string, SupportTopic, string, string, string, number][] = [
	[3, 'Samir', 'housing', 'ar', 'Amira (demo)', 'Desk 1', 10],
	[4, '', 'wages-and-pay', 'es', 'Lucía (demo)', 'Desk 2', 15]
];
const waiting: [number, string, SupportTopic, string, number][] = [
	[5, 'Ionela', 'work-rights', 'ro', 12],
	[6, '', 'benefits', 'ar', 8],
	[7, 'Dee', 'finding-work', 'en', 3]
];
const earlierCalls: [string, number][] = [
	['Amira (demo)', 50],
	['Amira (demo)', 30],
	['Lucía (demo)', 40]
];

/** A believable queue, when the demo is made while the centre is open; none otherwise. */
export async function seedDemoDropIn(db: Db, centre: Centre, now: Date): Promise<void> {
	const span = await currentOpening(db, centre, now);
	// A queue belongs to an opening; one that has just begun has no history to show yet.
	if (!span || now.getTime() - span.start.getTime() < 60 * MINUTE_MS) return;
	const ago = (minutes: number) => new Date(now.getTime() - minutes * MINUTE_MS);
	const advisers = await db
		.selectFrom('accounts')
		.innerJoin('centre_people', 'centre_people.account_id', 'accounts.id')
		.select(['accounts.id', 'accounts.chosen_name'])
		.where('centre_people.centre_id', '=', centre.id)
		.execute();
	const calls = [...earlierCalls];
	const idOf = (name: string) => advisers.find((person) => person.chosen_name === name)?.id;
	await db
		.insertInto('drop_in_openings')
		.values({ centre_id: centre.id, starts_at: span.start, ends_at: span.end, last_number: 7 })
		.execute();
	const ticket = (number: number, name: string, topic: SupportTopic, language: string) => ({
		centre_id: centre.id,
		id: uuidv7(),
		opening_starts_at: span.start,
		number,
		token_hash: digest(randomBytes(24).toString('base64url')),
		chosen_name: name,
		topic,
		words_sealed: null,
		language
	});
	for (const [number, name, topic, language, adviser, desk, minutes] of withAdvisers) {
		const adviserId = idOf(adviser);
		if (!adviserId) continue;
		await db
			.insertInto('drop_in_tickets')
			.values({
				...ticket(number, name, topic, language),
				checked_in_at: ago(minutes + 20),
				called_at: ago(minutes),
				called_by: adviserId,
				desk
			})
			.execute();
		calls.push([adviser, minutes]);
	}
	for (const [number, name, topic, language, minutes] of waiting) {
		await db
			.insertInto('drop_in_tickets')
			.values({ ...ticket(number, name, topic, language), checked_in_at: ago(minutes) })
			.execute();
	}
	for (const [adviser, minutes] of calls) {
		const adviserId = idOf(adviser);
		if (!adviserId) continue;
		await db
			.insertInto('drop_in_calls')
			.values({
				centre_id: centre.id,
				id: uuidv7(),
				opening_starts_at: span.start,
				adviser_id: adviserId,
				called_at: ago(minutes)
			})
			.execute();
	}
}
