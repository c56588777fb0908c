import { sql } from 'kysely';
import type { Db } from '../schema';
import type { Role } from './identity.tables';

export function findAccountByNameKey(db: Db, nameKey: string) {
	return db.selectFrom('accounts').selectAll().where('name_key', '=', nameKey).executeTakeFirst();
}

export async function insertAccount(
	db: Db,
	account: {
		id: string;
		chosenName: string;
		nameKey: string;
		passphraseHash: string | null;
		isSteward?: boolean;
		languages?: string[];
	}
): Promise<void> {
	await db
		.insertInto('accounts')
		.values({
			id: account.id,
			chosen_name: account.chosenName,
			name_key: account.nameKey,
			passphrase_hash: account.passphraseHash,
			is_steward: account.isSteward ?? false,
			languages: account.languages ?? []
		})
		.execute();
}

export async function updatePassphraseHash(db: Db, accountId: string, hash: string): Promise<void> {
	await db
		.updateTable('accounts')
		.set({ passphrase_hash: hash })
		.where('id', '=', accountId)
		.execute();
}

export async function insertCentrePerson(
	db: Db,
	centreId: string,
	accountId: string
): Promise<void> {
	await db
		.insertInto('centre_people')
		.values({ centre_id: centreId, account_id: accountId })
		.onConflict((oc) => oc.doNothing())
		.execute();
}

export async function insertRole(
	db: Db,
	centreId: string,
	accountId: string,
	role: Role
): Promise<void> {
	await db
		.insertInto('centre_roles')
		.values({ centre_id: centreId, account_id: accountId, role })
		.onConflict((oc) => oc.doNothing())
		.execute();
}

export async function deleteRole(
	db: Db,
	centreId: string,
	accountId: string,
	role: Role
): Promise<void> {
	await db
		.deleteFrom('centre_roles')
		.where('centre_id', '=', centreId)
		.where('account_id', '=', accountId)
		.where('role', '=', role)
		.execute();
}

export async function rolesAt(db: Db, centreId: string, accountId: string): Promise<Role[]> {
	const rows = await db
		.selectFrom('centre_roles')
		.select('role')
		.where('centre_id', '=', centreId)
		.where('account_id', '=', accountId)
		.execute();
	return rows.map((row) => row.role);
}

/**
 * The holders of a role at a centre, locked until the transaction ends: two coordinators removing
 * each other at once would otherwise both count two and leave none. Sorted, so locks never cross.
 */
export async function lockRoleHolders(db: Db, centreId: string, role: Role): Promise<string[]> {
	const rows = await db
		.selectFrom('centre_roles')
		.select('account_id')
		.where('centre_id', '=', centreId)
		.where('role', '=', role)
		.orderBy('account_id')
		.forUpdate()
		.execute();
	return rows.map((row) => row.account_id);
}

export function centresOfAccount(db: Db, accountId: string) {
	return db
		.selectFrom('centre_people as p')
		.innerJoin('centres as c', 'c.id', 'p.centre_id')
		.select((eb) => [
			'c.id',
			'c.slug',
			'c.name',
			eb
				.selectFrom('centre_roles as r')
				.whereRef('r.centre_id', '=', 'p.centre_id')
				.whereRef('r.account_id', '=', 'p.account_id')
				.select(sql<string[]>`coalesce(array_agg(r.role order by r.role), '{}')`.as('roles'))
				.as('roles')
		])
		.where('p.account_id', '=', accountId)
		.orderBy('c.name')
		.execute();
}

export function listPeople(db: Db, centreId: string, page: { offset: number; limit: number }) {
	return db
		.selectFrom('centre_people as p')
		.innerJoin('accounts as a', 'a.id', 'p.account_id')
		.select((eb) => [
			'a.id',
			'a.chosen_name',
			'p.joined_at',
			eb
				.selectFrom('centre_roles as r')
				.whereRef('r.centre_id', '=', 'p.centre_id')
				.whereRef('r.account_id', '=', 'p.account_id')
				.select(sql<string[]>`coalesce(array_agg(r.role order by r.role), '{}')`.as('roles'))
				.as('roles')
		])
		.where('p.centre_id', '=', centreId)
		.orderBy('a.chosen_name')
		.orderBy('a.id')
		.offset(page.offset)
		.limit(page.limit)
		.execute();
}

export async function countPeople(db: Db, centreId: string): Promise<number> {
	const row = await db
		.selectFrom('centre_people')
		.select((eb) => eb.fn.countAll<number>().as('count'))
		.where('centre_id', '=', centreId)
		.executeTakeFirstOrThrow();
	return Number(row.count);
}

export function findPersonAt(db: Db, centreId: string, accountId: string) {
	return db
		.selectFrom('centre_people as p')
		.innerJoin('accounts as a', 'a.id', 'p.account_id')
		.select(['a.id', 'a.chosen_name', 'a.passphrase_hash', 'p.joined_at'])
		.where('p.centre_id', '=', centreId)
		.where('p.account_id', '=', accountId)
		.executeTakeFirst();
}

export async function insertConsent(
	db: Db,
	consent: {
		centreId: string;
		id: string;
		accountId: string;
		purpose: string;
		wordsShown: string;
		recordedBy: string;
	}
): Promise<void> {
	await db
		.insertInto('consents')
		.values({
			centre_id: consent.centreId,
			id: consent.id,
			account_id: consent.accountId,
			purpose: consent.purpose,
			words_shown: consent.wordsShown,
			recorded_by: consent.recordedBy
		})
		.execute();
}

