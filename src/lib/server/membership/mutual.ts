import type { Kysely } from 'kysely';
import { requireRole, type Actor } from '../identity/identity.service';
import { recordAudit } from '../platform/audit';
import { inCentre } from '../platform/database';
import { uuidv7 } from '../platform/ids';
import type { Database, Db } from '../schema';
import type { ThresholdKind } from './mutual.tables';

const DAY_MS = 86_400_000;
/** After "not now", the offer waits this long before the mutual page makes it again. */
export const OFFER_AGAIN_DAYS = 120;
export const REGISTER_PAGE_SIZE = 50;

export interface Membership {
	member: boolean;
	joinedAt: Date | null;
	/** Whether to make the offer now: not a member, and no "not now" in the last months. */
	offerDue: boolean;
}

/** Whether a person is on the register now, and whether to offer them membership. */
export async function membershipOf(db: Db, actor: Actor, now: Date): Promise<Membership> {
	return inCentre(db, actor.centreId, async (trx) => {
		const current = await trx
			.selectFrom('mutual_members')
			.select('joined_at')
			.where('centre_id', '=', actor.centreId)
			.where('account_id', '=', actor.accountId)
			.where('left_at', 'is', null)
			.executeTakeFirst();
		if (current) return { member: true, joinedAt: current.joined_at, offerDue: false };
		const declined = await trx
			.selectFrom('mutual_declines')
			.select('declined_at')
			.where('centre_id', '=', actor.centreId)
			.where('account_id', '=', actor.accountId)
			.executeTakeFirst();
		const waiting =
			declined && now.getTime() - declined.declined_at.getTime() < OFFER_AGAIN_DAYS * DAY_MS;
		return { member: false, joinedAt: null, offerDue: !waiting };
	});
}

/** Adds the person to the register from now; being a member already changes nothing. */
export async function acceptMembership(db: Db, actor: Actor, now: Date): Promise<void> {
	await inCentre(db, actor.centreId, async (trx) => {
		const inserted = await trx
			.insertInto('mutual_members')
			.values({
				centre_id: actor.centreId,
				id: uuidv7(now.getTime()),
				account_id: actor.accountId,
				joined_at: now,
				left_at: null
			})
			.onConflict((conflict) =>
				conflict.columns(['centre_id', 'account_id']).where('left_at', 'is', null).doNothing()
			)
			.executeTakeFirst();
		await trx
			.deleteFrom('mutual_declines')
			.where('centre_id', '=', actor.centreId)
			.where('account_id', '=', actor.accountId)
			.execute();
		if (Number(inserted.numInsertedOrUpdatedRows ?? 0) > 0) {
			await recordAudit(trx, {
				action: 'mutual.joined',
				centreId: actor.centreId,
				actorId: actor.accountId,
				subjectId: actor.accountId
			});
		}
	});
}

/** "Not now": remembered only as a date, so the offer is not pushed at every visit. */
export async function declineMembership(db: Db, actor: Actor, now: Date): Promise<void> {
	await inCentre(db, actor.centreId, (trx) =>
		trx
			.insertInto('mutual_declines')
			.values({ centre_id: actor.centreId, account_id: actor.accountId, declined_at: now })
			.onConflict((conflict) =>
				conflict.columns(['centre_id', 'account_id']).doUpdateSet({ declined_at: now })
			)
			.execute()
	);
}

/**
 * Leaves the mutual at once. Votes already cast stay in their ballot boxes (they cannot be found
 * to take out); an office held ends with the membership.
 */
export async function leaveMutual(db: Db, actor: Actor, now: Date): Promise<void> {
	await inCentre(db, actor.centreId, async (trx) => {
		const left = await trx
			.updateTable('mutual_members')
			.set({ left_at: now })
			.where('centre_id', '=', actor.centreId)
			.where('account_id', '=', actor.accountId)
			.where('left_at', 'is', null)
			.executeTakeFirst();
		if (Number(left.numUpdatedRows) === 0) return;
		await trx
			.deleteFrom('mutual_officers')
			.where('centre_id', '=', actor.centreId)
			.where('account_id', '=', actor.accountId)
			.execute();
		// Declining after leaving keeps the offer from coming straight back.
		await trx
			.insertInto('mutual_declines')
			.values({ centre_id: actor.centreId, account_id: actor.accountId, declined_at: now })
			.onConflict((conflict) =>
				conflict.columns(['centre_id', 'account_id']).doUpdateSet({ declined_at: now })
			)
			.execute();
		await recordAudit(trx, {
			action: 'mutual.left',
			centreId: actor.centreId,
			actorId: actor.accountId,
			subjectId: actor.accountId
		});
	});
}

/** The account ids on the register now. */
export async function currentMembers(db: Db, centreId: string): Promise<string[]> {
	const rows = await inCentre(db, centreId, (trx) =>
		trx
			.selectFrom('mutual_members')
			.select('account_id')
			.where('centre_id', '=', centreId)
			.where('left_at', 'is', null)
			.execute()
	);
	return rows.map((row) => row.account_id);
}

export async function isMember(db: Db, centreId: string, accountId: string): Promise<boolean> {
	const row = await inCentre(db, centreId, (trx) =>
		trx
			.selectFrom('mutual_members')
			.select('id')
			.where('centre_id', '=', centreId)
			.where('account_id', '=', accountId)
			.where('left_at', 'is', null)
			.executeTakeFirst()
	);
	return !!row;
}

export async function memberCount(db: Db, centreId: string): Promise<number> {
	const { n } = await inCentre(db, centreId, (trx) =>
		trx
			.selectFrom('mutual_members')
			.select((eb) => eb.fn.countAll<number>().as('n'))
			.where('centre_id', '=', centreId)
			.where('left_at', 'is', null)
			.executeTakeFirstOrThrow()
	);
	return Number(n);
}

