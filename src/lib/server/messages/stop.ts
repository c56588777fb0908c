import { createHmac, timingSafeEqual } from 'node:crypto';
import { recordAudit } from '../platform/audit';
import { inCentre } from '../platform/database';
import { isUuid } from '../platform/ids';
import type { Db } from '../schema';
import type { Kysely } from 'kysely';
import type { Database } from '../schema';
import { phoneKey } from './member-settings';

/** The channels a member can stop from a message itself, without signing in. */
export type StoppableChannel = 'email' | 'sms';

export interface StopRequest {
	centreId: string;
	accountId: string;
	channel: StoppableChannel;
}

function signature(payload: string, secretKey: Buffer): Buffer {
	return createHmac('sha256', secretKey).update(`hearth.stop\0${payload}`).digest();
}

/**
 * A stop link's token: who and which channel, signed, so that no table of tokens is kept and
 * the link keeps working for every message the member ever had.
 */
export function stopToken(request: StopRequest, secretKey: Buffer): string {
	const payload = Buffer.from(
		`${request.centreId}.${request.accountId}.${request.channel}`,
		'utf8'
	).toString('base64url');
	return `${payload}.${signature(payload, secretKey).toString('base64url')}`;
}

/** The request a token stands for, or null when it was not made by this Hearth. */
export function readStopToken(token: string, secretKey: Buffer): StopRequest | null {
	const [payload, signed, extra] = token.split('.');
	if (!payload || !signed || extra !== undefined || token.length > 400) return null;
	const expected = signature(payload, secretKey);
	const given = Buffer.from(signed, 'base64url');
	if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
	const [centreId, accountId, channel] = Buffer.from(payload, 'base64url')
		.toString('utf8')
		.split('.');
	if (!isUuid(centreId ?? '') || !isUuid(accountId ?? '')) return null;
	if (channel !== 'email' && channel !== 'sms') return null;
	return { centreId: centreId as string, accountId: accountId as string, channel };
}

/** The centre a stop link is about, to name it on the page; null when it no longer exists. */
export async function stopCentreName(db: Db, request: StopRequest): Promise<string | null> {
	const centre = await db
		.selectFrom('centres')
		.select('name')
		.where('id', '=', request.centreId)
		.executeTakeFirst();
	return centre?.name ?? null;
}

/** Turns the channel off for the member. Messages already queued are stopped by the drain. */
export async function stopChannel(db: Db, request: StopRequest): Promise<boolean> {
	return inCentre(db, request.centreId, async (trx) => {
		const changed = await trx
			.updateTable('message_settings')
			.set(request.channel === 'email' ? { email_on: false } : { sms_on: false })
			.set({ updated_at: new Date() })
			.where('centre_id', '=', request.centreId)
			.where('account_id', '=', request.accountId)
			.executeTakeFirst();
		const stopped = Number(changed.numUpdatedRows) > 0;
		if (stopped) {
			await recordAudit(trx, {
				action: 'messages.channel_stopped',
				centreId: request.centreId,
				actorId: request.accountId,
				subjectId: request.accountId,
				detail: { channel: request.channel, by: 'link' }
			});
		}
		return stopped;
	});
}

/** Words that mean "stop" in a text message, in the languages members write in. */
const STOP_WORDS = new Set([
	'stop',
	'stopall',
	'unsubscribe',
	'cancel',
	'end',
	'quit',
	// es, pt
	'parar',
	'para',
	'baja',
	'cancelar',
	'sair',
	// pl
	'stopp',
	'koniec',
	'rezygnuj',
	'rezygnacja',
	// ro
	'dezabonare',
	'renunt',
	'renunț',
	'renunţ',
	// ar
	'توقف',
	'إيقاف',
	'ايقاف',
	'الغاء',
	'إلغاء'
]);

export function isStopWord(text: string): boolean {
	const word = text
		.trim()
		.toLocaleLowerCase()
		.replace(/[.!]+$/u, '');
	return STOP_WORDS.has(word);
}

/**
 * An inbound STOP: text messages off for every member, in every centre, with that number. Runs
 * across centres (the number is all the gateway knows), and records one audit event per centre.
 */
export async function stopTextsFrom(
	db: Kysely<Database>,
	e164: string,
	secretKey: Buffer
): Promise<number> {
	const key = phoneKey(e164, secretKey);
	return db.transaction().execute(async (trx) => {
		const stopped = await trx
			.updateTable('message_settings')
			.set({ sms_on: false, updated_at: new Date() })
			.where('phone_key', '=', key)
			.where('sms_on', '=', true)
			.returning(['centre_id', 'account_id'])
			.execute();
		for (const row of stopped) {
			await recordAudit(trx, {
				action: 'messages.channel_stopped',
				centreId: row.centre_id,
				actorId: row.account_id,
				subjectId: row.account_id,
				detail: { channel: 'sms', by: 'reply' }
			});
		}
		return stopped.length;
	});
}
