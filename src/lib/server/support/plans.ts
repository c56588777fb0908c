import type { Kysely } from 'kysely';
import { isLocale, type Locale } from '../../i18n/locales';
import type { Translate } from '../../i18n/translate';
import { hasRole, type Actor } from '../identity/identity.service';
import { recordAudit } from '../platform/audit';
import { open, seal } from '../platform/crypto';
import { inCentre } from '../platform/database';
import { ForbiddenError, NotFoundError, RuleError } from '../platform/errors';
import type { Database, Db } from '../schema';
import {
	COMMITMENT_MAX,
	COMMITMENTS_MAX,
	PART_MAX,
	PLAN_PARTS,
	type Commitment,
	type PlanContent,
	type PlanInput,
	type PlanPart
} from './plans.schemas';
import { KIND_KEYS, PART_KEYS } from '../../plan-form';

/**
 * Four-part plans. A plan belongs to the member: they read and write it, and share it with the
 * adviser they have chosen, who may then read it and write with them. Sharing rides on the
 * member's choice of that adviser, so changing adviser ends it. What is written is sealed, every
 * save is kept as a version with its writer, and every read by someone other than the member is
 * audited. Nothing here records whether a promise was kept in time: only the centre can be late.
 */

export const VERSIONS_PAGE = 20;
export const SHARED_PAGE = 50;

/** Where a plan stands for the access rule: whose it is, and whom it is shared with now. */
export interface PlanAccess {
	centreId: string;
	memberId: string;
	/** The adviser of the choice the plan was shared through, and whether that choice still holds. */
	sharedWith: { adviserId: string; choiceLive: boolean } | null;
}

/**
 * Who may read a plan (and so write it): the member whose plan it is, and the adviser it is shared
 * with while they are still the member's chosen adviser and an adviser here. No one else: not a
 * coordinator, not another adviser, not anyone at another centre.
 */
export function canReadPlan(actor: Actor, plan: PlanAccess): boolean {
	if (actor.centreId !== plan.centreId) return false;
	if (actor.accountId === plan.memberId) return true;
	const shared = plan.sharedWith;
	return (
		!!shared &&
		shared.choiceLive &&
		shared.adviserId === actor.accountId &&
		hasRole(actor, 'adviser')
	);
}

export interface Writer {
	accountId: string;
	/** Null when the writer no longer belongs to the centre. */
	name: string | null;
	isReader: boolean;
	isMember: boolean;
}

export interface PlanVersion extends PlanContent {
	version: number;
	writer: Writer;
	writtenAt: Date;
}

export interface PlanView {
	memberId: string;
	memberName: string;
	readerIsMember: boolean;
	/** Null until the first save. */
	latest: PlanVersion | null;
	/** The member's chosen adviser now, if any. */
	adviser: { id: string; name: string } | null;
	/** Whether that adviser can read the plan. */
	sharedWithAdviser: boolean;
}

interface PlanRow {
	latest_version: number;
	shared_adviser: string | null;
	shared_ended_at: Date | null;
}

async function planRow(
	trx: Db,
	centreId: string,
	memberId: string,
	lock = false
): Promise<PlanRow | undefined> {
	let query = trx
		.selectFrom('plans as p')
		.leftJoin('adviser_choices as c', (join) =>
			join.onRef('c.centre_id', '=', 'p.centre_id').onRef('c.id', '=', 'p.shared_choice_id')
		)
		.select(['p.latest_version', 'c.adviser_id as shared_adviser', 'c.ended_at as shared_ended_at'])
		.where('p.centre_id', '=', centreId)
		.where('p.member_id', '=', memberId);
	if (lock) query = query.forUpdate('p');
	return query.executeTakeFirst();
}

function access(centreId: string, memberId: string, row: PlanRow | undefined): PlanAccess {
	return {
		centreId,
		memberId,
		sharedWith: row?.shared_adviser
			? { adviserId: row.shared_adviser, choiceLive: row.shared_ended_at === null }
			: null
	};
}

