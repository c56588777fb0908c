import { sql, type Kysely } from 'kysely';
import { requireRole, type Actor } from '../identity/identity.service';
import { recordAudit } from '../platform/audit';
import { inCentre } from '../platform/database';
import { NotFoundError, RuleError } from '../platform/errors';
import { uuidv7 } from '../platform/ids';
import type { Database, Db } from '../schema';
import { employerEntry, STAFF, type EmployerEntry } from './employers';
import type { CollectiveInput } from './employers.schemas';

/**
 * Collective cases: several members' wage claims against one employer, taken up together. Staff
 * of the centre see the claims against an employer as amounts and periods, numbered, never whose
 * they are: a member's name is shown only to the people on that member's own case team. Totals
 * are sums of integer pence, added by the database.
 */

export const COLLECTIVES_SHOWN = 50;

export interface Claim {
	caseId: string;
	/** 1, 2, 3…: how the claim is named to people who may not know whose it is. */
	number: number;
	owedPence: number;
	owedTodayPence: number;
	periodFrom: string;
	periodTo: string;
	/** The member's chosen name, only for someone on the case's team; null for everyone else. */
	memberName: string | null;
	collective: { id: string; title: string } | null;
}

export interface CollectiveSummary {
	id: string;
	title: string;
	claims: number;
}

export interface CollectiveTotals {
	workers: number;
	claims: number;
	owedPence: number;
	owedTodayPence: number;
}

export interface CollectiveView extends CollectiveTotals {
	id: string;
	title: string;
	createdAt: Date;
	employer: EmployerEntry;
	claimList: Claim[];
	/** Claims against the same employer that are in no collective case yet. */
	addable: Claim[];
}

/** Wage claims against an employer: cases about unpaid wages there with a calculated claim. */
function claimsQuery(trx: Db, actor: Actor, employerId: string) {
	return trx
		.selectFrom('cases as c')
		.innerJoin('case_wage_claims as w', (join) =>
			join.onRef('w.centre_id', '=', 'c.centre_id').onRef('w.case_id', '=', 'c.id')
		)
		.leftJoin('collective_cases as k', (join) =>
			join.onRef('k.centre_id', '=', 'c.centre_id').onRef('k.id', '=', 'c.collective_id')
		)
		.leftJoin('case_team as team', (join) =>
			join
				.onRef('team.centre_id', '=', 'c.centre_id')
				.onRef('team.case_id', '=', 'c.id')
				.on('team.account_id', '=', actor.accountId)
		)
		.leftJoin('accounts as a', (join) =>
			join.onRef('a.id', '=', 'c.member_id').on('team.account_id', 'is not', null)
		)
		.select([
			'c.id',
			'c.status',
			'c.collective_id',
			'k.title as collective_title',
			'w.owed_pence',
			'w.owed_today_pence',
			'w.period_from',
			'w.period_to',
			'a.chosen_name'
		])
		.where('c.centre_id', '=', actor.centreId)
		.where('c.employer_id', '=', employerId)
		.where('c.kind', '=', 'unpaid_wages')
		.orderBy('w.period_from')
		.orderBy('c.id');
}

type ClaimRow = Awaited<ReturnType<ReturnType<typeof claimsQuery>['execute']>>[number];

function claim(row: ClaimRow, index: number): Claim {
	return {
		caseId: row.id,
		number: index + 1,
		owedPence: row.owed_pence,
		owedTodayPence: row.owed_today_pence,
		periodFrom: row.period_from,
		periodTo: row.period_to,
		memberName: row.chosen_name ?? null,
		collective:
			row.collective_id && row.collective_title
				? { id: row.collective_id, title: row.collective_title }
				: null
	};
}

async function audited(trx: Db, actor: Actor, action: string, subjectId: string, count: number) {
	await recordAudit(trx, {
		action,
		centreId: actor.centreId,
		actorId: actor.accountId,
		subjectId,
		detail: { claims: count }
	});
}

/**
 * The wage claims against an employer for staff: open cases' claims, numbered in order of their
 * periods, with the collective case each is part of. Reading them is audited.
 */
