import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createDatabase, createPool } from '../../src/lib/server/platform/database';
import { smsGatewaySender, smtpSender } from '../../src/lib/server/messages/channels';
import { drainOutbox } from '../../src/lib/server/messages/outbox';
import { saveSettings } from '../../src/lib/server/messages/settings';
import type { SettingsInput } from '../../src/lib/server/messages/settings.schemas';
import type { Database } from '../../src/lib/server/schema';
import { submit, visit } from '../support/browser';
import { DEMO_PASSPHRASE, describeJourney, heading, signIn, signOut } from '../support/journeys';
import { startSmsGateway } from '../support/sms-gateway';
import { startSmtpServer } from '../support/smtp';

const KEY = randomBytes(32);
// Noon in London (winter: UTC) on a Monday: Yusuf sleeps from 08:00 to 16:00.
const NOON = '2026-11-23T12:00:00Z';
const AFTER_QUIET_HOURS = new Date('2026-11-23T16:01:00Z');
const ENV: Record<string, string> = {
	HEARTH_DEMO: '1',
	HEARTH_SECRET_KEY: KEY.toString('base64'),
	HEARTH_CLOCK_START: NOON
};
const ORGANISER = 'Lucía (demo)';

const TEXTS = {
	English: {
		subject: 'Campaign meeting on Thursday',
		body: 'Come to the riders’ campaign meeting on Thursday at 19:00 at the centre.'
	},
	Română: {
		subject: 'Întâlnirea campaniei joi',
		body: 'Veniți la întâlnirea campaniei curierilor joi la 19:00, la centru.'
	},
	Português: {
		subject: 'Reunião da campanha na quinta',
		body: 'Venha à reunião da campanha dos estafetas na quinta às 19:00, no centro.'
	},
	العربية: {
		subject: 'اجتماع الحملة يوم الخميس',
		body: 'تعال إلى اجتماع حملة عمال التوصيل يوم الخميس الساعة 19:00 في المركز.'
	}
};

type Servers = {
	smtp: Awaited<ReturnType<typeof startSmtpServer>>;
	gateway: Awaited<ReturnType<typeof startSmsGateway>>;
};
let servers: Servers | undefined;

// Both runs (JavaScript on and off) share one mail server and one gateway, started before
// Hearth so that its configuration can name them; each run gives its members their own
// addresses and numbers.
beforeAll(async () => {
	const smtp = await startSmtpServer();
	const gateway = await startSmsGateway();
	servers = { smtp, gateway };
	ENV.HEARTH_SMTP_URL = smtp.url;
	ENV.HEARTH_SMS_GATEWAY_URL = gateway.url;
});
afterAll(async () => {
	await servers?.smtp.close();
	await servers?.gateway.close();
});

/** The members' choices, saved through the settings module as their own settings pages do. */
async function chooseSettings(db: Kysely<Database>, run: string) {
	const centre = await db
		.selectFrom('centres')
		.select('id')
		.where('slug', '=', 'demo')
		.executeTakeFirstOrThrow();
	const none: SettingsInput = {
		language: 'en',
		inboxOn: false,
		email: null,
		emailOn: false,
		phone: null,
		smsOn: false,
		printOn: false,
		topics: ['campaigns'],
		quietFrom: null,
		quietUntil: null,
		area: ''
	};
	const choices: Record<string, SettingsInput> = {
		'Mihai (demo)': {
			...none,
			language: 'ro',
			inboxOn: true,
			phone: `+4477009${run}01`,
			smsOn: true
		},
		'Joana (demo)': { ...none, language: 'pt', email: `joana.${run}@example.org`, emailOn: true },
		'Yusuf (demo)': {
			...none,
			language: 'ar',
			email: `yusuf.${run}@example.org`,
			emailOn: true,
			phone: `+4477009${run}03`,
			smsOn: true,
			quietFrom: '08:00',
			quietUntil: '16:00'
		},
		'Grace (demo)': {
			...none,
			email: `grace.${run}@example.org`,
			emailOn: true,
			topics: ['reminders', 'centre']
		}
	};
	for (const [name, input] of Object.entries(choices)) {
		const account = await db
			.selectFrom('accounts')
			.select('id')
			.where('chosen_name', '=', name)
			.executeTakeFirstOrThrow();
		await saveSettings(
			db,
			{ accountId: account.id, centreId: centre.id, roles: ['member'] },
			input,
			KEY
		);
	}
}

