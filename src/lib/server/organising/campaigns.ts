import { sql, type Kysely } from 'kysely';
import type { Locale } from '../../i18n/locales';
import { requireRole, type Actor } from '../identity/identity.service';
import { recordAudit } from '../platform/audit';
import { inCentre } from '../platform/database';
import { NotFoundError, RuleError } from '../platform/errors';
import { uuidv7 } from '../platform/ids';
import type { Database, Db } from '../schema';
import { textsIn, type CampaignText } from './campaign-texts';
import type { CampaignInput, EventInput } from './campaigns.schemas';
import type {
	CampaignState,
	CampaignTarget,
	CampaignTexts,
	PetitionState
} from './organising.tables';
import { ORGANISERS, partnerChoices, type PartnerSummary } from './partners';

/**
 * Campaigns: a goal and a story in each of the campaign's languages, a target, a timeline, the
 * people leading it, and the collective cases, surveys and partners behind it. Organisers and
 * coordinators keep them; members of the centre read them and choose to support them.
 */

export const CAMPAIGNS_PER_PAGE = 20;
/** The most entries offered at once in a list to choose from. */
export const CHOICES_MAX = 100;
/** Timeline entries, actions and petitions shown on a campaign's page. */
export const SHOWN_MAX = 100;

export type LinkKind = 'case' | 'survey' | 'partner';

export interface CampaignSummary {
	id: string;
	title: string;
	state: CampaignState;
	targetKind: CampaignTarget;
	targetName: string;
	startedOn: string;
}

export interface CampaignsPage {
	campaigns: CampaignSummary[];
	page: number;
	pages: number;
	total: number;
}

export interface TimelineEntry {
	id: string;
	happenedOn: string;
	note: string;
}

export interface Lead {
	accountId: string;
	chosenName: string;
}

export interface Campaign {
	id: string;
	state: CampaignState;
	/** The main language first. */
	locales: Locale[];
	texts: CampaignTexts;
	/** The texts in the reader's language. */
	shown: CampaignText;
	targetKind: CampaignTarget;
	targetName: string;
	employer: { id: string; name: string } | null;
	startedOn: string;
	timeline: TimelineEntry[];
	leads: Lead[];
}

export interface ManagedCampaign extends Campaign {
	cases: { id: string; title: string; claims: number }[];
	surveys: { id: string; title: string }[];
	partners: PartnerSummary[];
}

export interface CampaignChoices {
	people: Lead[];
	cases: { id: string; title: string }[];
	surveys: { id: string; title: string }[];
	partners: PartnerSummary[];
	employers: { id: string; name: string }[];
}

export interface MemberCampaign extends Campaign {
	actions: { id: string; title: string; startsAt: Date; cancelled: boolean }[];
	petitions: { id: string; title: string; state: PetitionState }[];
	supporting: boolean;
}

function summary(
	row: {
		id: string;
		state: CampaignState;
		texts: CampaignTexts;
		locales: string[];
		target_kind: CampaignTarget;
		target_name: string;
		started_on: string;
	},
	locale: Locale
): CampaignSummary {
	return {
		id: row.id,
		title: textsIn(row, locale).title,
		state: row.state,
		targetKind: row.target_kind,
		targetName: row.target_name,
		startedOn: row.started_on
	};
}

const SUMMARY_COLUMNS = [
	'id',
	'state',
	'texts',
	'locales',
	'target_kind',
	'target_name',
	sql<string>`started_on::text`.as('started_on')
] as const;

