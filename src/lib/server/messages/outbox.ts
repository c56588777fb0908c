import { sql, type Kysely, type Selectable } from 'kysely';
import { isLocale, type Locale } from '../../i18n/locales';
import { translator, type Translate } from '../../i18n/translate';
import { smsWithStop } from '../../messages/sms-stop';
import { addDays, instantToLocal, localToInstant } from '../centres/opening-hours';
import { open, seal } from '../platform/crypto';
import { inCentre } from '../platform/database';
import { uuidv7 } from '../platform/ids';
import { addJob } from '../platform/jobs';
import type { Config } from '../platform/config';
import { log } from '../platform/logger';
import { getPlatform } from '../platform/runtime';
import type { Database, Db } from '../schema';
import {
	SENDING_LANES,
	smsGatewaySender,
	smtpSender,
	type ChannelSenders,
	type SendOutcome
} from './channels';
import { memberSettings, wants, type MemberSettings } from './member-settings';
import type { BroadcastTexts, Channel, MessagesTable, Topic } from './messages.tables';
import { stopToken } from './stop';

export interface ReminderTexts {
	subject: string;
	body: string;
	sms: string;
}

/** Channels a reminder goes on. Paper is collected at the centre: a reminder on it comes too late. */
const REMINDER_CHANNELS = ['inbox', 'email', 'sms'] as const satisfies readonly Channel[];

/** Attempts at one message before it is marked 'failed'. */
export const MAX_ATTEMPTS = 6;
/** A message claimed longer ago than this was left by a process that stopped mid-send. */
export const CLAIM_EXPIRY_MINUTES = 10;
const CLAIM_BATCH = 40;
const DRAIN_JOB = 'messages:drain';

/**
 * Queues a reminder to one member on each channel they chose, if they chose the topic
 * 'reminders', in their message language. Idempotent: the same key for the same member queues
 * nothing new, but a reminder withdrawn earlier (the member left and signed up again) is queued
 * afresh with the same message id. Runs inside the caller's transaction.
 */
export async function queueReminder(
	db: Db,
	input: {
		centreId: string;
		accountId: string;
		key: string;
		write: (t: Translate, locale: Locale) => ReminderTexts;
		notBefore: Date;
	}
): Promise<number> {
	const { secretKey } = getPlatform();
	return inCentre(db, input.centreId, async (trx) => {
		const settings = await memberSettings(trx, input.centreId, input.accountId, secretKey);
		if (!settings) return 0;
		const channels = REMINDER_CHANNELS.filter((channel) => wants(settings, channel, 'reminders'));
		if (channels.length === 0) return 0;
		const texts = input.write(translator(settings.language), settings.language);
		const rows = channels.map((channel) => ({
			centre_id: input.centreId,
			id: uuidv7(),
			account_id: input.accountId,
			broadcast_id: null,
			reminder_key: input.key,
			channel,
			language: settings.language,
			subject_sealed: seal(texts.subject, secretKey),
			body_sealed: seal(channel === 'sms' && texts.sms ? texts.sms : texts.body, secretKey),
			not_before: input.notBefore
		}));
		const queued = await trx
			.insertInto('messages')
			.values(rows)
			.onConflict((conflict) =>
				conflict
					.constraint('messages_reminder_key')
					.doUpdateSet((update) => ({
						state: 'queued',
						attempts: 0,
						subject_sealed: update.ref('excluded.subject_sealed'),
						body_sealed: update.ref('excluded.body_sealed'),
						language: update.ref('excluded.language'),
						not_before: update.ref('excluded.not_before'),
						held_for_quiet: false,
						last_error: null,
						queued_at: sql`now()`
					}))
					.where('messages.state', '=', 'stopped')
			)
			.returning('id')
			.execute();
		return queued.length;
	});
}

/**
 * Stops reminders with this key not yet sent (state 'queued' → 'stopped'): for one member, or
 * for everyone when accountId is omitted (an action cancelled).
 */
export async function withdrawReminders(
	db: Db,
	centreId: string,
	key: string,
	accountId?: string
): Promise<number> {
	return inCentre(db, centreId, async (trx) => {
		let update = trx
			.updateTable('messages')
			.set({ state: 'stopped' })
			.where('centre_id', '=', centreId)
			.where('reminder_key', '=', key)
			.where('state', '=', 'queued');
		if (accountId) update = update.where('account_id', '=', accountId);
		const result = await update.executeTakeFirst();
		return Number(result.numUpdatedRows);
	});
}

/**
 * Asks the job runner to deliver due messages once the caller's transaction commits. One job key
 * makes many requests one job; the named queue runs drains one at a time, in every process, so
 * the rate limits hold and no two drains compete for the same messages.
 */
