import { sql, type Kysely, type SqlBool } from 'kysely';
import type { Centre } from '../centres/centres.service';
import { instantToLocal } from '../centres/opening-hours';
import { requireRole, type Actor } from '../identity/identity.service';
import type { Role } from '../identity/identity.tables';
import { withdrawReminders } from '../messages/outbox';
import { recordAudit } from '../platform/audit';
import { inCentre } from '../platform/database';
import { NotFoundError, RuleError } from '../platform/errors';
import { uuidv7 } from '../platform/ids';
import type { Database, Db } from '../schema';
import { startsAtNight, type ActionInput, type DoorInput } from './actions.schemas';
import type { ActionKind, ActionTexts } from './organising.tables';
import { actionReminderKey, remindOfAction } from './reminders';

/**
 * Actions: meetings, demonstrations (at night too, with a meeting point anyone can find),
 * deliveries of a petition and trainings, with sign-ups and turnout taken at the door.
 *
 * Turnout is a number for the campaign, never a mark against anyone. The door list keeps one tick
 * per person who signed up and nothing else; people who came without giving a name are a count,
 * never a row. There is no "no-show" list: nothing here lists, counts or sorts the people who
 * signed up and did not come, and taking a name off leaves no trace.
 */

export const ORGANISERS: Role[] = ['organiser', 'coordinator'];
export const ACTIONS_PER_PAGE = 20;
/** The most people a door list shows; an action bigger than this counts the rest as unnamed. */
export const DOOR_LIST_MAX = 2000;

export interface ActionSummary {
	id: string;
	kind: ActionKind;
	/** In the reader's language when written in it, else the action's main language. */
	title: string;
	titleLocale: string;
	startsAt: Date;
	endsAt: Date;
	place: string;
	meetingPoint: string;
	night: boolean;
	/** Ends on a later date than it starts, on the centre's clock. */
	endsNextDay: boolean;
	capacity: number | null;
	signedUp: number;
	cancelled: boolean;
	ended: boolean;
	/** The reader has signed up. */
	mine: boolean;
}

export interface ActionDetail extends ActionSummary {
	details: string;
	placesLeft: number | null;
	campaign: { id: string; title: string } | null;
}

export interface ActionPage {
	actions: ActionSummary[];
	page: number;
	pages: number;
	total: number;
}

export interface CampaignChoice {
	id: string;
	title: string;
}

interface ActionRow {
	id: string;
	kind: ActionKind;
	state: 'planned' | 'cancelled';
	locales: string[];
	texts: ActionTexts;
	starts_at: Date;
	ends_at: Date;
	place: string;
	meeting_point: string;
	capacity: number | null;
	campaign_id: string | null;
	signed_up: string | number | null;
	mine: SqlBool;
}

/** Text in the reader's language when written in it, else in the first language it has. */
function inLanguage<T>(texts: Record<string, T>, locales: readonly string[], locale: string) {
	const chosen = texts[locale] ? locale : (locales.find((entry) => texts[entry]) ?? locale);
	return { locale: chosen, text: texts[chosen] };
}

function actionsQuery(trx: Db, centreId: string, accountId: string | null) {
	return trx
		.selectFrom('actions as a')
		.select([
			'a.id',
			'a.kind',
			'a.state',
			'a.locales',
			'a.texts',
			'a.starts_at',
			'a.ends_at',
			'a.place',
			'a.meeting_point',
			'a.capacity',
			'a.campaign_id'
		])
		.select((eb) => [
			eb
				.selectFrom('action_sign_ups as s')
				.whereRef('s.centre_id', '=', 'a.centre_id')
				.whereRef('s.action_id', '=', 'a.id')
				.select((count) => count.fn.countAll<string>().as('n'))
				.as('signed_up'),
			accountId
				? eb
						.exists(
							eb
								.selectFrom('action_sign_ups as m')
								.whereRef('m.centre_id', '=', 'a.centre_id')
								.whereRef('m.action_id', '=', 'a.id')
								.where('m.account_id', '=', accountId)
								.select('m.action_id')
						)
						.as('mine')
				: sql<boolean>`false`.as('mine')
		])
		.where('a.centre_id', '=', centreId);
}

