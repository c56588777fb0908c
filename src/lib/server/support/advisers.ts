import { sql, type Kysely } from 'kysely';
import { requireRole, type Actor } from '../identity/identity.service';
import { recordAudit } from '../platform/audit';
import { inCentre } from '../platform/database';
import { ForbiddenError, NotFoundError, RuleError } from '../platform/errors';
import { uuidv7 } from '../platform/ids';
import type { Database, Db } from '../schema';
import type { PartOfDay, PhotoType } from './advisers.tables';
import type { ProfileInput } from './advisers.schemas';
import { isSupportTopic, type SupportTopic } from './topics';

/**
 * Advisers' profiles, written by each adviser in their own words and read by everyone who belongs
 * to the centre; the member's choice of adviser, which only the member makes or ends; and the one
 * thing an adviser is told when a member moves on: that they did.
 */

export const PROFILES_PER_PAGE = 20;
/** Notices that a member moved on are forgotten after this long, read or not. */
export const NOTICE_KEPT_DAYS = 60;
const DAY_MS = 86_400_000;

export interface AdviserProfile {
	accountId: string;
	name: string;
	about: string;
	languages: string[];
	helpsWith: SupportTopic[];
	works: PartOfDay[];
	hasPhoto: boolean;
}

interface ProfileRow {
	account_id: string;
	chosen_name: string;
	about: string;
	languages: string[];
	helps_with: string[];
	works_days: boolean;
	works_evenings: boolean;
	works_nights: boolean;
	has_photo: boolean;
}

export function worksFrom(row: {
	works_days: boolean;
	works_evenings: boolean;
	works_nights: boolean;
}): PartOfDay[] {
	const parts: PartOfDay[] = [];
	if (row.works_days) parts.push('day');
	if (row.works_evenings) parts.push('evening');
	if (row.works_nights) parts.push('night');
	return parts;
}

function profile(row: ProfileRow): AdviserProfile {
	return {
		accountId: row.account_id,
		name: row.chosen_name,
		about: row.about,
		languages: row.languages,
		helpsWith: row.helps_with.filter(isSupportTopic),
		works: worksFrom(row),
		hasPhoto: row.has_photo
	};
}

/** Profiles of people who hold the adviser role now: a profile outlives the role, unshown. */
export function profilesQuery(trx: Db, centreId: string) {
	return trx
		.selectFrom('adviser_profiles as p')
		.innerJoin('accounts as a', 'a.id', 'p.account_id')
		.innerJoin('centre_roles as r', (join) =>
			join
				.onRef('r.centre_id', '=', 'p.centre_id')
				.onRef('r.account_id', '=', 'p.account_id')
				.on('r.role', '=', 'adviser')
		)
		.select([
			'p.account_id',
			'a.chosen_name',
			'p.about',
			'p.languages',
			'p.helps_with',
			'p.works_days',
			'p.works_evenings',
			'p.works_nights'
		])
		.select(sql<boolean>`p.photo is not null`.as('has_photo'))
		.where('p.centre_id', '=', centreId);
}

function requireBelongs(actor: Actor, centreId: string): void {
	if (actor.centreId !== centreId) throw new ForbiddenError('another centre');
}

export interface ProfilePage {
	profiles: AdviserProfile[];
	page: number;
	hasNext: boolean;
}

/** The advisers' profiles, for anyone who belongs to the centre, by name. */
export async function listProfiles(
	db: Kysely<Database>,
	actor: Actor,
	page: number
): Promise<ProfilePage> {
	const current = Math.max(1, page);
	const rows = await inCentre(db, actor.centreId, (trx) =>
		profilesQuery(trx, actor.centreId)
			.orderBy('a.chosen_name')
			.orderBy('p.account_id')
			.limit(PROFILES_PER_PAGE + 1)
			.offset((current - 1) * PROFILES_PER_PAGE)
			.execute()
	);
	return {
		profiles: rows.slice(0, PROFILES_PER_PAGE).map(profile),
		page: current,
		hasNext: rows.length > PROFILES_PER_PAGE
	};
}

