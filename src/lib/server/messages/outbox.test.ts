import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, afterEach, beforeAll, beforeEach, expect, it } from 'vitest';
import { describeEachDatabase } from '../../../../tests/support/database';
import { startSmsGateway } from '../../../../tests/support/sms-gateway';
import { startSmtpServer } from '../../../../tests/support/smtp';
import { translator } from '../../i18n/translate';
import { createCentre, type Centre } from '../centres/centres.service';
import { createPerson, type Actor } from '../identity/identity.service';
import { loadConfig } from '../platform/config';
import { inCentre } from '../platform/database';
import { uuidv7 } from '../platform/ids';
import { hasPlatform, getPlatform, setPlatform, type Platform } from '../platform/runtime';
import { smsGatewaySender, smtpSender, type ChannelSenders } from './channels';
import { listInbox, openInboxMessage } from './inbox';
import {
	deliverDueMessages,
	drainOutbox,
	queueReminder,
	requestDelivery,
	withdrawReminders,
	type DrainOptions
} from './outbox';
import { saveSettings } from './settings';
import type { SettingsInput } from './settings.schemas';
import { readStopToken } from './stop';

const KEY = randomBytes(32);
const NOON = new Date('2026-11-23T12:00:00Z'); // London is on GMT in November
const minutes = (from: Date, count: number) => new Date(from.getTime() + count * 60_000);

const PLAIN: SettingsInput = {
	language: 'en',
	inboxOn: false,
	email: null,
	emailOn: false,
	phone: null,
	smsOn: false,
	printOn: false,
	topics: ['reminders'],
	quietFrom: null,
	quietUntil: null,
	area: ''
};

function reminder(key = `action:${uuidv7()}`) {
	return {
		key,
		notBefore: NOON,
		write: (t: ReturnType<typeof translator>) => ({
			subject: t('messages.reminderSubject', { what: 'Reunião' }),
			body: `${t('messages.topicActions')}: quinta às 19:00`,
			sms: 'Reunião quinta 19:00'
		})
	};
}

