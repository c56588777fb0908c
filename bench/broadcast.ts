// npm run bench:broadcast: what it costs to send one broadcast to 100,000 members. A centre with
// 100,000 members who chose email for centre news (addresses sealed, as Hearth keeps them), on a
// PostgreSQL server (BENCH_DATABASE_URL, in a database made for the run and dropped after). It
// times (a) queueing the broadcast — one outbox row per member, in one statement — and (b)
// draining the outbox through Hearth's own SMTP sender to a real SMTP server on 127.0.0.1 that
// accepts and counts every mail. It prints members queued per second and messages sent per
// second, and checks that every member got exactly one mail. Progress goes to stderr.
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { sql } from 'kysely';
import { SMTPServer } from 'smtp-server';
import { createCentre } from '../src/lib/server/centres/centres.service';
import { createPerson, type Actor } from '../src/lib/server/identity/identity.service';
import { createBroadcast, queueBroadcast } from '../src/lib/server/messages/broadcasts';
import { smtpSender } from '../src/lib/server/messages/channels';
import { drainOutbox } from '../src/lib/server/messages/outbox';
import { seal } from '../src/lib/server/platform/crypto';
import { setLogLevel } from '../src/lib/server/platform/logger';
import { setPlatform } from '../src/lib/server/platform/runtime';
import { progress, withBenchPlatform } from './support/bench-kit';

const MEMBERS = Number(process.env.BENCH_MEMBERS ?? 100_000);
const SEED_BATCH = 5_000;

setLogLevel('warn');