export async function employerClaims(
	db: Kysely<Database>,
	actor: Actor,
	employerId: string
): Promise<{ claims: Claim[]; collectives: CollectiveSummary[] }> {
	requireRole(actor, ...STAFF);
	return inCentre(db, actor.centreId, async (trx) => {
		const rows = await claimsQuery(trx, actor, employerId).where('c.status', '=', 'open').execute();
		if (rows.length > 0) {
			await audited(trx, actor, 'casework.employer_claims_read', employerId, rows.length);
		}
		const collectives = await trx
			.selectFrom('collective_cases as k')
			.leftJoin('cases as c', (join) =>
				join.onRef('c.centre_id', '=', 'k.centre_id').onRef('c.collective_id', '=', 'k.id')
			)
			.select(['k.id', 'k.title', (eb) => eb.fn.count<number>('c.id').as('claims')])
			.where('k.centre_id', '=', actor.centreId)
			.where('k.employer_id', '=', employerId)
			.groupBy(['k.id', 'k.title', 'k.created_at'])
			.orderBy('k.created_at', 'desc')
			.limit(COLLECTIVES_SHOWN)
			.execute();
		return {
			claims: rows.map(claim),
			collectives: collectives.map((row) => ({
				id: row.id,
				title: row.title,
				claims: Number(row.claims)
			}))
		};
	});
}

/**
 * Puts claims into a collective case, each case locked while it is checked: a claim must be an
 * open unpaid-wages case against the collective's employer, with a calculated claim, and in no
 * collective case yet. Each case's timeline notes that it joined.
 */
async function joinClaims(
	trx: Db,
	actor: Actor,
	collectiveId: string,
	employerId: string,
	caseIds: string[]
): Promise<void> {
	const rows = await trx
		.selectFrom('cases as c')
		.innerJoin('case_wage_claims as w', (join) =>
			join.onRef('w.centre_id', '=', 'c.centre_id').onRef('w.case_id', '=', 'c.id')
		)
		.select(['c.id', 'c.employer_id', 'c.kind', 'c.status', 'c.collective_id'])
		.where('c.centre_id', '=', actor.centreId)
		.where('c.id', 'in', caseIds)
		.forUpdate('c')
		.execute();
	if (rows.length !== caseIds.length) throw new RuleError('employers.claimUnknown');
	for (const row of rows) {
		if (row.employer_id !== employerId || row.kind !== 'unpaid_wages' || row.status !== 'open') {
			throw new RuleError('employers.claimOtherEmployer');
		}
		if (row.collective_id) throw new RuleError('employers.claimAlreadyGrouped');
	}
	await trx
		.updateTable('cases')
		.set({ collective_id: collectiveId })
		.where('centre_id', '=', actor.centreId)
		.where('id', 'in', caseIds)
		.execute();
	await trx
		.insertInto('case_events')
		.values(
			caseIds.map((caseId) => ({
				centre_id: actor.centreId,
				id: uuidv7(),
				case_id: caseId,
				kind: 'joined_collective' as const,
				body: null,
				author_id: actor.accountId
			}))
		)
		.execute();
}

/** Makes a collective case against an employer from claims against it. */
export async function createCollective(
	db: Kysely<Database>,
	actor: Actor,
	employerId: string,
	input: CollectiveInput
): Promise<string> {
	requireRole(actor, ...STAFF);
	const id = uuidv7();
	await inCentre(db, actor.centreId, async (trx) => {
		const employer = await trx
			.selectFrom('employers')
			.select('id')
			.where('centre_id', '=', actor.centreId)
			.where('id', '=', employerId)
			.executeTakeFirst();
		if (!employer) throw new NotFoundError('employer');
		await trx
			.insertInto('collective_cases')
			.values({
				centre_id: actor.centreId,
				id,
				employer_id: employerId,
				title: input.title,
				created_by: actor.accountId
			})
			.execute();
		await joinClaims(trx, actor, id, employerId, input.caseIds);
		await audited(trx, actor, 'casework.collective_created', id, input.caseIds.length);
	});
	return id;
}

