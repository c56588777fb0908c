import type { Kysely } from 'kysely';
import { z } from 'zod';
import { direction, locales, type Locale } from '../../i18n/locales';
import { translator } from '../../i18n/translate';
import { oneOf, text } from '../forms';
import { hasRole, nameKey, requireRole, type Actor } from '../identity/identity.service';
import { recordAudit } from '../platform/audit';
import { open, seal } from '../platform/crypto';
import { inCentre } from '../platform/database';
import { ForbiddenError, NotFoundError, RuleError } from '../platform/errors';
import { uuidv7 } from '../platform/ids';
import type { Database, Db } from '../schema';
import type { ReferralStatus } from './directory.tables';

/**
 * Referrals: a member is referred to a service only with their consent to what is shared, given
 * in the words they were shown. What they share and the outcome are sealed; only the member and
 * the adviser who made the referral can read them, and every read is audited. The status is a
 * record of where the referral is, never a judgement of the member: nothing here counts or
 * records whether they went.
 */

export const referralStatuses = [
	'made',
	'contacted',
	'seen',
	'closed'
] as const satisfies readonly ReferralStatus[];

export const CONTACT_MAX = 200;
export const NOTE_MAX = 2000;
export const OUTCOME_MAX = 2000;

const contact = text({ max: CONTACT_MAX, tooLong: 'referral.contactTooLong' });
const note = text({ max: NOTE_MAX, tooLong: 'referral.noteTooLong', multiline: true });

/**
 * What an adviser or a member fills in before the consent page, carried through it in hidden
 * fields: nothing is stored until the member agrees.
 */
export const referralDraftSchema = z
	.object({
		who: oneOf(['member', 'self'], 'referral.whoUnknown'),
		memberName: text({ max: 60, tooLong: 'identity.nameTooLong' }),
		locale: oneOf(locales, 'referral.languageRequired'),
		contact,
		note
	})
	.superRefine((draft, ctx) => {
		if (draft.who === 'member' && draft.memberName === '') {
			ctx.addIssue({
				code: 'custom',
				path: ['memberName'],
				message: 'referral.memberNameRequired'
			});
		}
	});

export type ReferralDraft = z.infer<typeof referralDraftSchema>;

export const referralStatusSchema = z.object({
	status: oneOf(referralStatuses, 'referral.statusRequired')
});

export const referralOutcomeSchema = z.object({
	outcome: text({ max: OUTCOME_MAX, tooLong: 'referral.outcomeTooLong', multiline: true })
});

export interface ConsentText {
	locale: Locale;
	dir: 'ltr' | 'rtl';
	/** An opening sentence, one line per thing shared, and a closing sentence. */
	words: string[];
	/** The words beside the box the member ticks. */
	agree: string;
	contactLabel: string;
	noteLabel: string;
}

/**
 * The words a member agrees to, in the language they read. They name what is shared but do not
 * repeat the way to reach them or the note: those are shown beside the words and kept sealed,
 * while the words are kept as they are, as the record of the consent.
 */
export function consentText(
	locale: Locale,
	parts: { centre: string; service: string; member: string; hasContact: boolean; hasNote: boolean }
): ConsentText {
	const t = translator(locale);
	const words = [
		t('referral.consentIntro', { centre: parts.centre, service: parts.service }),
		t('referral.consentName', { name: parts.member })
	];
	if (parts.hasContact) words.push(t('referral.consentContact'));
	if (parts.hasNote) words.push(t('referral.consentNote'));
	words.push(t('referral.consentNothingElse'));
	return {
		locale,
		dir: direction(locale),
		words,
		agree: t('referral.consentAgree'),
		contactLabel: t('referral.consentContactLabel'),
		noteLabel: t('referral.consentNoteLabel')
	};
}

/** The consent as stored: exactly the lines shown, then the words beside the tick. */
export function consentRecord(text: ConsentText): string {
	return [...text.words, text.agree].join('\n');
}