function summary(row: ActionRow, locale: string, timeZone: string, now: Date): ActionSummary {
	const written = inLanguage(row.texts, row.locales, locale);
	return {
		id: row.id,
		kind: row.kind,
		title: written.text?.title ?? '',
		titleLocale: written.locale,
		startsAt: row.starts_at,
		endsAt: row.ends_at,
		place: row.place,
		meetingPoint: row.meeting_point,
		night: startsAtNight(row.starts_at, timeZone),
		endsNextDay:
			instantToLocal(new Date(row.ends_at.getTime() - 60_000), timeZone).date >
			instantToLocal(row.starts_at, timeZone).date,
		capacity: row.capacity,
		signedUp: Number(row.signed_up ?? 0),
		cancelled: row.state === 'cancelled',
		ended: row.ends_at <= now,
		mine: Boolean(row.mine)
	};
}

function pageOf(total: number, asked: number) {
	const pages = Math.max(1, Math.ceil(total / ACTIONS_PER_PAGE));
	return { pages, page: Math.min(Math.max(1, asked), pages) };
}

/**
 * Every action of the centre for its organisers: those still to come first, soonest first, then
 * those that have ended, latest first.
 */
export async function listActionsForStaff(
	db: Kysely<Database>,
	centre: Centre,
	actor: Actor,
	options: { page: number; locale: string },
	now: Date
): Promise<ActionPage> {
	requireRole(actor, ...ORGANISERS);
	return inCentre(db, centre.id, async (trx) => {
		const { total } = await trx
			.selectFrom('actions')
			.select((eb) => eb.fn.countAll<string>().as('total'))
			.where('centre_id', '=', centre.id)
			.executeTakeFirstOrThrow();
		const { page, pages } = pageOf(Number(total), options.page);
		const rows = await actionsQuery(trx, centre.id, null)
			.orderBy(sql`a.ends_at <= ${now}`)
			.orderBy(sql`case when a.ends_at > ${now} then a.starts_at end`)
			.orderBy('a.starts_at', 'desc')
			.orderBy('a.id')
			.limit(ACTIONS_PER_PAGE)
			.offset((page - 1) * ACTIONS_PER_PAGE)
			.execute();
		return {
			actions: rows.map((row) => summary(row, options.locale, centre.timeZone, now)),
			page,
			pages,
			total: Number(total)
		};
	});
}

/** The actions still to come (or under way), soonest first, for anyone: they are public. */
export async function upcomingActions(
	db: Kysely<Database>,
	centre: Centre,
	actor: Actor | null,
	options: { page: number; locale: string },
	now: Date
): Promise<ActionPage> {
	const member = actor?.centreId === centre.id ? actor : null;
	return inCentre(db, centre.id, async (trx) => {
		const { total } = await trx
			.selectFrom('actions')
			.select((eb) => eb.fn.countAll<string>().as('total'))
			.where('centre_id', '=', centre.id)
			.where('ends_at', '>', now)
			.executeTakeFirstOrThrow();
		const { page, pages } = pageOf(Number(total), options.page);
		const rows = await actionsQuery(trx, centre.id, member?.accountId ?? null)
			.where('a.ends_at', '>', now)
			.orderBy('a.starts_at')
			.orderBy('a.id')
			.limit(ACTIONS_PER_PAGE)
			.offset((page - 1) * ACTIONS_PER_PAGE)
			.execute();
		return {
			actions: rows.map((row) => summary(row, options.locale, centre.timeZone, now)),
			page,
			pages,
			total: Number(total)
		};
	});
}

async function campaignTitle(
	trx: Db,
	centreId: string,
	campaignId: string | null,
	locale: string
): Promise<{ id: string; title: string } | null> {
	if (!campaignId) return null;
	const campaign = await trx
		.selectFrom('campaigns')
		.select(['id', 'locales', 'texts'])
		.where('centre_id', '=', centreId)
		.where('id', '=', campaignId)
		.executeTakeFirst();
	if (!campaign) return null;
	return {
		id: campaign.id,
		title: inLanguage(campaign.texts, campaign.locales, locale).text?.title ?? ''
	};
}

