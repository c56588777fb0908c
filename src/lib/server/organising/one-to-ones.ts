import { sql, type Kysely } from 'kysely';
import { hasRole, requireRole, type Actor } from '../identity/identity.service';
import type { Role } from '../identity/identity.tables';
import { recordAudit } from '../platform/audit';
import { open, seal } from '../platform/crypto';
import { inCentre } from '../platform/database';
import { ForbiddenError, NotFoundError } from '../platform/errors';
import { uuidv7 } from '../platform/ids';
import type { Database, Db } from '../schema';
import type { OneToOneInput, StepInput } from './one-to-ones.schemas';
import { LADDER_STEPS, type LadderStep } from './organising.tables';

/**
 * One-to-one conversations and each member's path of involvement: came for help, took part,
 * spoke up, leads. The path is a picture the member reads too, drawn from steps recorded with
 * them and from what the centre's records already show. It is never a score: there are no
 * numbers, levels or grading colours, nothing compares one member with another, and the list of
 * people is found by chosen name only, never sorted or filtered by involvement.
 *
 * What a member said is sealed. An organiser's read is audited with identifiers and counts only;
 * a member reading their own record is not a sensitive read by staff, so it is not.
 */

export const ORGANISING: Role[] = ['organiser', 'coordinator'];
export const PEOPLE_PER_PAGE = 25;

export interface PersonSummary {
	accountId: string;
	chosenName: string;
}

export interface PeoplePage {
	people: PersonSummary[];
	query: string;
	page: number;
	pages: number;
	total: number;
}

export interface OneToOne {
	id: string;
	/** 'YYYY-MM-DD'. */
	heldOn: string;
	/** Null when the organiser no longer belongs to the centre. */
	organiserName: string | null;
	issues: string;
	interest: string;
	nextStep: string;
	/** Whether the reader may correct or delete it: the organiser who wrote it, or a coordinator. */
	canChange: boolean;
}

export interface PathStop {
	step: LadderStep;
	/** The day an organiser recorded the step with the member, 'YYYY-MM-DD'. */
	recordedOn: string | null;
	/**
	 * Shown because the centre's records say so (a case or appointment, a tick at an action's
	 * door, leading a campaign), with the first time they did when the records keep one.
	 */
	fromRecords: { since: Date | null } | null;
}

export interface MemberRecord {
	person: PersonSummary;
	oneToOnes: OneToOne[];
	path: PathStop[];
}

/** People of the centre whose chosen name contains every word of the query, case aside. */
function peopleQuery(trx: Db, centreId: string, query: string) {
	let select = trx
		.selectFrom('centre_people as p')
		.innerJoin('accounts as a', 'a.id', 'p.account_id')
		.where('p.centre_id', '=', centreId);
	for (const word of query.trim().split(/\s+/).filter(Boolean).slice(0, 8)) {
		const pattern = `%${word.replace(/[\\%_]/g, (found) => `\\${found}`)}%`;
		select = select.where('a.chosen_name', 'ilike', pattern);
	}
	return select;
}

/** A page of the centre's people in alphabetical order of chosen name, for organisers. */
export async function listCentrePeople(
	db: Kysely<Database>,
	actor: Actor,
	options: { query: string; page: number }
): Promise<PeoplePage> {
	requireRole(actor, ...ORGANISING);
	return inCentre(db, actor.centreId, async (trx) => {
		const counted = await peopleQuery(trx, actor.centreId, options.query)
			.select((eb) => eb.fn.countAll<number>().as('total'))
			.executeTakeFirstOrThrow();
		const total = Number(counted.total);
		const pages = Math.max(1, Math.ceil(total / PEOPLE_PER_PAGE));
		const page = Math.min(Math.max(1, options.page), pages);
		const rows = await peopleQuery(trx, actor.centreId, options.query)
			.select(['a.id', 'a.chosen_name'])
			.orderBy(sql`lower(a.chosen_name)`)
			.orderBy('a.id')
			.limit(PEOPLE_PER_PAGE)
			.offset((page - 1) * PEOPLE_PER_PAGE)
			.execute();
		return {
			people: rows.map((row) => ({ accountId: row.id, chosenName: row.chosen_name })),
			query: options.query,
			page,
			pages,
			total
		};
	});
}