/** The adviser's own profile, empty until they write it. */
export async function ownProfile(db: Kysely<Database>, actor: Actor): Promise<AdviserProfile> {
	requireRole(actor, 'adviser');
	const row = await inCentre(db, actor.centreId, async (trx) => {
		const found = await trx
			.selectFrom('adviser_profiles')
			.select(['about', 'languages', 'helps_with', 'works_days', 'works_evenings', 'works_nights'])
			.select(sql<boolean>`photo is not null`.as('has_photo'))
			.where('centre_id', '=', actor.centreId)
			.where('account_id', '=', actor.accountId)
			.executeTakeFirst();
		const account = await trx
			.selectFrom('accounts')
			.select('chosen_name')
			.where('id', '=', actor.accountId)
			.executeTakeFirstOrThrow();
		return { found, name: account.chosen_name };
	});
	return profile({
		account_id: actor.accountId,
		chosen_name: row.name,
		about: row.found?.about ?? '',
		languages: row.found?.languages ?? [],
		helps_with: row.found?.helps_with ?? [],
		works_days: row.found?.works_days ?? false,
		works_evenings: row.found?.works_evenings ?? false,
		works_nights: row.found?.works_nights ?? false,
		has_photo: row.found?.has_photo ?? false
	});
}

/** Saves the adviser's own profile; only they can. A new photo replaces the old one. */
export async function saveProfile(
	db: Kysely<Database>,
	actor: Actor,
	input: ProfileInput,
	now: Date
): Promise<void> {
	requireRole(actor, 'adviser');
	const fields = {
		about: input.about,
		languages: input.languages,
		helps_with: input.helpsWith,
		works_days: input.works.includes('day'),
		works_evenings: input.works.includes('evening'),
		works_nights: input.works.includes('night'),
		updated_at: now,
		...(input.photo ? { photo: input.photo.bytes, photo_type: input.photo.type } : {}),
		...(input.removePhoto && !input.photo ? { photo: null, photo_type: null } : {})
	};
	await inCentre(db, actor.centreId, async (trx) => {
		await trx
			.insertInto('adviser_profiles')
			.values({
				centre_id: actor.centreId,
				account_id: actor.accountId,
				photo: null,
				photo_type: null,
				...fields
			})
			.onConflict((conflict) => conflict.columns(['centre_id', 'account_id']).doUpdateSet(fields))
			.execute();
		await recordAudit(trx, {
			action: 'support.profile_saved',
			centreId: actor.centreId,
			actorId: actor.accountId,
			subjectId: actor.accountId
		});
	});
}

/** An adviser's photo, for people who belong to the centre; null when there is none. */
export async function adviserPhoto(
	db: Kysely<Database>,
	actor: Actor,
	centreId: string,
	adviserId: string
): Promise<{ bytes: Buffer; type: PhotoType } | null> {
	requireBelongs(actor, centreId);
	const row = await inCentre(db, centreId, (trx) =>
		trx
			.selectFrom('adviser_profiles')
			.select(['photo', 'photo_type'])
			.where('centre_id', '=', centreId)
			.where('account_id', '=', adviserId)
			.executeTakeFirst()
	);
	if (!row?.photo || !row.photo_type) return null;
	return { bytes: row.photo, type: row.photo_type };
}

export interface CurrentAdviser {
	accountId: string;
	name: string;
	since: Date;
}

/** The adviser a member chose and has not moved on from, if any. */
export async function currentAdviserOf(
	trx: Db,
	centreId: string,
	memberId: string
): Promise<CurrentAdviser | null> {
	const row = await trx
		.selectFrom('adviser_choices as c')
		.innerJoin('accounts as a', 'a.id', 'c.adviser_id')
		.select(['c.adviser_id', 'a.chosen_name', 'c.chosen_at'])
		.where('c.centre_id', '=', centreId)
		.where('c.member_id', '=', memberId)
		.where('c.ended_at', 'is', null)
		.executeTakeFirst();
	return row ? { accountId: row.adviser_id, name: row.chosen_name, since: row.chosen_at } : null;
}

export async function myAdviser(
	db: Kysely<Database>,
	actor: Actor
): Promise<CurrentAdviser | null> {
	return inCentre(db, actor.centreId, (trx) =>
		currentAdviserOf(trx, actor.centreId, actor.accountId)
	);
}

/** Ends the current choice, if there is one, and tells the old adviser only that it ended. */
async function endChoice(trx: Db, actor: Actor, now: Date): Promise<boolean> {
	const ended = await trx
		.updateTable('adviser_choices')
		.set({ ended_at: now })
		.where('centre_id', '=', actor.centreId)
		.where('member_id', '=', actor.accountId)
		.where('ended_at', 'is', null)
		.returning('adviser_id')
		.executeTakeFirst();
	if (!ended) return false;
	await trx
		.insertInto('adviser_notices')
		.values({
			centre_id: actor.centreId,
			id: uuidv7(now.getTime()),
			adviser_id: ended.adviser_id,
			member_id: actor.accountId,
			created_at: now
		})
		.execute();
	return true;
}

/**
 * The member chooses an adviser they were introduced to. Choosing another ends the current
 * choice first, and the old adviser is told only that the member moved on.
 */