export interface ReferralRequest {
	serviceId: string;
	/** The member's chosen name when an adviser refers them; null when a person refers themselves. */
	memberName: string | null;
	contact: string;
	note: string;
	/** The language the member reads the consent in. */
	locale: Locale;
}

export interface ReferralPreview {
	serviceId: string;
	/** In the language of the consent. */
	serviceName: string;
	memberId: string;
	memberName: string;
	contact: string;
	note: string;
	consent: ConsentText;
}

/** A service's name in a language, falling back to the centre's own; null if there is none. */
async function serviceName(
	trx: Db,
	centreId: string,
	serviceId: string,
	locale: string
): Promise<string | null> {
	const row = await trx
		.selectFrom('services as s')
		.leftJoin('service_texts as st', (join) =>
			join
				.onRef('st.centre_id', '=', 's.centre_id')
				.onRef('st.service_id', '=', 's.id')
				.on('st.locale', '=', locale)
		)
		.select(['s.name', 'st.name as translated'])
		.where('s.centre_id', '=', centreId)
		.where('s.id', '=', serviceId)
		.executeTakeFirst();
	return row ? row.translated || row.name : null;
}

/** The service a referral is started to, named in the reader's language. */
export async function serviceToRefer(
	db: Kysely<Database>,
	actor: Actor,
	serviceId: string,
	locale: Locale
): Promise<{ id: string; name: string }> {
	requireRole(actor, 'member', 'adviser');
	const name = await inCentre(db, actor.centreId, (trx) =>
		serviceName(trx, actor.centreId, serviceId, locale)
	);
	if (name === null) throw new NotFoundError('service');
	return { id: serviceId, name };
}

function checkLengths(request: Pick<ReferralRequest, 'contact' | 'note'>): void {
	if ([...request.contact].length > CONTACT_MAX) throw new RuleError('contactTooLong');
	if ([...request.note].length > NOTE_MAX) throw new RuleError('noteTooLong');
}

async function preview(trx: Db, actor: Actor, request: ReferralRequest): Promise<ReferralPreview> {
	checkLengths(request);
	let member: { id: string; chosen_name: string } | undefined;
	if (request.memberName === null) {
		requireRole(actor, 'member');
		member = await trx
			.selectFrom('accounts')
			.select(['id', 'chosen_name'])
			.where('id', '=', actor.accountId)
			.executeTakeFirst();
	} else {
		requireRole(actor, 'adviser');
		// Only people of this centre are looked at (row-level security agrees), so a name that
		// belongs to someone elsewhere gets the same answer as a name nobody has.
		member = await trx
			.selectFrom('accounts as a')
			.innerJoin('centre_people as p', 'p.account_id', 'a.id')
			.select(['a.id', 'a.chosen_name'])
			.where('p.centre_id', '=', actor.centreId)
			.where('a.name_key', '=', nameKey(request.memberName))
			.executeTakeFirst();
	}
	if (!member) throw new RuleError('memberNotFound');
	const service = await serviceName(trx, actor.centreId, request.serviceId, request.locale);
	if (service === null) throw new NotFoundError('service');
	const centre = await trx
		.selectFrom('centres')
		.select('name')
		.where('id', '=', actor.centreId)
		.executeTakeFirstOrThrow();
	return {
		serviceId: request.serviceId,
		serviceName: service,
		memberId: member.id,
		memberName: member.chosen_name,
		contact: request.contact,
		note: request.note,
		consent: consentText(request.locale, {
			centre: centre.name,
			service,
			member: member.chosen_name,
			hasContact: request.contact !== '',
			hasNote: request.note !== ''
		})
	};
}

/**
 * What the member will be asked to agree to, without storing anything. Throws
 * RuleError('memberNotFound') when no member of this centre has the name.
 */
