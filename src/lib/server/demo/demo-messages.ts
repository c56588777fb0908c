import type { Centre } from '../centres/centres.service';
import type { Topic } from '../messages/messages.tables';
import type { Db } from '../schema';

const EVERYTHING: Topic[] = ['reminders', 'centre', 'campaigns', 'actions', 'courses'];

/** The demo's members, the language each reads messages in, and what each chose to hear about. */
const MEMBERS: { name: string; language: string; topics: Topic[] }[] = [
	{ name: 'Mihai (demo)', language: 'ro', topics: EVERYTHING },
	{ name: 'Joana (demo)', language: 'pt', topics: EVERYTHING },
	{ name: 'Yusuf (demo)', language: 'ar', topics: EVERYTHING },
	{ name: 'Grace (demo)', language: 'en', topics: ['reminders', 'centre'] }
];

/**
 * The demo's members chose what to hear about in their inbox, so a broadcast written in the demo
 * reaches people. No email or phone: the demo sends nothing out of Hearth.
 */
export async function seedDemoMessages(db: Db, centre: Centre): Promise<void> {
	const people = await db
		.selectFrom('accounts as a')
		.innerJoin('centre_people as p', 'p.account_id', 'a.id')
		.select(['a.id', 'a.chosen_name'])
		.where('p.centre_id', '=', centre.id)
		.where(
			'a.chosen_name',
			'in',
			MEMBERS.map((member) => member.name)
		)
		.execute();
	const idOf = new Map(people.map((person) => [person.chosen_name, person.id]));
	const rows = MEMBERS.flatMap((member) => {
		const accountId = idOf.get(member.name);
		return accountId
			? [
					{
						centre_id: centre.id,
						account_id: accountId,
						language: member.language,
						topics: member.topics
					}
				]
			: [];
	});
	if (rows.length === 0) return;
	await db
		.insertInto('message_settings')
		.values(rows)
		.onConflict((conflict) => conflict.doNothing())
		.execute();
}