/** One action as anyone sees it, in the reader's language where it is written in it. */
export async function readAction(
	db: Kysely<Database>,
	centre: Centre,
	actor: Actor | null,
	id: string,
	locale: string,
	now: Date
): Promise<ActionDetail> {
	const member = actor?.centreId === centre.id ? actor : null;
	return inCentre(db, centre.id, async (trx) => {
		const row = await actionsQuery(trx, centre.id, member?.accountId ?? null)
			.where('a.id', '=', id)
			.executeTakeFirst();
		if (!row) throw new NotFoundError('action');
		const action = summary(row, locale, centre.timeZone, now);
		return {
			...action,
			details: row.texts[action.titleLocale]?.details ?? '',
			placesLeft: action.capacity === null ? null : Math.max(0, action.capacity - action.signedUp),
			campaign: await campaignTitle(trx, centre.id, row.campaign_id, locale)
		};
	});
}

/** Campaigns an action can belong to, titled in the reader's language, newest first. */
export async function campaignChoices(
	db: Kysely<Database>,
	actor: Actor,
	locale: string
): Promise<CampaignChoice[]> {
	requireRole(actor, ...ORGANISERS);
	const rows = await inCentre(db, actor.centreId, (trx) =>
		trx
			.selectFrom('campaigns')
			.select(['id', 'locales', 'texts'])
			.where('centre_id', '=', actor.centreId)
			.orderBy('started_on', 'desc')
			.orderBy('id', 'desc')
			.limit(200)
			.execute()
	);
	return rows.map((row) => ({
		id: row.id,
		title: inLanguage(row.texts, row.locales, locale).text?.title ?? ''
	}));
}

async function checkCampaign(trx: Db, centreId: string, campaignId: string | null) {
	if (!campaignId) return;
	const found = await trx
		.selectFrom('campaigns')
		.select('id')
		.where('centre_id', '=', centreId)
		.where('id', '=', campaignId)
		.executeTakeFirst();
	if (!found) throw new RuleError('actions.campaignUnknown');
}

export async function createAction(
	db: Kysely<Database>,
	actor: Actor,
	input: ActionInput,
	now: Date
): Promise<string> {
	requireRole(actor, ...ORGANISERS);
	const id = uuidv7(now.getTime());
	await inCentre(db, actor.centreId, async (trx) => {
		await checkCampaign(trx, actor.centreId, input.campaignId);
		await trx
			.insertInto('actions')
			.values({
				centre_id: actor.centreId,
				id,
				campaign_id: input.campaignId,
				kind: input.kind,
				locales: input.locales,
				texts: input.texts,
				starts_at: input.startsAt,
				ends_at: input.endsAt,
				place: input.place,
				meeting_point: input.meetingPoint,
				capacity: input.capacity,
				created_by: actor.accountId,
				created_at: now
			})
			.execute();
		await recordAudit(trx, {
			action: 'organising.action_created',
			centreId: actor.centreId,
			actorId: actor.accountId,
			subjectId: id
		});
	});
	return id;
}

export interface ActionForEditing {
	id: string;
	input: Omit<ActionInput, 'locales'>;
	title: string;
	signedUp: number;
	cancelled: boolean;
}

export async function actionForEditing(
	db: Kysely<Database>,
	actor: Actor,
	id: string,
	locale: string
): Promise<ActionForEditing> {
	requireRole(actor, ...ORGANISERS);
	return inCentre(db, actor.centreId, async (trx) => {
		const row = await actionsQuery(trx, actor.centreId, null)
			.where('a.id', '=', id)
			.executeTakeFirst();
		if (!row) throw new NotFoundError('action');
		return {
			id: row.id,
			title: inLanguage(row.texts, row.locales, locale).text?.title ?? '',
			signedUp: Number(row.signed_up ?? 0),
			cancelled: row.state === 'cancelled',
			input: {
				kind: row.kind,
				texts: row.texts,
				startsAt: row.starts_at,
				endsAt: row.ends_at,
				place: row.place,
				meetingPoint: row.meeting_point,
				capacity: row.capacity,
				campaignId: row.campaign_id
			}
		};
	});
}

async function lockAction(trx: Db, centreId: string, id: string) {
	const row = await trx
		.selectFrom('actions')
		.select(['id', 'state', 'locales', 'texts', 'starts_at', 'ends_at', 'place'])
		.select(['meeting_point', 'capacity'])
		.where('centre_id', '=', centreId)
		.where('id', '=', id)
		.forUpdate()
		.executeTakeFirst();
	if (!row) throw new NotFoundError('action');
	return row;
}