export function prepareReferral(
	db: Kysely<Database>,
	actor: Actor,
	request: ReferralRequest
): Promise<ReferralPreview> {
	return inCentre(db, actor.centreId, (trx) => preview(trx, actor, request));
}

/** Makes the referral once the member has agreed; the words they agreed to are kept with it. */
export async function createReferral(
	db: Kysely<Database>,
	actor: Actor,
	request: ReferralRequest & { consent: boolean },
	key: Buffer
): Promise<string> {
	if (!request.consent) throw new RuleError('consentRequired');
	return inCentre(db, actor.centreId, async (trx) => {
		const made = await preview(trx, actor, request);
		const id = uuidv7();
		await trx
			.insertInto('referrals')
			.values({
				centre_id: actor.centreId,
				id,
				member_id: made.memberId,
				service_id: made.serviceId,
				made_by: actor.accountId,
				consent_words: consentRecord(made.consent),
				consent_locale: made.consent.locale,
				shared_contact: made.contact ? seal(made.contact, key) : null,
				shared_note: made.note ? seal(made.note, key) : null,
				outcome: null,
				withdrawn_at: null
			})
			.execute();
		await recordAudit(trx, {
			action: 'directory.referral_made',
			centreId: actor.centreId,
			actorId: actor.accountId,
			subjectId: id,
			detail: { service: made.serviceId, self: made.memberId === actor.accountId }
		});
		return id;
	});
}

/**
 * Who may read what a member shared and the outcome: the member, and the adviser who made the
 * referral while they are an adviser here. Not a coordinator, not another adviser. (The member's
 * chosen adviser will be added here.)
 */
export function canReadReferral(
	actor: Actor,
	referral: { centreId: string; memberId: string; madeBy: string }
): boolean {
	if (actor.centreId !== referral.centreId) return false;
	if (actor.accountId === referral.memberId) return true;
	return actor.accountId === referral.madeBy && hasRole(actor, 'adviser');
}

export interface ReferralSummary {
	id: string;
	serviceId: string;
	/** In the reader's language when the service has a name in it. */
	serviceName: string;
	memberName: string;
	/** Null when the person who made it is no longer at the centre. */
	madeByName: string | null;
	/** The member referred themselves. */
	self: boolean;
	status: ReferralStatus;
	withdrawnAt: Date | null;
	createdAt: Date;
}

export interface Referral extends ReferralSummary {
	memberId: string;
	madeBy: string;
	consentWords: string;
	consentLocale: string;
	contact: string | null;
	note: string | null;
	outcome: string | null;
	updatedAt: Date;
	/** What the reader may do with it. */
	may: { setStatus: boolean; recordOutcome: boolean; withdraw: boolean };
	/** The reader is the member referred. */
	readerIsMember: boolean;
}

function referralRows(trx: Db, centreId: string, locale: string) {
	return trx
		.selectFrom('referrals as r')
		.innerJoin('services as s', (join) =>
			join.onRef('s.centre_id', '=', 'r.centre_id').onRef('s.id', '=', 'r.service_id')
		)
		.leftJoin('service_texts as st', (join) =>
			join
				.onRef('st.centre_id', '=', 'r.centre_id')
				.onRef('st.service_id', '=', 'r.service_id')
				.on('st.locale', '=', locale)
		)
		.innerJoin('accounts as m', 'm.id', 'r.member_id')
		.leftJoin('accounts as b', 'b.id', 'r.made_by')
		.select([
			'r.centre_id',
			'r.id',
			'r.member_id',
			'r.service_id',
			'r.made_by',
			'r.status',
			'r.consent_words',
			'r.consent_locale',
			'r.shared_contact',
			'r.shared_note',
			'r.outcome',
			'r.withdrawn_at',
			'r.created_at',
			'r.updated_at',
			's.name as service_name',
			'st.name as service_translated',
			'm.chosen_name as member_name',
			'b.chosen_name as made_by_name'
		])
		.where('r.centre_id', '=', centreId);
}

