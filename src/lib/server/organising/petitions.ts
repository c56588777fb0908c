import { createHmac } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { Translate } from '../../i18n/translate';
import type { Centre } from '../centres/centres.service';
import { instantToLocal } from '../centres/opening-hours';
import { requireRole, type Actor } from '../identity/identity.service';
import type { Role } from '../identity/identity.tables';
import { recordAudit } from '../platform/audit';
import { seal } from '../platform/crypto';
import { inCentre } from '../platform/database';
import { NotFoundError, RuleError } from '../platform/errors';
import { uuidv7 } from '../platform/ids';
import type { Database, Db } from '../schema';
import type { PetitionState, PetitionTexts } from './organising.tables';
import type { PetitionInput, SignatureInput } from './petitions.schemas';

/**
 * Petitions: a public page in each language, signed with a chosen name and an area. A signature
 * keeps the name and area only when the signer agreed to show them on the delivered petition,
 * and a contact (sealed) only when they asked for updates. The same name and area signing twice
 * is caught by a keyed hash, and one network address adds at most ADDRESS_DAILY_LIMIT
 * signatures a day, counted under a keyed hash of the address and the day and forgotten after.
 */

export const ORGANISERS: Role[] = ['organiser', 'coordinator'];
export const PETITIONS_PER_PAGE = 20;
export const ADDRESS_DAILY_LIMIT = 25;
/** The most campaigns offered to link a petition to. */
export const CAMPAIGN_CHOICES_MAX = 100;

export interface PetitionSummary {
	id: string;
	title: string;
	state: PetitionState;
	count: number;
}

export interface PetitionList {
	petitions: PetitionSummary[];
	page: number;
	pages: number;
	total: number;
}

export interface PublicPetition {
	id: string;
	state: PetitionState;
	locales: string[];
	texts: PetitionTexts;
	target: string;
	count: number;
}

export interface StaffPetition extends PublicPetition {
	campaign: { id: string; title: string } | null;
	/** Signers who agreed to have their name and area on the delivered petition. */
	shown: number;
	/** Signers who asked for updates and left a contact. */
	wantUpdates: number;
	deliveredAt: Date | null;
}

export interface PetitionExport {
	id: string;
	title: string;
	target: string;
	total: number;
	signers: { name: string; area: string }[];
}

export type Signed = { outcome: 'signed' | 'already'; count: number };

/** The language to show a petition in: the one asked for, else the reader's, else its main one. */
export function petitionLocale(
	petition: { locales: string[] },
	asked: string | null,
	reader: string
): string {
	if (asked && petition.locales.includes(asked)) return asked;
	if (petition.locales.includes(reader)) return reader;
	return petition.locales[0] ?? reader;
}

function titleIn(petition: { locales: string[]; texts: PetitionTexts }, locale: string): string {
	return petition.texts[locale]?.title || petition.texts[petition.locales[0] ?? '']?.title || '';
}

/** A name or an area as compared for duplicates: width, case and spacing do not matter. */
export function matchingForm(value: string): string {
	return value.normalize('NFKC').toLocaleLowerCase('und').trim().replace(/\s+/g, ' ');
}

function keyedHash(key: Buffer, parts: string[]): Buffer {
	return createHmac('sha256', key).update(JSON.stringify(parts)).digest();
}

/** Catches the same name and area signing one petition twice, without keeping either. */
export function duplicateKey(key: Buffer, petitionId: string, name: string, area: string): Buffer {
	return keyedHash(key, [petitionId, matchingForm(name), matchingForm(area)]);
}

/** Counts one address's signatures for a day without keeping the address. */
export function addressKey(key: Buffer, address: string, day: string): Buffer {
	return keyedHash(key, ['petition-address', address, day]);
}