describeJourney('a broadcast in four languages', ENV, (journey, javaScript) => {
	it('reaches members by inbox, email and SMS, after quiet hours, never the opted out', async () => {
		const { hearth, browsing } = journey();
		const { page } = browsing;
		if (!servers) throw new Error('The mail server and gateway have not started');
		const { smtp, gateway } = servers;
		const run = javaScript ? '11' : '22';
		const mailTo = (who: string) =>
			smtp.received.filter((mail) => mail.to.includes(`${who}.${run}@example.org`));
		const smsTo = (suffix: string) =>
			gateway.received.filter((sms) => sms.to === `+4477009${run}${suffix}`);
		const pool = createPool(hearth.databaseUrl, 2);
		const db = createDatabase<Database>(pool);
		try {
			await chooseSettings(db, run);

			await signIn(browsing, hearth.url, ORGANISER, DEMO_PASSPHRASE);
			await visit(browsing, `${hearth.url}/c/demo/manage/messages`);
			expect(await heading(browsing)).toBe('Messages to members');
			await expect(page.locator('main').textContent()).resolves.toContain('No messages yet.');
			await submit(browsing, () => page.getByRole('link', { name: 'Write a message' }).click());
			expect(await heading(browsing)).toBe('Write a message');

			// First try: nothing written.
			await page.getByRole('radio', { name: 'Campaigns' }).check();
			await page.getByRole('checkbox', { name: 'Email' }).check();
			await page.getByRole('checkbox', { name: 'Text message (SMS)' }).check();
			for (const language of Object.keys(TEXTS)) {
				await page.getByRole('checkbox', { name: language, exact: true }).check();
			}
			await submit(browsing, () => page.getByRole('button', { name: 'Save and preview' }).click());
			const problems = page.locator('.error-summary');
			await expect(problems.textContent()).resolves.toContain(
				'The message is empty. Write it in at least one language.'
			);

			// Second try: an Arabic text message far over three parts.
			for (const [language, text] of Object.entries(TEXTS)) {
				await page.getByLabel(`Subject (${language})`).fill(text.subject);
				await page.getByLabel(`Message (${language})`).fill(text.body);
			}
			await page.getByLabel('Short text for SMS (العربية)').fill('اجتماع الحملة '.repeat(20));
			await submit(browsing, () => page.getByRole('button', { name: 'Save and preview' }).click());
			await expect(problems.textContent()).resolves.toMatch(
				/العربية: This text takes \d parts; at most 3 are sent\. Shorten it by \d+ characters\./
			);
			// Everything typed is still there.
			await expect(page.getByLabel('Subject (Português)').inputValue()).resolves.toBe(
				TEXTS.Português.subject
			);
			await page.getByLabel('Short text for SMS (العربية)').fill('');
			await submit(browsing, () => page.getByRole('button', { name: 'Save and preview' }).click());

			// The preview: Yusuf's two messages wait for his quiet hours; Grace opted out.
			expect(await heading(browsing)).toBe('Who will receive it');
			const summary = page.getByTestId('summary');
			await expect(summary.textContent()).resolves.toContain('3 people will receive it.');
			await expect(summary.textContent()).resolves.toContain(
				'2 messages will wait until quiet hours end.'
			);
			await expect(summary.textContent()).resolves.toMatch(
				/\d+ people match but chose no way to hear about this topic/
			);
			await expect(page.getByTestId('sms-ro').textContent()).resolves.toContain(TEXTS.Română.body);
			await submit(browsing, () => page.getByRole('link', { name: 'Send', exact: true }).click());
			await expect(page.locator('#confirm').textContent()).resolves.toContain(
				'It goes to 3 people.'
			);
			await submit(browsing, () => page.getByRole('button', { name: 'Yes, send it' }).click());
			await expect(page.getByRole('status').textContent()).resolves.toContain(
				'5 messages are on their way.'
			);

			// Hearth delivers what is due at noon: Joana's email and Mihai's text.
			await waitUntil(() => mailTo('joana').length === 1 && smsTo('01').length === 1);
			const [joana] = mailTo('joana');
			expect(joana?.subject).toBe(TEXTS.Português.subject);
			expect(joana?.text).toContain(TEXTS.Português.body);
			expect(smsTo('01')[0]?.text).toContain(TEXTS.Română.body);
			expect(mailTo('yusuf')).toEqual([]);
			expect(smsTo('03')).toEqual([]);

			// A segment that matches nobody cannot be sent.
			await visit(browsing, `${hearth.url}/c/demo/manage/messages/new`);
			await page.getByRole('radio', { name: 'People in an area' }).check();
			await page.getByRole('textbox', { name: 'People in an area' }).fill('Nowhere');
			await page.getByRole('checkbox', { name: 'English', exact: true }).check();
			await page.getByLabel('Subject (English)').fill('Street party');
			await page.getByLabel('Message (English)').fill('Come along on Saturday.');
			await submit(browsing, () => page.getByRole('button', { name: 'Save and preview' }).click());
			await expect(page.getByTestId('nobody').textContent()).resolves.toContain(
				'Nobody matches: people in the area “Nowhere”.'
			);
			expect(await page.getByRole('link', { name: 'Send', exact: true }).count()).toBe(0);
			await signOut(browsing, hearth.url);

			await signIn(browsing, hearth.url, 'Mihai (demo)', DEMO_PASSPHRASE);
			await visit(browsing, `${hearth.url}/c/demo/messages`);
			await expect(page.locator('main').textContent()).resolves.toContain(TEXTS.Română.subject);

			// At 16:01 Yusuf's quiet hours are over: his Arabic email and text arrive, once each.
			const mail = smtpSender(smtp.url, 'hearth@example.org');
			const drain = () =>
				drainOutbox(db, {
					now: AFTER_QUIET_HOURS,
					secretKey: KEY,
					channels: { email: mail.send, sms: smsGatewaySender(gateway.url, undefined) },
					publicUrl: hearth.url
				});
			try {
				expect((await drain()).sent).toBe(2);
				expect((await drain()).sent).toBe(0);
			} finally {
				mail.close();
			}
			expect(mailTo('yusuf').map((each) => each.subject)).toEqual([TEXTS.العربية.subject]);
			expect(smsTo('03').map((sms) => sms.text.startsWith(TEXTS.العربية.body))).toEqual([true]);
			expect(mailTo('yusuf')).toHaveLength(1);
			expect(mailTo('joana')).toHaveLength(1);
			expect(mailTo('grace')).toEqual([]);
		} finally {
			await db.destroy();
		}
	});
});

async function waitUntil(done: () => boolean, timeoutMs = 20_000): Promise<void> {
	const deadline = Date.now() + timeoutMs;
	while (!done()) {
		if (Date.now() > deadline) throw new Error('The messages did not arrive in time');
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
}