export async function requestDelivery(db: Db, runAt?: Date): Promise<void> {
	const queue = async (trx: Db) => {
		// A centre's transaction acts as hearth_app, which may not touch the job queue's own
		// schema: queue as the connection's own user, then act as before.
		const { rows } = await sql<{ role: string }>`select current_setting('role') as role`.execute(
			trx
		);
		const role = rows[0]?.role ?? 'none';
		if (role !== 'none') await sql`select set_config('role', 'none', true)`.execute(trx);
		await addJob(trx, DRAIN_JOB, {}, { key: DRAIN_JOB, queueName: 'messages', runAt });
		if (role !== 'none') await sql`select set_config('role', ${role}, true)`.execute(trx);
	};
	if (db.isTransaction) await queue(db);
	else await db.transaction().execute(queue);
}

export interface DrainResult {
	sent: number;
	held: number;
	stopped: number;
	retrying: number;
	failed: number;
}

export interface DrainOptions {
	now: Date;
	secretKey: Buffer;
	channels: ChannelSenders;
	/** For stop links. */
	publicUrl: string;
	/** Most messages in this run. */
	limit?: number;
	/** Most messages a minute on each channel; none when left out. */
	perMinute?: { email?: number; sms?: number };
	/** How to wait between sends when a rate limit is set (tests pass a clock of their own). */
	sleep?: (ms: number) => Promise<void>;
}

type MessageRow = Selectable<MessagesTable>;

interface Centre {
	name: string;
	timeZone: string;
}

interface Broadcast {
	topic: Topic;
	texts: BroadcastTexts;
	locales: string[];
}

/**
 * Delivers every due message ('queued', not_before <= now) of the configured channels, across
 * centres: claims each ('sending') in its own short transaction before it leaves, so a second
 * drain never takes it; holds email and SMS through the member's quiet hours; marks 'stopped'
 * when the member turned the channel or topic off since; retries with backoff on a provider
 * failure. Inbox messages are 'sent' at once. Print is never drained (the print list does it).
 */
export async function drainOutbox(
	db: Kysely<Database>,
	options: DrainOptions
): Promise<DrainResult> {
	const result: DrainResult = { sent: 0, held: 0, stopped: 0, retrying: 0, failed: 0 };
	const limit = options.limit ?? 500;
	const channels: Channel[] = ['inbox'];
	if (options.channels.email) channels.push('email');
	if (options.channels.sms) channels.push('sms');
	await reclaimAbandoned(db, options.now);
	await explainWaiting(db, options.now, channels);
	const centres = new Map<string, Centre>();
	const broadcasts = new Map<string, Broadcast | null>();
	const lastSend = new Map<Channel, number>();
	let handled = 0;
	while (handled < limit) {
		const claimed = await claim(db, options.now, channels, Math.min(CLAIM_BATCH, limit - handled));
		if (claimed.length === 0) break;
		handled += claimed.length;
		// A few messages at a time: each waits mostly on the mail server or the gateway.
		let next = 0;
		const lane = async () => {
			while (next < claimed.length) {
				const message = claimed[next++] as MessageRow;
				const outcome = await deliver(db, message, options, { centres, broadcasts, lastSend });
				result[outcome] += 1;
			}
		};
		await Promise.all(Array.from({ length: SENDING_LANES }, lane));
	}
	return result;
}

/** Messages a stopped process left 'sending' go back to the queue with the same id. */
async function reclaimAbandoned(db: Kysely<Database>, now: Date): Promise<void> {
	const expiry = new Date(now.getTime() - CLAIM_EXPIRY_MINUTES * 60_000);
	await db
		.updateTable('messages')
		.set({ state: 'queued' })
		.where('state', '=', 'sending')
		.where('not_before', '<', expiry)
		.execute();
}

/** Due messages on a channel with no configuration wait, and say why. */
async function explainWaiting(db: Kysely<Database>, now: Date, channels: Channel[]) {
	const waiting = (['email', 'sms'] as const).filter((channel) => !channels.includes(channel));
	if (waiting.length === 0) return;
	await db
		.updateTable('messages')
		.set({ last_error: 'channel not configured' })
		.where('state', '=', 'queued')
		.where('channel', 'in', waiting)
		.where('not_before', '<=', now)
		.where('last_error', 'is', null)
		.execute();
}

/**
 * Claims due messages: the row lock (skipping rows another drain holds) and the state change
 * commit before anything leaves. `not_before` then records when the claim was made.
 */