export async function listPetitions(
	db: Kysely<Database>,
	actor: Actor,
	options: { page: number; locale: string }
): Promise<PetitionList> {
	requireRole(actor, ...ORGANISERS);
	return inCentre(db, actor.centreId, async (trx) => {
		const counted = await trx
			.selectFrom('petitions')
			.select((eb) => eb.fn.countAll<number>().as('total'))
			.where('centre_id', '=', actor.centreId)
			.executeTakeFirstOrThrow();
		const total = Number(counted.total);
		const pages = Math.max(1, Math.ceil(total / PETITIONS_PER_PAGE));
		const page = Math.min(Math.max(1, options.page), pages);
		const rows = await trx
			.selectFrom('petitions')
			.select(['id', 'state', 'locales', 'texts', 'signature_count'])
			.where('centre_id', '=', actor.centreId)
			.orderBy('id', 'desc')
			.limit(PETITIONS_PER_PAGE)
			.offset((page - 1) * PETITIONS_PER_PAGE)
			.execute();
		return {
			petitions: rows.map((row) => ({
				id: row.id,
				title: titleIn(row, options.locale),
				state: row.state,
				count: row.signature_count
			})),
			page,
			pages,
			total
		};
	});
}

/** The centre's campaigns to link a petition to, titled in the reader's language. */
export async function campaignChoices(
	db: Kysely<Database>,
	actor: Actor,
	locale: string
): Promise<{ id: string; title: string }[]> {
	requireRole(actor, ...ORGANISERS);
	return inCentre(db, actor.centreId, async (trx) => {
		const rows = await trx
			.selectFrom('campaigns')
			.select(['id', 'locales', 'texts'])
			.where('centre_id', '=', actor.centreId)
			.orderBy('id', 'desc')
			.limit(CAMPAIGN_CHOICES_MAX)
			.execute();
		return rows.map((row) => ({
			id: row.id,
			title: row.texts[locale]?.title || row.texts[row.locales[0] ?? '']?.title || ''
		}));
	});
}

export async function createPetition(
	db: Kysely<Database>,
	actor: Actor,
	input: PetitionInput
): Promise<string> {
	requireRole(actor, ...ORGANISERS);
	const id = uuidv7();
	await inCentre(db, actor.centreId, async (trx) => {
		if (input.campaignId) {
			const campaign = await trx
				.selectFrom('campaigns')
				.select('id')
				.where('centre_id', '=', actor.centreId)
				.where('id', '=', input.campaignId)
				.executeTakeFirst();
			if (!campaign) throw new RuleError('petitions.campaignUnknown');
		}
		await trx
			.insertInto('petitions')
			.values({
				centre_id: actor.centreId,
				id,
				campaign_id: input.campaignId,
				locales: input.locales,
				texts: input.texts,
				target: input.target,
				created_by: actor.accountId
			})
			.execute();
		await recordAudit(trx, {
			action: 'petitions.created',
			centreId: actor.centreId,
			actorId: actor.accountId,
			subjectId: id
		});
	});
	return id;
}

async function petitionRow(trx: Db, centreId: string, id: string) {
	const row = await trx
		.selectFrom('petitions')
		.select([
			'id',
			'state',
			'locales',
			'texts',
			'target',
			'signature_count',
			'campaign_id',
			'delivered_at'
		])
		.where('centre_id', '=', centreId)
		.where('id', '=', id)
		.executeTakeFirst();
	if (!row) throw new NotFoundError('petition');
	return row;
}

function publicView(row: Awaited<ReturnType<typeof petitionRow>>): PublicPetition {
	return {
		id: row.id,
		state: row.state,
		locales: row.locales,
		texts: row.texts,
		target: row.target,
		count: row.signature_count
	};
}

/** A petition as anyone may read it, signed in or not. */
export async function publicPetition(
	db: Kysely<Database>,
	centre: Pick<Centre, 'id'>,
	id: string
): Promise<PublicPetition> {
	return inCentre(db, centre.id, async (trx) => publicView(await petitionRow(trx, centre.id, id)));
}