/** The plan's row for someone allowed to read it; the same refusal whether or not it exists. */
async function readable(
	trx: Db,
	actor: Actor,
	memberId: string,
	lock = false
): Promise<PlanRow | undefined> {
	const row = await planRow(trx, actor.centreId, memberId, lock);
	if (!canReadPlan(actor, access(actor.centreId, memberId, row))) throw new ForbiddenError('plan');
	return row;
}

async function currentChoice(
	trx: Db,
	centreId: string,
	memberId: string
): Promise<{ id: string; adviserId: string; name: string } | undefined> {
	const row = await trx
		.selectFrom('adviser_choices as c')
		.innerJoin('accounts as a', 'a.id', 'c.adviser_id')
		.select(['c.id', 'c.adviser_id', 'a.chosen_name'])
		.where('c.centre_id', '=', centreId)
		.where('c.member_id', '=', memberId)
		.where('c.ended_at', 'is', null)
		.executeTakeFirst();
	return row && { id: row.id, adviserId: row.adviser_id, name: row.chosen_name };
}

async function memberName(trx: Db, centreId: string, memberId: string): Promise<string> {
	const row = await trx
		.selectFrom('accounts as a')
		.innerJoin('centre_people as p', 'p.account_id', 'a.id')
		.select('a.chosen_name')
		.where('p.centre_id', '=', centreId)
		.where('a.id', '=', memberId)
		.executeTakeFirst();
	if (!row) throw new NotFoundError('member');
	return row.chosen_name;
}

/** A sealed body as stored; anything unexpected in it is dropped rather than shown. */
function unseal(body: string, key: Buffer): Omit<PlanContent, 'language'> {
	const raw = JSON.parse(open(body, key)) as {
		parts?: Partial<Record<PlanPart, unknown>>;
		commitments?: unknown[];
	};
	const parts = {} as Record<PlanPart, string>;
	for (const part of PLAN_PARTS) {
		const value = raw.parts?.[part];
		parts[part] = typeof value === 'string' ? value : '';
	}
	const commitments = (raw.commitments ?? []).filter(
		(item): item is Commitment =>
			typeof item === 'object' && item !== null && 'side' in item && 'text' in item
	);
	return { parts, commitments };
}

function versionsQuery(trx: Db, centreId: string, memberId: string) {
	return trx
		.selectFrom('plan_versions as v')
		.leftJoin('accounts as a', 'a.id', 'v.written_by')
		.select(['v.version', 'v.language', 'v.written_by', 'v.written_at', 'a.chosen_name'])
		.where('v.centre_id', '=', centreId)
		.where('v.member_id', '=', memberId);
}

function writer(
	actor: Actor,
	memberId: string,
	row: { written_by: string; chosen_name: string | null }
): Writer {
	return {
		accountId: row.written_by,
		name: row.chosen_name,
		isReader: row.written_by === actor.accountId,
		isMember: row.written_by === memberId
	};
}

async function loadVersion(
	trx: Db,
	actor: Actor,
	memberId: string,
	version: number,
	key: Buffer
): Promise<PlanVersion | null> {
	const row = await versionsQuery(trx, actor.centreId, memberId)
		.select('v.body')
		.where('v.version', '=', version)
		.executeTakeFirst();
	if (!row) return null;
	if (actor.accountId !== memberId) {
		await recordAudit(trx, {
			action: 'support.plan_read',
			centreId: actor.centreId,
			actorId: actor.accountId,
			subjectId: memberId,
			detail: { version }
		});
	}
	return {
		version: row.version,
		language: row.language,
		...unseal(row.body, key),
		writer: writer(actor, memberId, row),
		writtenAt: row.written_at
	};
}

/**
 * A member's plan as the reader may see it: its latest version (null before the first save) and
 * whom it is shared with. The member reads their own without an audit record; anyone else's read
 * is audited.
 */