export async function insertSignInCode(
	db: Db,
	code: {
		centreId: string;
		id: string;
		accountId: string;
		codeHash: Buffer;
		purpose: 'enrol' | 'reset';
		issuedBy: string;
		expiresAt: Date;
	}
): Promise<void> {
	await db
		.insertInto('sign_in_codes')
		.values({
			centre_id: code.centreId,
			id: code.id,
			account_id: code.accountId,
			code_hash: code.codeHash,
			purpose: code.purpose,
			issued_by: code.issuedBy,
			expires_at: code.expiresAt
		})
		.execute();
}

/** Marks every unused code of a person as used, so only the newest card works. */
export async function retireOpenCodes(db: Db, centreId: string, accountId: string): Promise<void> {
	await db
		.updateTable('sign_in_codes')
		.set({ used_at: new Date() })
		.where('centre_id', '=', centreId)
		.where('account_id', '=', accountId)
		.where('used_at', 'is', null)
		.execute();
}

/** Claims an unused, unexpired code in one statement, so it can be used once only. */
export function claimSignInCode(db: Db, codeHash: Buffer, now: Date) {
	return db
		.updateTable('sign_in_codes')
		.set({ used_at: now })
		.where('code_hash', '=', codeHash)
		.where('used_at', 'is', null)
		.where('expires_at', '>', now)
		.returning(['centre_id', 'account_id', 'purpose'])
		.executeTakeFirst();
}

export async function insertSession(
	db: Db,
	session: { id: string; tokenHash: Buffer; accountId: string; expiresAt: Date }
): Promise<void> {
	await db
		.insertInto('sessions')
		.values({
			id: session.id,
			token_hash: session.tokenHash,
			account_id: session.accountId,
			expires_at: session.expiresAt
		})
		.execute();
}

export function findSession(db: Db, tokenHash: Buffer) {
	return db
		.selectFrom('sessions as s')
		.innerJoin('accounts as a', 'a.id', 's.account_id')
		.select([
			's.id',
			's.account_id',
			's.last_seen_at',
			's.expires_at',
			'a.chosen_name',
			'a.is_steward'
		])
		.where('s.token_hash', '=', tokenHash)
		.executeTakeFirst();
}

export async function touchSession(db: Db, sessionId: string, now: Date): Promise<void> {
	await db.updateTable('sessions').set({ last_seen_at: now }).where('id', '=', sessionId).execute();
}

export async function deleteSession(db: Db, sessionId: string): Promise<void> {
	await db.deleteFrom('sessions').where('id', '=', sessionId).execute();
}

export async function deleteSessionsOf(db: Db, accountId: string): Promise<number> {
	const result = await db
		.deleteFrom('sessions')
		.where('account_id', '=', accountId)
		.executeTakeFirst();
	return Number(result.numDeletedRows);
}

export async function recordFailure(db: Db, keyHash: Buffer): Promise<void> {
	await db.insertInto('sign_in_failures').values({ key_hash: keyHash }).execute();
}

export async function recentFailures(db: Db, keyHash: Buffer, since: Date): Promise<Date[]> {
	const rows = await db
		.selectFrom('sign_in_failures')
		.select('failed_at')
		.where('key_hash', '=', keyHash)
		.where('failed_at', '>', since)
		.orderBy('failed_at')
		.execute();
	return rows.map((row) => row.failed_at);
}

export async function clearFailures(db: Db, keyHash: Buffer): Promise<void> {
	await db.deleteFrom('sign_in_failures').where('key_hash', '=', keyHash).execute();
}

export async function pruneExpired(
	db: Db,
	now: Date,
	idleCutoff: Date,
	failuresBefore: Date
): Promise<void> {
	await db
		.deleteFrom('sessions')
		.where((eb) => eb.or([eb('expires_at', '<=', now), eb('last_seen_at', '<', idleCutoff)]))
		.execute();
	await db.deleteFrom('sign_in_failures').where('failed_at', '<', failuresBefore).execute();
}

/** The languages spoken by the people holding a role at a centre, with no names attached. */
export async function languagesOfRole(db: Db, centreId: string, role: Role): Promise<string[]> {
	const rows = await db
		.selectFrom('centre_roles as r')
		.innerJoin('accounts as a', 'a.id', 'r.account_id')
		.select(sql<string>`unnest(a.languages)`.as('language'))
		.where('r.centre_id', '=', centreId)
		.where('r.role', '=', role)
		.execute();
	return [...new Set(rows.map((row) => row.language))].sort();
}

/** Whose card a code is on, used or not: to check a new passphrase against their name. */
export function findCodeHolder(db: Db, codeHash: Buffer) {
	return db
		.selectFrom('sign_in_codes as c')
		.innerJoin('accounts as a', 'a.id', 'c.account_id')
		.select(['a.chosen_name'])
		.where('c.code_hash', '=', codeHash)
		.executeTakeFirst();
}

export async function deleteCodesExpiredBefore(db: Db, before: Date): Promise<void> {
	await db.deleteFrom('sign_in_codes').where('expires_at', '<', before).execute();
}

/** Roles beyond member that an account holds at any centre, and whether it stewards the network. */
export async function standing(db: Db, accountId: string) {
	const [account, roles] = await Promise.all([
		db.selectFrom('accounts').select('is_steward').where('id', '=', accountId).executeTakeFirst(),
		db
			.selectFrom('centre_roles')
			.select(['centre_id', 'role'])
			.where('account_id', '=', accountId)
			.where('role', '!=', 'member')
			.execute()
	]);
	return { isSteward: account?.is_steward ?? false, staffRoles: roles };
}