async function campaignsPage(
	trx: Db,
	centreId: string,
	options: { page: number; locale: Locale; activeOnly: boolean }
): Promise<CampaignsPage> {
	let base = trx.selectFrom('campaigns').where('centre_id', '=', centreId);
	if (options.activeOnly) base = base.where('state', '=', 'active');
	const counted = await base
		.select((eb) => eb.fn.countAll<number>().as('total'))
		.executeTakeFirstOrThrow();
	const total = Number(counted.total);
	const pages = Math.max(1, Math.ceil(total / CAMPAIGNS_PER_PAGE));
	const page = Math.min(Math.max(1, options.page), pages);
	const rows = await base
		.select(SUMMARY_COLUMNS)
		.orderBy('started_on', 'desc')
		.orderBy('id', 'desc')
		.limit(CAMPAIGNS_PER_PAGE)
		.offset((page - 1) * CAMPAIGNS_PER_PAGE)
		.execute();
	return { campaigns: rows.map((row) => summary(row, options.locale)), page, pages, total };
}

/** Every campaign of the centre, newest first, for organisers. */
export async function listCampaigns(
	db: Kysely<Database>,
	actor: Actor,
	options: { page: number; locale: Locale }
): Promise<CampaignsPage> {
	requireRole(actor, ...ORGANISERS);
	return inCentre(db, actor.centreId, (trx) =>
		campaignsPage(trx, actor.centreId, { ...options, activeOnly: false })
	);
}

/** The centre's active campaigns, for anyone of the centre. */
export async function activeCampaigns(
	db: Kysely<Database>,
	actor: Actor,
	options: { page: number; locale: Locale }
): Promise<CampaignsPage> {
	return inCentre(db, actor.centreId, (trx) =>
		campaignsPage(trx, actor.centreId, { ...options, activeOnly: true })
	);
}

async function campaignRow(trx: Db, centreId: string, id: string) {
	const row = await trx
		.selectFrom('campaigns as c')
		.leftJoin('employers as e', (join) =>
			join.onRef('e.centre_id', '=', 'c.centre_id').onRef('e.id', '=', 'c.employer_id')
		)
		.select([
			'c.id',
			'c.state',
			'c.locales',
			'c.texts',
			'c.target_kind',
			'c.target_name',
			'c.employer_id',
			'e.name as employer_name',
			sql<string>`c.started_on::text`.as('started_on')
		])
		.where('c.centre_id', '=', centreId)
		.where('c.id', '=', id)
		.executeTakeFirst();
	if (!row) throw new NotFoundError('campaign');
	return row;
}

async function loadCampaign(
	trx: Db,
	centreId: string,
	id: string,
	locale: Locale
): Promise<Campaign> {
	const row = await campaignRow(trx, centreId, id);
	const [timeline, leads] = await Promise.all([
		trx
			.selectFrom('campaign_events')
			.select(['id', sql<string>`happened_on::text`.as('happened_on'), 'note'])
			.where('centre_id', '=', centreId)
			.where('campaign_id', '=', id)
			.orderBy('happened_on')
			.orderBy('id')
			.limit(SHOWN_MAX)
			.execute(),
		trx
			.selectFrom('campaign_leads as l')
			.innerJoin('accounts as a', 'a.id', 'l.account_id')
			.select(['l.account_id', 'a.chosen_name'])
			.where('l.centre_id', '=', centreId)
			.where('l.campaign_id', '=', id)
			.orderBy(sql`lower(a.chosen_name)`)
			.execute()
	]);
	return {
		id: row.id,
		state: row.state,
		locales: row.locales as Locale[],
		texts: row.texts,
		shown: textsIn(row, locale),
		targetKind: row.target_kind,
		targetName: row.target_name,
		employer:
			row.employer_id && row.employer_name
				? { id: row.employer_id, name: row.employer_name }
				: null,
		startedOn: row.started_on,
		timeline: timeline.map((entry) => ({
			id: entry.id,
			happenedOn: entry.happened_on,
			note: entry.note
		})),
		leads: leads.map((lead) => ({ accountId: lead.account_id, chosenName: lead.chosen_name }))
	};
}

