import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stopToken } from '../../src/lib/server/messages/stop';
import { fieldValue, HttpClient, showsStackTrace, signedInAs } from '../support/http-client';
import { message, queryRows, words } from '../support/pages';
import { startHearth, type RunningHearth } from '../support/server';
import { startSmsGateway } from '../support/sms-gateway';
import { startSmtpServer } from '../support/smtp';

const PASSPHRASE = 'open door warm kettle';
const GRACE = 'Grace (demo)';
const KEY = randomBytes(32);
const INBOUND_TOKEN = 'inbound-token-0123456789';
const CENTRE = 'Riverside Workers’ Centre (demo)';

describe('message settings, stop links and inbound STOP over HTTP', () => {
	let hearth: RunningHearth;
	let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
	let gateway: Awaited<ReturnType<typeof startSmsGateway>>;
	let centreId = '';
	let graceId = '';
	const traces: string[] = [];
	const client = () =>
		new HttpClient(hearth.url, {
			observe: (answer) => {
				if (showsStackTrace(answer.body)) traces.push(`${answer.method} ${answer.path}`);
			}
		});

	beforeAll(async () => {
		smtp = await startSmtpServer();
		gateway = await startSmsGateway();
		hearth = await startHearth({
			HEARTH_DEMO: '1',
			HEARTH_SECRET_KEY: KEY.toString('base64'),
			HEARTH_SMTP_URL: smtp.url,
			HEARTH_SMS_GATEWAY_URL: gateway.url,
			HEARTH_SMS_INBOUND_TOKEN: INBOUND_TOKEN
		});
		centreId =
			(
				await queryRows<{ id: string }>(
					hearth.databaseUrl,
					`select id from centres where slug = 'demo'`
				)
			)[0]?.id ?? '';
		graceId =
			(
				await queryRows<{ id: string }>(
					hearth.databaseUrl,
					'select id from accounts where chosen_name = $1',
					[GRACE]
				)
			)[0]?.id ?? '';
	});

	afterAll(async () => {
		await hearth?.stop();
		await smtp?.close();
		await gateway?.close();
		expect(traces).toEqual([]);
	});

	const settings = {
		language: 'en',
		channels: ['inbox', 'email', 'sms'],
		email: 'grace@example.org',
		phone: '07700 900321',
		topics: ['reminders', 'campaigns'],
		quietFrom: '08:00',
		quietUntil: '16:00',
		area: ''
	};

	it('shows an empty inbox that points to the settings', async () => {
		const grace = await signedInAs(client(), GRACE, PASSPHRASE);
		const inbox = await grace.get('/c/demo/messages');
		expect(inbox.status).toBe(200);
		expect(words(inbox.body)).toContain(message('messages.inboxEmpty'));
		expect(inbox.body).toContain('href="/c/demo/messages/settings"');
	});

	it('gives the settings form back with the problems named and the input kept', async () => {
		const grace = await signedInAs(client(), GRACE, PASSPHRASE);
		const answer = await grace.post('/c/demo/messages/settings', {
			...settings,
			email: 'grace at example',
			phone: '12',
			quietUntil: ''
		});
		expect(answer.status).toBe(400);
		const text = words(answer.body);
		expect(text).toContain(message('messages.emailInvalid'));
		expect(text).toContain(message('messages.phoneInvalid'));
		expect(text).toContain(message('messages.quietUntilNeeded'));
		expect(fieldValue(answer.body, 'email')).toBe('grace at example');
		expect(fieldValue(answer.body, 'phone')).toBe('12');
		expect(fieldValue(answer.body, 'quietFrom')).toBe('08:00');
	});

	it('saves the settings, and the form shows them', async () => {
		const grace = await signedInAs(client(), GRACE, PASSPHRASE);
		const answer = await grace.post('/c/demo/messages/settings', settings);
		expect(answer.status).toBe(303);
		const page = await grace.follow(answer);
		expect(words(page.body)).toContain(message('messages.settingsSaved'));
		expect(fieldValue(page.body, 'email')).toBe('grace@example.org');
		expect(fieldValue(page.body, 'phone')).toBe('+447700900321');
		expect(fieldValue(page.body, 'quietUntil')).toBe('16:00');
	});

	it('stops email from a link, even posted by a mail program elsewhere, and refuses a forged one', async () => {
		const token = stopToken({ centreId, accountId: graceId, channel: 'email' }, KEY);
		const anyone = client();
		const page = await anyone.get(`/stop/${token}`);
		expect(page.status).toBe(200);
		expect(words(page.body)).toContain(`Stop emails from ${CENTRE}?`);
		// RFC 8058: the mail program posts from its own servers, with no browser headers.
		const oneClick = await anyone.post(`/stop/${token}`, 'List-Unsubscribe=One-Click', {
			origin: null,
			'sec-fetch-site': null
		});
		expect(oneClick.status).toBe(200);
		expect(words(oneClick.body)).toContain(`You will get no more emails from ${CENTRE}.`);
		expect(words(oneClick.body)).toContain(message('messages.stopHowBack'));
		const [row] = await queryRows<{ email_on: boolean; sms_on: boolean }>(
			hearth.databaseUrl,
			'select email_on, sms_on from message_settings where account_id = $1',
			[graceId]
		);
		expect(row).toEqual({ email_on: false, sms_on: true });
		expect((await anyone.get(`/stop/${token.slice(0, -3)}abc`)).status).toBe(404);
		expect((await anyone.get('/stop/nonsense')).status).toBe(404);
	});

	it('takes STOP by text message only with the gateway’s token', async () => {
		const inbound = (body: unknown, token?: string) =>
			fetch(`${hearth.url}/api/sms/inbound`, {
				method: 'POST',
				headers: {
					'content-type': 'application/json',
					...(token ? { authorization: `Bearer ${token}` } : {})
				},
				body: JSON.stringify(body)
			});
		const stop = { from: '+447700900321', text: ' Stop ' };
		expect((await inbound(stop)).status).toBe(401);
		expect((await inbound(stop, 'wrong-token-0123456789')).status).toBe(401);
		const hello = await inbound({ from: '+447700900321', text: 'hello' }, INBOUND_TOKEN);
		expect(await hello.json()).toEqual({ stopped: 0 });
		const answer = await inbound(stop, INBOUND_TOKEN);
		expect(answer.status).toBe(200);
		expect(await answer.json()).toEqual({ stopped: 1 });
		expect((await inbound({ from: 7 }, INBOUND_TOKEN)).status).toBe(400);
		const [row] = await queryRows<{ sms_on: boolean }>(
			hearth.databaseUrl,
			'select sms_on from message_settings where account_id = $1',
			[graceId]
		);
		expect(row?.sms_on).toBe(false);
	});
});
