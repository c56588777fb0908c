import { sql } from 'kysely';
import { requireRole, type Actor } from '../identity/identity.service';
import { inCentre } from '../platform/database';
import { NotFoundError } from '../platform/errors';
import { isUuid } from '../platform/ids';
import type { Db } from '../schema';
import { textsOf } from './outbox';

const ANYONE = ['member', 'adviser', 'organiser', 'coordinator'] as const;
export const INBOX_PAGE_SIZE = 20;

export interface InboxEntry {
	id: string;
	subject: string;
	sentAt: Date;
	read: boolean;
	/** The language the message is written in, for the page to mark it. */
	language: string;
}

export interface InboxPage {
	entries: InboxEntry[];
	page: number;
	pages: number;
	unread: number;
}

/** The person's inbox at this centre, newest first, a page at a time. */
export async function listInbox(
	db: Db,
	actor: Actor,
	page: number,
	secretKey: Buffer
): Promise<InboxPage> {
	requireRole(actor, ...ANYONE);
	return inCentre(db, actor.centreId, async (trx) => {
		const mine = trx
			.selectFrom('messages')
			.where('messages.centre_id', '=', actor.centreId)
			.where('messages.account_id', '=', actor.accountId)
			.where('messages.channel', '=', 'inbox')
			.where('messages.state', '=', 'sent');
		const counts = await mine
			.select([
				sql<number>`count(*)::int`.as('total'),
				sql<number>`count(*) filter (where read_at is null)::int`.as('unread')
			])
			.executeTakeFirstOrThrow();
		const pages = Math.max(1, Math.ceil(counts.total / INBOX_PAGE_SIZE));
		const current = Math.min(Math.max(1, page), pages);
		const rows = await mine
			.leftJoin('broadcasts', (join) =>
				join
					.onRef('broadcasts.centre_id', '=', 'messages.centre_id')
					.onRef('broadcasts.id', '=', 'messages.broadcast_id')
			)
			.select([
				'messages.id',
				'messages.language',
				'messages.subject_sealed',
				'messages.body_sealed',
				'messages.sent_at',
				'messages.queued_at',
				'messages.read_at',
				'broadcasts.texts',
				'broadcasts.locales'
			])
			.orderBy('messages.sent_at', 'desc')
			.orderBy('messages.id', 'desc')
			.limit(INBOX_PAGE_SIZE)
			.offset((current - 1) * INBOX_PAGE_SIZE)
			.execute();
		return {
			entries: rows.map((row) => ({
				id: row.id,
				subject: textsOf(
					{ ...row, body_sealed: null },
					row.texts && row.locales ? { texts: row.texts, locales: row.locales } : null,
					secretKey
				).subject,
				sentAt: row.sent_at ?? row.queued_at,
				read: row.read_at !== null,
				language: row.language
			})),
			page: current,
			pages,
			unread: counts.unread
		};
	});
}

export interface InboxMessage {
	id: string;
	subject: string;
	body: string;
	sentAt: Date;
	language: string;
}

/** One message of the person's inbox; opening it marks it read. */
export async function openInboxMessage(
	db: Db,
	actor: Actor,
	messageId: string,
	secretKey: Buffer,
	now: Date
): Promise<InboxMessage> {
	requireRole(actor, ...ANYONE);
	if (!isUuid(messageId)) throw new NotFoundError('message');
	return inCentre(db, actor.centreId, async (trx) => {
		const row = await trx
			.selectFrom('messages')
			.leftJoin('broadcasts', (join) =>
				join
					.onRef('broadcasts.centre_id', '=', 'messages.centre_id')
					.onRef('broadcasts.id', '=', 'messages.broadcast_id')
			)
			.select([
				'messages.id',
				'messages.language',
				'messages.subject_sealed',
				'messages.body_sealed',
				'messages.sent_at',
				'messages.queued_at',
				'messages.read_at',
				'broadcasts.texts',
				'broadcasts.locales'
			])
			.where('messages.centre_id', '=', actor.centreId)
			.where('messages.id', '=', messageId)
			.where('messages.account_id', '=', actor.accountId)
			.where('messages.channel', '=', 'inbox')
			.where('messages.state', '=', 'sent')
			.executeTakeFirst();
		if (!row) throw new NotFoundError('message');
		if (row.read_at === null) {
			await trx
				.updateTable('messages')
				.set({ read_at: now })
				.where('centre_id', '=', actor.centreId)
				.where('id', '=', messageId)
				.execute();
		}
		const texts = textsOf(
			row,
			row.texts && row.locales ? { texts: row.texts, locales: row.locales } : null,
			secretKey
		);
		return {
			id: row.id,
			subject: texts.subject,
			body: texts.body,
			sentAt: row.sent_at ?? row.queued_at,
			language: row.language
		};
	});
}
