import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeEachDatabase } from '../../../../tests/support/database';
import { createCentre, type Centre } from '../centres/centres.service';
import { createPerson, type Actor } from '../identity/identity.service';
import { open } from '../platform/crypto';
import { hasPlatform, getPlatform, setPlatform, type Platform } from '../platform/runtime';
import { normalisePhone, ownSettings, phoneKey, saveSettings } from './settings';
import { parseSettings, type SettingsInput } from './settings.schemas';
import { isStopWord, readStopToken, stopChannel, stopTextsFrom, stopToken } from './stop';

const KEY = randomBytes(32);

function formOf(fields: Record<string, string | string[]>): FormData {
	const form = new FormData();
	for (const [name, value] of Object.entries(fields)) {
		for (const one of Array.isArray(value) ? value : [value]) form.append(name, one);
	}
	return form;
}

const NIGHT_WORKER: Record<string, string | string[]> = {
	language: 'pt',
	channels: ['inbox', 'email', 'sms'],
	email: ' joana@example.org ',
	phone: '07700 900123',
	topics: ['reminders', 'campaigns'],
	quietFrom: '08:00',
	quietUntil: '16:00',
	area: 'Leith'
};

describe('message settings form', () => {
	it('reads UK numbers as dialled at home and others with their country code', () => {
		expect(normalisePhone('07700 900123')).toBe('+447700900123');
		expect(normalisePhone('+44 (0)7700 900-123')).toBe('+447700900123');
		expect(normalisePhone('0044 7700 900123')).toBe('+447700900123');
		expect(normalisePhone('+33 6 12 34 56 78')).toBe('+33612345678');
		expect(normalisePhone('0033 6 12 34 56 78')).toBe('+33612345678');
		for (const wrong of ['12345', '+44 7700', '07700 900123 4567', 'call me', '+0 1234 5678']) {
			expect(normalisePhone(wrong), wrong).toBeNull();
		}
	});

	it('takes a night worker’s choices, normalised', () => {
		const parsed = parseSettings(formOf(NIGHT_WORKER));
		expect(parsed.ok && parsed.data).toEqual({
			language: 'pt',
			inboxOn: true,
			email: 'joana@example.org',
			emailOn: true,
			phone: '+447700900123',
			smsOn: true,
			printOn: false,
			topics: ['reminders', 'campaigns'],
			quietFrom: '08:00',
			quietUntil: '16:00',
			area: 'Leith'
		} satisfies SettingsInput);
	});

	it('names each problem and keeps what was typed', () => {
		const parsed = parseSettings(
			formOf({
				...NIGHT_WORKER,
				email: 'joana at example',
				phone: '12',
				quietUntil: ''
			})
		);
		expect(parsed.ok).toBe(false);
		if (parsed.ok) return;
		expect(parsed.errors).toEqual({
			email: 'messages.emailInvalid',
			phone: 'messages.phoneInvalid',
			quietUntil: 'messages.quietUntilNeeded'
		});
		expect(parsed.values.email).toBe('joana at example');
	});

	it('asks for an address for a ticked channel, and refuses quiet hours that end as they start', () => {
		const parsed = parseSettings(
			formOf({ ...NIGHT_WORKER, email: '', phone: '', quietUntil: '8:00' })
		);
		expect(!parsed.ok && parsed.errors).toEqual({
			email: 'messages.emailNeeded',
			phone: 'messages.phoneNeeded',
			quietUntil: 'messages.quietSame'
		});
	});

	it('knows stop words in the members’ languages, and nothing else', () => {
		for (const word of [
			'STOP',
			' stop ',
			'Stop.',
			'STOPALL',
			'unsubscribe',
			'PARAR',
			'STOPP',
			'توقف'
		]) {
			expect(isStopWord(word), word).toBe(true);
		}
		for (const text of ['stop by on Friday?', 'yes', '', 'STOPPING']) {
			expect(isStopWord(text), text).toBe(false);
		}
	});
});