/** A campaign with everything linked to it, for organisers. */
export async function campaignForOrganisers(
	db: Kysely<Database>,
	actor: Actor,
	id: string,
	locale: Locale
): Promise<ManagedCampaign> {
	requireRole(actor, ...ORGANISERS);
	return inCentre(db, actor.centreId, async (trx) => {
		const campaign = await loadCampaign(trx, actor.centreId, id, locale);
		const [cases, surveys, partners] = await Promise.all([
			trx
				.selectFrom('campaign_collective_cases as l')
				.innerJoin('collective_cases as k', (join) =>
					join.onRef('k.centre_id', '=', 'l.centre_id').onRef('k.id', '=', 'l.collective_case_id')
				)
				.leftJoin('cases as c', (join) =>
					join.onRef('c.centre_id', '=', 'k.centre_id').onRef('c.collective_id', '=', 'k.id')
				)
				.select(['k.id', 'k.title', (eb) => eb.fn.count<number>('c.id').as('claims')])
				.where('l.centre_id', '=', actor.centreId)
				.where('l.campaign_id', '=', id)
				.groupBy(['k.id', 'k.title'])
				.orderBy(sql`lower(k.title)`)
				.execute(),
			trx
				.selectFrom('campaign_surveys as l')
				.innerJoin('surveys as s', (join) =>
					join.onRef('s.centre_id', '=', 'l.centre_id').onRef('s.id', '=', 'l.survey_id')
				)
				.select(['s.id', 's.texts', 's.locales'])
				.where('l.centre_id', '=', actor.centreId)
				.where('l.campaign_id', '=', id)
				.orderBy('s.created_at')
				.execute(),
			trx
				.selectFrom('campaign_partners as l')
				.innerJoin('partners as p', (join) =>
					join.onRef('p.centre_id', '=', 'l.centre_id').onRef('p.id', '=', 'l.partner_id')
				)
				.select(['p.id', 'p.name', 'p.kind'])
				.where('l.centre_id', '=', actor.centreId)
				.where('l.campaign_id', '=', id)
				.orderBy(sql`lower(p.name)`)
				.execute()
		]);
		return {
			...campaign,
			cases: cases.map((row) => ({ id: row.id, title: row.title, claims: Number(row.claims) })),
			surveys: surveys.map((row) => ({ id: row.id, title: titleIn(row, locale) })),
			partners: partners.map((row) => ({ id: row.id, name: row.name, kind: row.kind }))
		};
	});
}

/** A title from texts kept per language, in the reader's language or else the main one. */
function titleIn(
	survey: { texts: Record<string, { title: string }>; locales: string[] },
	locale: Locale
): string {
	const main = survey.locales[0] ?? locale;
	return survey.texts[locale]?.title || survey.texts[main]?.title || '';
}

/**
 * What organisers can pick from on a campaign's page: people of the centre whose chosen name
 * holds `personQuery`, and the centre's collective cases, surveys, partners and employers.
 */
export async function campaignChoices(
	db: Kysely<Database>,
	actor: Actor,
	personQuery: string,
	locale: Locale
): Promise<CampaignChoices> {
	requireRole(actor, ...ORGANISERS);
	return inCentre(db, actor.centreId, async (trx) => {
		let people = trx
			.selectFrom('centre_people as p')
			.innerJoin('accounts as a', 'a.id', 'p.account_id')
			.select(['p.account_id', 'a.chosen_name'])
			.where('p.centre_id', '=', actor.centreId);
		for (const word of personQuery.trim().split(/\s+/).filter(Boolean).slice(0, 8)) {
			people = people.where(
				'a.chosen_name',
				'ilike',
				`%${word.replace(/[\\%_]/g, (found) => `\\${found}`)}%`
			);
		}
		const [found, cases, surveys, partners, employers] = await Promise.all([
			people
				.orderBy(sql`lower(a.chosen_name)`)
				.limit(CHOICES_MAX)
				.execute(),
			trx
				.selectFrom('collective_cases')
				.select(['id', 'title'])
				.where('centre_id', '=', actor.centreId)
				.orderBy('created_at', 'desc')
				.limit(CHOICES_MAX)
				.execute(),
			trx
				.selectFrom('surveys')
				.select(['id', 'texts', 'locales'])
				.where('centre_id', '=', actor.centreId)
				.orderBy('created_at', 'desc')
				.limit(CHOICES_MAX)
				.execute(),
			partnerChoices(trx, actor.centreId),
			trx
				.selectFrom('employers')
				.select(['id', 'name'])
				.where('centre_id', '=', actor.centreId)
				.orderBy(sql`lower(name)`)
				.limit(CHOICES_MAX)
				.execute()
		]);
		return {
			people: found.map((row) => ({ accountId: row.account_id, chosenName: row.chosen_name })),
			cases,
			surveys: surveys.map((row) => ({ id: row.id, title: titleIn(row, locale) })),
			partners,
			employers
		};
	});
}

