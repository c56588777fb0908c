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
		['HEARTH_CLOCK_START', 'Saturday at one']
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

	it('treats an empty variable as unset', () => {
		expect(loadConfig({ DATABASE_URL: '', PORT: '' }).port).toBe(3000);
	});
});
