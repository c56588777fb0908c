import type { Kysely } from 'kysely';
import { requireRole, type Actor } from '../identity/identity.service';
import {
	callThreshold,
	isMember,
	memberCount,
	thresholdCount,
	type Threshold
} from '../membership/mutual';
import { recordAudit } from '../platform/audit';
import { inCentre } from '../platform/database';
import { NotFoundError, RuleError } from '../platform/errors';
import { uuidv7 } from '../platform/ids';
import type { Database, Db } from '../schema';
import type { VoteKind, VoteState } from './ballots.tables';

export const ASSEMBLIES_PAGE_SIZE = 20;
export const COMMENTS_PAGE_SIZE = 30;

/** What the assembly form gives: times already instants on the centre's clock. */
export interface AssemblyInput {
	title: string;
	agenda: string;
	place: string;
	startsAt: Date;
	endsAt: Date;
}

export interface AssemblySummary extends AssemblyInput {
	id: string;
	quorum: Threshold;
	calledBy: 'coordinator' | 'members';
}

export interface CallSummary extends AssemblyInput {
	id: string;
	supporters: number;
	needed: number;
	supportedByReader: boolean;
}

async function requireMember(db: Db, actor: Actor): Promise<void> {
	if (!(await isMember(db, actor.centreId, actor.accountId))) {
		throw new RuleError('assemblies.membersOnly');
	}
}

/** A coordinator calls an assembly directly. */
export async function callAssembly(
	db: Kysely<Database>,
	actor: Actor,
	input: AssemblyInput & { quorum: Threshold },
	now: Date
): Promise<string> {
	requireRole(actor, 'coordinator');
	const id = uuidv7(now.getTime());
	await inCentre(db, actor.centreId, async (trx) => {
		await insertAssembly(trx, actor.centreId, id, input, input.quorum, 'coordinator', now);
		await recordAudit(trx, {
			action: 'assemblies.called',
			centreId: actor.centreId,
			actorId: actor.accountId,
			subjectId: id
		});
	});
	return id;
}

async function insertAssembly(
	trx: Db,
	centreId: string,
	id: string,
	input: AssemblyInput,
	quorum: Threshold,
	calledBy: 'coordinator' | 'members',
	now: Date
): Promise<void> {
	await trx
		.insertInto('assemblies')
		.values({
			centre_id: centreId,
			id,
			title: input.title,
			agenda: input.agenda,
			place: input.place,
			starts_at: input.startsAt,
			ends_at: input.endsAt,
			quorum_kind: quorum.kind,
			quorum_value: quorum.value,
			called_by: calledBy,
			created_at: now
		})
		.execute();
}

/** The quorum an assembly called by members starts with; a coordinator can call with another. */
export const MEMBERS_CALL_QUORUM: Threshold = { kind: 'percent', value: 10 };

/** A member asks for an assembly, and is its first supporter. */
export async function startCall(
	db: Kysely<Database>,
	actor: Actor,
	input: AssemblyInput,
	now: Date
): Promise<{ callId: string; assemblyId: string | null }> {
	await requireMember(db, actor);
	const callId = uuidv7(now.getTime());
	await inCentre(db, actor.centreId, (trx) =>
		trx
			.insertInto('assembly_calls')
			.values({
				centre_id: actor.centreId,
				id: callId,
				title: input.title,
				agenda: input.agenda,
				place: input.place,
				starts_at: input.startsAt,
				ends_at: input.endsAt,
				created_at: now,
				assembly_id: null
			})
			.execute()
	);
	const assemblyId = await supportCall(db, actor, callId, now);
	return { callId, assemblyId };
}

/**
 * Adds the member's support to a call. The call's row is locked while supporters are counted, so
 * the assembly is called once, by whichever support reaches the centre's threshold. Returns the
 * assembly once called.
 */