/** The target's name: the one given, or the register entry's when an employer was picked. */
async function targetName(trx: Db, centreId: string, input: CampaignInput): Promise<string> {
	if (!input.employerId) return input.targetName;
	const employer = await trx
		.selectFrom('employers')
		.select('name')
		.where('centre_id', '=', centreId)
		.where('id', '=', input.employerId)
		.executeTakeFirst();
	if (!employer) throw new RuleError('campaigns.employerUnknown');
	return input.targetName || employer.name;
}

export async function createCampaign(
	db: Kysely<Database>,
	actor: Actor,
	input: CampaignInput
): Promise<string> {
	requireRole(actor, ...ORGANISERS);
	const id = uuidv7();
	await inCentre(db, actor.centreId, async (trx) => {
		await trx
			.insertInto('campaigns')
			.values({
				centre_id: actor.centreId,
				id,
				state: input.state,
				locales: input.locales,
				texts: input.texts,
				target_kind: input.targetKind,
				target_name: await targetName(trx, actor.centreId, input),
				employer_id: input.employerId,
				started_on: input.startedOn,
				created_by: actor.accountId
			})
			.execute();
		await audit(trx, actor, 'campaigns.created', id);
	});
	return id;
}

export async function updateCampaign(
	db: Kysely<Database>,
	actor: Actor,
	id: string,
	input: CampaignInput
): Promise<void> {
	requireRole(actor, ...ORGANISERS);
	await inCentre(db, actor.centreId, async (trx) => {
		const updated = await trx
			.updateTable('campaigns')
			.set({
				state: input.state,
				locales: input.locales,
				texts: input.texts,
				target_kind: input.targetKind,
				target_name: await targetName(trx, actor.centreId, input),
				employer_id: input.employerId,
				started_on: input.startedOn
			})
			.where('centre_id', '=', actor.centreId)
			.where('id', '=', id)
			.executeTakeFirst();
		if (Number(updated.numUpdatedRows) === 0) throw new NotFoundError('campaign');
		await audit(trx, actor, 'campaigns.changed', id);
	});
}

function audit(
	trx: Db,
	actor: Actor,
	action: string,
	campaignId: string,
	detail?: Record<string, string>
): Promise<void> {
	return recordAudit(trx, {
		action,
		centreId: actor.centreId,
		actorId: actor.accountId,
		subjectId: campaignId,
		detail
	});
}

async function requireCampaign(trx: Db, centreId: string, id: string): Promise<void> {
	const row = await trx
		.selectFrom('campaigns')
		.select('id')
		.where('centre_id', '=', centreId)
		.where('id', '=', id)
		.executeTakeFirst();
	if (!row) throw new NotFoundError('campaign');
}

export async function addTimelineEntry(
	db: Kysely<Database>,
	actor: Actor,
	campaignId: string,
	input: EventInput
): Promise<string> {
	requireRole(actor, ...ORGANISERS);
	const id = uuidv7();
	await inCentre(db, actor.centreId, async (trx) => {
		await requireCampaign(trx, actor.centreId, campaignId);
		await trx
			.insertInto('campaign_events')
			.values({
				centre_id: actor.centreId,
				id,
				campaign_id: campaignId,
				happened_on: input.happenedOn,
				note: input.note,
				created_by: actor.accountId
			})
			.execute();
		await audit(trx, actor, 'campaigns.entry_added', campaignId, { entry: id });
	});
	return id;
}