type ReferralRow = Awaited<ReturnType<ReturnType<typeof referralRows>['executeTakeFirstOrThrow']>>;

function summary(row: ReferralRow): ReferralSummary {
	return {
		id: row.id,
		serviceId: row.service_id,
		serviceName: row.service_translated || row.service_name,
		memberName: row.member_name,
		madeByName: row.made_by_name,
		self: row.made_by === row.member_id,
		status: row.status,
		withdrawnAt: row.withdrawn_at,
		createdAt: row.created_at
	};
}

/** Opens the sealed fields for a reader allowed to see them, and records that they did. */
async function opened(trx: Db, actor: Actor, row: ReferralRow, key: Buffer): Promise<Referral> {
	const readerIsMember = actor.accountId === row.member_id;
	const maker = actor.accountId === row.made_by;
	const live = row.withdrawn_at === null;
	await recordAudit(trx, {
		action: 'directory.referral_read',
		centreId: actor.centreId,
		actorId: actor.accountId,
		subjectId: row.id
	});
	return {
		...summary(row),
		memberId: row.member_id,
		madeBy: row.made_by,
		consentWords: row.consent_words,
		consentLocale: row.consent_locale,
		contact: row.shared_contact === null ? null : open(row.shared_contact, key),
		note: row.shared_note === null ? null : open(row.shared_note, key),
		outcome: row.outcome === null ? null : open(row.outcome, key),
		updatedAt: row.updated_at,
		readerIsMember,
		may: {
			setStatus: live && (readerIsMember || maker),
			// The outcome is the member's own words: after withdrawing they may still write it.
			recordOutcome: readerIsMember || (live && maker),
			withdraw: live && readerIsMember
		}
	};
}

const MADE_LIST_LIMIT = 100;

export interface ReferralLists {
	/** The reader's own referrals, with what they shared and the outcome. */
	own: Referral[];
	/** Referrals an adviser made for others: who, where and when, nothing shared. */
	made: ReferralSummary[];
	/** More were made than are listed. */
	madeMore: boolean;
}

/** A person's own referrals and, for an adviser, those they made; newest first. */
export async function listReferrals(
	db: Kysely<Database>,
	actor: Actor,
	key: Buffer,
	locale: Locale
): Promise<ReferralLists> {
	requireRole(actor, 'member', 'adviser');
	return inCentre(db, actor.centreId, async (trx) => {
		const ownRows = await referralRows(trx, actor.centreId, locale)
			.where('r.member_id', '=', actor.accountId)
			.orderBy('r.created_at', 'desc')
			.orderBy('r.id', 'desc')
			.execute();
		const own: Referral[] = [];
		for (const row of ownRows) own.push(await opened(trx, actor, row, key));
		let made: ReferralSummary[] = [];
		if (hasRole(actor, 'adviser')) {
			const rows = await referralRows(trx, actor.centreId, locale)
				.where('r.made_by', '=', actor.accountId)
				.where('r.member_id', '<>', actor.accountId)
				.orderBy('r.created_at', 'desc')
				.orderBy('r.id', 'desc')
				.limit(MADE_LIST_LIMIT + 1)
				.execute();
			made = rows.map(summary);
		}
		return {
			own,
			made: made.slice(0, MADE_LIST_LIMIT),
			madeMore: made.length > MADE_LIST_LIMIT
		};
	});
}

async function findReadable(
	trx: Db,
	actor: Actor,
	id: string,
	locale: string,
	lock = false
): Promise<ReferralRow> {
	let query = referralRows(trx, actor.centreId, locale).where('r.id', '=', id);
	if (lock) query = query.forUpdate('r');
	const row = await query.executeTakeFirst();
	if (!row) throw new NotFoundError('referral');
	if (
		!canReadReferral(actor, {
			centreId: row.centre_id,
			memberId: row.member_id,
			madeBy: row.made_by
		})
	) {
		throw new ForbiddenError('referral');
	}
	return row;
}