export async function readPlan(
	db: Kysely<Database>,
	actor: Actor,
	memberId: string,
	key: Buffer
): Promise<PlanView> {
	return inCentre(db, actor.centreId, async (trx) => {
		const row = await readable(trx, actor, memberId);
		const name = await memberName(trx, actor.centreId, memberId);
		const latest =
			row && row.latest_version > 0
				? await loadVersion(trx, actor, memberId, row.latest_version, key)
				: null;
		const adviser = await currentChoice(trx, actor.centreId, memberId);
		const plan = access(actor.centreId, memberId, row);
		return {
			memberId,
			memberName: name,
			readerIsMember: actor.accountId === memberId,
			latest,
			adviser: adviser ? { id: adviser.adviserId, name: adviser.name } : null,
			sharedWithAdviser:
				!!adviser &&
				!!plan.sharedWith?.choiceLive &&
				plan.sharedWith.adviserId === adviser.adviserId
		};
	});
}

/** One earlier (or the latest) version; NotFoundError when there is no such version. */
export async function readPlanVersion(
	db: Kysely<Database>,
	actor: Actor,
	memberId: string,
	version: number,
	key: Buffer
): Promise<PlanVersion & { memberName: string; latestVersion: number }> {
	return inCentre(db, actor.centreId, async (trx) => {
		const row = await readable(trx, actor, memberId);
		const found = await loadVersion(trx, actor, memberId, version, key);
		if (!row || !found) throw new NotFoundError('plan version');
		return {
			...found,
			memberName: await memberName(trx, actor.centreId, memberId),
			latestVersion: row.latest_version
		};
	});
}

export interface VersionSummary {
	version: number;
	language: string;
	writer: Writer;
	writtenAt: Date;
}

export interface VersionPage {
	memberName: string;
	versions: VersionSummary[];
	page: number;
	pages: number;
	total: number;
}

/** Who saved each version and when, newest first, a page at a time; nothing sealed is opened. */
export async function planHistory(
	db: Kysely<Database>,
	actor: Actor,
	memberId: string,
	page: number
): Promise<VersionPage> {
	return inCentre(db, actor.centreId, async (trx) => {
		const row = await readable(trx, actor, memberId);
		const total = row?.latest_version ?? 0;
		const pages = Math.max(1, Math.ceil(total / VERSIONS_PAGE));
		const current = Math.min(Math.max(1, page), pages);
		const rows = await versionsQuery(trx, actor.centreId, memberId)
			.orderBy('v.version', 'desc')
			.limit(VERSIONS_PAGE)
			.offset((current - 1) * VERSIONS_PAGE)
			.execute();
		if (actor.accountId !== memberId) {
			await recordAudit(trx, {
				action: 'support.plan_history_read',
				centreId: actor.centreId,
				actorId: actor.accountId,
				subjectId: memberId
			});
		}
		return {
			memberName: await memberName(trx, actor.centreId, memberId),
			versions: rows.map((version) => ({
				version: version.version,
				language: version.language,
				writer: writer(actor, memberId, version),
				writtenAt: version.written_at
			})),
			page: current,
			pages,
			total
		};
	});
}

function checkContent(input: PlanContent): void {
	for (const part of PLAN_PARTS) {
		if ([...input.parts[part]].length > PART_MAX) throw new RuleError('plan.partTooLong');
	}
	for (const side of ['member', 'centre'] as const) {
		if (input.commitments.filter((item) => item.side === side).length > COMMITMENTS_MAX) {
			throw new RuleError('plan.tooManyCommitments');
		}
	}
	if (input.commitments.some((item) => [...item.text].length > COMMITMENT_MAX)) {
		throw new RuleError('plan.commitmentTooLong');
	}
}

/**
 * Saves the plan as a new version written by the actor: the member, or the adviser it is shared
 * with. If someone saved since the version the writer started from, nothing is saved and
 * RuleError('plan.changedMeanwhile') says so, so the writer can look before replacing it.
 */