export async function supportCall(
	db: Kysely<Database>,
	actor: Actor,
	callId: string,
	now: Date
): Promise<string | null> {
	await requireMember(db, actor);
	const threshold = await callThreshold(db, actor.centreId);
	const members = await memberCount(db, actor.centreId);
	return inCentre(db, actor.centreId, async (trx) => {
		const call = await trx
			.selectFrom('assembly_calls')
			.selectAll()
			.where('centre_id', '=', actor.centreId)
			.where('id', '=', callId)
			.forUpdate()
			.executeTakeFirst();
		if (!call) throw new NotFoundError();
		if (call.assembly_id) return call.assembly_id;
		await trx
			.insertInto('assembly_call_supporters')
			.values({ centre_id: actor.centreId, call_id: callId, account_id: actor.accountId })
			.onConflict((conflict) => conflict.doNothing())
			.execute();
		const { n } = await trx
			.selectFrom('assembly_call_supporters')
			.select((eb) => eb.fn.countAll<number>().as('n'))
			.where('centre_id', '=', actor.centreId)
			.where('call_id', '=', callId)
			.executeTakeFirstOrThrow();
		if (Number(n) < thresholdCount(threshold, members)) return null;
		const assemblyId = uuidv7(now.getTime());
		await insertAssembly(
			trx,
			actor.centreId,
			assemblyId,
			{
				title: call.title,
				agenda: call.agenda,
				place: call.place,
				startsAt: call.starts_at,
				endsAt: call.ends_at
			},
			MEMBERS_CALL_QUORUM,
			'members',
			now
		);
		await trx
			.updateTable('assembly_calls')
			.set({ assembly_id: assemblyId })
			.where('centre_id', '=', actor.centreId)
			.where('id', '=', callId)
			.execute();
		await recordAudit(trx, {
			action: 'assemblies.called_by_members',
			centreId: actor.centreId,
			subjectId: assemblyId,
			detail: { supporters: Number(n) }
		});
		return assemblyId;
	});
}

/** Calls for an assembly still gathering support, newest first. */
export async function openCalls(db: Db, actor: Actor): Promise<CallSummary[]> {
	const threshold = await callThreshold(db, actor.centreId);
	const members = await memberCount(db, actor.centreId);
	const rows = await inCentre(db, actor.centreId, (trx) =>
		trx
			.selectFrom('assembly_calls as c')
			.selectAll('c')
			.select((eb) => [
				eb
					.selectFrom('assembly_call_supporters as s')
					.whereRef('s.centre_id', '=', 'c.centre_id')
					.whereRef('s.call_id', '=', 'c.id')
					.select((count) => count.fn.countAll<number>().as('n'))
					.as('supporters'),
				eb
					.exists(
						eb
							.selectFrom('assembly_call_supporters as m')
							.whereRef('m.centre_id', '=', 'c.centre_id')
							.whereRef('m.call_id', '=', 'c.id')
							.where('m.account_id', '=', actor.accountId)
							.select('m.call_id')
					)
					.as('mine')
			])
			.where('c.centre_id', '=', actor.centreId)
			.where('c.assembly_id', 'is', null)
			.orderBy('c.created_at', 'desc')
			.limit(ASSEMBLIES_PAGE_SIZE)
			.execute()
	);
	return rows.map((row) => ({
		id: row.id,
		title: row.title,
		agenda: row.agenda,
		place: row.place,
		startsAt: row.starts_at,
		endsAt: row.ends_at,
		supporters: Number(row.supporters ?? 0),
		needed: thresholdCount(threshold, members),
		supportedByReader: Boolean(row.mine)
	}));
}

function assemblySummary(row: {
	id: string;
	title: string;
	agenda: string;
	place: string;
	starts_at: Date;
	ends_at: Date;
	quorum_kind: Threshold['kind'];
	quorum_value: number;
	called_by: 'coordinator' | 'members';
}): AssemblySummary {
	return {
		id: row.id,
		title: row.title,
		agenda: row.agenda,
		place: row.place,
		startsAt: row.starts_at,
		endsAt: row.ends_at,
		quorum: { kind: row.quorum_kind, value: row.quorum_value },
		calledBy: row.called_by
	};
}

/** The centre's assemblies, latest first, a page at a time. */
export async function listAssemblies(
	db: Db,
	centreId: string,
	page: number
): Promise<{ assemblies: AssemblySummary[]; hasMore: boolean }> {
	const rows = await inCentre(db, centreId, (trx) =>
		trx
			.selectFrom('assemblies')
			.selectAll()
			.where('centre_id', '=', centreId)
			.orderBy('starts_at', 'desc')
			.orderBy('id', 'desc')
			.offset((page - 1) * ASSEMBLIES_PAGE_SIZE)
			.limit(ASSEMBLIES_PAGE_SIZE + 1)
			.execute()
	);
	return {
		assemblies: rows.slice(0, ASSEMBLIES_PAGE_SIZE).map(assemblySummary),
		hasMore: rows.length > ASSEMBLIES_PAGE_SIZE
	};
}

export interface ProposalSummary {
	id: string;
	title: string;
	proposer: string | null;
	version: number;
	voteId: string | null;
	voteState: VoteState | null;
}

export interface VoteSummary {
	id: string;
	kind: VoteKind;
	title: string;
	state: VoteState;
	closesAt: Date | null;
}

export interface AssemblyDetail extends AssemblySummary {
	proposals: ProposalSummary[];
	votes: VoteSummary[];
}

