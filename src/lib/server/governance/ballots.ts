import { randomBytes, randomInt } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import { requireRole, type Actor } from '../identity/identity.service';
import { currentMembers, electOfficers, isMember, type Threshold } from '../membership/mutual';
import { recordAudit } from '../platform/audit';
import { digest, open, seal } from '../platform/crypto';
import { inCentre } from '../platform/database';
import { NotFoundError, RuleError } from '../platform/errors';
import { uuidv7 } from '../platform/ids';
import type { Database, Db } from '../schema';
import type { BallotRoute, VoteKind, VoteState } from './ballots.tables';
import { countStv, drawLotsFromSeed, type StvResult } from './stv';

export const CHOICES = ['yes', 'no', 'abstain'] as const;
export type Choice = (typeof CHOICES)[number];
export const MAX_SEATS = 20;

/** What a ballot says: a choice on a question, or candidates ranked (empty: a blank ballot). */
export type BallotContent = { choice: Choice } | { ranking: string[] };

export interface QuestionResult {
	kind: 'question';
	yes: number;
	no: number;
	abstain: number;
	carried: boolean;
}

export interface ElectionResult {
	kind: 'election';
	count: StvResult;
	blank: number;
	/** Candidate ids to the chosen names they had when the count was made. */
	names: Record<string, string>;
	/** The random seed any lot in the count was drawn from, kept so the count can be checked. */
	lotSeed: string;
}

export type VoteResult = (QuestionResult | ElectionResult) & {
	electorate: number;
	turnout: number;
	online: number;
	paper: number;
	quorumNeeded: number;
	quorumMet: boolean;
};

// Receipt codes: 12 characters with no 0/O, 1/I/L to misread, about 59 bits.
const RECEIPT_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
const RECEIPT_LENGTH = 12;
// Ballots are sealed at one length, so the size of a sealed ballot says nothing of what is in it.
const SEALED_BLOCK = 1024;

function newReceipt(): string {
	let code = '';
	for (let i = 0; i < RECEIPT_LENGTH; i++) {
		code += RECEIPT_ALPHABET[randomInt(RECEIPT_ALPHABET.length)];
	}
	return code.match(/.{4}/g)?.join('-') ?? code;
}

/** 'abcd efgh-jkmn' → 'ABCD-EFGH-JKMN', as printed; null when it cannot be a receipt. */
export function normaliseReceipt(typed: string): string | null {
	const bare = typed.toUpperCase().replace(/[^0-9A-Z]/g, '');
	if (bare.length !== RECEIPT_LENGTH || [...bare].some((c) => !RECEIPT_ALPHABET.includes(c))) {
		return null;
	}
	return bare.match(/.{4}/g)?.join('-') ?? bare;
}

const receiptHash = (code: string) => digest(`ballot-receipt:${code}`);

function sealContent(content: BallotContent, key: Buffer): string {
	const json = JSON.stringify(content);
	const length = Math.ceil((json.length + 1) / SEALED_BLOCK) * SEALED_BLOCK;
	return seal(json.padEnd(length, ' '), key);
}

function openContent(sealed: string, key: Buffer): BallotContent {
	return JSON.parse(open(sealed, key)) as BallotContent;
}

function shuffle<T>(items: T[]): T[] {
	for (let i = items.length - 1; i > 0; i--) {
		const j = randomInt(i + 1);
		[items[i], items[j]] = [items[j] as T, items[i] as T];
	}
	return items;
}

/** People needed for a quorum out of an electorate; a quorum of 0 is none. */
export function quorumNeeded(quorum: Threshold, electorate: number): number {
	if (quorum.kind === 'members') return quorum.value;
	return Math.ceil((quorum.value * electorate) / 100);
}

// Coordinators' side: making and opening votes.

