import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config';

describe('configuration', () => {
	it('has safe defaults for one centre on a laptop', () => {
		const config = loadConfig({});
		expect(config.port).toBe(3000);
		expect(config.databaseUrl).toBeUndefined();
		expect(config.dataDir).toBe(path.resolve('data'));
		expect(config.jobs).toBe('in-process');
		expect(config.sessionIdleMinutes).toBeGreaterThan(0);
	});

	it.each([
		['DATABASE_URL', 'mysql://localhost/hearth'],
		['DATABASE_URL', 'not a url'],
		['PORT', 'eighty'],
		['PORT', '70000'],
		['HEARTH_SECRET_KEY', 'too-short'],
		['HEARTH_JOBS', 'sometimes'],
		['LOG_LEVEL', 'loud'],
		['HEARTH_CLOCK_START', 'Saturday at one'],
		['HEARTH_PUBLIC_URL', 'hearth.example.org'],
		['HEARTH_SMTP_URL', 'http://mail.example.org'],
		['HEARTH_SMS_GATEWAY_URL', 'ftp://sms.example.org'],
		['HEARTH_SMS_INBOUND_TOKEN', 'short'],
		['HEARTH_SMS_PER_MINUTE', 'lots']
	])('stops with one sentence naming %s when it is %s', (variable, value) => {
		expect(() => loadConfig({ [variable]: value })).toThrow(ConfigError);
		try {
			loadConfig({ [variable]: value });
		} catch (error) {
			const message = (error as Error).message;
			expect(message.startsWith(variable)).toBe(true);
			expect(message.split('. ').length).toBeLessThanOrEqual(2);
		}
	});

	it('starts the clock where HEARTH_CLOCK_START says, offset included', () => {
		expect(loadConfig({}).clockStart).toBeUndefined();
		expect(loadConfig({ HEARTH_CLOCK_START: '2026-11-21T01:00:00+01:00' }).clockStart).toEqual(
			new Date('2026-11-21T00:00:00Z')
		);
	});

	it('offers no email or text messages until they are set, at safe rates', () => {
		const config = loadConfig({});
		expect(config.smtpUrl).toBeUndefined();
		expect(config.smsGatewayUrl).toBeUndefined();
		expect(config.smsInboundToken).toBeUndefined();
		expect(config.emailPerMinute).toBe(600);
		expect(config.smsPerMinute).toBe(60);
		expect(config.publicUrl).toBe('http://localhost:3000');
		expect(config.mailFrom).toBe('Hearth <hearth@localhost>');
	});

	it('makes links in messages from HEARTH_PUBLIC_URL, else ORIGIN', () => {
		expect(loadConfig({ ORIGIN: 'https://hearth.example.org/' }).publicUrl).toBe(
			'https://hearth.example.org'
		);
		const config = loadConfig({
			ORIGIN: 'http://10.0.0.2:3000',
			HEARTH_PUBLIC_URL: 'https://hearth.example.org'
		});
		expect(config.publicUrl).toBe('https://hearth.example.org');
		expect(config.mailFrom).toBe('Hearth <hearth@hearth.example.org>');
	});

	it('treats an empty variable as unset', () => {
		expect(loadConfig({ DATABASE_URL: '', PORT: '' }).port).toBe(3000);
	});
});
