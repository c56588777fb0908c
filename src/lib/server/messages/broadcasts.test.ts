import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { describeEachDatabase } from '../../../../tests/support/database';
import { centreDetails } from '../../../../tests/support/fixtures';
import { createCentre, type Centre } from '../centres/centres.service';
import { createPerson, type Actor } from '../identity/identity.service';
import type { Role } from '../identity/identity.tables';
import { seal } from '../platform/crypto';
import { NotFoundError, RuleError } from '../platform/errors';
import { uuidv7 } from '../platform/ids';
import {
	broadcastStatus,
	createBroadcast,
	listBroadcasts,
	markPrinted,
	previewBroadcast,
	printList,
	queueBroadcast,
	readBroadcast,
	updateBroadcast
} from './broadcasts';
import { parseBroadcastForm, smsFit, type BroadcastInput } from './broadcasts.schemas';
import type { Channel, Segment, Topic } from './messages.tables';

const KEY = randomBytes(32);
// Noon in London in winter: Yusuf's quiet hours (08:00–16:00) are on.
const NOON = new Date('2026-11-23T12:00:00Z');

function form(fields: Record<string, string | string[]>): FormData {
	const data = new FormData();
	for (const [name, value] of Object.entries(fields)) {
		for (const each of Array.isArray(value) ? value : [value]) data.append(name, each);
	}
	return data;
}

describe('the compose form', () => {
	const base = {
		topic: 'campaigns',
		segmentKind: 'everyone',
		channels: ['inbox', 'sms'],
		locales: ['en', 'ar']
	};

	it('says a message with no body is empty, once', () => {
		const parsed = parseBroadcastForm(form(base), ['en', 'ar']);
		expect(!parsed.ok && parsed.errors).toEqual({ 'body-en': 'broadcasts.emptyMessage' });
		expect(parsed.values.locales).toEqual(['en', 'ar']);
	});

	it('counts a text message’s parts with its stop line, per language', () => {
		// Arabic goes as UCS-2: 70 in one part, 67 in each of several.
		const arabic = 'اجتماع '.repeat(40).trim();
		expect(smsFit(arabic, 'ar').parts).toBeGreaterThan(3);
		const parsed = parseBroadcastForm(
			form({
				...base,
				'subject-en': 'Meeting',
				'body-en': 'Campaign meeting on Friday at 7pm.',
				'subject-ar': 'اجتماع',
				'body-ar': 'اجتماع الحملة يوم الجمعة',
				'sms-ar': arabic
			}),
			['en', 'ar']
		);
		expect(parsed.ok).toBe(false);
		if (parsed.ok) return;
		expect(parsed.errors).toEqual({ 'sms-ar': 'broadcasts.smsTooLong' });
		const fit = smsFit(arabic, 'ar');
		expect(parsed.params['sms-ar']).toEqual({
			language: 'العربية',
			parts: fit.parts,
			max: 3,
			count: fit.over
		});
		// Taking out exactly `over` characters makes it fit.
		expect(smsFit(arabic.slice(0, arabic.length - fit.over), 'ar').over).toBe(0);
	});

	it('counts the body when no short text was written and SMS is chosen', () => {
		const long = 'Come to the meeting. '.repeat(30);
		const parsed = parseBroadcastForm(
			form({ ...base, locales: ['en'], 'subject-en': 'Meeting', 'body-en': long }),
			['en', 'ar']
		);
		expect(!parsed.ok && parsed.errors).toEqual({ 'sms-en': 'broadcasts.bodyTooLongForSms' });
		// Without SMS the same body is fine.
		const inbox = parseBroadcastForm(
			form({
				...base,
				channels: 'inbox',
				locales: ['en'],
				'subject-en': 'Meeting',
				'body-en': long
			}),
			['en', 'ar']
		);
		expect(inbox.ok).toBe(true);
	});

	it('asks for a segment’s value, and keeps every language typed', () => {
		const parsed = parseBroadcastForm(
			form({
				...base,
				segmentKind: 'campaign',
				segmentCampaign: 'not-an-id',
				locales: ['en'],
				'subject-en': 'Hi',
				'body-en': 'Hello',
				'body-ar': 'مرحبا'
			}),
			['en', 'ar']
		);
		expect(!parsed.ok && parsed.errors).toEqual({
			segmentCampaign: 'broadcasts.segmentValueRequired'
		});
		const fixed = parseBroadcastForm(
			form({
				...base,
				segmentKind: 'language',
				segmentLanguage: 'ar',
				locales: ['en'],
				'subject-en': 'Hi',
				'body-en': 'Hello',
				'body-ar': 'مرحبا'
			}),
			['en', 'ar']
		);
		expect(fixed.ok && fixed.data).toEqual({
			topic: 'campaigns',
			segment: { kind: 'language', value: 'ar' },
			channels: ['inbox', 'sms'],
			locales: ['en'],
			texts: {
				en: { subject: 'Hi', body: 'Hello', sms: '' },
				ar: { subject: '', body: 'مرحبا', sms: '' }
			}
		});
	});
});