/** A yes/no/abstain vote on a proposal, in draft until it opens. */
export async function createQuestionVote(
	db: Kysely<Database>,
	actor: Actor,
	proposalId: string,
	now: Date
): Promise<string> {
	requireRole(actor, 'coordinator');
	const id = uuidv7(now.getTime());
	await inCentre(db, actor.centreId, async (trx) => {
		const proposal = await trx
			.selectFrom('proposals as p')
			.innerJoin('proposal_versions as v', (join) =>
				join.onRef('v.centre_id', '=', 'p.centre_id').onRef('v.proposal_id', '=', 'p.id')
			)
			.select(['p.assembly_id', 'v.title'])
			.where('p.centre_id', '=', actor.centreId)
			.where('p.id', '=', proposalId)
			.orderBy('v.version', 'desc')
			.limit(1)
			.executeTakeFirst();
		if (!proposal) throw new NotFoundError();
		const existing = await trx
			.selectFrom('votes')
			.select('id')
			.where('centre_id', '=', actor.centreId)
			.where('proposal_id', '=', proposalId)
			.executeTakeFirst();
		if (existing) throw new RuleError('ballots.proposalHasVote');
		await trx
			.insertInto('votes')
			.values({
				centre_id: actor.centreId,
				id,
				assembly_id: proposal.assembly_id,
				kind: 'question',
				proposal_id: proposalId,
				title: proposal.title,
				seats: null,
				created_at: now,
				opened_at: null,
				closes_at: null,
				closed_at: null
			})
			.execute();
		await recordAudit(trx, {
			action: 'ballots.vote_created',
			centreId: actor.centreId,
			actorId: actor.accountId,
			subjectId: id
		});
	});
	return id;
}

export interface ElectionInput {
	title: string;
	office: string;
	seats: number;
	candidates: string[];
}

/** An election of officers by STV; the candidates are members who stand. */
export async function createElection(
	db: Kysely<Database>,
	actor: Actor,
	assemblyId: string,
	input: ElectionInput,
	now: Date
): Promise<string> {
	requireRole(actor, 'coordinator');
	const candidates = [...new Set(input.candidates)];
	if (candidates.length <= input.seats) throw new RuleError('ballots.tooFewCandidates');
	const members = new Set(await currentMembers(db, actor.centreId));
	if (candidates.some((candidate) => !members.has(candidate))) {
		throw new RuleError('ballots.candidateNotMember');
	}
	const id = uuidv7(now.getTime());
	await inCentre(db, actor.centreId, async (trx) => {
		const assembly = await trx
			.selectFrom('assemblies')
			.select('id')
			.where('centre_id', '=', actor.centreId)
			.where('id', '=', assemblyId)
			.executeTakeFirst();
		if (!assembly) throw new NotFoundError();
		await trx
			.insertInto('votes')
			.values({
				centre_id: actor.centreId,
				id,
				assembly_id: assemblyId,
				kind: 'election',
				proposal_id: null,
				title: input.title,
				office: input.office,
				seats: input.seats,
				created_at: now,
				opened_at: null,
				closes_at: null,
				closed_at: null
			})
			.execute();
		await trx
			.insertInto('vote_candidates')
			.values(
				candidates.map((accountId) => ({
					centre_id: actor.centreId,
					vote_id: id,
					account_id: accountId
				}))
			)
			.execute();
		await recordAudit(trx, {
			action: 'ballots.vote_created',
			centreId: actor.centreId,
			actorId: actor.accountId,
			subjectId: id
		});
	});
	return id;
}

/**
 * Opens a vote until `closesAt`. The electorate is the register at this moment: people who join
 * once the question is known cannot swing it, and the quorum is counted against a fixed number.
 * A proposal's words are frozen from here (its row is locked as amending locks it).
 */
export async function openVote(
	db: Kysely<Database>,
	actor: Actor,
	voteId: string,
	closesAt: Date,
	now: Date
): Promise<void> {
	requireRole(actor, 'coordinator');
	if (closesAt <= now) throw new RuleError('ballots.closesInPast');
	await inCentre(db, actor.centreId, async (trx) => {
		const vote = await lockVote(trx, actor.centreId, voteId);
		if (vote.state !== 'draft') throw new RuleError('ballots.notDraft');
		if (vote.proposal_id) {
			await trx
				.selectFrom('proposals')
				.select('id')
				.where('centre_id', '=', actor.centreId)
				.where('id', '=', vote.proposal_id)
				.forUpdate()
				.execute();
			const latest = await trx
				.selectFrom('proposal_versions')
				.select('title')
				.where('centre_id', '=', actor.centreId)
				.where('proposal_id', '=', vote.proposal_id)
				.orderBy('version', 'desc')
				.limit(1)
				.executeTakeFirstOrThrow();
			await trx
				.updateTable('votes')
				.set({ title: latest.title })
				.where('centre_id', '=', actor.centreId)
				.where('id', '=', voteId)
				.execute();
		}
		await trx
			.updateTable('votes')
			.set({ state: 'open', opened_at: now, closes_at: closesAt })
			.where('centre_id', '=', actor.centreId)
			.where('id', '=', voteId)
			.execute();
		await sql`
			insert into vote_electorate (centre_id, vote_id, account_id)
			select centre_id, ${voteId}, account_id from mutual_members
			where centre_id = ${actor.centreId} and left_at is null
		`.execute(trx);
		await recordAudit(trx, {
			action: 'ballots.vote_opened',
			centreId: actor.centreId,
			actorId: actor.accountId,
			subjectId: voteId
		});
	});
}