/** An SMTP server that takes every mail and counts it per recipient, parsing nothing. */
async function countingSmtpServer() {
	const perRecipient = new Map<string, number>();
	let total = 0;
	const server = new SMTPServer({
		authOptional: true,
		disabledCommands: ['STARTTLS', 'AUTH'],
		logger: false,
		// No reverse DNS lookup of 127.0.0.1 for every connection.
		disableReverseLookup: true,
		onData(stream, session, callback) {
			stream.on('data', () => {});
			stream.on('end', () => {
				for (const { address } of session.envelope.rcptTo) {
					perRecipient.set(address, (perRecipient.get(address) ?? 0) + 1);
				}
				total += 1;
				callback();
			});
		}
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const address = server.server.address();
	const port = typeof address === 'object' && address ? address.port : 0;
	return {
		url: `smtp://127.0.0.1:${port}`,
		perRecipient,
		total: () => total,
		close: () => new Promise<void>((resolve) => server.close(() => resolve()))
	};
}

async function main(): Promise<void> {
	const smtp = await countingSmtpServer();
	try {
		await withBenchPlatform('broadcast', async (platform, url) => {
			const { db, secretKey } = platform;
			setPlatform(platform);
			const centre = await createCentre(db, {
				name: 'Bench centre',
				address: '',
				directions: '',
				timeZone: 'Europe/London',
				defaultLocale: 'en',
				locales: ['en', 'pt']
			});
			const organiser: Actor = {
				accountId: await createPerson(db, centre.id, {
					chosenName: 'Bench organiser',
					passphraseHash: 'x',
					roles: ['member', 'organiser'],
					languages: []
				}),
				centreId: centre.id,
				roles: ['member', 'organiser']
			};

			progress(`seeding ${MEMBERS} members who chose email for centre news…`);
			for (let first = 0; first < MEMBERS; first += SEED_BATCH) {
				const count = Math.min(SEED_BATCH, MEMBERS - first);
				const ids = await sql<{ id: string }>`
					insert into accounts (id, chosen_name, name_key)
					select gen_random_uuid(), 'Bench member ' || n, 'bench member ' || n
					from generate_series(${first}::int, ${first + count - 1}::int) as n
					returning id`.execute(db);
				const accountIds = ids.rows.map((row) => row.id);
				await sql`
					insert into centre_people (centre_id, account_id)
					select ${centre.id}::uuid, unnest(${accountIds}::uuid[])`.execute(db);
				await sql`
					insert into centre_roles (centre_id, account_id, role)
					select ${centre.id}::uuid, unnest(${accountIds}::uuid[]), 'member'`.execute(db);
				// Every other member reads Portuguese, so the broadcast goes out in two languages.
				const emails = accountIds.map((_, index) =>
					seal(`member${first + index}@bench.invalid`, secretKey)
				);
				const languages = accountIds.map((_, index) => ((first + index) % 2 ? 'pt' : 'en'));
				await sql`
					insert into message_settings
						(centre_id, account_id, language, email_sealed, email_on, topics)
					select ${centre.id}::uuid, a, l, e, true, '{reminders,centre}'
					from unnest(${accountIds}::uuid[], ${languages}::text[], ${emails}::text[]) as t(a, l, e)`.execute(
					db
				);
				if ((first + count) % 25_000 === 0) progress(`${first + count} members`);
			}
			await sql`analyze`.execute(db);

			const broadcastId = await createBroadcast(db, organiser, {
				topic: 'centre',
				segment: { kind: 'everyone', value: '' },
				channels: ['email'],
				locales: ['en', 'pt'],
				texts: {
					en: {
						subject: 'The centre is open all night on Friday',
						body: 'Come for tea, advice and a warm room from 22:00.',
						sms: ''
					},
					pt: {
						subject: 'O centro está aberto toda a noite na sexta',
						body: 'Venha para um chá, conselhos e uma sala quente a partir das 22:00.',
						sms: ''
					}
				}
			});

			progress('queueing the broadcast…');
			const now = new Date();
			const queueStart = performance.now();
			const { queued } = await queueBroadcast(db, organiser, broadcastId, now);
			const queueMs = performance.now() - queueStart;
			if (queued !== MEMBERS) throw new Error(`Queued ${queued} messages for ${MEMBERS} members`);

			progress(`draining ${queued} emails to the SMTP server…`);
			const email = smtpSender(smtp.url, 'Hearth <hearth@bench.invalid>');
			const drainStart = performance.now();
			let sent = 0;
			try {
				for (;;) {
					const result = await drainOutbox(db, {
						now: new Date(),
						secretKey,
						channels: { email: email.send },
						publicUrl: 'http://127.0.0.1',
						limit: 10_000
					});
					if (result.failed > 0 || result.retrying > 0) {
						throw new Error(`The drain failed ${result.failed} and retried ${result.retrying}`);
					}
					sent += result.sent;
					if (result.sent === 0) break;
					progress(`${sent} sent`);
				}
			} finally {
				email.close();
			}
			const drainMs = performance.now() - drainStart;

			const doubled = [...smtp.perRecipient.values()].filter((count) => count > 1).length;
			if (smtp.total() !== MEMBERS || smtp.perRecipient.size !== MEMBERS || doubled > 0) {
				throw new Error(
					`The SMTP server took ${smtp.total()} mails for ${smtp.perRecipient.size} members, ${doubled} twice`
				);
			}
			const left = await sql<{ n: string }>`
				select count(*) as n from messages where state <> 'sent'`.execute(db);
			if (Number(left.rows[0]?.n) !== 0) throw new Error(`${left.rows[0]?.n} messages not sent`);

			const cpus = os.availableParallelism?.() ?? os.cpus().length;
			process.stdout.write(
				[
					`Hearth broadcast benchmark (Node ${process.version}, ${cpus} CPUs, ${url.host})`,
					`${MEMBERS} members who chose email, a broadcast in English and Portuguese`,
					`(a) queueing: ${queued} messages in ${(queueMs / 1000).toFixed(2)} s, ${Math.round(queued / (queueMs / 1000))} a second`,
					`(b) draining to a local SMTP server: ${sent} mails in ${(drainMs / 1000).toFixed(1)} s, ${Math.round(sent / (drainMs / 1000))} a second`,
					`    every member received exactly one mail (${smtp.perRecipient.size} recipients, none twice)`,
					''
				].join('\n')
			);
		});
	} finally {
		await smtp.close();
	}
}

await main();
