import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { describeEachDatabase } from '../../../../tests/support/database';
import { newCentre } from '../../../../tests/support/fixtures';
import type { Centre } from '../centres/centres.service';
import { actorAt, createPerson, type Actor } from '../identity/identity.service';
import type { Role } from '../identity/identity.tables';
import { acceptMembership, leaveMutual, officers, setCallThreshold } from '../membership/mutual';
import { open } from '../platform/crypto';
import { ForbiddenError, RuleError } from '../platform/errors';
import {
	addComment,
	amendProposal,
	callAssembly,
	putProposal,
	readAssembly,
	readProposal,
	startCall,
	supportCall
} from './assemblies';
import {
	castOnline,
	checkReceipt,
	closeDueVotes,
	closeVote,
	createElection,
	createQuestionVote,
	normaliseReceipt,
	openVote,
	quorumNeeded,
	readVote,
	recordPaperBallot,
	type VoteResult
} from './ballots';
import { parseBallot, parseClosing } from './governance.schemas';

const KEY = randomBytes(32);
const HOUR_MS = 3_600_000;
const NOW = new Date('2026-11-18T12:00:00Z');
const at = (hours: number) => new Date(NOW.getTime() + hours * HOUR_MS);
const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

const rule = (code: string) => expect.objectContaining({ name: 'RuleError', code });

describe('a ballot paper', () => {
	const a = '018f0000-0000-7000-8000-00000000000a';
	const b = '018f0000-0000-7000-8000-00000000000b';
	const c = '018f0000-0000-7000-8000-00000000000c';
	const election = { kind: 'election' as const, candidates: [a, b, c] };

	it('reads a ranking in order, and a question’s one choice', () => {
		expect(parseBallot({ pref1: b, pref2: a, pref3: '' }, election)).toMatchObject({
			ok: true,
			data: { ranking: [b, a] }
		});
		expect(parseBallot({ blank: 'yes' }, election)).toMatchObject({
			ok: true,
			data: { ranking: [] }
		});
		expect(parseBallot({ choice: 'abstain' }, { kind: 'question', candidates: [] })).toMatchObject({
			ok: true,
			data: { choice: 'abstain' }
		});
	});

	it('names each mistake beside the choice that made it, and keeps what was sent', () => {
		const twice = parseBallot({ pref1: a, pref2: a }, election);
		expect(twice).toEqual({
			ok: false,
			values: { pref1: a, pref2: a },
			errors: { pref2: 'ballots.rankedTwice' }
		});
		const unknown = parseBallot(
			{ pref1: a, pref2: '018f0000-0000-7000-8000-0000000000ff' },
			election
		);
		expect(!unknown.ok && unknown.errors).toEqual({ pref2: 'ballots.unknownCandidate' });
		expect(!parseBallot({ pref1: 'not an id' }, election).ok).toBe(true);
		const gap = parseBallot({ pref1: a, pref2: '', pref3: c }, election);
		expect(!gap.ok && gap.errors).toEqual({ pref2: 'ballots.rankGap' });
		const empty = parseBallot({}, election);
		expect(!empty.ok && empty.errors).toEqual({ pref1: 'ballots.rankAtLeastOne' });
		const both = parseBallot({ pref1: a, blank: 'yes' }, election);
		expect(!both.ok && both.errors).toEqual({ blank: 'ballots.blankOrRank' });
		const none = parseBallot({ choice: 'maybe' }, { kind: 'question', candidates: [] });
		expect(!none.ok && none.errors).toEqual({ choice: 'ballots.chooseOne' });
	});

	it('refuses a closing time already past, on the centre’s clock', () => {
		const past = parseClosing({ date: '2026-11-18', time: '11:00' }, 'Europe/London', NOW);
		expect(!past.ok && past.errors).toEqual({ date: 'ballots.closesInPast' });
		const soon = parseClosing({ date: '2026-11-18', time: '21:00' }, 'Europe/London', NOW);
		expect(soon.ok && soon.data).toEqual(new Date('2026-11-18T21:00:00Z'));
	});

	it('reads a receipt however it is typed, and nothing else', () => {
		expect(normaliseReceipt('abcd efgh-jkmn')).toBe('ABCD-EFGH-JKMN');
		expect(normaliseReceipt('ABCD-EFGH-JKM0')).toBeNull();
		expect(normaliseReceipt('short')).toBeNull();
	});

	it('works out a quorum as a number, or a share of the electorate rounded up', () => {
		expect(quorumNeeded({ kind: 'members', value: 0 }, 50)).toBe(0);
		expect(quorumNeeded({ kind: 'members', value: 7 }, 50)).toBe(7);
		expect(quorumNeeded({ kind: 'percent', value: 10 }, 41)).toBe(5);
	});
});