export interface Officer {
	office: string;
	chosenName: string;
	electedAt: Date;
}

/** The elected officers, by office; for people of the centre only. */
export async function officers(db: Db, centreId: string): Promise<Officer[]> {
	const rows = await inCentre(db, centreId, (trx) =>
		trx
			.selectFrom('mutual_officers as o')
			.innerJoin('accounts as a', 'a.id', 'o.account_id')
			.select(['o.office', 'a.chosen_name', 'o.elected_at'])
			.where('o.centre_id', '=', centreId)
			.orderBy('o.office')
			.orderBy('a.chosen_name')
			.execute()
	);
	return rows.map((row) => ({
		office: row.office,
		chosenName: row.chosen_name,
		electedAt: row.elected_at
	}));
}

/** Puts the people an election chose into an office, in place of those it held before. */
export async function electOfficers(
	db: Db,
	centreId: string,
	office: string,
	accountIds: string[],
	now: Date
): Promise<void> {
	await inCentre(db, centreId, async (trx) => {
		await trx
			.deleteFrom('mutual_officers')
			.where('centre_id', '=', centreId)
			.where('office', '=', office)
			.execute();
		if (accountIds.length === 0) return;
		await trx
			.insertInto('mutual_officers')
			.values(
				accountIds.map((accountId) => ({
					centre_id: centreId,
					office,
					account_id: accountId,
					elected_at: now
				}))
			)
			.execute();
	});
}

export interface RegisterEntry {
	chosenName: string;
	joinedAt: Date;
	leftAt: Date | null;
}

/** The register of members, newest spells first, for coordinators. */
export async function memberRegister(
	db: Kysely<Database>,
	actor: Actor,
	page: number
): Promise<{ entries: RegisterEntry[]; total: number; current: number }> {
	requireRole(actor, 'coordinator');
	return inCentre(db, actor.centreId, async (trx) => {
		const rows = await trx
			.selectFrom('mutual_members as m')
			.innerJoin('accounts as a', 'a.id', 'm.account_id')
			.select(['a.chosen_name', 'm.joined_at', 'm.left_at'])
			.where('m.centre_id', '=', actor.centreId)
			.orderBy('m.joined_at', 'desc')
			.orderBy('m.id', 'desc')
			.offset((page - 1) * REGISTER_PAGE_SIZE)
			.limit(REGISTER_PAGE_SIZE)
			.execute();
		const totals = await trx
			.selectFrom('mutual_members')
			.select((eb) => [
				eb.fn.countAll<number>().as('total'),
				eb.fn.count<number>('id').filterWhere('left_at', 'is', null).as('current')
			])
			.where('centre_id', '=', actor.centreId)
			.executeTakeFirstOrThrow();
		await recordAudit(trx, {
			action: 'mutual.register_read',
			centreId: actor.centreId,
			actorId: actor.accountId
		});
		return {
			entries: rows.map((row) => ({
				chosenName: row.chosen_name,
				joinedAt: row.joined_at,
				leftAt: row.left_at
			})),
			total: Number(totals.total),
			current: Number(totals.current)
		};
	});
}

export interface Threshold {
	kind: ThresholdKind;
	value: number;
}

export const DEFAULT_CALL_THRESHOLD: Threshold = { kind: 'members', value: 5 };

export async function callThreshold(db: Db, centreId: string): Promise<Threshold> {
	const row = await inCentre(db, centreId, (trx) =>
		trx
			.selectFrom('mutual_settings')
			.select(['call_threshold_kind', 'call_threshold_value'])
			.where('centre_id', '=', centreId)
			.executeTakeFirst()
	);
	return row
		? { kind: row.call_threshold_kind, value: row.call_threshold_value }
		: DEFAULT_CALL_THRESHOLD;
}

export async function setCallThreshold(
	db: Kysely<Database>,
	actor: Actor,
	threshold: Threshold
): Promise<void> {
	requireRole(actor, 'coordinator');
	await inCentre(db, actor.centreId, async (trx) => {
		await trx
			.insertInto('mutual_settings')
			.values({
				centre_id: actor.centreId,
				call_threshold_kind: threshold.kind,
				call_threshold_value: threshold.value
			})
			.onConflict((conflict) =>
				conflict.column('centre_id').doUpdateSet({
					call_threshold_kind: threshold.kind,
					call_threshold_value: threshold.value
				})
			)
			.execute();
		await recordAudit(trx, {
			action: 'mutual.threshold_set',
			centreId: actor.centreId,
			actorId: actor.accountId,
			detail: { kind: threshold.kind, value: threshold.value }
		});
	});
}

/** How many people a threshold asks for out of so many members: never fewer than one. */
export function thresholdCount(threshold: Threshold, members: number): number {
	if (threshold.kind === 'members') return threshold.value;
	return Math.max(1, Math.ceil((threshold.value * members) / 100));
}

/** The members on the register now, by chosen name: for a coordinator choosing candidates. */
export async function currentMemberNames(
	db: Kysely<Database>,
	actor: Actor
): Promise<{ id: string; chosenName: string }[]> {
	requireRole(actor, 'coordinator');
	const rows = await inCentre(db, actor.centreId, (trx) =>
		trx
			.selectFrom('mutual_members as m')
			.innerJoin('accounts as a', 'a.id', 'm.account_id')
			.select(['m.account_id', 'a.chosen_name'])
			.where('m.centre_id', '=', actor.centreId)
			.where('m.left_at', 'is', null)
			.orderBy('a.chosen_name')
			.execute()
	);
	return rows.map((row) => ({ id: row.account_id, chosenName: row.chosen_name }));
}