export async function readAssembly(db: Db, centreId: string, id: string): Promise<AssemblyDetail> {
	return inCentre(db, centreId, async (trx) => {
		const row = await trx
			.selectFrom('assemblies')
			.selectAll()
			.where('centre_id', '=', centreId)
			.where('id', '=', id)
			.executeTakeFirst();
		if (!row) throw new NotFoundError();
		const proposals = await trx
			.selectFrom('proposals as p')
			.innerJoin('proposal_versions as v', (join) =>
				join.onRef('v.centre_id', '=', 'p.centre_id').onRef('v.proposal_id', '=', 'p.id')
			)
			.leftJoin('accounts as a', 'a.id', 'p.proposer_id')
			.leftJoin('votes as q', (join) =>
				join.onRef('q.centre_id', '=', 'p.centre_id').onRef('q.proposal_id', '=', 'p.id')
			)
			.select(['p.id', 'v.title', 'v.version', 'a.chosen_name', 'q.id as vote_id', 'q.state'])
			.where('p.centre_id', '=', centreId)
			.where('p.assembly_id', '=', id)
			.where(({ eb, selectFrom }) =>
				eb(
					'v.version',
					'=',
					selectFrom('proposal_versions as w')
						.whereRef('w.centre_id', '=', 'p.centre_id')
						.whereRef('w.proposal_id', '=', 'p.id')
						.select((max) => max.fn.max('w.version').as('latest'))
				)
			)
			.orderBy('p.created_at')
			.execute();
		const votes = await trx
			.selectFrom('votes')
			.select(['id', 'kind', 'title', 'state', 'closes_at'])
			.where('centre_id', '=', centreId)
			.where('assembly_id', '=', id)
			.orderBy('created_at')
			.execute();
		return {
			...assemblySummary(row),
			proposals: proposals.map((proposal) => ({
				id: proposal.id,
				title: proposal.title,
				proposer: proposal.chosen_name,
				version: proposal.version,
				voteId: proposal.vote_id,
				voteState: proposal.state
			})),
			votes: votes.map((vote) => ({
				id: vote.id,
				kind: vote.kind,
				title: vote.title,
				state: vote.state,
				closesAt: vote.closes_at
			}))
		};
	});
}

/** What a proposal's form gives. */
export interface ProposalInput {
	title: string;
	body: string;
}

/** Any member puts a proposal to an assembly that has not ended. */
export async function putProposal(
	db: Kysely<Database>,
	actor: Actor,
	assemblyId: string,
	input: ProposalInput,
	now: Date
): Promise<string> {
	await requireMember(db, actor);
	const id = uuidv7(now.getTime());
	await inCentre(db, actor.centreId, async (trx) => {
		const assembly = await trx
			.selectFrom('assemblies')
			.select('ends_at')
			.where('centre_id', '=', actor.centreId)
			.where('id', '=', assemblyId)
			.executeTakeFirst();
		if (!assembly) throw new NotFoundError();
		if (assembly.ends_at <= now) throw new RuleError('assemblies.ended');
		await trx
			.insertInto('proposals')
			.values({
				centre_id: actor.centreId,
				id,
				assembly_id: assemblyId,
				proposer_id: actor.accountId,
				created_at: now
			})
			.execute();
		await trx
			.insertInto('proposal_versions')
			.values({
				centre_id: actor.centreId,
				proposal_id: id,
				version: 1,
				title: input.title,
				body: input.body,
				created_at: now
			})
			.execute();
	});
	return id;
}

/**
 * Amends a proposal: its proposer writes a new version. Once its vote has opened the words are
 * frozen, so everyone votes on the same text. The proposal's row is locked while this is checked,
 * and opening the vote locks it too.
 */
export async function amendProposal(
	db: Kysely<Database>,
	actor: Actor,
	proposalId: string,
	input: ProposalInput,
	now: Date
): Promise<number> {
	return inCentre(db, actor.centreId, async (trx) => {
		const proposal = await trx
			.selectFrom('proposals')
			.select('proposer_id')
			.where('centre_id', '=', actor.centreId)
			.where('id', '=', proposalId)
			.forUpdate()
			.executeTakeFirst();
		if (!proposal) throw new NotFoundError();
		if (proposal.proposer_id !== actor.accountId) throw new RuleError('proposals.onlyProposer');
		const vote = await trx
			.selectFrom('votes')
			.select('state')
			.where('centre_id', '=', actor.centreId)
			.where('proposal_id', '=', proposalId)
			.executeTakeFirst();
		if (vote && vote.state !== 'draft') throw new RuleError('proposals.frozen');
		const { latest } = await trx
			.selectFrom('proposal_versions')
			.select((eb) => eb.fn.max('version').as('latest'))
			.where('centre_id', '=', actor.centreId)
			.where('proposal_id', '=', proposalId)
			.executeTakeFirstOrThrow();
		const version = Number(latest) + 1;
		await trx
			.insertInto('proposal_versions')
			.values({
				centre_id: actor.centreId,
				proposal_id: proposalId,
				version,
				title: input.title,
				body: input.body,
				created_at: now
			})
			.execute();
		return version;
	});
}