async function claim(
	db: Kysely<Database>,
	now: Date,
	channels: Channel[],
	batch: number
): Promise<MessageRow[]> {
	const { rows } = await sql<MessageRow>`
		update messages set state = 'sending', not_before = ${now}
		where (centre_id, id) in (
			select centre_id, id from messages
			where state = 'queued' and channel = any(${channels}::text[]) and not_before <= ${now}
			order by not_before
			limit ${batch}
			for update skip locked
		)
		and state = 'queued'
		returning *`.execute(db);
	return rows;
}

type Outcome = keyof DrainResult;

async function deliver(
	db: Kysely<Database>,
	message: MessageRow,
	options: DrainOptions,
	caches: {
		centres: Map<string, Centre>;
		broadcasts: Map<string, Broadcast | null>;
		lastSend: Map<Channel, number>;
	}
): Promise<Outcome> {
	const { now, secretKey } = options;
	const looked = await inCentre(db, message.centre_id, async (trx) => {
		const centre = await centreOf(trx, message.centre_id, caches.centres);
		const broadcast = message.broadcast_id
			? await broadcastOf(trx, message.centre_id, message.broadcast_id, caches.broadcasts)
			: null;
		const settings = await memberSettings(trx, message.centre_id, message.account_id, secretKey);
		return { centre, broadcast, settings };
	});
	const { centre, broadcast, settings } = looked;
	const topic: Topic = broadcast ? broadcast.topic : 'reminders';
	if (!centre || !settings || (message.broadcast_id && !broadcast)) {
		return settle(db, message, { state: 'stopped' }, 'stopped');
	}
	if (!wants(settings, message.channel, topic)) {
		return settle(db, message, { state: 'stopped' }, 'stopped');
	}
	if (message.channel !== 'inbox') {
		const quietEnd = quietHoursEnd(settings, now, centre.timeZone);
		if (quietEnd) {
			return settle(
				db,
				message,
				{ state: 'queued', not_before: quietEnd, held_for_quiet: true },
				'held'
			);
		}
	}
	if (message.channel === 'inbox') {
		return settle(db, message, { state: 'sent', sent_at: now, last_error: null }, 'sent');
	}
	const locale: Locale = isLocale(message.language) ? message.language : 'en';
	const t = translator(locale);
	const texts = textsOf(message, broadcast, secretKey);
	await paceChannel(message.channel, options, caches.lastSend);
	let outcome: SendOutcome;
	if (message.channel === 'email' && options.channels.email && settings.email) {
		const stopUrl = `${options.publicUrl.replace(/\/$/, '')}/stop/${stopToken(
			{ centreId: message.centre_id, accountId: message.account_id, channel: 'email' },
			secretKey
		)}`;
		outcome = await options.channels.email({
			to: settings.email,
			subject: texts.subject,
			text: `${texts.body}\n\n-- \n${t('messages.emailFooter', { centre: centre.name, url: stopUrl })}\n`,
			messageId: `<${message.id}@hearth>`,
			stopUrl
		});
	} else if (message.channel === 'sms' && options.channels.sms && settings.phone) {
		outcome = await options.channels.sms({
			to: settings.phone,
			text: smsWithStop(texts.sms, t),
			idempotencyKey: message.id
		});
	} else {
		// A print message, or a channel whose sender went away during this run: back to the queue.
		return settle(db, message, { state: 'queued' }, 'retrying');
	}
	if (outcome.ok) {
		return settle(db, message, { state: 'sent', sent_at: new Date(now), last_error: null }, 'sent');
	}
	const attempts = message.attempts + 1;
	if (!outcome.retry || attempts >= MAX_ATTEMPTS) {
		return settle(db, message, { state: 'failed', attempts, last_error: outcome.error }, 'failed');
	}
	const backoffMinutes = 2 ** (attempts - 1);
	return settle(
		db,
		message,
		{
			state: 'queued',
			attempts,
			last_error: outcome.error,
			not_before: new Date(now.getTime() + backoffMinutes * 60_000)
		},
		'retrying'
	);
}

/** Records how a claimed message ended; only this run's claim may settle it. */
async function settle(
	db: Kysely<Database>,
	message: MessageRow,
	change: Partial<{
		state: MessageRow['state'];
		sent_at: Date;
		attempts: number;
		last_error: string | null;
		not_before: Date;
		held_for_quiet: boolean;
	}>,
	outcome: Outcome
): Promise<Outcome> {
	await db
		.updateTable('messages')
		.set(change)
		.where('centre_id', '=', message.centre_id)
		.where('id', '=', message.id)
		.where('state', '=', 'sending')
		.execute();
	return outcome;
}