describeEachDatabase('broadcasts', (database) => {
	let centre: Centre;
	let other: Centre;
	let organiser: Actor;
	let outsider: Actor;
	const ids: Record<string, string> = {};
	let campaignId: string;
	let courseId: string;

	async function person(
		name: string,
		roles: Role[],
		languages: string[],
		at: Centre = centre
	): Promise<string> {
		return createPerson(database().db, at.id, {
			chosenName: name,
			passphraseHash: 'x',
			roles,
			languages
		});
	}

	async function settings(
		accountId: string,
		choice: {
			language: string;
			channels: Channel[];
			topics: Topic[];
			quiet?: [string, string];
			area?: string;
		}
	) {
		const has = (channel: Channel) => choice.channels.includes(channel);
		await database()
			.db.insertInto('message_settings')
			.values({
				centre_id: centre.id,
				account_id: accountId,
				language: choice.language,
				inbox_on: has('inbox'),
				email_sealed: has('email') ? seal('someone@example.org', KEY) : null,
				email_on: has('email'),
				phone_sealed: has('sms') ? seal('+447700900123', KEY) : null,
				sms_on: has('sms'),
				print_on: has('print'),
				topics: choice.topics,
				quiet_from: choice.quiet?.[0] ?? null,
				quiet_until: choice.quiet?.[1] ?? null,
				area: choice.area ?? ''
			})
			.execute();
	}

	function input(segment: Segment, extra: Partial<BroadcastInput> = {}): BroadcastInput {
		return {
			topic: 'campaigns',
			segment,
			channels: ['inbox', 'email', 'sms', 'print'],
			locales: ['en', 'ro', 'pt', 'ar'],
			texts: {
				en: { subject: 'Meeting', body: 'Campaign meeting on Friday.', sms: '' },
				ro: { subject: 'Întâlnire', body: 'Întâlnire vineri.', sms: '' },
				pt: { subject: 'Reunião', body: 'Reunião na sexta.', sms: '' },
				ar: { subject: 'اجتماع', body: 'اجتماع يوم الجمعة', sms: '' }
			},
			...extra
		};
	}

	async function messagesOf(broadcastId: string) {
		return database()
			.db.selectFrom('messages as m')
			.innerJoin('accounts as a', 'a.id', 'm.account_id')
			.select(['a.chosen_name', 'm.channel', 'm.language', 'm.state'])
			.where('m.broadcast_id', '=', broadcastId)
			.orderBy('a.chosen_name')
			.orderBy('m.channel')
			.execute();
	}

	beforeAll(async () => {
		const { db } = database();
		centre = await createCentre(db, {
			...centreDetails('Broadcast centre'),
			locales: ['en', 'ro', 'pt', 'ar']
		});
		other = await createCentre(db, centreDetails('Another centre'));
		organiser = {
			accountId: await person('Organiser', ['member', 'organiser'], ['en']),
			centreId: centre.id,
			roles: ['member', 'organiser']
		};
		outsider = {
			accountId: await person('Elsewhere', ['member', 'organiser'], ['en'], other),
			centreId: other.id,
			roles: ['member', 'organiser']
		};
		ids.mihai = await person('Mihai', ['member'], ['ro']);
		ids.joana = await person('Joana', ['member'], ['pt']);
		ids.yusuf = await person('Yusuf', ['member'], ['ar']);
		ids.grace = await person('Grace', ['member'], ['en']);
		ids.paper = await person('Paper', ['member'], ['pl']);
		// No settings saved: Kurdish is not a Hearth language, so Romanian; inbox only, reminders only.
		ids.quiet = await person('Quiet', ['member'], ['ku', 'ro']);
		await settings(ids.mihai, {
			language: 'ro',
			channels: ['inbox', 'sms'],
			topics: ['campaigns']
		});
		await settings(ids.joana, {
			language: 'pt',
			channels: ['email'],
			topics: ['campaigns', 'reminders'],
			area: 'Whitechapel'
		});
		await settings(ids.yusuf, {
			language: 'ar',
			channels: ['email', 'sms'],
			topics: ['campaigns'],
			quiet: ['08:00', '16:00']
		});
		await settings(ids.grace, { language: 'en', channels: ['email'], topics: ['reminders'] });
		await settings(ids.paper, {
			language: 'pl',
			channels: ['print'],
			topics: ['campaigns'],
			area: 'whitechapel '
		});
		campaignId = uuidv7();
		courseId = uuidv7();
		await db
			.insertInto('campaigns')
			.values({
				centre_id: centre.id,
				id: campaignId,
				locales: ['en'],
				texts: JSON.stringify({ en: { title: 'Pay the riders', goal: '', story: '' } }) as never,
				target_kind: 'platform',
				target_name: 'Speedy',
				started_on: '2026-11-01'
			})
			.execute();
		await db
			.insertInto('campaign_supporters')
			.values([
				{ centre_id: centre.id, campaign_id: campaignId, account_id: ids.mihai },
				{ centre_id: centre.id, campaign_id: campaignId, account_id: ids.quiet }
			])
			.execute();
		await db
			.insertInto('courses')
			.values({
				centre_id: centre.id,
				id: courseId,
				kind: 'know-your-rights',
				level: null,
				title: 'Your rights at work',
				places: 10
			})
			.execute();
		await db
			.insertInto('course_enrolments')
			.values([
				{ centre_id: centre.id, course_id: courseId, account_id: ids.yusuf, status: 'enrolled' },
				{ centre_id: centre.id, course_id: courseId, account_id: ids.joana, status: 'waiting' }
			])
			.execute();
	});

	it('previews everyone: topic and channel opt-in, language fallback, quiet hours', async () => {
		const { db } = database();
		const id = await createBroadcast(
			db,
			organiser,
			input({ kind: 'everyone', value: '' }, { locales: ['en', 'ro', 'ar'] })
		);
		const preview = await previewBroadcast(db, organiser, id, NOON);
		// Organiser, Mihai, Joana, Yusuf, Grace, Paper, Quiet.
		expect(preview.matched).toBe(7);
		expect(preview.receiving).toBe(4);
		expect(preview.notReceiving).toBe(3);
		expect(preview.rows).toEqual([
			// Joana's Portuguese is not written: she reads the first language, and Paper's Polish too.
			{ language: 'en', channel: 'email', count: 1, waiting: 0 },
			{ language: 'en', channel: 'print', count: 1, waiting: 0 },
			{ language: 'ro', channel: 'inbox', count: 1, waiting: 0 },
			{ language: 'ro', channel: 'sms', count: 1, waiting: 0 },
			{ language: 'ar', channel: 'email', count: 1, waiting: 1 },
			{ language: 'ar', channel: 'sms', count: 1, waiting: 1 }
		]);
		expect(preview.waiting).toBe(2);
		const arabic = preview.texts.find((text) => text.locale === 'ar');
		expect(arabic?.smsFit.parts).toBe(1);
		// At 17:00 the quiet hours are over.
		const evening = await previewBroadcast(db, organiser, id, new Date('2026-11-23T17:00:00Z'));
		expect(evening.waiting).toBe(0);
	});

	it('queues once for the whole segment; sending again queues nothing new', async () => {
		const { db } = database();
		const id = await createBroadcast(db, organiser, input({ kind: 'everyone', value: '' }));
		expect(await queueBroadcast(db, organiser, id, NOON)).toEqual({ queued: 6 });
		expect(await queueBroadcast(db, organiser, id, NOON)).toEqual({ queued: 0 });
		expect(await messagesOf(id)).toEqual([
			{ chosen_name: 'Joana', channel: 'email', language: 'pt', state: 'queued' },
			{ chosen_name: 'Mihai', channel: 'inbox', language: 'ro', state: 'queued' },
			{ chosen_name: 'Mihai', channel: 'sms', language: 'ro', state: 'queued' },
			{ chosen_name: 'Paper', channel: 'print', language: 'en', state: 'queued' },
			{ chosen_name: 'Yusuf', channel: 'email', language: 'ar', state: 'queued' },
			{ chosen_name: 'Yusuf', channel: 'sms', language: 'ar', state: 'queued' }
		]);
		const ids7 = await db
			.selectFrom('messages')
			.select(sql<string>`substring(id::text from 15 for 1)`.as('version'))
			.where('broadcast_id', '=', id)
			.execute();
		expect(ids7.every((row) => row.version === '7')).toBe(true);
		const read = await readBroadcast(db, organiser, id);
		expect(read.state).toBe('queued');
		await expect(
			updateBroadcast(db, organiser, id, input({ kind: 'everyone', value: '' }))
		).rejects.toEqual(new RuleError('broadcasts.alreadySent'));
		const status = await broadcastStatus(db, organiser, id);
		expect(status.channels.find((entry) => entry.channel === 'email')?.counts.queued).toBe(2);
		const list = await listBroadcasts(db, organiser, { page: 1 });
		expect(list.broadcasts[0]?.id).toBe(id);
		expect(list.broadcasts[0]?.delivery.queued).toBe(6);
		const audit = await db
			.selectFrom('audit_events')
			.select('detail')
			.where('action', '=', 'messages.broadcast_queued')
			.where('subject_id', '=', id)
			.execute();
		expect(audit.map((row) => row.detail)).toEqual([{ queued: 6 }, { queued: 0 }]);

		// The paper list names Paper; marking it printed takes it off.
		const paper = await printList(db, organiser, id);
		expect(paper.entries).toEqual([
			{ name: 'Paper', language: 'en', subject: 'Meeting', body: 'Campaign meeting on Friday.' }
		]);
		expect(await markPrinted(db, organiser, id, NOON)).toBe(1);
		expect((await printList(db, organiser, id)).entries).toEqual([]);
	});

	it('resolves each kind of segment', async () => {
		const { db } = database();
		async function who(segment: Segment) {
			const id = await createBroadcast(db, organiser, input(segment));
			const preview = await previewBroadcast(db, organiser, id, NOON);
			return { matched: preview.matched, receiving: preview.receiving, name: preview.segmentName };
		}
		// Mihai chose Romanian; Quiet has no settings and reads Romanian by default.
		expect(await who({ kind: 'language', value: 'ro' })).toEqual({
			matched: 2,
			receiving: 1,
			name: 'ro'
		});
		expect(await who({ kind: 'campaign', value: campaignId })).toEqual({
			matched: 2,
			receiving: 1,
			name: 'Pay the riders'
		});
		// Joana is on the waiting list, not enrolled.
		expect(await who({ kind: 'course', value: courseId })).toEqual({
			matched: 1,
			receiving: 1,
			name: 'Your rights at work'
		});
		// The area as members gave it, case and spaces aside.
		expect(await who({ kind: 'area', value: 'WHITECHAPEL' })).toEqual({
			matched: 2,
			receiving: 2,
			name: 'WHITECHAPEL'
		});
		expect(await who({ kind: 'role', value: 'organiser' })).toEqual({
			matched: 1,
			receiving: 0,
			name: 'organiser'
		});
		await expect(
			createBroadcast(db, organiser, input({ kind: 'campaign', value: uuidv7() }))
		).rejects.toEqual(new RuleError('broadcasts.segmentUnknown'));
	});

	it('refuses a segment that matches nobody, and one where nobody receives', async () => {
		const { db } = database();
		const nobody = await createBroadcast(db, organiser, input({ kind: 'area', value: 'Nowhere' }));
		expect((await previewBroadcast(db, organiser, nobody, NOON)).matched).toBe(0);
		await expect(queueBroadcast(db, organiser, nobody, NOON)).rejects.toEqual(
			new RuleError('broadcasts.nobodyMatches')
		);
		expect((await readBroadcast(db, organiser, nobody)).state).toBe('draft');
		const optedOut = await createBroadcast(
			db,
			organiser,
			input({ kind: 'role', value: 'organiser' })
		);
		await expect(queueBroadcast(db, organiser, optedOut, NOON)).rejects.toEqual(
			new RuleError('broadcasts.nobodyReceives')
		);
	});

	it('keeps each centre’s broadcasts to itself', async () => {
		const { db } = database();
		const id = await createBroadcast(db, organiser, input({ kind: 'everyone', value: '' }));
		await expect(readBroadcast(db, outsider, id)).rejects.toBeInstanceOf(NotFoundError);
		await expect(queueBroadcast(db, outsider, id, NOON)).rejects.toBeInstanceOf(NotFoundError);
		expect((await listBroadcasts(db, outsider, { page: 1 })).total).toBe(0);
		const member: Actor = {
			accountId: ids.mihai as string,
			centreId: centre.id,
			roles: ['member']
		};
		await expect(readBroadcast(db, member, id)).rejects.toThrow();
		// Row-level security: inside the other centre's scope, none of these rows exist.
		const seen = await db.transaction().execute(async (trx) => {
			await sql`select set_config('role', 'hearth_app', true), set_config('hearth.centre_id', ${other.id}, true)`.execute(
				trx
			);
			const broadcasts = await trx.selectFrom('broadcasts').select('id').execute();
			const messages = await trx.selectFrom('messages').select('id').execute();
			return broadcasts.length + messages.length;
		});
		expect(seen).toBe(0);
	});
});