export interface ProposalVersion {
	version: number;
	title: string;
	body: string;
	createdAt: Date;
}

export interface ProposalComment {
	id: string;
	author: string | null;
	body: string;
	createdAt: Date;
}

export interface ProposalDetail {
	id: string;
	assemblyId: string;
	assemblyTitle: string;
	proposer: string | null;
	proposedByReader: boolean;
	/** Latest first. */
	versions: ProposalVersion[];
	voteId: string | null;
	frozen: boolean;
	comments: ProposalComment[];
	hasMoreComments: boolean;
}

/** A proposal, every version of its words, and a page of its discussion (oldest first). */
export async function readProposal(
	db: Db,
	actor: Actor,
	proposalId: string,
	commentsPage: number
): Promise<ProposalDetail> {
	return inCentre(db, actor.centreId, async (trx) => {
		const row = await trx
			.selectFrom('proposals as p')
			.innerJoin('assemblies as s', (join) =>
				join.onRef('s.centre_id', '=', 'p.centre_id').onRef('s.id', '=', 'p.assembly_id')
			)
			.leftJoin('accounts as a', 'a.id', 'p.proposer_id')
			.leftJoin('votes as q', (join) =>
				join.onRef('q.centre_id', '=', 'p.centre_id').onRef('q.proposal_id', '=', 'p.id')
			)
			.select([
				'p.id',
				'p.assembly_id',
				's.title as assembly_title',
				'p.proposer_id',
				'a.chosen_name',
				'q.id as vote_id',
				'q.state'
			])
			.where('p.centre_id', '=', actor.centreId)
			.where('p.id', '=', proposalId)
			.executeTakeFirst();
		if (!row) throw new NotFoundError();
		const versions = await trx
			.selectFrom('proposal_versions')
			.select(['version', 'title', 'body', 'created_at'])
			.where('centre_id', '=', actor.centreId)
			.where('proposal_id', '=', proposalId)
			.orderBy('version', 'desc')
			.execute();
		const comments = await trx
			.selectFrom('proposal_comments as c')
			.leftJoin('accounts as a', 'a.id', 'c.author_id')
			.select(['c.id', 'a.chosen_name', 'c.body', 'c.created_at'])
			.where('c.centre_id', '=', actor.centreId)
			.where('c.proposal_id', '=', proposalId)
			.orderBy('c.id')
			.offset((commentsPage - 1) * COMMENTS_PAGE_SIZE)
			.limit(COMMENTS_PAGE_SIZE + 1)
			.execute();
		return {
			id: row.id,
			assemblyId: row.assembly_id,
			assemblyTitle: row.assembly_title,
			proposer: row.chosen_name,
			proposedByReader: row.proposer_id === actor.accountId,
			versions: versions.map((version) => ({
				version: version.version,
				title: version.title,
				body: version.body,
				createdAt: version.created_at
			})),
			voteId: row.vote_id,
			frozen: row.state !== null && row.state !== 'draft',
			comments: comments.slice(0, COMMENTS_PAGE_SIZE).map((comment) => ({
				id: comment.id,
				author: comment.chosen_name,
				body: comment.body,
				createdAt: comment.created_at
			})),
			hasMoreComments: comments.length > COMMENTS_PAGE_SIZE
		};
	});
}

/** A member adds to a proposal's discussion. */
export async function addComment(
	db: Kysely<Database>,
	actor: Actor,
	proposalId: string,
	body: string,
	now: Date
): Promise<void> {
	await requireMember(db, actor);
	await inCentre(db, actor.centreId, async (trx) => {
		const proposal = await trx
			.selectFrom('proposals')
			.select('id')
			.where('centre_id', '=', actor.centreId)
			.where('id', '=', proposalId)
			.executeTakeFirst();
		if (!proposal) throw new NotFoundError();
		await trx
			.insertInto('proposal_comments')
			.values({
				centre_id: actor.centreId,
				id: uuidv7(now.getTime()),
				proposal_id: proposalId,
				author_id: actor.accountId,
				body,
				created_at: now
			})
			.execute();
	});
}