async function countSignUps(trx: Db, centreId: string, actionId: string): Promise<number> {
	const { n } = await trx
		.selectFrom('action_sign_ups')
		.select((eb) => eb.fn.countAll<string>().as('n'))
		.where('centre_id', '=', centreId)
		.where('action_id', '=', actionId)
		.executeTakeFirstOrThrow();
	return Number(n);
}

/**
 * Saves an action's changes; its places cannot go below the people already signed up. Reminders
 * not sent yet are written again, so nobody is reminded of the old time or place.
 */
export async function updateAction(
	db: Kysely<Database>,
	actor: Actor,
	id: string,
	input: ActionInput,
	now: Date
): Promise<void> {
	requireRole(actor, ...ORGANISERS);
	await inCentre(db, actor.centreId, async (trx) => {
		await lockAction(trx, actor.centreId, id);
		await checkCampaign(trx, actor.centreId, input.campaignId);
		if (input.capacity !== null && input.capacity < (await countSignUps(trx, actor.centreId, id))) {
			throw new RuleError('actions.capacityBelowSignedUp');
		}
		await trx
			.updateTable('actions')
			.set({
				campaign_id: input.campaignId,
				kind: input.kind,
				locales: input.locales,
				texts: input.texts,
				starts_at: input.startsAt,
				ends_at: input.endsAt,
				place: input.place,
				meeting_point: input.meetingPoint,
				capacity: input.capacity
			})
			.where('centre_id', '=', actor.centreId)
			.where('id', '=', id)
			.execute();
		await withdrawReminders(trx, actor.centreId, actionReminderKey(id));
		const signedUp = await trx
			.selectFrom('action_sign_ups')
			.select('account_id')
			.where('centre_id', '=', actor.centreId)
			.where('action_id', '=', id)
			.execute();
		for (const { account_id } of signedUp) {
			await remindOfAction(
				trx,
				actor.centreId,
				account_id,
				{
					actionId: id,
					locales: input.locales,
					texts: input.texts,
					startsAt: input.startsAt,
					place: input.place,
					meetingPoint: input.meetingPoint
				},
				now
			);
		}
		await recordAudit(trx, {
			action: 'organising.action_changed',
			centreId: actor.centreId,
			actorId: actor.accountId,
			subjectId: id
		});
	});
}

/**
 * Cancels an action: it stays listed as cancelled so that people who signed up see it, and every
 * reminder of it not yet sent is withdrawn.
 */
export async function cancelAction(
	db: Kysely<Database>,
	actor: Actor,
	id: string
): Promise<number> {
	requireRole(actor, ...ORGANISERS);
	return inCentre(db, actor.centreId, async (trx) => {
		await lockAction(trx, actor.centreId, id);
		await trx
			.updateTable('actions')
			.set({ state: 'cancelled' })
			.where('centre_id', '=', actor.centreId)
			.where('id', '=', id)
			.execute();
		const withdrawn = await withdrawReminders(trx, actor.centreId, actionReminderKey(id));
		await recordAudit(trx, {
			action: 'organising.action_cancelled',
			centreId: actor.centreId,
			actorId: actor.accountId,
			subjectId: id,
			detail: { remindersWithdrawn: withdrawn }
		});
		return withdrawn;
	});
}

/**
 * Signs the person acting up to an action and queues its reminder. The action's row is locked
 * while the sign-ups are counted, so of any number of people asking for the last place at once,
 * one gets it.
 */
export async function signUpForAction(
	db: Kysely<Database>,
	actor: Actor,
	id: string,
	now: Date
): Promise<'signedUp' | 'already'> {
	return inCentre(db, actor.centreId, async (trx) => {
		const action = await lockAction(trx, actor.centreId, id);
		const held = await trx
			.selectFrom('action_sign_ups')
			.select('action_id')
			.where('centre_id', '=', actor.centreId)
			.where('action_id', '=', id)
			.where('account_id', '=', actor.accountId)
			.executeTakeFirst();
		if (held) return 'already';
		if (action.state === 'cancelled') throw new RuleError('actions.cancelledNoSignUp');
		if (action.ends_at <= now) throw new RuleError('actions.ended');
		if (
			action.capacity !== null &&
			(await countSignUps(trx, actor.centreId, id)) >= action.capacity
		) {
			throw new RuleError('actions.full');
		}
		await trx
			.insertInto('action_sign_ups')
			.values({
				centre_id: actor.centreId,
				action_id: id,
				account_id: actor.accountId,
				signed_up_at: now
			})
			.execute();
		await remindOfAction(
			trx,
			actor.centreId,
			actor.accountId,
			{
				actionId: id,
				locales: action.locales,
				texts: action.texts,
				startsAt: action.starts_at,
				place: action.place,
				meetingPoint: action.meeting_point
			},
			now
		);
		return 'signedUp';
	});
}