describeEachDatabase('assemblies, proposals and secret ballots', (database) => {
	let centre: Centre;
	let coordinator: Actor;
	let count = 0;

	async function person(roles: Role[] = ['member'], member = true): Promise<Actor> {
		const { db } = database();
		count += 1;
		const id = await createPerson(db, centre.id, {
			chosenName: `Voter ${count}`,
			passphraseHash: 'not used by these tests',
			roles,
			languages: []
		});
		const actor = await actorAt(db, id, centre.id);
		if (!actor) throw new Error('The person does not belong to the centre');
		if (member) await acceptMembership(db, actor, at(-100));
		return actor;
	}

	async function assembly(quorum = { kind: 'members' as const, value: 0 }): Promise<string> {
		return callAssembly(
			database().db,
			coordinator,
			{
				title: 'General assembly',
				agenda: 'Rent\nNight opening',
				place: 'Hall',
				startsAt: at(1),
				endsAt: at(3),
				quorum
			},
			NOW
		);
	}

	async function openQuestion(proposer: Actor, quorum?: { kind: 'members'; value: number }) {
		const { db } = database();
		const assemblyId = await assembly(quorum);
		const proposalId = await putProposal(
			db,
			proposer,
			assemblyId,
			{ title: 'Open all night on Fridays', body: 'Riders need somewhere warm.' },
			NOW
		);
		const voteId = await createQuestionVote(db, coordinator, proposalId, NOW);
		await openVote(db, coordinator, voteId, at(2), NOW);
		return { assemblyId, proposalId, voteId };
	}

	beforeAll(async () => {
		centre = await newCentre(database().db, 'Ballot Centre');
		coordinator = await person(['member', 'coordinator']);
	});

	it('calls an assembly when enough members support a call, once', async () => {
		const { db } = database();
		await setCallThreshold(db, coordinator, { kind: 'members', value: 3 });
		const [first, second, third, fourth] = [
			await person(),
			await person(),
			await person(),
			await person()
		];
		const meeting = {
			title: 'Members’ assembly on the rent',
			agenda: '',
			place: '',
			startsAt: at(48),
			endsAt: at(50)
		};
		const { callId, assemblyId } = await startCall(db, first as Actor, meeting, NOW);
		expect(assemblyId).toBeNull();
		expect(await supportCall(db, first as Actor, callId, NOW)).toBeNull();
		expect(await supportCall(db, second as Actor, callId, NOW)).toBeNull();
		// The third and fourth supporters arrive together: one assembly is called, not two.
		const [a, b] = await Promise.all([
			supportCall(db, third as Actor, callId, NOW),
			supportCall(db, fourth as Actor, callId, NOW)
		]);
		expect(a).not.toBeNull();
		expect(b).toBe(a);
		const called = await readAssembly(db, centre.id, a as string);
		expect(called).toMatchObject({ title: meeting.title, calledBy: 'members' });
		const outsider = await person(['member'], false);
		await expect(startCall(db, outsider, meeting, NOW)).rejects.toEqual(
			rule('assemblies.membersOnly')
		);
	});

	it('keeps every amendment as a version, and freezes the words once voting opens', async () => {
		const { db } = database();
		const proposer = await person();
		const other = await person();
		const assemblyId = await assembly();
		const proposalId = await putProposal(
			db,
			proposer,
			assemblyId,
			{ title: 'A night bus pass', body: 'The centre pays for night bus passes.' },
			NOW
		);
		await expect(
			amendProposal(db, other, proposalId, { title: 'Not mine', body: 'x' }, NOW)
		).rejects.toEqual(rule('proposals.onlyProposer'));
		expect(
			await amendProposal(
				db,
				proposer,
				proposalId,
				{ title: 'Night bus passes for riders', body: 'For riders who finish after midnight.' },
				at(0.5)
			)
		).toBe(2);
		await addComment(db, other, proposalId, 'Yes, and for carers too.', at(0.6));
		const voteId = await createQuestionVote(db, coordinator, proposalId, NOW);
		await openVote(db, coordinator, voteId, at(2), at(0.7));
		await expect(
			amendProposal(db, proposer, proposalId, { title: 'Too late', body: 'x' }, at(0.8))
		).rejects.toEqual(rule('proposals.frozen'));
		const read = await readProposal(db, other, proposalId, 1);
		expect(read.versions.map((version) => version.title)).toEqual([
			'Night bus passes for riders',
			'A night bus pass'
		]);
		expect(read.frozen).toBe(true);
		expect(read.comments.map((comment) => comment.body)).toEqual(['Yes, and for carers too.']);
		// The vote carries the words as they were when it opened.
		expect((await readVote(db, other, voteId, KEY, at(1))).title).toBe(
			'Night bus passes for riders'
		);
	});

	it('counts 100 simultaneous submissions from one member once', async () => {
		const { db } = database();
		const eager = await person();
		const { voteId } = await openQuestion(eager);
		const attempts = await Promise.allSettled(
			Array.from({ length: 100 }, () =>
				castOnline(db, eager, voteId, { choice: 'yes' }, KEY, at(1))
			)
		);
		const cast = attempts.filter((attempt) => attempt.status === 'fulfilled');
		const refused = attempts.filter((attempt) => attempt.status === 'rejected');
		expect(cast).toHaveLength(1);
		expect(refused).toHaveLength(99);
		for (const attempt of refused) {
			expect((attempt as PromiseRejectedResult).reason).toEqual(rule('ballots.alreadyVoted'));
		}
		const stored = await db
			.selectFrom('ballots')
			.select((eb) => eb.fn.countAll<number>().as('n'))
			.where('vote_id', '=', voteId)
			.executeTakeFirstOrThrow();
		expect(Number(stored.n)).toBe(1);
	});

	it('refuses a vote after closing, a vote before opening, and people not on the register', async () => {
		const { db } = database();
		const proposer = await person();
		const late = await person();
		const { voteId, assemblyId } = await openQuestion(proposer);
		// Past the closing time, even before anything has closed it.
		await expect(castOnline(db, late, voteId, { choice: 'no' }, KEY, at(2))).rejects.toEqual(
			rule('ballots.closed')
		);
		await closeVote(db, coordinator, voteId, KEY, at(2));
		await expect(castOnline(db, late, voteId, { choice: 'no' }, KEY, at(1))).rejects.toEqual(
			rule('ballots.closed')
		);
		// Joined after voting opened: not on this vote's electorate.
		const proposalId = await putProposal(
			db,
			proposer,
			assemblyId,
			{ title: 'Later', body: 'x' },
			NOW
		);
		const draft = await createQuestionVote(db, coordinator, proposalId, NOW);
		await expect(castOnline(db, late, draft, { choice: 'no' }, KEY, NOW)).rejects.toEqual(
			rule('ballots.notOpen')
		);
		await openVote(db, coordinator, draft, at(2), NOW);
		const newcomer = await person();
		await expect(castOnline(db, newcomer, draft, { choice: 'no' }, KEY, at(1))).rejects.toEqual(
			rule('ballots.notEligible')
		);
		// Left the mutual since: no longer a member, so no vote.
		await leaveMutual(db, late, at(0.5));
		await expect(castOnline(db, late, draft, { choice: 'no' }, KEY, at(1))).rejects.toEqual(
			rule('ballots.notEligible')
		);
		await expect(castOnline(db, proposer, draft, { ranking: [] }, KEY, at(1))).rejects.toEqual(
			rule('ballots.chooseOne')
		);
	});

	it('keeps a ballot apart from its voter: nothing stored links them', async () => {
		const { db, pool } = database();
		const voters = await Promise.all(Array.from({ length: 8 }, () => person()));
		const { voteId } = await openQuestion(voters[0] as Actor);
		const choices = ['yes', 'no', 'abstain', 'yes', 'yes', 'no', 'yes', 'abstain'] as const;
		for (const [index, voter] of voters.entries()) {
			await castOnline(db, voter, voteId, { choice: choices[index] as 'yes' }, KEY, at(1));
		}
		const columns = async (table: string) =>
			(
				await sql<{ column_name: string; data_type: string }>`
					select column_name, data_type from information_schema.columns
					where table_name = ${table} order by ordinal_position`.execute(db)
			).rows;
		// No column of a ballot names a voter, a route or a time.
		expect((await columns('ballots')).map((column) => column.column_name)).toEqual([
			'centre_id',
			'vote_id',
			'id',
			'sealed_content'
		]);
		expect((await columns('ballot_receipts')).map((column) => column.column_name)).toEqual([
			'centre_id',
			'vote_id',
			'code_hash'
		]);
		expect((await columns('ballot_voters')).map((column) => column.column_name)).toEqual([
			'centre_id',
			'vote_id',
			'account_id',
			'route'
		]);
		const { rows: ballots } = await pool.query<{
			id: string;
			xmin: string;
			ctid: string;
			sealed_content: string;
		}>(
			'select id, xmin::text, ctid::text, sealed_content from ballots where vote_id = $1 order by ctid',
			[voteId]
		);
		const { rows: voterRows } = await pool.query<{ account_id: string; xmin: string }>(
			'select account_id, xmin::text from ballot_voters where vote_id = $1 order by ctid',
			[voteId]
		);
		expect(ballots).toHaveLength(8);
		// Random (version 4) ids: no time in them, no order.
		for (const ballot of ballots) expect(ballot.id).toMatch(UUID_V4);
		// Every ballot was written by the last vote's transaction: no ballot's xmin is its voter's.
		expect(new Set(ballots.map((ballot) => ballot.xmin)).size).toBe(1);
		const voterXmins = new Set(voterRows.map((row) => row.xmin));
		expect(voterXmins.size).toBe(8);
		// Sealed at one length: the size of a sealed ballot says nothing of the choice in it.
		expect(new Set(ballots.map((ballot) => ballot.sealed_content.length)).size).toBe(1);
		// The only keys from a ballot lead to its vote: nothing to join to a voter.
		const { rows: keys } = await pool.query<{ target: string }>(
			`select confrelid::regclass::text as target from pg_constraint
			 where conrelid = 'ballots'::regclass and contype = 'f'`
		);
		expect(keys.map((key) => key.target)).toEqual(['votes']);
		// On disk, ballots sit in an order unrelated to the voters'. Cast the same alternating
		// votes many times: a box kept in the order of voting would match that order every time;
		// shuffled, a given order of four yes and four no comes up once in 70.
		const onDisk = async (voteId: string) => {
			const { rows } = await pool.query<{ sealed_content: string }>(
				'select sealed_content from ballots where vote_id = $1 order by ctid',
				[voteId]
			);
			return rows.map(
				(row) => (JSON.parse(open(row.sealed_content, KEY)) as { choice: string }).choice
			);
		};
		const alternating = voters.map((_, index) => (index % 2 === 0 ? 'yes' : 'no'));
		let sameOrder = 0;
		const runs = 12;
		for (let run = 0; run < runs; run++) {
			const again = await openQuestion(voters[0] as Actor);
			for (const [index, voter] of voters.entries()) {
				const choice = alternating[index] as 'yes' | 'no';
				await castOnline(db, voter, again.voteId, { choice }, KEY, at(1));
			}
			if ((await onDisk(again.voteId)).join() === alternating.join()) sameOrder += 1;
		}
		expect(sameOrder).toBeLessThan(runs / 2);
	});

	it('gives each voter a receipt that proves inclusion and says nothing of the choice', async () => {
		const { db } = database();
		const voter = await person();
		const { voteId } = await openQuestion(voter);
		const receipt = await castOnline(db, voter, voteId, { choice: 'no' }, KEY, at(1));
		expect(receipt).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
		expect(await checkReceipt(db, centre.id, receipt.toLowerCase().replace(/-/g, ' '))).toEqual({
			voteId,
			title: 'Open all night on Fridays',
			state: 'open'
		});
		expect(await checkReceipt(db, centre.id, 'ABCD-EFGH-JKMN')).toBeNull();
		// The code itself is nowhere in the database: only its hash, apart from the ballots.
		const stored = await db
			.selectFrom('ballot_receipts')
			.select('code_hash')
			.where('vote_id', '=', voteId)
			.execute();
		expect(stored).toHaveLength(1);
		expect(stored[0]?.code_hash.toString('utf8')).not.toContain(receipt);
		await closeVote(db, coordinator, voteId, KEY, at(1.5));
		expect((await checkReceipt(db, centre.id, receipt))?.state).toBe('closed');
		const other = await newCentre(db, 'Another centre');
		expect(await checkReceipt(db, other.id, receipt)).toBeNull();
	});

	it('records paper ballots by a steward, and the count says how many came each way', async () => {
		const { db } = database();
		const [online1, online2, paper1, paper2, paper3] = await Promise.all(
			Array.from({ length: 5 }, () => person())
		);
		const { voteId } = await openQuestion(online1 as Actor, { kind: 'members', value: 5 });
		await castOnline(db, online1 as Actor, voteId, { choice: 'yes' }, KEY, at(1));
		await castOnline(db, online2 as Actor, voteId, { choice: 'no' }, KEY, at(1));
		await expect(
			recordPaperBallot(
				db,
				online2 as Actor,
				voteId,
				(paper1 as Actor).accountId,
				{ choice: 'yes' },
				KEY,
				at(1)
			)
		).rejects.toBeInstanceOf(ForbiddenError);
		for (const voter of [paper1, paper2, paper3]) {
			await recordPaperBallot(
				db,
				coordinator,
				voteId,
				(voter as Actor).accountId,
				{ choice: 'yes' },
				KEY,
				at(1)
			);
		}
		// A paper ballot for someone who already voted online is refused.
		await expect(
			recordPaperBallot(
				db,
				coordinator,
				voteId,
				(online1 as Actor).accountId,
				{ choice: 'no' },
				KEY,
				at(1)
			)
		).rejects.toEqual(rule('ballots.paperAlreadyVoted'));
		await closeVote(db, coordinator, voteId, KEY, at(1.5));
		const { result, state, hasVoted } = await readVote(db, online1 as Actor, voteId, KEY, at(2));
		expect(state).toBe('closed');
		expect(hasVoted).toBe(true);
		expect(result).toMatchObject({
			kind: 'question',
			yes: 4,
			no: 1,
			abstain: 0,
			carried: true,
			turnout: 5,
			online: 2,
			paper: 3,
			quorumNeeded: 5,
			quorumMet: true
		} satisfies Partial<VoteResult>);
	});

	it('publishes the result when voting closes, and a missed quorum carries nothing', async () => {
		const { db } = database();
		const voter = await person();
		const { voteId } = await openQuestion(voter, { kind: 'members', value: 3 });
		await castOnline(db, voter, voteId, { choice: 'yes' }, KEY, at(1));
		expect((await readVote(db, voter, voteId, KEY, at(1.9))).result).toBeNull();
		expect(await closeDueVotes(db, KEY, at(2))).toBeGreaterThanOrEqual(1);
		const { result } = await readVote(db, voter, voteId, KEY, at(2));
		expect(result).toMatchObject({ yes: 1, quorumNeeded: 3, quorumMet: false, carried: false });
		// Closing again changes nothing.
		await closeVote(db, coordinator, voteId, KEY, at(3));
	});

	it('elects three of seven by STV, counts every round, and puts the winners in office', async () => {
		const { db } = database();
		const candidates = await Promise.all(Array.from({ length: 7 }, () => person()));
		const voters = await Promise.all(Array.from({ length: 9 }, () => person()));
		const assemblyId = await assembly();
		const ids = candidates.map((candidate) => candidate.accountId);
		await expect(
			createElection(
				db,
				coordinator,
				assemblyId,
				{ title: 'Board', office: 'Board', seats: 3, candidates: ids.slice(0, 3) },
				NOW
			)
		).rejects.toEqual(rule('ballots.tooFewCandidates'));
		const voteId = await createElection(
			db,
			coordinator,
			assemblyId,
			{ title: 'Board election 2026', office: 'Board', seats: 3, candidates: ids },
			NOW
		);
		await openVote(db, coordinator, voteId, at(2), NOW);
		const [c0, c1, c2, c3, c4, c5] = ids as [string, string, string, string, string, string];
		const rankings = [
			[c0, c1],
			[c0, c2],
			[c0, c1, c3],
			[c0, c4],
			[c1, c0],
			[c2, c3],
			[c2],
			[c3, c2],
			[c5, c4]
		];
		await expect(
			castOnline(db, voters[0] as Actor, voteId, { ranking: [c0, c0] }, KEY, at(1))
		).rejects.toEqual(rule('ballots.rankedTwice'));
		await expect(
			castOnline(
				db,
				voters[0] as Actor,
				voteId,
				{ ranking: [(voters[1] as Actor).accountId] },
				KEY,
				at(1)
			)
		).rejects.toEqual(rule('ballots.unknownCandidate'));
		for (const [index, voter] of voters.entries()) {
			if (index < 7) {
				await castOnline(db, voter, voteId, { ranking: rankings[index] as string[] }, KEY, at(1));
			} else {
				await recordPaperBallot(
					db,
					coordinator,
					voteId,
					voter.accountId,
					{ ranking: rankings[index] as string[] },
					KEY,
					at(1)
				);
			}
		}
		await closeVote(db, coordinator, voteId, KEY, at(1.5));
		const { result } = await readVote(db, coordinator, voteId, KEY, at(2));
		if (result?.kind !== 'election') throw new Error('An election result was expected');
		expect(result.count.validBallots).toBe(9);
		expect(result.count.rounds.length).toBeGreaterThan(1);
		expect(result.count.elected).toHaveLength(3);
		expect(result.count.elected[0]).toBe(c0);
		expect(result).toMatchObject({ online: 7, paper: 2, turnout: 9, blank: 0 });
		expect(Object.keys(result.names)).toHaveLength(7);
		const board = (await officers(db, centre.id)).filter((officer) => officer.office === 'Board');
		expect(board.map((officer) => officer.chosenName).sort()).toEqual(
			result.count.elected.map((id) => result.names[id]).sort()
		);
	});

	it('lets only coordinators make and open votes', async () => {
		const { db } = database();
		const member = await person();
		const assemblyId = await assembly();
		const proposalId = await putProposal(db, member, assemblyId, { title: 'T', body: 'B' }, NOW);
		await expect(createQuestionVote(db, member, proposalId, NOW)).rejects.toBeInstanceOf(
			ForbiddenError
		);
		const voteId = await createQuestionVote(db, coordinator, proposalId, NOW);
		await expect(createQuestionVote(db, coordinator, proposalId, NOW)).rejects.toBeInstanceOf(
			RuleError
		);
		await expect(openVote(db, member, voteId, at(2), NOW)).rejects.toBeInstanceOf(ForbiddenError);
		await expect(openVote(db, coordinator, voteId, at(-1), NOW)).rejects.toEqual(
			rule('ballots.closesInPast')
		);
	});
});
