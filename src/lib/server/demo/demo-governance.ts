import type { Centre } from '../centres/centres.service';
import { addDays, instantToLocal, localToInstant } from '../centres/opening-hours';
import { callAssembly, addComment, putProposal } from '../governance/assemblies';
import { createQuestionVote, openVote, type VoteResult } from '../governance/ballots';
import { countStv, drawLotsFromSeed } from '../governance/stv';
import { actorAt, type Actor } from '../identity/identity.service';
import { acceptMembership, electOfficers } from '../membership/mutual';
import { uuidv7 } from '../platform/ids';
import type { Db } from '../schema';

const DAY_MS = 86_400_000;
// Everyone but Yusuf has joined, at different times; Yusuf is still to be offered membership.
const MEMBERS: [string, number][] = [
	['Coordinator (demo)', 400],
	['Amira (demo)', 380],
	['Lucía (demo)', 300],
	['Tomasz (demo)', 260],
	['Grace (demo)', 150],
	['Mihai (demo)', 90],
	['Joana (demo)', 40]
];

async function demoActor(db: Db, centre: Centre, chosenName: string): Promise<Actor> {
	const row = await db
		.selectFrom('accounts')
		.select('id')
		.where('chosen_name', '=', chosenName)
		.executeTakeFirstOrThrow();
	const actor = await actorAt(db, row.id, centre.id);
	if (!actor) throw new Error(`${chosenName} does not belong to the demo centre`);
	return actor;
}

/**
 * The demo's mutual: most people members, a board elected at last month's assembly (published with
 * its count; its ballot box is not part of the demo), and next week's assembly with proposals
 * under discussion, one of them open for voting.
 */
export async function seedDemoGovernance(db: Db, centre: Centre, now: Date): Promise<void> {
	const people = new Map<string, Actor>();
	for (const [name] of MEMBERS) people.set(name, await demoActor(db, centre, name));
	const who = (name: string) => people.get(name) as Actor;
	for (const [name, daysAgo] of MEMBERS) {
		await acceptMembership(db, who(name), new Date(now.getTime() - daysAgo * DAY_MS));
	}
	const coordinator = who('Coordinator (demo)');

	// Last month's assembly and its board election.
	const today = instantToLocal(now, centre.timeZone).date;
	const lastMonth = addDays(today, -30);
	const heldAt = localToInstant(lastMonth, '18:30', centre.timeZone);
	const pastAssembly = await callAssembly(
		db,
		coordinator,
		{
			title: 'Autumn general assembly',
			agenda: 'Elect the board of the mutual\nNight opening on Fridays',
			place: 'Main hall',
			startsAt: heldAt,
			endsAt: localToInstant(lastMonth, '20:30', centre.timeZone),
			quorum: { kind: 'percent', value: 10 }
		},
		new Date(heldAt.getTime() - 14 * DAY_MS)
	);
	const candidates = [
		'Amira (demo)',
		'Lucía (demo)',
		'Grace (demo)',
		'Tomasz (demo)',
		'Mihai (demo)'
	];
	const ids = candidates.map((name) => who(name).accountId);
	const [amira, lucia, grace, tomasz, mihai] = ids as [string, string, string, string, string];
	const rankings = [
		[amira, lucia],
		[amira, grace],
		[amira, lucia, grace],
		[lucia, grace],
		[grace, amira],
		[mihai, grace],
		[tomasz, lucia]
	];
	const lotSeed = 'autumn-general-assembly';
	const count = countStv(
		{ seats: 3, candidates: ids, ballots: rankings },
		drawLotsFromSeed(lotSeed)
	);
	const voteId = uuidv7(heldAt.getTime());
	await db
		.insertInto('votes')
		.values({
			centre_id: centre.id,
			id: voteId,
			assembly_id: pastAssembly,
			kind: 'election',
			proposal_id: null,
			title: 'Board of the mutual',
			office: 'Board of the mutual',
			seats: 3,
			state: 'closed',
			opened_at: heldAt,
			closes_at: new Date(heldAt.getTime() + 2 * 3_600_000),
			closed_at: new Date(heldAt.getTime() + 2 * 3_600_000),
			created_at: heldAt
		})
		.execute();
	const voters = MEMBERS.map(([name]) => who(name).accountId);
	await db
		.insertInto('vote_electorate')
		.values(
			MEMBERS.filter(([, daysAgo]) => daysAgo > 30).map(([name]) => ({
				centre_id: centre.id,
				vote_id: voteId,
				account_id: who(name).accountId
			}))
		)
		.execute();
	await db
		.insertInto('ballot_voters')
		.values(
			voters.map((accountId, index) => ({
				centre_id: centre.id,
				vote_id: voteId,
				account_id: accountId,
				route: index < 5 ? ('online' as const) : ('paper' as const)
			}))
		)
		.execute();
	const result: VoteResult = {
		kind: 'election',
		count,
		blank: 0,
		names: Object.fromEntries(candidates.map((name, index) => [ids[index], name])),
		lotSeed,
		electorate: MEMBERS.filter(([, daysAgo]) => daysAgo > 30).length,
		turnout: rankings.length,
		online: 5,
		paper: 2,
		quorumNeeded: 1,
		quorumMet: true
	};
	await db
		.insertInto('vote_results')
		.values({
			centre_id: centre.id,
			vote_id: voteId,
			result: JSON.stringify(result),
			published_at: new Date(heldAt.getTime() + 2 * 3_600_000)
		})
		.execute();
	await electOfficers(db, centre.id, 'Board of the mutual', count.elected, heldAt);

	// Next week's assembly, with proposals under discussion.
	const nextWeek = addDays(today, 7);
	const startsAt = localToInstant(nextWeek, '19:00', centre.timeZone);
	const endsAt = localToInstant(nextWeek, '21:00', centre.timeZone);
	const assemblyId = await callAssembly(
		db,
		coordinator,
		{
			title: 'Winter general assembly',
			agenda: 'A night bus fund for riders\nChildcare on assembly nights\nAny other business',
			place: 'Main hall, and by phone for members who cannot come',
			startsAt,
			endsAt,
			quorum: { kind: 'percent', value: 10 }
		},
		now
	);
	const busFund = await putProposal(
		db,
		who('Mihai (demo)'),
		assemblyId,
		{
			title: 'A night bus fund for riders',
			body: 'Riders who finish after the last bus walk home or wait in the cold. The centre keeps a small fund for night bus fares, given without questions to any member who asks.'
		},
		now
	);
	await addComment(
		db,
		who('Grace (demo)'),
		busFund,
		'Carers on night shifts have the same problem. Could it be for every night worker?',
		now
	);
	await addComment(
		db,
		who('Mihai (demo)'),
		busFund,
		'Yes, good idea. I will change the words before the vote opens.',
		now
	);
	const childcare = await putProposal(
		db,
		who('Joana (demo)'),
		assemblyId,
		{
			title: 'Childcare on assembly nights',
			body: 'Parents cannot come to assemblies in the evening. The centre opens its childcare room during every assembly.'
		},
		now
	);
	const childcareVote = await createQuestionVote(db, coordinator, childcare, now);
	await openVote(db, coordinator, childcareVote, endsAt, now);
}