export async function petitionForStaff(
	db: Kysely<Database>,
	actor: Actor,
	id: string,
	locale: string
): Promise<StaffPetition> {
	requireRole(actor, ...ORGANISERS);
	return inCentre(db, actor.centreId, async (trx) => {
		const row = await petitionRow(trx, actor.centreId, id);
		const counts = await trx
			.selectFrom('petition_signatures')
			.select((eb) => [
				eb.fn.count<number>('shown_name').as('shown'),
				eb.fn.count<number>('contact_sealed').as('updates')
			])
			.where('centre_id', '=', actor.centreId)
			.where('petition_id', '=', id)
			.executeTakeFirstOrThrow();
		const campaign = row.campaign_id
			? await trx
					.selectFrom('campaigns')
					.select(['id', 'locales', 'texts'])
					.where('centre_id', '=', actor.centreId)
					.where('id', '=', row.campaign_id)
					.executeTakeFirst()
			: undefined;
		return {
			...publicView(row),
			campaign: campaign
				? {
						id: campaign.id,
						title:
							campaign.texts[locale]?.title ||
							campaign.texts[campaign.locales[0] ?? '']?.title ||
							''
					}
				: null,
			shown: Number(counts.shown),
			wantUpdates: Number(counts.updates),
			deliveredAt: row.delivered_at
		};
	});
}

const MOVES: Record<PetitionState, PetitionState[]> = {
	open: ['closed', 'delivered'],
	closed: ['open', 'delivered'],
	delivered: []
};

/** Closes, reopens or marks delivered; a delivered petition stays delivered. */
export async function setPetitionState(
	db: Kysely<Database>,
	actor: Actor,
	id: string,
	to: PetitionState,
	now: Date
): Promise<void> {
	requireRole(actor, ...ORGANISERS);
	await inCentre(db, actor.centreId, async (trx) => {
		const row = await trx
			.selectFrom('petitions')
			.select('state')
			.where('centre_id', '=', actor.centreId)
			.where('id', '=', id)
			.forUpdate()
			.executeTakeFirst();
		if (!row) throw new NotFoundError('petition');
		if (!MOVES[row.state].includes(to)) throw new RuleError('petitions.cannotMove');
		await trx
			.updateTable('petitions')
			.set({ state: to, delivered_at: to === 'delivered' ? now : null })
			.where('centre_id', '=', actor.centreId)
			.where('id', '=', id)
			.execute();
		await recordAudit(trx, {
			action: 'petitions.state_changed',
			centreId: actor.centreId,
			actorId: actor.accountId,
			subjectId: id,
			detail: { from: row.state, to }
		});
	});
}

/** Thrown inside the signing transaction to undo the address count when another won the race. */
class SignedMeanwhile extends Error {}

async function addSignature(
	db: Kysely<Database>,
	centre: Pick<Centre, 'id' | 'timeZone'>,
	petitionId: string,
	input: SignatureInput,
	options: { key: Buffer; now: Date; address: string | null }
): Promise<Signed> {
	const day = instantToLocal(options.now, centre.timeZone).date;
	const duplicate = duplicateKey(options.key, petitionId, input.name, input.area);
	try {
		return await inCentre(db, centre.id, async (trx) => {
			const petition = await petitionRow(trx, centre.id, petitionId);
			if (petition.state !== 'open') throw new RuleError('petitions.closed');
			const signed = await trx
				.selectFrom('petition_signatures')
				.select('id')
				.where('centre_id', '=', centre.id)
				.where('petition_id', '=', petitionId)
				.where('duplicate_key', '=', duplicate)
				.executeTakeFirst();
			// Checked before the address limit: signing again is never refused as a flood.
			if (signed) return { outcome: 'already', count: petition.signature_count };
			if (options.address !== null) {
				const counted = await trx
					.insertInto('petition_address_counts')
					.values({
						centre_id: centre.id,
						petition_id: petitionId,
						address_key: addressKey(options.key, options.address, day),
						day,
						count: 1
					})
					.onConflict((conflict) =>
						conflict
							.columns(['centre_id', 'petition_id', 'address_key'])
							.doUpdateSet({ count: sql`petition_address_counts.count + 1` })
							.where('petition_address_counts.count', '<', ADDRESS_DAILY_LIMIT)
					)
					.returning('count')
					.executeTakeFirst();
				if (!counted) throw new RuleError('petitions.addressLimit');
			}
			const inserted = await trx
				.insertInto('petition_signatures')
				.values({
					centre_id: centre.id,
					id: uuidv7(),
					petition_id: petitionId,
					shown_name: input.show ? input.name : null,
					shown_area: input.show ? input.area : null,
					contact_sealed: input.contact ? seal(input.contact.value, options.key) : null,
					duplicate_key: duplicate,
					signed_on: day
				})
				.onConflict((conflict) =>
					conflict.constraint('petition_signatures_duplicate_key').doNothing()
				)
				.returning('id')
				.executeTakeFirst();
			if (!inserted) throw new SignedMeanwhile();
			const counted = await trx
				.updateTable('petitions')
				.set({ signature_count: sql`signature_count + 1` })
				.where('centre_id', '=', centre.id)
				.where('id', '=', petitionId)
				.where('state', '=', 'open')
				.returning('signature_count')
				.executeTakeFirst();
			if (!counted) throw new RuleError('petitions.closed');
			return { outcome: 'signed', count: counted.signature_count };
		});
	} catch (thrown) {
		if (!(thrown instanceof SignedMeanwhile)) throw thrown;
		const petition = await publicPetition(db, centre, petitionId);
		return { outcome: 'already', count: petition.count };
	}
}