async function personAt(trx: Db, centreId: string, accountId: string): Promise<PersonSummary> {
	const row = await trx
		.selectFrom('centre_people as p')
		.innerJoin('accounts as a', 'a.id', 'p.account_id')
		.select(['a.id', 'a.chosen_name'])
		.where('p.centre_id', '=', centreId)
		.where('p.account_id', '=', accountId)
		.executeTakeFirst();
	if (!row) throw new NotFoundError('person');
	return { accountId: row.id, chosenName: row.chosen_name };
}

function mayChange(actor: Actor, organiserId: string | null): boolean {
	return organiserId === actor.accountId || hasRole(actor, 'coordinator');
}

async function oneToOnesOf(
	trx: Db,
	actor: Actor,
	accountId: string,
	key: Buffer
): Promise<OneToOne[]> {
	const rows = await trx
		.selectFrom('one_to_ones as o')
		.leftJoin('accounts as a', 'a.id', 'o.organiser_id')
		.select([
			'o.id',
			'o.held_on',
			'o.organiser_id',
			'o.issues_sealed',
			'o.interest_sealed',
			'o.next_step_sealed',
			'a.chosen_name as organiser_name'
		])
		.where('o.centre_id', '=', actor.centreId)
		.where('o.account_id', '=', accountId)
		.orderBy('o.held_on', 'desc')
		.orderBy('o.id', 'desc')
		.execute();
	return rows.map((row) => ({
		id: row.id,
		heldOn: row.held_on,
		organiserName: row.organiser_name,
		issues: open(row.issues_sealed, key),
		interest: open(row.interest_sealed, key),
		nextStep: open(row.next_step_sealed, key),
		canChange: mayChange(actor, row.organiser_id)
	}));
}

function earliest(...dates: (Date | null | undefined)[]): Date | null {
	const known = dates.filter((date): date is Date => date instanceof Date);
	return known.length ? new Date(Math.min(...known.map((date) => date.getTime()))) : null;
}

/** The four stops, each with what was recorded with the member and what the records show. */
export async function memberPath(
	trx: Db,
	centreId: string,
	accountId: string
): Promise<PathStop[]> {
	const recorded = await trx
		.selectFrom('ladder_steps')
		.select(['step', 'reached_on'])
		.where('centre_id', '=', centreId)
		.where('account_id', '=', accountId)
		.execute();
	const firstCase = await trx
		.selectFrom('cases')
		.select((eb) => eb.fn.min('opened_at').as('since'))
		.where('centre_id', '=', centreId)
		.where('member_id', '=', accountId)
		.executeTakeFirst();
	const firstAppointment = await trx
		.selectFrom('appointments')
		.select((eb) => eb.fn.min('starts_at').as('since'))
		.where('centre_id', '=', centreId)
		.where('member_id', '=', accountId)
		.where('starts_at', '<=', sql<Date>`now()`)
		.executeTakeFirst();
	const firstAttended = await trx
		.selectFrom('action_sign_ups as s')
		.innerJoin('actions as a', (join) =>
			join.onRef('a.centre_id', '=', 's.centre_id').onRef('a.id', '=', 's.action_id')
		)
		.select((eb) => eb.fn.min('a.starts_at').as('since'))
		.where('s.centre_id', '=', centreId)
		.where('s.account_id', '=', accountId)
		.where('s.attended', '=', true)
		.executeTakeFirst();
	const leading = await trx
		.selectFrom('campaign_leads')
		.select('campaign_id')
		.where('centre_id', '=', centreId)
		.where('account_id', '=', accountId)
		.limit(1)
		.executeTakeFirst();

	const cameForHelp = earliest(firstCase?.since, firstAppointment?.since);
	const fromRecords: Record<LadderStep, PathStop['fromRecords']> = {
		came_for_help: cameForHelp ? { since: cameForHelp } : null,
		took_part: firstAttended?.since ? { since: firstAttended.since } : null,
		spoke_up: null,
		// Campaign leads keep no date of joining.
		leads: leading ? { since: null } : null
	};
	const recordedOn = new Map(recorded.map((row) => [row.step, row.reached_on]));
	return LADDER_STEPS.map((step) => ({
		step,
		recordedOn: recordedOn.get(step) ?? null,
		fromRecords: fromRecords[step]
	}));
}