async function lockVote(trx: Db, centreId: string, voteId: string) {
	const vote = await trx
		.selectFrom('votes')
		.selectAll()
		.where('centre_id', '=', centreId)
		.where('id', '=', voteId)
		.forUpdate()
		.executeTakeFirst();
	if (!vote) throw new NotFoundError();
	return vote;
}

/** Whether a ballot's content fits its vote; a RuleError names what is wrong. */
export function checkContent(
	vote: { kind: VoteKind },
	candidates: readonly string[],
	content: BallotContent
): void {
	if (vote.kind === 'question') {
		if (!('choice' in content) || !CHOICES.includes(content.choice)) {
			throw new RuleError('ballots.chooseOne');
		}
		return;
	}
	if (!('ranking' in content)) throw new RuleError('ballots.rankInvalid');
	if (content.ranking.some((id) => !candidates.includes(id))) {
		throw new RuleError('ballots.unknownCandidate');
	}
	if (new Set(content.ranking).size !== content.ranking.length) {
		throw new RuleError('ballots.rankedTwice');
	}
}

interface Casting {
	centreId: string;
	voteId: string;
	voterId: string;
	route: BallotRoute;
	content: BallotContent;
	key: Buffer;
	now: Date;
}

/**
 * Puts one ballot in the box and returns its receipt code, shown once. In one transaction, with
 * the vote's row locked: the vote must be open and not past its closing time; the voter must be on
 * the vote's electorate and on the register still; `ballot_voters`' primary key allows them once.
 * Then the vote's whole ballot box and its receipts are written again in a random order, so no
 * ballot's id, place on disk or transaction says when it was cast (docs/secret-ballots.md).
 */
async function cast(db: Kysely<Database>, casting: Casting): Promise<string> {
	const { centreId, voteId, voterId, route, content, key, now } = casting;
	if (!(await isMember(db, centreId, voterId))) throw new RuleError('ballots.notEligible');
	return inCentre(db, centreId, async (trx) => {
		const vote = await lockVote(trx, centreId, voteId);
		if (vote.state !== 'open' || (vote.closes_at && vote.closes_at <= now)) {
			throw new RuleError(vote.state === 'draft' ? 'ballots.notOpen' : 'ballots.closed');
		}
		const candidates = await candidateIds(trx, centreId, voteId);
		checkContent(vote, candidates, content);
		const eligible = await trx
			.selectFrom('vote_electorate')
			.select('account_id')
			.where('centre_id', '=', centreId)
			.where('vote_id', '=', voteId)
			.where('account_id', '=', voterId)
			.executeTakeFirst();
		if (!eligible) throw new RuleError('ballots.notEligible');
		const recorded = await trx
			.insertInto('ballot_voters')
			.values({ centre_id: centreId, vote_id: voteId, account_id: voterId, route })
			.onConflict((conflict) => conflict.doNothing())
			.executeTakeFirst();
		if (Number(recorded.numInsertedOrUpdatedRows ?? 0) === 0) {
			throw new RuleError('ballots.alreadyVoted');
		}
		const box = await trx
			.deleteFrom('ballots')
			.where('centre_id', '=', centreId)
			.where('vote_id', '=', voteId)
			.returning('sealed_content')
			.execute();
		const sealed = shuffle([...box.map((row) => row.sealed_content), sealContent(content, key)]);
		await trx
			.insertInto('ballots')
			.values(
				sealed.map((sealedContent) => ({
					centre_id: centreId,
					vote_id: voteId,
					sealed_content: sealedContent
				}))
			)
			.execute();
		const receipt = newReceipt();
		const receipts = await trx
			.deleteFrom('ballot_receipts')
			.where('centre_id', '=', centreId)
			.where('vote_id', '=', voteId)
			.returning('code_hash')
			.execute();
		const hashes = shuffle([...receipts.map((row) => row.code_hash), receiptHash(receipt)]);
		await trx
			.insertInto('ballot_receipts')
			.values(hashes.map((hash) => ({ centre_id: centreId, vote_id: voteId, code_hash: hash })))
			.execute();
		return receipt;
	});
}

