import { sql, type Kysely } from 'kysely';
import type { Locale } from '../../i18n/locales';
import { requireRole, type Actor } from '../identity/identity.service';
import type { Role } from '../identity/identity.tables';
import { recordAudit } from '../platform/audit';
import { inCentre } from '../platform/database';
import { NotFoundError } from '../platform/errors';
import { uuidv7 } from '../platform/ids';
import type { Database, Db } from '../schema';
import { textsIn } from './campaign-texts';
import type { PartnerKind } from './organising.tables';
import type { PartnerInput } from './partners.schemas';

/**
 * Unions, community groups and councils the centre works with. What is kept is the
 * organisation's own contact, never a member's; organisers and coordinators keep the list.
 */

export const ORGANISERS: Role[] = ['organiser', 'coordinator'];
export const PARTNERS_PER_PAGE = 20;
/** The most partners offered at once in a list to choose from. */
export const PARTNER_CHOICES_MAX = 200;

export interface PartnerSummary {
	id: string;
	name: string;
	kind: PartnerKind;
}

export interface Partner extends PartnerSummary {
	contact: string;
	/** The campaigns it supports, with their titles in the reader's language. */
	campaigns: { id: string; title: string }[];
}

export interface PartnersPage {
	partners: (PartnerSummary & { contact: string })[];
	page: number;
	pages: number;
	total: number;
}

export async function listPartners(
	db: Kysely<Database>,
	actor: Actor,
	wantedPage: number
): Promise<PartnersPage> {
	requireRole(actor, ...ORGANISERS);
	return inCentre(db, actor.centreId, async (trx) => {
		const counted = await trx
			.selectFrom('partners')
			.select((eb) => eb.fn.countAll<number>().as('total'))
			.where('centre_id', '=', actor.centreId)
			.executeTakeFirstOrThrow();
		const total = Number(counted.total);
		const pages = Math.max(1, Math.ceil(total / PARTNERS_PER_PAGE));
		const page = Math.min(Math.max(1, wantedPage), pages);
		const partners = await trx
			.selectFrom('partners')
			.select(['id', 'name', 'kind', 'contact'])
			.where('centre_id', '=', actor.centreId)
			.orderBy(sql`lower(name)`)
			.orderBy('id')
			.limit(PARTNERS_PER_PAGE)
			.offset((page - 1) * PARTNERS_PER_PAGE)
			.execute();
		return { partners, page, pages, total };
	});
}

/** Partners to choose from when linking one to a campaign. */
export async function partnerChoices(trx: Db, centreId: string): Promise<PartnerSummary[]> {
	return trx
		.selectFrom('partners')
		.select(['id', 'name', 'kind'])
		.where('centre_id', '=', centreId)
		.orderBy(sql`lower(name)`)
		.limit(PARTNER_CHOICES_MAX)
		.execute();
}

export async function readPartner(
	db: Kysely<Database>,
	actor: Actor,
	id: string,
	locale: Locale
): Promise<Partner> {
	requireRole(actor, ...ORGANISERS);
	return inCentre(db, actor.centreId, async (trx) => {
		const row = await trx
			.selectFrom('partners')
			.select(['id', 'name', 'kind', 'contact'])
			.where('centre_id', '=', actor.centreId)
			.where('id', '=', id)
			.executeTakeFirst();
		if (!row) throw new NotFoundError('partner');
		const campaigns = await trx
			.selectFrom('campaign_partners as l')
			.innerJoin('campaigns as c', (join) =>
				join.onRef('c.centre_id', '=', 'l.centre_id').onRef('c.id', '=', 'l.campaign_id')
			)
			.select(['c.id', 'c.texts', 'c.locales'])
			.where('l.centre_id', '=', actor.centreId)
			.where('l.partner_id', '=', id)
			.orderBy('c.started_on', 'desc')
			.execute();
		return {
			...row,
			campaigns: campaigns.map((campaign) => ({
				id: campaign.id,
				title: textsIn(campaign, locale).title
			}))
		};
	});
}

export async function addPartner(
	db: Kysely<Database>,
	actor: Actor,
	input: PartnerInput
): Promise<string> {
	requireRole(actor, ...ORGANISERS);
	const id = uuidv7();
	await inCentre(db, actor.centreId, async (trx) => {
		await trx
			.insertInto('partners')
			.values({ centre_id: actor.centreId, id, ...input })
			.execute();
		await recordAudit(trx, {
			action: 'partners.added',
			centreId: actor.centreId,
			actorId: actor.accountId,
			subjectId: id
		});
	});
	return id;
}

export async function updatePartner(
	db: Kysely<Database>,
	actor: Actor,
	id: string,
	input: PartnerInput
): Promise<void> {
	requireRole(actor, ...ORGANISERS);
	await inCentre(db, actor.centreId, async (trx) => {
		const updated = await trx
			.updateTable('partners')
			.set(input)
			.where('centre_id', '=', actor.centreId)
			.where('id', '=', id)
			.executeTakeFirst();
		if (Number(updated.numUpdatedRows) === 0) throw new NotFoundError('partner');
		await recordAudit(trx, {
			action: 'partners.changed',
			centreId: actor.centreId,
			actorId: actor.accountId,
			subjectId: id
		});
	});
}

/** Deletes a partner and its links to campaigns; the campaigns stay. */
export async function deletePartner(db: Kysely<Database>, actor: Actor, id: string): Promise<void> {
	requireRole(actor, ...ORGANISERS);
	await inCentre(db, actor.centreId, async (trx) => {
		const deleted = await trx
			.deleteFrom('partners')
			.where('centre_id', '=', actor.centreId)
			.where('id', '=', id)
			.executeTakeFirst();
		if (Number(deleted.numDeletedRows) === 0) throw new NotFoundError('partner');
		await recordAudit(trx, {
			action: 'partners.deleted',
			centreId: actor.centreId,
			actorId: actor.accountId,
			subjectId: id
		});
	});
}