export async function removeTimelineEntry(
	db: Kysely<Database>,
	actor: Actor,
	campaignId: string,
	entryId: string
): Promise<void> {
	requireRole(actor, ...ORGANISERS);
	await inCentre(db, actor.centreId, async (trx) => {
		const deleted = await trx
			.deleteFrom('campaign_events')
			.where('centre_id', '=', actor.centreId)
			.where('campaign_id', '=', campaignId)
			.where('id', '=', entryId)
			.executeTakeFirst();
		if (Number(deleted.numDeletedRows) === 0) throw new NotFoundError('entry');
		await audit(trx, actor, 'campaigns.entry_removed', campaignId, { entry: entryId });
	});
}

/** Names a person of the centre as leading the campaign; naming them twice changes nothing. */
export async function addLead(
	db: Kysely<Database>,
	actor: Actor,
	campaignId: string,
	accountId: string
): Promise<void> {
	requireRole(actor, ...ORGANISERS);
	await inCentre(db, actor.centreId, async (trx) => {
		await requireCampaign(trx, actor.centreId, campaignId);
		const person = await trx
			.selectFrom('centre_people')
			.select('account_id')
			.where('centre_id', '=', actor.centreId)
			.where('account_id', '=', accountId)
			.executeTakeFirst();
		if (!person) throw new RuleError('campaigns.personUnknown');
		await trx
			.insertInto('campaign_leads')
			.values({ centre_id: actor.centreId, campaign_id: campaignId, account_id: accountId })
			.onConflict((conflict) => conflict.doNothing())
			.execute();
		await audit(trx, actor, 'campaigns.lead_added', campaignId, { account: accountId });
	});
}

export async function removeLead(
	db: Kysely<Database>,
	actor: Actor,
	campaignId: string,
	accountId: string
): Promise<void> {
	requireRole(actor, ...ORGANISERS);
	await inCentre(db, actor.centreId, async (trx) => {
		const deleted = await trx
			.deleteFrom('campaign_leads')
			.where('centre_id', '=', actor.centreId)
			.where('campaign_id', '=', campaignId)
			.where('account_id', '=', accountId)
			.executeTakeFirst();
		if (Number(deleted.numDeletedRows) === 0) throw new NotFoundError('lead');
		await audit(trx, actor, 'campaigns.lead_removed', campaignId, { account: accountId });
	});
}

const LINKS = {
	case: {
		table: 'campaign_collective_cases',
		column: 'collective_case_id',
		from: 'collective_cases'
	},
	survey: { table: 'campaign_surveys', column: 'survey_id', from: 'surveys' },
	partner: { table: 'campaign_partners', column: 'partner_id', from: 'partners' }
} as const;

/** Links a collective case, survey or partner of the centre to the campaign. */
export async function link(
	db: Kysely<Database>,
	actor: Actor,
	campaignId: string,
	kind: LinkKind,
	targetId: string
): Promise<void> {
	requireRole(actor, ...ORGANISERS);
	const { table, column, from } = LINKS[kind];
	await inCentre(db, actor.centreId, async (trx) => {
		await requireCampaign(trx, actor.centreId, campaignId);
		const found = await trx
			.selectFrom(from)
			.select('id')
			.where('centre_id', '=', actor.centreId)
			.where('id', '=', targetId)
			.executeTakeFirst();
		if (!found) throw new RuleError('campaigns.linkUnknown');
		await sql`insert into ${sql.table(table)} (centre_id, campaign_id, ${sql.ref(column)})
			values (${actor.centreId}, ${campaignId}, ${targetId}) on conflict do nothing`.execute(trx);
		await audit(trx, actor, 'campaigns.linked', campaignId, { kind, target: targetId });
	});
}