async function candidateIds(trx: Db, centreId: string, voteId: string): Promise<string[]> {
	const rows = await trx
		.selectFrom('vote_candidates')
		.select('account_id')
		.where('centre_id', '=', centreId)
		.where('vote_id', '=', voteId)
		.execute();
	return rows.map((row) => row.account_id);
}

/** A member votes online, for themselves. */
export function castOnline(
	db: Kysely<Database>,
	actor: Actor,
	voteId: string,
	content: BallotContent,
	key: Buffer,
	now: Date
): Promise<string> {
	return cast(db, {
		centreId: actor.centreId,
		voteId,
		voterId: actor.accountId,
		route: 'online',
		content,
		key,
		now
	});
}

/**
 * A steward records a paper ballot a member filled in at the centre: the member is marked as
 * having voted on paper, and the ballot goes into the same box, with nothing tying the two.
 */
export async function recordPaperBallot(
	db: Kysely<Database>,
	steward: Actor,
	voteId: string,
	voterId: string,
	content: BallotContent,
	key: Buffer,
	now: Date
): Promise<string> {
	requireRole(steward, 'coordinator');
	const receipt = await cast(db, {
		centreId: steward.centreId,
		voteId,
		voterId,
		route: 'paper',
		content,
		key,
		now
	}).catch((thrown: unknown) => {
		// Told to the steward about the member in front of them, not to the member.
		if (thrown instanceof RuleError && thrown.code === 'ballots.alreadyVoted') {
			throw new RuleError('ballots.paperAlreadyVoted');
		}
		throw thrown;
	});
	await inCentre(db, steward.centreId, (trx) =>
		recordAudit(trx, {
			action: 'ballots.paper_recorded',
			centreId: steward.centreId,
			actorId: steward.accountId,
			subjectId: voteId
		})
	);
	return receipt;
}

/**
 * Closes a vote and publishes its result: the count, every STV round, turnout by route and the
 * quorum. An election that meets its quorum puts the people it elected into their office.
 * Closing a vote already closed changes nothing.
 */