/** One referral, opened for the member or the adviser who made it; the read is audited. */
export function readReferral(
	db: Kysely<Database>,
	actor: Actor,
	id: string,
	key: Buffer,
	locale: Locale = 'en'
): Promise<Referral> {
	return inCentre(db, actor.centreId, async (trx) =>
		opened(trx, actor, await findReadable(trx, actor, id, locale), key)
	);
}

/** Where the referral is: any status, in any order. Refused once consent is withdrawn. */
export async function setReferralStatus(
	db: Kysely<Database>,
	actor: Actor,
	id: string,
	status: ReferralStatus,
	now = new Date()
): Promise<void> {
	if (!(referralStatuses as readonly string[]).includes(status)) {
		throw new RuleError('statusUnknown');
	}
	await inCentre(db, actor.centreId, async (trx) => {
		const row = await findReadable(trx, actor, id, 'en', true);
		if (row.withdrawn_at !== null) throw new RuleError('withdrawn');
		if (row.status === status) return;
		await trx
			.updateTable('referrals')
			.set({ status, updated_at: now })
			.where('centre_id', '=', actor.centreId)
			.where('id', '=', id)
			.execute();
		await recordAudit(trx, {
			action: 'directory.referral_status_changed',
			centreId: actor.centreId,
			actorId: actor.accountId,
			subjectId: id,
			detail: { status }
		});
	});
}

/**
 * The outcome in the member's own words, written by them or recorded with them by the adviser
 * who made the referral. Empty text clears it.
 */
export async function recordOutcome(
	db: Kysely<Database>,
	actor: Actor,
	id: string,
	outcome: string,
	key: Buffer,
	now = new Date()
): Promise<void> {
	if ([...outcome].length > OUTCOME_MAX) throw new RuleError('outcomeTooLong');
	await inCentre(db, actor.centreId, async (trx) => {
		const row = await findReadable(trx, actor, id, 'en', true);
		if (actor.accountId !== row.member_id && row.withdrawn_at !== null) {
			throw new RuleError('withdrawn');
		}
		await trx
			.updateTable('referrals')
			.set({ outcome: outcome ? seal(outcome, key) : null, updated_at: now })
			.where('centre_id', '=', actor.centreId)
			.where('id', '=', id)
			.execute();
		await recordAudit(trx, {
			action: 'directory.referral_outcome_recorded',
			centreId: actor.centreId,
			actorId: actor.accountId,
			subjectId: id
		});
	});
}

export interface Withdrawal {
	/** What was erased now; both false when consent had already been withdrawn. */
	erasedContact: boolean;
	erasedNote: boolean;
	alreadyWithdrawn: boolean;
}

/**
 * The member withdraws their consent: the way to reach them and the note are erased, and the
 * referral is closed. Only the member can do this.
 */
export async function withdrawConsent(
	db: Kysely<Database>,
	actor: Actor,
	id: string,
	now = new Date()
): Promise<Withdrawal> {
	return inCentre(db, actor.centreId, async (trx) => {
		const row = await findReadable(trx, actor, id, 'en', true);
		if (actor.accountId !== row.member_id) throw new ForbiddenError('referral');
		if (row.withdrawn_at !== null) {
			return { erasedContact: false, erasedNote: false, alreadyWithdrawn: true };
		}
		await trx
			.updateTable('referrals')
			.set({
				shared_contact: null,
				shared_note: null,
				status: 'closed',
				withdrawn_at: now,
				updated_at: now
			})
			.where('centre_id', '=', actor.centreId)
			.where('id', '=', id)
			.execute();
		await recordAudit(trx, {
			action: 'directory.referral_withdrawn',
			centreId: actor.centreId,
			actorId: actor.accountId,
			subjectId: id
		});
		return {
			erasedContact: row.shared_contact !== null,
			erasedNote: row.shared_note !== null,
			alreadyWithdrawn: false
		};
	});
}