export async function savePlan(
	db: Kysely<Database>,
	actor: Actor,
	memberId: string,
	input: PlanInput,
	key: Buffer,
	now: Date
): Promise<number> {
	checkContent(input);
	return inCentre(db, actor.centreId, async (trx) => {
		if (actor.accountId === memberId) {
			await trx
				.insertInto('plans')
				.values({
					centre_id: actor.centreId,
					member_id: memberId,
					created_at: now,
					updated_at: now
				})
				.onConflict((conflict) => conflict.columns(['centre_id', 'member_id']).doNothing())
				.execute();
		}
		const row = await readable(trx, actor, memberId, true);
		if (!row) throw new ForbiddenError('plan');
		if (row.latest_version !== input.basedOn) throw new RuleError('plan.changedMeanwhile');
		const version = row.latest_version + 1;
		const body = JSON.stringify({ parts: input.parts, commitments: input.commitments });
		await trx
			.insertInto('plan_versions')
			.values({
				centre_id: actor.centreId,
				member_id: memberId,
				version,
				language: input.language,
				body: seal(body, key),
				written_by: actor.accountId,
				written_at: now
			})
			.execute();
		await trx
			.updateTable('plans')
			.set({ latest_version: version, updated_at: now })
			.where('centre_id', '=', actor.centreId)
			.where('member_id', '=', memberId)
			.execute();
		await recordAudit(trx, {
			action: 'support.plan_saved',
			centreId: actor.centreId,
			actorId: actor.accountId,
			subjectId: memberId,
			detail: { version }
		});
		return version;
	});
}

/**
 * The member shares their plan with the adviser they have chosen now (before or after writing
 * it). Throws RuleError('plan.noAdviser') when they have not chosen one.
 */
export async function sharePlan(
	db: Kysely<Database>,
	actor: Actor,
	now: Date
): Promise<{ adviserName: string }> {
	return inCentre(db, actor.centreId, async (trx) => {
		const choice = await currentChoice(trx, actor.centreId, actor.accountId);
		if (!choice) throw new RuleError('plan.noAdviser');
		await trx
			.insertInto('plans')
			.values({
				centre_id: actor.centreId,
				member_id: actor.accountId,
				shared_choice_id: choice.id,
				shared_at: now,
				created_at: now,
				updated_at: now
			})
			.onConflict((conflict) =>
				conflict
					.columns(['centre_id', 'member_id'])
					.doUpdateSet({ shared_choice_id: choice.id, shared_at: now })
			)
			.execute();
		await recordAudit(trx, {
			action: 'support.plan_shared',
			centreId: actor.centreId,
			actorId: actor.accountId,
			subjectId: actor.accountId,
			detail: { adviser: choice.adviserId }
		});
		return { adviserName: choice.name };
	});
}

/** The member stops sharing their plan: no adviser can read it until they share it again. */
export async function stopSharingPlan(db: Kysely<Database>, actor: Actor): Promise<void> {
	await inCentre(db, actor.centreId, async (trx) => {
		const stopped = await trx
			.updateTable('plans')
			.set({ shared_choice_id: null, shared_at: null })
			.where('centre_id', '=', actor.centreId)
			.where('member_id', '=', actor.accountId)
			.where('shared_choice_id', 'is not', null)
			.executeTakeFirst();
		if (stopped.numUpdatedRows > 0n) {
			await recordAudit(trx, {
				action: 'support.plan_unshared',
				centreId: actor.centreId,
				actorId: actor.accountId,
				subjectId: actor.accountId
			});
		}
	});
}

/**
 * The member erases their plan: every version and the sharing go at once, and nothing of what
 * was written remains. Returns whether there was a plan to erase.
 */
export async function erasePlan(db: Kysely<Database>, actor: Actor): Promise<boolean> {
	return inCentre(db, actor.centreId, async (trx) => {
		const erased = await trx
			.deleteFrom('plans')
			.where('centre_id', '=', actor.centreId)
			.where('member_id', '=', actor.accountId)
			.executeTakeFirst();
		if (erased.numDeletedRows === 0n) return false;
		await recordAudit(trx, {
			action: 'support.plan_erased',
			centreId: actor.centreId,
			actorId: actor.accountId,
			subjectId: actor.accountId
		});
		return true;
	});
}