async function closeAndCount(
	db: Kysely<Database>,
	centreId: string,
	voteId: string,
	key: Buffer,
	now: Date
): Promise<void> {
	await inCentre(db, centreId, async (trx) => {
		const vote = await lockVote(trx, centreId, voteId);
		if (vote.state !== 'open') return;
		const assembly = await trx
			.selectFrom('assemblies')
			.select(['quorum_kind', 'quorum_value'])
			.where('centre_id', '=', centreId)
			.where('id', '=', vote.assembly_id)
			.executeTakeFirstOrThrow();
		const box = await trx
			.selectFrom('ballots')
			.select('sealed_content')
			.where('centre_id', '=', centreId)
			.where('vote_id', '=', voteId)
			.execute();
		const contents = box.map((row) => openContent(row.sealed_content, key));
		const routes = await trx
			.selectFrom('ballot_voters')
			.select(['route', (eb) => eb.fn.countAll<number>().as('n')])
			.where('centre_id', '=', centreId)
			.where('vote_id', '=', voteId)
			.groupBy('route')
			.execute();
		const { n: electorate } = await trx
			.selectFrom('vote_electorate')
			.select((eb) => eb.fn.countAll<number>().as('n'))
			.where('centre_id', '=', centreId)
			.where('vote_id', '=', voteId)
			.executeTakeFirstOrThrow();
		const byRoute = (route: BallotRoute) =>
			Number(routes.find((row) => row.route === route)?.n ?? 0);
		const needed = quorumNeeded(
			{ kind: assembly.quorum_kind, value: assembly.quorum_value },
			Number(electorate)
		);
		const common = {
			electorate: Number(electorate),
			turnout: contents.length,
			online: byRoute('online'),
			paper: byRoute('paper'),
			quorumNeeded: needed,
			quorumMet: contents.length >= needed
		};
		let result: VoteResult;
		let winners: string[] = [];
		if (vote.kind === 'question') {
			const tally = { yes: 0, no: 0, abstain: 0 };
			for (const content of contents) if ('choice' in content) tally[content.choice] += 1;
			result = {
				kind: 'question',
				...tally,
				carried: common.quorumMet && tally.yes > tally.no,
				...common
			};
		} else {
			const candidates = await trx
				.selectFrom('vote_candidates as c')
				.innerJoin('accounts as a', 'a.id', 'c.account_id')
				.select(['c.account_id', 'a.chosen_name'])
				.where('c.centre_id', '=', centreId)
				.where('c.vote_id', '=', voteId)
				.orderBy('a.chosen_name')
				.execute();
			const ids = candidates.map((row) => row.account_id);
			// A candidate whose account was erased while the vote was open is passed over.
			const rankings = contents.map((content) =>
				'ranking' in content ? content.ranking.filter((id) => ids.includes(id)) : []
			);
			const lotSeed = randomBytes(16).toString('hex');
			const count = countStv(
				{ seats: vote.seats ?? 1, candidates: ids, ballots: rankings },
				drawLotsFromSeed(lotSeed)
			);
			winners = common.quorumMet ? count.elected : [];
			result = {
				kind: 'election',
				count,
				blank: rankings.filter((ranking) => ranking.length === 0).length,
				names: Object.fromEntries(candidates.map((row) => [row.account_id, row.chosen_name])),
				lotSeed,
				...common
			};
		}
		await trx
			.updateTable('votes')
			.set({ state: 'closed', closed_at: now })
			.where('centre_id', '=', centreId)
			.where('id', '=', voteId)
			.execute();
		await trx
			.insertInto('vote_results')
			.values({
				centre_id: centreId,
				vote_id: voteId,
				result: JSON.stringify(result),
				published_at: now
			})
			.execute();
		await recordAudit(trx, {
			action: 'ballots.vote_closed',
			centreId,
			subjectId: voteId,
			detail: { turnout: common.turnout, quorumMet: common.quorumMet }
		});
		if (winners.length > 0) await electOfficers(trx, centreId, vote.office, winners, now);
	});
}

/** A coordinator closes a vote before its time. */
export async function closeVote(
	db: Kysely<Database>,
	actor: Actor,
	voteId: string,
	key: Buffer,
	now: Date
): Promise<void> {
	requireRole(actor, 'coordinator');
	await closeAndCount(db, actor.centreId, voteId, key, now);
}

/** Closes, at every centre, the votes whose time is up, and publishes their results. */
export async function closeDueVotes(db: Kysely<Database>, key: Buffer, now: Date): Promise<number> {
	const due = await db
		.selectFrom('votes')
		.select(['centre_id', 'id'])
		.where('state', '=', 'open')
		.where('closes_at', '<=', now)
		.execute();
	for (const vote of due) await closeAndCount(db, vote.centre_id, vote.id, key, now);
	return due.length;
}

export interface Candidate {
	id: string;
	chosenName: string;
}

export interface VoteDetail {
	id: string;
	assemblyId: string;
	assemblyTitle: string;
	kind: VoteKind;
	title: string;
	office: string;
	proposalId: string | null;
	seats: number | null;
	state: VoteState;
	closesAt: Date | null;
	candidates: Candidate[];
	/** The reader may vote now: open, on the electorate, a member still, not voted. */
	mayVote: boolean;
	hasVoted: boolean;
	result: VoteResult | null;
}

/**
 * A vote as a person of the centre sees it; a vote whose time is up is closed and counted first,
 * so the result is there the moment voting ends.
 */
