import type { Generated, JSONColumnType } from 'kysely';
import type { ThresholdKind } from '../membership/mutual.tables';

export type VoteKind = 'question' | 'election';
export type VoteState = 'draft' | 'open' | 'closed';
export type BallotRoute = 'online' | 'paper';

export interface AssembliesTable {
	centre_id: string;
	id: string;
	title: string;
	agenda: Generated<string>;
	place: Generated<string>;
	starts_at: Date;
	ends_at: Date;
	quorum_kind: ThresholdKind;
	quorum_value: number;
	called_by: 'coordinator' | 'members';
	created_at: Date;
}

export interface AssemblyCallsTable {
	centre_id: string;
	id: string;
	title: string;
	agenda: Generated<string>;
	place: Generated<string>;
	starts_at: Date;
	ends_at: Date;
	created_at: Date;
	/** Set once enough members support the call and the assembly is called. */
	assembly_id: string | null;
}

export interface AssemblyCallSupportersTable {
	centre_id: string;
	call_id: string;
	account_id: string;
}

export interface ProposalsTable {
	centre_id: string;
	id: string;
	assembly_id: string;
	/** Null once the proposer's account is erased. */
	proposer_id: string | null;
	created_at: Date;
}

export interface ProposalVersionsTable {
	centre_id: string;
	proposal_id: string;
	version: number;
	title: string;
	body: string;
	created_at: Date;
}

export interface ProposalCommentsTable {
	centre_id: string;
	id: string;
	proposal_id: string;
	author_id: string | null;
	body: string;
	created_at: Date;
}

export interface VotesTable {
	centre_id: string;
	id: string;
	assembly_id: string;
	kind: VoteKind;
	proposal_id: string | null;
	title: string;
	office: Generated<string>;
	seats: number | null;
	state: Generated<VoteState>;
	opened_at: Date | null;
	closes_at: Date | null;
	closed_at: Date | null;
	created_at: Date;
}

export interface VoteCandidatesTable {
	centre_id: string;
	vote_id: string;
	account_id: string;
}

export interface VoteElectorateTable {
	centre_id: string;
	vote_id: string;
	account_id: string;
}

export interface BallotVotersTable {
	centre_id: string;
	vote_id: string;
	account_id: string;
	route: BallotRoute;
}

/** A ballot: sealed content only. No voter, no route, no time, a random id. */
export interface BallotsTable {
	centre_id: string;
	vote_id: string;
	id: Generated<string>;
	sealed_content: string;
}

export interface BallotReceiptsTable {
	centre_id: string;
	vote_id: string;
	code_hash: Buffer;
}

export interface VoteResultsTable {
	centre_id: string;
	vote_id: string;
	result: JSONColumnType<Record<string, unknown>, string, string>;
	published_at: Date;
}

export interface BallotsTables {
	assemblies: AssembliesTable;
	assembly_calls: AssemblyCallsTable;
	assembly_call_supporters: AssemblyCallSupportersTable;
	proposals: ProposalsTable;
	proposal_versions: ProposalVersionsTable;
	proposal_comments: ProposalCommentsTable;
	votes: VotesTable;
	vote_candidates: VoteCandidatesTable;
	vote_electorate: VoteElectorateTable;
	ballot_voters: BallotVotersTable;
	ballots: BallotsTable;
	ballot_receipts: BallotReceiptsTable;
	vote_results: VoteResultsTable;
}