/** A member's one-to-ones (newest first) and path, for an organiser: an audited read. */
export async function organisingRecord(
	db: Kysely<Database>,
	actor: Actor,
	accountId: string,
	key: Buffer
): Promise<MemberRecord> {
	requireRole(actor, ...ORGANISING);
	return inCentre(db, actor.centreId, async (trx) => {
		const person = await personAt(trx, actor.centreId, accountId);
		const oneToOnes = await oneToOnesOf(trx, actor, accountId, key);
		const path = await memberPath(trx, actor.centreId, accountId);
		await recordAudit(trx, {
			action: 'organising.one_to_ones_read',
			centreId: actor.centreId,
			actorId: actor.accountId,
			subjectId: accountId,
			detail: { oneToOnes: oneToOnes.length }
		});
		return { person, oneToOnes, path };
	});
}

/** What organisers have written with the signed-in person, and their path. */
export async function ownOrganisingRecord(
	db: Kysely<Database>,
	actor: Actor,
	key: Buffer
): Promise<Omit<MemberRecord, 'person'>> {
	return inCentre(db, actor.centreId, async (trx) => {
		const oneToOnes = await oneToOnesOf(trx, actor, actor.accountId, key);
		return {
			// The member reads them; correcting them is the organiser's, on the member's word.
			oneToOnes: oneToOnes.map((oneToOne) => ({ ...oneToOne, canChange: false })),
			path: await memberPath(trx, actor.centreId, actor.accountId)
		};
	});
}

function sealed(input: OneToOneInput, key: Buffer) {
	return {
		held_on: input.heldOn,
		issues_sealed: seal(input.issues, key),
		interest_sealed: seal(input.interest, key),
		next_step_sealed: seal(input.nextStep, key)
	};
}

export async function recordOneToOne(
	db: Kysely<Database>,
	actor: Actor,
	accountId: string,
	input: OneToOneInput,
	key: Buffer
): Promise<string> {
	requireRole(actor, ...ORGANISING);
	const id = uuidv7();
	await inCentre(db, actor.centreId, async (trx) => {
		await personAt(trx, actor.centreId, accountId);
		await trx
			.insertInto('one_to_ones')
			.values({
				centre_id: actor.centreId,
				id,
				account_id: accountId,
				organiser_id: actor.accountId,
				...sealed(input, key)
			})
			.execute();
		await recordAudit(trx, {
			action: 'organising.one_to_one_recorded',
			centreId: actor.centreId,
			actorId: actor.accountId,
			subjectId: id,
			detail: { member: accountId }
		});
	});
	return id;
}

/** The one-to-one, locked, if the actor may change it; another member's is not found. */
async function changeable(trx: Db, actor: Actor, accountId: string, id: string) {
	const row = await trx
		.selectFrom('one_to_ones')
		.selectAll()
		.where('centre_id', '=', actor.centreId)
		.where('account_id', '=', accountId)
		.where('id', '=', id)
		.forUpdate()
		.executeTakeFirst();
	if (!row) throw new NotFoundError('one-to-one');
	if (!mayChange(actor, row.organiser_id)) throw new ForbiddenError('the organiser who wrote it');
	return row;
}