async function collectiveRow(trx: Db, centreId: string, id: string) {
	const row = await trx
		.selectFrom('collective_cases')
		.select(['id', 'title', 'employer_id', 'created_at'])
		.where('centre_id', '=', centreId)
		.where('id', '=', id)
		.executeTakeFirst();
	if (!row) throw new NotFoundError('collective');
	return row;
}

/** The number of workers and the combined arrears of a collective case, exact in pence. */
export async function collectiveTotals(
	trx: Db,
	centreId: string,
	collectiveId: string
): Promise<CollectiveTotals> {
	const row = await trx
		.selectFrom('cases as c')
		.innerJoin('case_wage_claims as w', (join) =>
			join.onRef('w.centre_id', '=', 'c.centre_id').onRef('w.case_id', '=', 'c.id')
		)
		.select([
			(eb) => eb.fn.count<number>('c.member_id').distinct().as('workers'),
			(eb) => eb.fn.countAll<number>().as('claims'),
			sql<number>`coalesce(sum(w.owed_pence), 0)`.as('owed'),
			sql<number>`coalesce(sum(w.owed_today_pence), 0)`.as('owed_today')
		])
		.where('c.centre_id', '=', centreId)
		.where('c.collective_id', '=', collectiveId)
		.executeTakeFirstOrThrow();
	return {
		workers: Number(row.workers),
		claims: Number(row.claims),
		owedPence: Number(row.owed),
		owedTodayPence: Number(row.owed_today)
	};
}

/**
 * A collective case for staff: its employer and what is behind it, its totals, its claims
 * without names (except to their own case teams), and the claims that could still join.
 */
export async function readCollective(
	db: Kysely<Database>,
	actor: Actor,
	collectiveId: string
): Promise<CollectiveView> {
	requireRole(actor, ...STAFF);
	return inCentre(db, actor.centreId, async (trx) => {
		const row = await collectiveRow(trx, actor.centreId, collectiveId);
		const employer = await employerEntry(trx, actor.centreId, row.employer_id);
		const claims = await claimsQuery(trx, actor, row.employer_id).execute();
		const inThis = claims.filter((each) => each.collective_id === collectiveId);
		const addable = claims.filter((each) => !each.collective_id && each.status === 'open');
		await audited(trx, actor, 'casework.collective_read', collectiveId, inThis.length);
		return {
			id: row.id,
			title: row.title,
			createdAt: row.created_at,
			employer,
			...(await collectiveTotals(trx, actor.centreId, collectiveId)),
			claimList: inThis.map(claim),
			addable: addable.map(claim)
		};
	});
}

export async function addClaims(
	db: Kysely<Database>,
	actor: Actor,
	collectiveId: string,
	caseIds: string[]
): Promise<void> {
	requireRole(actor, ...STAFF);
	await inCentre(db, actor.centreId, async (trx) => {
		const row = await collectiveRow(trx, actor.centreId, collectiveId);
		await joinClaims(trx, actor, collectiveId, row.employer_id, caseIds);
		await audited(trx, actor, 'casework.collective_claims_added', collectiveId, caseIds.length);
	});
}

/** Takes a claim out of a collective case; the member's timeline says so, as it said it joined. */
export async function removeClaim(
	db: Kysely<Database>,
	actor: Actor,
	collectiveId: string,
	caseId: string
): Promise<void> {
	requireRole(actor, ...STAFF);
	await inCentre(db, actor.centreId, async (trx) => {
		await collectiveRow(trx, actor.centreId, collectiveId);
		const updated = await trx
			.updateTable('cases')
			.set({ collective_id: null })
			.where('centre_id', '=', actor.centreId)
			.where('id', '=', caseId)
			.where('collective_id', '=', collectiveId)
			.executeTakeFirst();
		if (Number(updated.numUpdatedRows) === 0) throw new NotFoundError('claim');
		await trx
			.insertInto('case_events')
			.values({
				centre_id: actor.centreId,
				id: uuidv7(),
				case_id: caseId,
				kind: 'left_collective',
				body: null,
				author_id: actor.accountId
			})
			.execute();
		await recordAudit(trx, {
			action: 'casework.collective_claim_removed',
			centreId: actor.centreId,
			actorId: actor.accountId,
			subjectId: collectiveId,
			detail: { caseId }
		});
	});
}