/**
 * Signs a petition from its public page. RuleError('petitions.addressLimit') when the address
 * has signed it ADDRESS_DAILY_LIMIT times today; RuleError('petitions.closed') when it is not open.
 */
export async function signPetition(
	db: Kysely<Database>,
	centre: Pick<Centre, 'id' | 'timeZone'>,
	petitionId: string,
	input: SignatureInput,
	options: { key: Buffer; now: Date; address: string }
): Promise<Signed> {
	return addSignature(db, centre, petitionId, input, options);
}

/** A signature collected on paper, typed in by staff: no address limit applies. */
export async function addPaperSignature(
	db: Kysely<Database>,
	actor: Actor,
	centre: Pick<Centre, 'id' | 'timeZone'>,
	petitionId: string,
	input: SignatureInput,
	options: { key: Buffer; now: Date }
): Promise<Signed> {
	requireRole(actor, ...ORGANISERS);
	if (actor.centreId !== centre.id) throw new NotFoundError('petition');
	return addSignature(db, centre, petitionId, input, { ...options, address: null });
}

/**
 * What is handed over on delivery: the count, and the names and areas of the signers who agreed
 * to show them. Contacts are never part of it.
 */
export async function petitionExport(
	db: Kysely<Database>,
	actor: Actor,
	id: string,
	locale: string
): Promise<PetitionExport> {
	requireRole(actor, ...ORGANISERS);
	return inCentre(db, actor.centreId, async (trx) => {
		const row = await petitionRow(trx, actor.centreId, id);
		const shown = await trx
			.selectFrom('petition_signatures')
			.select(['shown_name', 'shown_area'])
			.where('centre_id', '=', actor.centreId)
			.where('petition_id', '=', id)
			.where('shown_name', 'is not', null)
			.orderBy('id')
			.execute();
		await recordAudit(trx, {
			action: 'petitions.exported',
			centreId: actor.centreId,
			actorId: actor.accountId,
			subjectId: id,
			detail: { total: row.signature_count, shown: shown.length }
		});
		return {
			id,
			title: titleIn(row, locale),
			target: row.target,
			total: row.signature_count,
			signers: shown.map((signer) => ({
				name: signer.shown_name ?? '',
				area: signer.shown_area ?? ''
			}))
		};
	});
}

function csvCell(value: string): string {
	// A cell starting with = + - @ would run as a formula in a spreadsheet.
	const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
	return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function exportCsv(exported: PetitionExport, t: Translate): string {
	const lines = [
		[t('petitions.csvName'), t('petitions.csvArea')],
		...exported.signers.map((signer) => [signer.name, signer.area]),
		[],
		[t('petitions.exportSummary', { count: exported.total, shown: exported.signers.length })]
	];
	return lines.map((cells) => cells.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** Forgets the address counts of days before today, each centre on its own clock. */
export async function forgetPetitionAddresses(db: Db, now: Date): Promise<number> {
	const result = await db
		.deleteFrom('petition_address_counts')
		.where(({ exists, selectFrom }) =>
			exists(
				selectFrom('centres as c')
					.whereRef('c.id', '=', 'petition_address_counts.centre_id')
					.where(
						'petition_address_counts.day',
						'<',
						sql<string>`(${now}::timestamptz at time zone c.time_zone)::date`
					)
					.select('c.id')
			)
		)
		.executeTakeFirst();
	return Number(result.numDeletedRows);
}