/** One one-to-one to correct, for the organiser who wrote it or a coordinator: audited. */
export async function readOneToOne(
	db: Kysely<Database>,
	actor: Actor,
	accountId: string,
	id: string,
	key: Buffer
): Promise<{ person: PersonSummary; oneToOne: OneToOneInput }> {
	requireRole(actor, ...ORGANISING);
	return inCentre(db, actor.centreId, async (trx) => {
		const person = await personAt(trx, actor.centreId, accountId);
		const row = await changeable(trx, actor, accountId, id);
		await recordAudit(trx, {
			action: 'organising.one_to_one_read',
			centreId: actor.centreId,
			actorId: actor.accountId,
			subjectId: id
		});
		return {
			person,
			oneToOne: {
				heldOn: row.held_on,
				issues: open(row.issues_sealed, key),
				interest: open(row.interest_sealed, key),
				nextStep: open(row.next_step_sealed, key)
			}
		};
	});
}

export async function correctOneToOne(
	db: Kysely<Database>,
	actor: Actor,
	accountId: string,
	id: string,
	input: OneToOneInput,
	key: Buffer
): Promise<void> {
	requireRole(actor, ...ORGANISING);
	await inCentre(db, actor.centreId, async (trx) => {
		await changeable(trx, actor, accountId, id);
		await trx
			.updateTable('one_to_ones')
			.set(sealed(input, key))
			.where('centre_id', '=', actor.centreId)
			.where('id', '=', id)
			.execute();
		await recordAudit(trx, {
			action: 'organising.one_to_one_corrected',
			centreId: actor.centreId,
			actorId: actor.accountId,
			subjectId: id
		});
	});
}

export async function deleteOneToOne(
	db: Kysely<Database>,
	actor: Actor,
	accountId: string,
	id: string
): Promise<void> {
	requireRole(actor, ...ORGANISING);
	await inCentre(db, actor.centreId, async (trx) => {
		await changeable(trx, actor, accountId, id);
		await trx
			.deleteFrom('one_to_ones')
			.where('centre_id', '=', actor.centreId)
			.where('id', '=', id)
			.execute();
		await recordAudit(trx, {
			action: 'organising.one_to_one_deleted',
			centreId: actor.centreId,
			actorId: actor.accountId,
			subjectId: id,
			detail: { member: accountId }
		});
	});
}

/** Records a step reached with the member; recording it again moves its day. */
export async function recordStep(
	db: Kysely<Database>,
	actor: Actor,
	accountId: string,
	input: StepInput
): Promise<void> {
	requireRole(actor, ...ORGANISING);
	await inCentre(db, actor.centreId, async (trx) => {
		await personAt(trx, actor.centreId, accountId);
		await trx
			.insertInto('ladder_steps')
			.values({
				centre_id: actor.centreId,
				account_id: accountId,
				step: input.step,
				reached_on: input.reachedOn,
				recorded_by: actor.accountId
			})
			.onConflict((conflict) =>
				conflict.columns(['centre_id', 'account_id', 'step']).doUpdateSet({
					reached_on: input.reachedOn,
					recorded_by: actor.accountId
				})
			)
			.execute();
		await recordAudit(trx, {
			action: 'organising.step_recorded',
			centreId: actor.centreId,
			actorId: actor.accountId,
			subjectId: accountId,
			detail: { step: input.step }
		});
	});
}

export async function removeStep(
	db: Kysely<Database>,
	actor: Actor,
	accountId: string,
	step: LadderStep
): Promise<void> {
	requireRole(actor, ...ORGANISING);
	await inCentre(db, actor.centreId, async (trx) => {
		const deleted = await trx
			.deleteFrom('ladder_steps')
			.where('centre_id', '=', actor.centreId)
			.where('account_id', '=', accountId)
			.where('step', '=', step)
			.executeTakeFirst();
		if (Number(deleted.numDeletedRows) === 0) throw new NotFoundError('step');
		await recordAudit(trx, {
			action: 'organising.step_removed',
			centreId: actor.centreId,
			actorId: actor.accountId,
			subjectId: accountId,
			detail: { step }
		});
	});
}