async function centreOf(trx: Db, centreId: string, cache: Map<string, Centre>) {
	const known = cache.get(centreId);
	if (known) return known;
	const row = await trx
		.selectFrom('centres')
		.select(['name', 'time_zone'])
		.where('id', '=', centreId)
		.executeTakeFirst();
	if (!row) return undefined;
	const centre = { name: row.name, timeZone: row.time_zone };
	cache.set(centreId, centre);
	return centre;
}

async function broadcastOf(
	trx: Db,
	centreId: string,
	broadcastId: string,
	cache: Map<string, Broadcast | null>
) {
	const known = cache.get(broadcastId);
	if (known !== undefined) return known;
	const row = await trx
		.selectFrom('broadcasts')
		.select(['topic', 'texts', 'locales'])
		.where('centre_id', '=', centreId)
		.where('id', '=', broadcastId)
		.executeTakeFirst();
	const broadcast = row ?? null;
	cache.set(broadcastId, broadcast);
	return broadcast;
}

/** A message's words: a broadcast's from the broadcast, a reminder's own, sealed. */
export function textsOf(
	message: Pick<MessageRow, 'language' | 'subject_sealed' | 'body_sealed'>,
	broadcast: Pick<Broadcast, 'texts' | 'locales'> | null,
	secretKey: Buffer
): ReminderTexts {
	if (broadcast) {
		const texts = broadcast.texts[message.language] ?? broadcast.texts[broadcast.locales[0] ?? ''];
		const subject = texts?.subject ?? '';
		const body = texts?.body ?? '';
		return { subject, body, sms: texts?.sms || body };
	}
	const subject = message.subject_sealed ? open(message.subject_sealed, secretKey) : '';
	const body = message.body_sealed ? open(message.body_sealed, secretKey) : '';
	return { subject, body, sms: body };
}

/**
 * When the member's quiet hours end, if `now` falls in them; quiet hours are on the centre's
 * clock and may cross midnight (22:00–07:00), or lie in the day for someone working nights.
 */
export function quietHoursEnd(
	settings: Pick<MemberSettings, 'quietFrom' | 'quietUntil'>,
	now: Date,
	timeZone: string
): Date | null {
	const { quietFrom: from, quietUntil: until } = settings;
	if (!from || !until || from === until) return null;
	const local = instantToLocal(now, timeZone);
	const inside =
		from < until
			? local.time >= from && local.time < until
			: local.time >= from || local.time < until;
	if (!inside) return null;
	const endsToday = local.time < until;
	return localToInstant(endsToday ? local.date : addDays(local.date, 1), until, timeZone);
}

/** Keeps a channel under its rate: sends are spaced evenly over the minute. */
async function paceChannel(
	channel: Channel,
	options: DrainOptions,
	lastSend: Map<Channel, number>
): Promise<void> {
	const perMinute =
		channel === 'email' || channel === 'sms' ? options.perMinute?.[channel] : undefined;
	if (!perMinute) return;
	const gap = 60_000 / perMinute;
	const sleep =
		options.sleep ?? ((ms: number) => new Promise((resolve) => setTimeout(resolve, ms)));
	// Each send takes the next free slot before it waits, so sends on several lanes at once stay
	// a gap apart.
	const previous = lastSend.get(channel);
	const slot = previous === undefined ? Date.now() : Math.max(Date.now(), previous + gap);
	lastSend.set(channel, slot);
	const wait = slot - Date.now();
	if (wait > 0) await sleep(wait);
}

/** Most messages one run handles; a run that reaches it asks for another straight after. */
const RUN_LIMIT = 500;

/** One drain with the senders the configuration sets up: the job 'messages:drain'. */
export async function deliverDueMessages(
	db: Kysely<Database>,
	context: { config: Config; secretKey: Buffer; now: Date }
): Promise<DrainResult> {
	const { config } = context;
	const email = config.smtpUrl ? smtpSender(config.smtpUrl, config.mailFrom) : undefined;
	const sms = config.smsGatewayUrl
		? smsGatewaySender(config.smsGatewayUrl, config.smsGatewayToken)
		: undefined;
	let result: DrainResult;
	try {
		result = await drainOutbox(db, {
			now: context.now,
			secretKey: context.secretKey,
			channels: { email: email?.send, sms },
			publicUrl: config.publicUrl,
			limit: RUN_LIMIT,
			perMinute: { email: config.emailPerMinute, sms: config.smsPerMinute }
		});
	} finally {
		email?.close();
	}
	const handled = Object.values(result).reduce((sum, count) => sum + count, 0);
	if (handled >= RUN_LIMIT) await requestDelivery(db);
	if (result.failed > 0) log.warn('messages.failed', { ...result });
	return result;
}