export async function readVote(
	db: Kysely<Database>,
	actor: Actor,
	voteId: string,
	key: Buffer,
	now: Date
): Promise<VoteDetail> {
	const due = await inCentre(db, actor.centreId, (trx) =>
		trx
			.selectFrom('votes')
			.select('id')
			.where('centre_id', '=', actor.centreId)
			.where('id', '=', voteId)
			.where('state', '=', 'open')
			.where('closes_at', '<=', now)
			.executeTakeFirst()
	);
	if (due) await closeAndCount(db, actor.centreId, voteId, key, now);
	const member = await isMember(db, actor.centreId, actor.accountId);
	return inCentre(db, actor.centreId, async (trx) => {
		const vote = await trx
			.selectFrom('votes as v')
			.innerJoin('assemblies as s', (join) =>
				join.onRef('s.centre_id', '=', 'v.centre_id').onRef('s.id', '=', 'v.assembly_id')
			)
			.selectAll('v')
			.select('s.title as assembly_title')
			.where('v.centre_id', '=', actor.centreId)
			.where('v.id', '=', voteId)
			.executeTakeFirst();
		if (!vote) throw new NotFoundError();
		const candidates = await trx
			.selectFrom('vote_candidates as c')
			.innerJoin('accounts as a', 'a.id', 'c.account_id')
			.select(['c.account_id', 'a.chosen_name'])
			.where('c.centre_id', '=', actor.centreId)
			.where('c.vote_id', '=', voteId)
			.orderBy('a.chosen_name')
			.execute();
		const voted = await trx
			.selectFrom('ballot_voters')
			.select('route')
			.where('centre_id', '=', actor.centreId)
			.where('vote_id', '=', voteId)
			.where('account_id', '=', actor.accountId)
			.executeTakeFirst();
		const eligible = await trx
			.selectFrom('vote_electorate')
			.select('account_id')
			.where('centre_id', '=', actor.centreId)
			.where('vote_id', '=', voteId)
			.where('account_id', '=', actor.accountId)
			.executeTakeFirst();
		const published = await trx
			.selectFrom('vote_results')
			.select('result')
			.where('centre_id', '=', actor.centreId)
			.where('vote_id', '=', voteId)
			.executeTakeFirst();
		return {
			id: vote.id,
			assemblyId: vote.assembly_id,
			assemblyTitle: vote.assembly_title,
			kind: vote.kind,
			title: vote.title,
			office: vote.office,
			proposalId: vote.proposal_id,
			seats: vote.seats,
			state: vote.state,
			closesAt: vote.closes_at,
			candidates: candidates.map((row) => ({ id: row.account_id, chosenName: row.chosen_name })),
			mayVote: vote.state === 'open' && member && !!eligible && !voted,
			hasVoted: !!voted,
			result: (published?.result as unknown as VoteResult | undefined) ?? null
		};
	});
}

/**
 * The members a steward may record a paper ballot for: the whole electorate, voted or not, so the
 * steward's list never becomes a list of who has not voted. Recording a second ballot for someone
 * is refused when it is tried.
 */
export async function paperVoters(
	db: Kysely<Database>,
	steward: Actor,
	voteId: string
): Promise<Candidate[]> {
	requireRole(steward, 'coordinator');
	const rows = await inCentre(db, steward.centreId, (trx) =>
		trx
			.selectFrom('vote_electorate as e')
			.innerJoin('accounts as a', 'a.id', 'e.account_id')
			.select(['e.account_id', 'a.chosen_name'])
			.where('e.centre_id', '=', steward.centreId)
			.where('e.vote_id', '=', voteId)
			.orderBy('a.chosen_name')
			.execute()
	);
	return rows.map((row) => ({ id: row.account_id, chosenName: row.chosen_name }));
}

/** Which vote a receipt's ballot was counted in, or null: nothing about what the ballot said. */
export async function checkReceipt(
	db: Kysely<Database>,
	centreId: string,
	typed: string
): Promise<{ voteId: string; title: string; state: VoteState } | null> {
	const code = normaliseReceipt(typed);
	if (!code) return null;
	const row = await inCentre(db, centreId, (trx) =>
		trx
			.selectFrom('ballot_receipts as r')
			.innerJoin('votes as v', (join) =>
				join.onRef('v.centre_id', '=', 'r.centre_id').onRef('v.id', '=', 'r.vote_id')
			)
			.select(['v.id', 'v.title', 'v.state'])
			.where('r.centre_id', '=', centreId)
			.where('r.code_hash', '=', receiptHash(code))
			.executeTakeFirst()
	);
	return row ? { voteId: row.id, title: row.title, state: row.state } : null;
}