describeEachDatabase('message settings', (database) => {
	let centre: Centre;
	let joana: Actor;
	let earlier: Platform | undefined;

	beforeAll(async () => {
		earlier = hasPlatform() ? getPlatform() : undefined;
		setPlatform({ secretKey: KEY, now: () => new Date() } as Platform);
		centre = await createCentre(database().db, {
			name: 'Settings centre',
			address: '',
			directions: '',
			timeZone: 'Europe/London',
			defaultLocale: 'en',
			locales: ['en', 'pt']
		});
		const accountId = await createPerson(database().db, centre.id, {
			chosenName: 'Joana S',
			passphraseHash: 'x',
			roles: ['member'],
			languages: ['xx', 'pt']
		});
		joana = { accountId, centreId: centre.id, roles: ['member'] };
	});

	afterAll(() => setPlatform(earlier));

	it('gives a member who never chose their language, the inbox and reminders only', async () => {
		const settings = await ownSettings(database().db, joana, KEY);
		expect(settings).toMatchObject({
			saved: false,
			language: 'pt',
			inboxOn: true,
			emailOn: false,
			smsOn: false,
			printOn: false,
			topics: ['reminders'],
			quietFrom: null
		});
	});

	it('keeps the address and number sealed, the number findable by its keyed hash only', async () => {
		const { db } = database();
		const parsed = parseSettings(formOf(NIGHT_WORKER));
		if (!parsed.ok) throw new Error('expected valid settings');
		await saveSettings(db, joana, parsed.data, KEY);
		const row = await db
			.selectFrom('message_settings')
			.selectAll()
			.where('account_id', '=', joana.accountId)
			.executeTakeFirstOrThrow();
		expect(row.email_sealed).not.toContain('joana');
		expect(open(row.email_sealed as string, KEY)).toBe('joana@example.org');
		expect(open(row.phone_sealed as string, KEY)).toBe('+447700900123');
		expect(row.phone_key).toEqual(phoneKey('+447700900123', KEY));
		expect(row.quiet_from).toBe('08:00:00');
		expect(await ownSettings(db, joana, KEY)).toMatchObject({
			saved: true,
			email: 'joana@example.org',
			emailOn: true,
			smsOn: true,
			quietFrom: '08:00',
			quietUntil: '16:00',
			area: 'Leith'
		});
		const audit = await db
			.selectFrom('audit_events')
			.selectAll()
			.where('action', '=', 'messages.settings_saved')
			.where('subject_id', '=', joana.accountId)
			.execute();
		expect(audit).toHaveLength(1);
		expect(JSON.stringify(audit[0]?.detail ?? {})).not.toMatch(/joana|7700|Leith/);
	});

	it('removes an address left empty rather than keeping it switched off', async () => {
		const { db } = database();
		const parsed = parseSettings(
			formOf({ ...NIGHT_WORKER, channels: ['inbox'], email: '', phone: '' })
		);
		if (!parsed.ok) throw new Error('expected valid settings');
		await saveSettings(db, joana, parsed.data, KEY);
		const row = await db
			.selectFrom('message_settings')
			.select(['email_sealed', 'phone_sealed', 'phone_key', 'email_on', 'sms_on'])
			.where('account_id', '=', joana.accountId)
			.executeTakeFirstOrThrow();
		expect(row).toEqual({
			email_sealed: null,
			phone_sealed: null,
			phone_key: null,
			email_on: false,
			sms_on: false
		});
	});

	it('stops email by a signed link and text messages by a reply, and nothing by a forged link', async () => {
		const { db } = database();
		const parsed = parseSettings(formOf(NIGHT_WORKER));
		if (!parsed.ok) throw new Error('expected valid settings');
		await saveSettings(db, joana, parsed.data, KEY);

		const token = stopToken(
			{ centreId: centre.id, accountId: joana.accountId, channel: 'email' },
			KEY
		);
		expect(readStopToken(token, randomBytes(32))).toBeNull();
		expect(readStopToken(`${token.slice(0, -2)}AA`, KEY)).toBeNull();
		const request = readStopToken(token, KEY);
		expect(request).toEqual({ centreId: centre.id, accountId: joana.accountId, channel: 'email' });
		expect(await stopChannel(db, request!)).toBe(true);

		expect(await stopTextsFrom(db, '+447700900999', KEY)).toBe(0);
		expect(await stopTextsFrom(db, '+447700900123', KEY)).toBe(1);
		expect(await ownSettings(db, joana, KEY)).toMatchObject({
			emailOn: false,
			smsOn: false,
			email: 'joana@example.org',
			inboxOn: true
		});
		const stops = await db
			.selectFrom('audit_events')
			.select('detail')
			.where('action', '=', 'messages.channel_stopped')
			.where('subject_id', '=', joana.accountId)
			.execute();
		expect(stops.map((row) => row.detail)).toEqual([
			{ channel: 'email', by: 'link' },
			{ channel: 'sms', by: 'reply' }
		]);
	});
});