export interface SharedPlan {
	memberId: string;
	memberName: string;
	/** 0 when the member has shared it before writing anything. */
	latestVersion: number;
	updatedAt: Date;
}

/** Plans shared with an adviser now, most recently changed first, a page at a time. */
export async function plansSharedWith(
	db: Kysely<Database>,
	actor: Actor,
	page: number
): Promise<{ plans: SharedPlan[]; page: number; pages: number }> {
	if (!hasRole(actor, 'adviser')) throw new ForbiddenError('adviser');
	return inCentre(db, actor.centreId, async (trx) => {
		const base = trx
			.selectFrom('plans as p')
			.innerJoin('adviser_choices as c', (join) =>
				join.onRef('c.centre_id', '=', 'p.centre_id').onRef('c.id', '=', 'p.shared_choice_id')
			)
			.where('p.centre_id', '=', actor.centreId)
			.where('c.adviser_id', '=', actor.accountId)
			.where('c.ended_at', 'is', null);
		const { count } = await base
			.select((eb) => eb.fn.countAll<string>().as('count'))
			.executeTakeFirstOrThrow();
		const pages = Math.max(1, Math.ceil(Number(count) / SHARED_PAGE));
		const current = Math.min(Math.max(1, page), pages);
		const rows = await base
			.innerJoin('accounts as a', 'a.id', 'p.member_id')
			.select(['p.member_id', 'a.chosen_name', 'p.latest_version', 'p.updated_at'])
			.orderBy('p.updated_at', 'desc')
			.orderBy('p.member_id')
			.limit(SHARED_PAGE)
			.offset((current - 1) * SHARED_PAGE)
			.execute();
		return {
			plans: rows.map((row) => ({
				memberId: row.member_id,
				memberName: row.chosen_name,
				latestVersion: row.latest_version,
				updatedAt: row.updated_at
			})),
			page: current,
			pages
		};
	});
}

/**
 * The language to write a plan's headings in: the plan's own when Hearth speaks it, else the
 * reader's.
 */
export function headingLocale(language: string, reader: Locale): Locale {
	return isLocale(language) ? language : reader;
}

/**
 * The plan as plain text, to keep as a file: headings in the plan's language where Hearth speaks
 * it, the member's words as they wrote them.
 */
export function planAsText(
	plan: PlanVersion & { memberName: string; centreName: string },
	t: Translate,
	format: { date(instant: Date): string; calendarDate(date: string): string },
	languageName: string
): string {
	const lines: string[] = [
		t('plan.fileTitle', { name: plan.memberName, centre: plan.centreName }),
		t('plan.fileVersion', { version: plan.version, date: format.date(plan.writtenAt) }),
		t('plan.fileLanguage', { language: languageName }),
		''
	];
	for (const part of PLAN_PARTS) {
		const heading = t(PART_KEYS[part]);
		lines.push(heading, '-'.repeat([...heading].length));
		lines.push(plan.parts[part] || t('plan.partEmpty'), '');
	}
	for (const side of ['member', 'centre'] as const) {
		const heading = side === 'member' ? t('plan.memberSide') : t('plan.centreSide');
		lines.push(heading, '-'.repeat([...heading].length));
		const items = plan.commitments.filter((item) => item.side === side);
		if (items.length === 0) lines.push(t('plan.noCommitments'));
		for (const item of items) {
			const mark = item.done ? '[x]' : '[ ]';
			let line = `${mark} ${item.text}`;
			if (item.side === 'centre') {
				line = `${mark} ${t(KIND_KEYS[item.kind])}: ${item.text}`;
				if (item.due) line += ` (${t('plan.dueBy', { date: format.calendarDate(item.due) })})`;
			}
			lines.push(line);
		}
		lines.push('');
	}
	return lines.join('\r\n');
}