describeEachDatabase('the outbox', (database) => {
	let centre: Centre;
	let earlier: Platform | undefined;
	let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
	let gateway: Awaited<ReturnType<typeof startSmsGateway>>;
	let mail: ReturnType<typeof smtpSender>;
	let senders: ChannelSenders;
	let count = 0;

	async function member(settings: Partial<SettingsInput>): Promise<Actor> {
		count += 1;
		const accountId = await createPerson(database().db, centre.id, {
			chosenName: `Member ${count} ${uuidv7()}`,
			passphraseHash: 'x',
			roles: ['member'],
			languages: []
		});
		const actor: Actor = { accountId, centreId: centre.id, roles: ['member'] };
		await saveSettings(database().db, actor, { ...PLAIN, ...settings }, KEY);
		return actor;
	}

	function drain(now: Date, extra: Partial<DrainOptions> = {}) {
		return drainOutbox(database().db, {
			now,
			secretKey: KEY,
			channels: senders,
			publicUrl: 'https://hearth.example.org/',
			...extra
		});
	}

	async function queue(actor: Actor, input = reminder()) {
		return inCentre(database().db, centre.id, (trx) =>
			queueReminder(trx, { centreId: centre.id, accountId: actor.accountId, ...input })
		);
	}

	async function rowsOf(actor: Actor) {
		return database()
			.db.selectFrom('messages')
			.selectAll()
			.where('account_id', '=', actor.accountId)
			.orderBy('channel')
			.execute();
	}

	beforeAll(async () => {
		earlier = hasPlatform() ? getPlatform() : undefined;
		setPlatform({ secretKey: KEY, now: () => NOON } as Platform);
		centre = await createCentre(database().db, {
			name: 'Outbox centre',
			address: '',
			directions: '',
			timeZone: 'Europe/London',
			defaultLocale: 'en',
			locales: ['en', 'pt']
		});
		smtp = await startSmtpServer();
		gateway = await startSmsGateway({ token: 'gateway-token' });
		mail = smtpSender(smtp.url, 'Hearth <hearth@example.org>');
		senders = { email: mail.send, sms: smsGatewaySender(gateway.url, 'gateway-token') };
	});

	beforeEach(() => {
		smtp.received.length = 0;
		gateway.received.length = 0;
		gateway.requests = 0;
	});

	// Every test starts with an empty queue: what one leaves waiting must not leave in another.
	afterEach(async () => {
		await database()
			.db.updateTable('messages')
			.set({ state: 'stopped' })
			.where('state', 'in', ['queued', 'sending'])
			.execute();
	});

	afterAll(async () => {
		mail.close();
		await smtp.close();
		await gateway.close();
		setPlatform(earlier);
	});

	it('sends a reminder by email in the member’s language, with a stop link that works', async () => {
		const joana = await member({
			language: 'pt',
			email: 'joana@example.org',
			emailOn: true
		});
		expect(await queue(joana)).toBe(1);
		expect(await drain(NOON)).toMatchObject({ sent: 1, failed: 0 });
		const [received] = await smtp.waitFor(1);
		const [row] = await rowsOf(joana);
		expect(row).toMatchObject({ channel: 'email', state: 'sent', language: 'pt', attempts: 0 });
		expect(received?.to).toEqual(['joana@example.org']);
		expect(received?.subject).toBe('Lembrete: Reunião');
		expect(received?.text).toContain('Reuniões e ações: quinta às 19:00');
		expect(received?.text).toContain('Recebe isto porque pediu a Outbox centre');
		expect(received?.messageId).toBe(`<${row?.id}@hearth>`);
		const link = /https:\/\/hearth\.example\.org\/stop\/(\S+)/.exec(received?.text ?? '');
		expect(readStopToken(link?.[1] ?? '', KEY)).toEqual({
			centreId: centre.id,
			accountId: joana.accountId,
			channel: 'email'
		});
		expect(received?.headers.get('list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');
		expect(received?.headers.get('list-unsubscribe')).toBe(`<${link?.[0]}>`);
	});

	it('sends a text message with the stop words, keyed by the message id', async () => {
		const mihai = await member({ language: 'ro', phone: '+40712345678', smsOn: true });
		expect(await queue(mihai)).toBe(1);
		expect(await drain(NOON)).toMatchObject({ sent: 1 });
		const [received] = await gateway.waitFor(1);
		const [row] = await rowsOf(mihai);
		expect(received).toEqual({
			to: '+40712345678',
			text: `Reunião quinta 19:00 ${translator('ro')('messages.smsStop')}`,
			idempotencyKey: row?.id
		});
	});

	it('delivers once through a gateway that fails twice, backing off 1 then 2 minutes', async () => {
		const flaky = await startSmsGateway({ failFirst: 2 });
		try {
			const yusuf = await member({ phone: '07700 900555', smsOn: true });
			await queue(yusuf);
			const channels = { sms: smsGatewaySender(flaky.url, undefined) };
			expect(await drain(NOON, { channels })).toMatchObject({ retrying: 1 });
			expect((await rowsOf(yusuf))[0]).toMatchObject({
				state: 'queued',
				attempts: 1,
				last_error: 'gateway 503',
				not_before: minutes(NOON, 1)
			});
			expect(await drain(minutes(NOON, 0.5), { channels })).toMatchObject({ retrying: 0 });
			expect(await drain(minutes(NOON, 1), { channels })).toMatchObject({ retrying: 1 });
			expect((await rowsOf(yusuf))[0]).toMatchObject({ attempts: 2, not_before: minutes(NOON, 3) });
			expect(await drain(minutes(NOON, 3), { channels })).toMatchObject({ sent: 1 });
			expect(flaky.requests).toBe(3);
			expect(flaky.received).toHaveLength(1);
			expect((await rowsOf(yusuf))[0]).toMatchObject({ state: 'sent', last_error: null });
		} finally {
			await flaky.close();
		}
	});

	it('gives up after six attempts, and at once on an answer that will not change', async () => {
		const yusuf = await member({ phone: '07700 900556', smsOn: true });
		await queue(yusuf);
		const busy = { sms: async () => ({ ok: false as const, retry: true, error: 'gateway 503' }) };
		let now = NOON;
		for (let attempt = 1; attempt <= 6; attempt += 1) {
			const result = await drain(now, { channels: busy });
			expect(result).toMatchObject(attempt < 6 ? { retrying: 1 } : { failed: 1 });
			now = minutes(now, 2 ** (attempt - 1));
		}
		expect((await rowsOf(yusuf))[0]).toMatchObject({
			state: 'failed',
			attempts: 6,
			last_error: 'gateway 503'
		});
		const grace = await member({ phone: '07700 900557', smsOn: true });
		await queue(grace);
		const refused = {
			sms: async () => ({ ok: false as const, retry: false, error: 'gateway 400' })
		};
		expect(await drain(NOON, { channels: refused })).toMatchObject({ failed: 1 });
	});

	it('never sends a claimed message from a second drain running at the same time', async () => {
		const people = await Promise.all(
			Array.from({ length: 12 }, (_, index) =>
				member({ email: `person${index}@example.org`, emailOn: true, inboxOn: true })
			)
		);
		for (const person of people) await queue(person);
		const [first, second] = await Promise.all([drain(NOON), drain(NOON)]);
		expect((first?.sent ?? 0) + (second?.sent ?? 0)).toBe(24);
		const mails = await smtp.waitFor(12);
		await new Promise((resolve) => setTimeout(resolve, 200));
		expect(smtp.received).toHaveLength(12);
		expect(new Set(mails.map((received) => received.messageId)).size).toBe(12);
	});

	it('keeps each channel under its rate, sends a gap apart even on several lanes at once', async () => {
		const people = await Promise.all(
			Array.from({ length: 5 }, (_, index) =>
				member({ email: `paced${index}@example.org`, emailOn: true })
			)
		);
		for (const person of people) await queue(person);
		const waits: number[] = [];
		const result = await drain(NOON, {
			perMinute: { email: 60 },
			sleep: async (ms) => {
				waits.push(ms);
			}
		});
		expect(result.sent).toBe(5);
		// 60 a minute is a second apart: the first leaves at once, the next four wait for their slots
		// (the clock hardly moves while the waits are only recorded).
		expect(waits).toHaveLength(4);
		const slots = waits.map((ms) => Math.round(ms / 1000)).sort();
		expect(slots).toEqual([1, 2, 3, 4]);
	});

	it('holds email through quiet hours on the centre’s clock and sends it when they end', async () => {
		const grace = await member({
			email: 'grace@example.org',
			emailOn: true,
			quietFrom: '08:00',
			quietUntil: '16:00'
		});
		await queue(grace);
		expect(await drain(NOON)).toMatchObject({ held: 1, sent: 0 });
		expect((await rowsOf(grace))[0]).toMatchObject({
			state: 'queued',
			held_for_quiet: true,
			not_before: new Date('2026-11-23T16:00:00Z')
		});
		expect(await drain(new Date('2026-11-23T15:59:00Z'))).toMatchObject({ sent: 0 });
		expect(await drain(new Date('2026-11-23T16:01:00Z'))).toMatchObject({ sent: 1 });
		expect((await smtp.waitFor(1))[0]?.to).toEqual(['grace@example.org']);
	});

	it('holds quiet hours across midnight until the morning, but never the inbox', async () => {
		const tomasz = await member({
			inboxOn: true,
			phone: '07700 900558',
			smsOn: true,
			quietFrom: '22:00',
			quietUntil: '07:00'
		});
		await queue(tomasz, { ...reminder(), notBefore: new Date('2026-11-23T23:30:00Z') });
		expect(await drain(new Date('2026-11-23T23:30:00Z'))).toMatchObject({ sent: 1, held: 1 });
		const [inbox, sms] = await rowsOf(tomasz);
		expect(inbox).toMatchObject({ channel: 'inbox', state: 'sent' });
		expect(sms).toMatchObject({ state: 'queued', not_before: new Date('2026-11-24T07:00:00Z') });
	});

	it('stops a message whose member turned the channel or the topic off after it was queued', async () => {
		const lucia = await member({ email: 'lucia@example.org', emailOn: true, inboxOn: true });
		await queue(lucia);
		await saveSettings(database().db, lucia, { ...PLAIN, inboxOn: true, topics: [] }, KEY);
		expect(await drain(NOON)).toMatchObject({ stopped: 2, sent: 0 });
		expect((await rowsOf(lucia)).map((row) => row.state)).toEqual(['stopped', 'stopped']);
		expect(smtp.received).toHaveLength(0);
	});

	it('queues a reminder once per key, withdraws it, and queues it again after', async () => {
		const amira = await member({ inboxOn: true, email: 'amira@example.org', emailOn: true });
		const input = reminder();
		expect(await queue(amira, input)).toBe(2);
		expect(await queue(amira, input)).toBe(0);
		expect(await withdrawReminders(database().db, centre.id, input.key, amira.accountId)).toBe(2);
		const ids = (await rowsOf(amira)).map((row) => row.id);
		expect(await queue(amira, input)).toBe(2);
		expect((await rowsOf(amira)).map((row) => [row.id, row.state])).toEqual(
			ids.map((id) => [id, 'queued'])
		);
		expect(await withdrawReminders(database().db, centre.id, input.key)).toBe(2);
	});

	it('queues nothing for a member who did not choose reminders', async () => {
		const quiet = await member({ inboxOn: true, topics: ['centre'] });
		expect(await queue(quiet)).toBe(0);
	});

	it('sends a message left mid-send by a stopped process again, with the same id', async () => {
		const joana = await member({ phone: '07700 900559', smsOn: true });
		await queue(joana);
		const [row] = await rowsOf(joana);
		// A process claimed it, sent it, and stopped before it could say so.
		await database()
			.db.updateTable('messages')
			.set({ state: 'sending', not_before: NOON })
			.where('id', '=', row!.id)
			.execute();
		await senders.sms!({ to: '+447700900559', text: 'first', idempotencyKey: row!.id });
		expect(await drain(minutes(NOON, 5))).toMatchObject({ sent: 0 });
		expect(await drain(minutes(NOON, 11))).toMatchObject({ sent: 1 });
		expect(gateway.requests).toBe(2);
		expect(gateway.received).toHaveLength(1);
		expect((await rowsOf(joana))[0]).toMatchObject({ id: row!.id, state: 'sent' });
	});

	it('delivers a broadcast to the inbox from the broadcast’s own words, newest first and read once opened', async () => {
		const { db } = database();
		const yusuf = await member({ language: 'ar', inboxOn: true, topics: ['centre'] });
		for (const [index, subject] of ['First news', 'Second news'].entries()) {
			const broadcastId = uuidv7();
			await inCentre(db, centre.id, async (trx) => {
				await trx
					.insertInto('broadcasts')
					.values({
						centre_id: centre.id,
						id: broadcastId,
						topic: 'centre',
						segment: { kind: 'everyone', value: '' },
						channels: ['inbox'],
						locales: ['en'],
						texts: { en: { subject, body: 'The centre opens late on Friday.', sms: '' } },
						state: 'queued'
					})
					.execute();
				await trx
					.insertInto('messages')
					.values({
						centre_id: centre.id,
						id: uuidv7(),
						account_id: yusuf.accountId,
						broadcast_id: broadcastId,
						reminder_key: null,
						channel: 'inbox',
						language: 'en',
						not_before: minutes(NOON, index)
					})
					.execute();
			});
			expect(await drain(minutes(NOON, index))).toMatchObject({ sent: 1 });
		}
		const inbox = await listInbox(db, yusuf, 1, KEY);
		expect(inbox).toMatchObject({ page: 1, pages: 1, unread: 2 });
		expect(inbox.entries.map((entry) => [entry.subject, entry.read])).toEqual([
			['Second news', false],
			['First news', false]
		]);
		const opened = await openInboxMessage(db, yusuf, inbox.entries[0]!.id, KEY, NOON);
		expect(opened.body).toBe('The centre opens late on Friday.');
		expect((await listInbox(db, yusuf, 1, KEY)).unread).toBe(1);
	});

	it('asks for one drain in the messages queue however often a centre asks, once committed', async () => {
		const { db } = database();
		for (let request = 0; request < 3; request += 1) {
			await inCentre(db, centre.id, async (trx) => {
				await requestDelivery(trx);
				// The centre's scope is back after the job is queued.
				const { rows } = await sql<{
					role: string;
				}>`select current_setting('role') as role`.execute(trx);
				expect(rows[0]?.role).toBe('hearth_app');
			});
		}
		const { rows } = await sql<{
			queue: string | null;
		}>`select queue_name as queue from graphile_worker.jobs where key = 'messages:drain'`.execute(
			db
		);
		expect(rows).toEqual([{ queue: 'messages' }]);
	});

	it('drains as the job does, with the senders the configuration names', async () => {
		const mihai = await member({ email: 'mihai@example.org', emailOn: true });
		await queue(mihai);
		const config = loadConfig({
			HEARTH_SMTP_URL: smtp.url,
			HEARTH_PUBLIC_URL: 'https://hearth.example.org'
		});
		expect(
			await deliverDueMessages(database().db, { config, secretKey: KEY, now: NOON })
		).toMatchObject({ sent: 1 });
		const [received] = await smtp.waitFor(1);
		expect(received?.text).toContain('https://hearth.example.org/stop/');
	});

	it('keeps email waiting, and says why, when no mail server is set', async () => {
		const mihai = await member({ email: 'mihai@example.org', emailOn: true });
		await queue(mihai);
		expect(await drain(NOON, { channels: {} })).toMatchObject({ sent: 0 });
		expect((await rowsOf(mihai))[0]).toMatchObject({
			state: 'queued',
			last_error: 'channel not configured'
		});
	});
});