/** Takes the person's name off: the sign-up goes, with its reminder, and nothing is kept. */
export async function takeNameOff(db: Kysely<Database>, actor: Actor, id: string): Promise<void> {
	await inCentre(db, actor.centreId, async (trx) => {
		await trx
			.deleteFrom('action_sign_ups')
			.where('centre_id', '=', actor.centreId)
			.where('action_id', '=', id)
			.where('account_id', '=', actor.accountId)
			.execute();
		await withdrawReminders(trx, actor.centreId, actionReminderKey(id), actor.accountId);
	});
}

export interface DoorList {
	action: ActionSummary;
	people: { accountId: string; name: string; ticked: boolean }[];
	unnamed: number;
	ticked: number;
	turnout: number;
}

/**
 * The door list: the chosen names of the people signed up, in name order, each with its tick,
 * and the count of people who came without giving a name. Reading it is audited with counts.
 */
export async function doorList(
	db: Kysely<Database>,
	centre: Centre,
	actor: Actor,
	id: string,
	locale: string,
	now: Date
): Promise<DoorList> {
	requireRole(actor, ...ORGANISERS);
	return inCentre(db, centre.id, async (trx) => {
		const row = await actionsQuery(trx, centre.id, null).where('a.id', '=', id).executeTakeFirst();
		if (!row) throw new NotFoundError('action');
		const { unnamed_count: unnamed } = await trx
			.selectFrom('actions')
			.select('unnamed_count')
			.where('centre_id', '=', centre.id)
			.where('id', '=', id)
			.executeTakeFirstOrThrow();
		const people = await trx
			.selectFrom('action_sign_ups as s')
			.innerJoin('accounts as p', 'p.id', 's.account_id')
			.select(['s.account_id', 's.attended', 'p.chosen_name'])
			.where('s.centre_id', '=', centre.id)
			.where('s.action_id', '=', id)
			.orderBy(sql`lower(p.chosen_name)`)
			.orderBy('s.account_id')
			.limit(DOOR_LIST_MAX)
			.execute();
		const ticked = people.filter((person) => person.attended).length;
		await recordAudit(trx, {
			action: 'organising.door_list_read',
			centreId: centre.id,
			actorId: actor.accountId,
			subjectId: id,
			detail: { people: people.length }
		});
		return {
			action: summary(row, locale, centre.timeZone, now),
			people: people.map((person) => ({
				accountId: person.account_id,
				name: person.chosen_name,
				ticked: person.attended
			})),
			unnamed,
			ticked,
			turnout: ticked + unnamed
		};
	});
}

/** Saves the door list's ticks and changes the count of people without a name. */
export async function recordDoor(
	db: Kysely<Database>,
	actor: Actor,
	id: string,
	input: DoorInput
): Promise<void> {
	requireRole(actor, ...ORGANISERS);
	await inCentre(db, actor.centreId, async (trx) => {
		await lockAction(trx, actor.centreId, id);
		await trx
			.updateTable('action_sign_ups')
			.set({
				attended:
					input.attended.length > 0
						? sql<boolean>`account_id in (${sql.join(input.attended)})`
						: false
			})
			.where('centre_id', '=', actor.centreId)
			.where('action_id', '=', id)
			.execute();
		if (input.unnamedChange !== 0) {
			await trx
				.updateTable('actions')
				.set({
					unnamed_count: sql`least(greatest(unnamed_count + ${input.unnamedChange}, 0), 1000000)`
				})
				.where('centre_id', '=', actor.centreId)
				.where('id', '=', id)
				.execute();
		}
		await recordAudit(trx, {
			action: 'organising.door_recorded',
			centreId: actor.centreId,
			actorId: actor.accountId,
			subjectId: id,
			detail: { ticked: input.attended.length, unnamedChange: input.unnamedChange }
		});
	});
}