export async function unlink(
	db: Kysely<Database>,
	actor: Actor,
	campaignId: string,
	kind: LinkKind,
	targetId: string
): Promise<void> {
	requireRole(actor, ...ORGANISERS);
	const { table, column } = LINKS[kind];
	await inCentre(db, actor.centreId, async (trx) => {
		const deleted = await sql`delete from ${sql.table(table)}
			where centre_id = ${actor.centreId} and campaign_id = ${campaignId}
			and ${sql.ref(column)} = ${targetId}`.execute(trx);
		if (Number(deleted.numAffectedRows ?? 0) === 0) throw new NotFoundError('link');
		await audit(trx, actor, 'campaigns.unlinked', campaignId, { kind, target: targetId });
	});
}

/** A campaign as members read it: with its actions and petitions, and whether they support it. */
export async function campaignForMember(
	db: Kysely<Database>,
	actor: Actor,
	id: string,
	locale: Locale
): Promise<MemberCampaign> {
	return inCentre(db, actor.centreId, async (trx) => {
		const campaign = await loadCampaign(trx, actor.centreId, id, locale);
		const [actions, petitions, supporter] = await Promise.all([
			trx
				.selectFrom('actions')
				.select(['id', 'texts', 'locales', 'starts_at', 'state'])
				.where('centre_id', '=', actor.centreId)
				.where('campaign_id', '=', id)
				.orderBy('starts_at', 'desc')
				.limit(SHOWN_MAX)
				.execute(),
			trx
				.selectFrom('petitions')
				.select(['id', 'texts', 'locales', 'state'])
				.where('centre_id', '=', actor.centreId)
				.where('campaign_id', '=', id)
				.orderBy('created_at', 'desc')
				.limit(SHOWN_MAX)
				.execute(),
			trx
				.selectFrom('campaign_supporters')
				.select('account_id')
				.where('centre_id', '=', actor.centreId)
				.where('campaign_id', '=', id)
				.where('account_id', '=', actor.accountId)
				.executeTakeFirst()
		]);
		return {
			...campaign,
			actions: actions.map((row) => ({
				id: row.id,
				title: titleIn(row, locale),
				startsAt: row.starts_at,
				cancelled: row.state === 'cancelled'
			})),
			petitions: petitions.map((row) => ({
				id: row.id,
				title: titleIn(row, locale),
				state: row.state
			})),
			supporting: !!supporter
		};
	});
}

/**
 * The member supports an active campaign and so hears about it. Supporting and leaving are not
 * written to the audit log: a lasting line that someone once supported a campaign would outlive
 * their leaving it.
 */
export async function supportCampaign(
	db: Kysely<Database>,
	actor: Actor,
	campaignId: string
): Promise<void> {
	await inCentre(db, actor.centreId, async (trx) => {
		const row = await trx
			.selectFrom('campaigns')
			.select('state')
			.where('centre_id', '=', actor.centreId)
			.where('id', '=', campaignId)
			.executeTakeFirst();
		if (!row) throw new NotFoundError('campaign');
		if (row.state !== 'active') throw new RuleError('campaigns.notActive');
		await trx
			.insertInto('campaign_supporters')
			.values({ centre_id: actor.centreId, campaign_id: campaignId, account_id: actor.accountId })
			.onConflict((conflict) => conflict.doNothing())
			.execute();
	});
}

/** The member stops supporting the campaign; no reason is asked. */
export async function leaveCampaign(
	db: Kysely<Database>,
	actor: Actor,
	campaignId: string
): Promise<void> {
	await inCentre(db, actor.centreId, async (trx) => {
		await trx
			.deleteFrom('campaign_supporters')
			.where('centre_id', '=', actor.centreId)
			.where('campaign_id', '=', campaignId)
			.where('account_id', '=', actor.accountId)
			.execute();
	});
}