export async function chooseAdviser(
	trx: Db,
	actor: Actor,
	adviserId: string,
	now: Date
): Promise<void> {
	if (adviserId === actor.accountId) throw new RuleError('advisers.notYourself');
	const adviser = await trx
		.selectFrom('centre_roles')
		.select('account_id')
		.where('centre_id', '=', actor.centreId)
		.where('account_id', '=', adviserId)
		.where('role', '=', 'adviser')
		.executeTakeFirst();
	if (!adviser) throw new NotFoundError('adviser');
	const current = await currentAdviserOf(trx, actor.centreId, actor.accountId);
	if (current?.accountId === adviserId) return;
	await endChoice(trx, actor, now);
	await trx
		.insertInto('adviser_choices')
		.values({
			centre_id: actor.centreId,
			id: uuidv7(now.getTime()),
			member_id: actor.accountId,
			adviser_id: adviserId,
			chosen_at: now,
			ended_at: null
		})
		.execute();
	await recordAudit(trx, {
		action: 'support.adviser_chosen',
		centreId: actor.centreId,
		actorId: actor.accountId,
		subjectId: adviserId
	});
}

/** The member moves on from their adviser, for no reason they need to give. */
export async function leaveAdviser(db: Kysely<Database>, actor: Actor, now: Date): Promise<void> {
	await inCentre(db, actor.centreId, async (trx) => {
		if (!(await endChoice(trx, actor, now))) return;
		await recordAudit(trx, {
			action: 'support.adviser_left',
			centreId: actor.centreId,
			actorId: actor.accountId,
			subjectId: actor.accountId
		});
	});
}

export interface MovedOnNotice {
	id: string;
	memberName: string;
	at: Date;
}

export interface ChosenBy {
	accountId: string;
	name: string;
	since: Date;
}

export interface AdviserDesk {
	notices: MovedOnNotice[];
	people: ChosenBy[];
}

const DESK_LIMIT = 200;

/** What an adviser's own page shows: who chose them, and who moved on. */
export async function adviserDesk(db: Kysely<Database>, actor: Actor): Promise<AdviserDesk> {
	requireRole(actor, 'adviser');
	return inCentre(db, actor.centreId, async (trx) => {
		const notices = await trx
			.selectFrom('adviser_notices as n')
			.innerJoin('accounts as a', 'a.id', 'n.member_id')
			.select(['n.id', 'a.chosen_name', 'n.created_at'])
			.where('n.centre_id', '=', actor.centreId)
			.where('n.adviser_id', '=', actor.accountId)
			.orderBy('n.created_at', 'desc')
			.limit(DESK_LIMIT)
			.execute();
		const people = await trx
			.selectFrom('adviser_choices as c')
			.innerJoin('accounts as a', 'a.id', 'c.member_id')
			.select(['c.member_id', 'a.chosen_name', 'c.chosen_at'])
			.where('c.centre_id', '=', actor.centreId)
			.where('c.adviser_id', '=', actor.accountId)
			.where('c.ended_at', 'is', null)
			.orderBy('a.chosen_name')
			.limit(DESK_LIMIT)
			.execute();
		return {
			notices: notices.map((row) => ({
				id: row.id,
				memberName: row.chosen_name,
				at: row.created_at
			})),
			people: people.map((row) => ({
				accountId: row.member_id,
				name: row.chosen_name,
				since: row.chosen_at
			}))
		};
	});
}

/** The adviser clears a notice once read. */
export async function clearNotice(db: Kysely<Database>, actor: Actor, id: string): Promise<void> {
	requireRole(actor, 'adviser');
	await inCentre(db, actor.centreId, (trx) =>
		trx
			.deleteFrom('adviser_notices')
			.where('centre_id', '=', actor.centreId)
			.where('adviser_id', '=', actor.accountId)
			.where('id', '=', id)
			.execute()
	);
}

/** Whether `memberId` has chosen `adviserId` and not moved on. */
export async function isCurrentAdviser(
	trx: Db,
	centreId: string,
	memberId: string,
	adviserId: string
): Promise<boolean> {
	const current = await currentAdviserOf(trx, centreId, memberId);
	return current?.accountId === adviserId;
}

/** Forgets notices older than the keeping time, at every centre. For a daily job. */
export async function pruneNotices(db: Db, now: Date): Promise<number> {
	const result = await db
		.deleteFrom('adviser_notices')
		.where('created_at', '<', new Date(now.getTime() - NOTICE_KEPT_DAYS * DAY_MS))
		.executeTakeFirst();
	return Number(result.numDeletedRows);
}
