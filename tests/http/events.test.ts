import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../src/lib/i18n/messages/en';
import {
	decodeHtml,
	fieldValue,
	HttpClient,
	showsStackTrace,
	type Fields,
	signedInAs
} from '../support/http-client';
import { startHearth, type RunningHearth } from '../support/server';

const PASSPHRASE = 'open door warm kettle';
const COORDINATOR = 'Coordinator (demo)';
const MEMBER = 'Joana (demo)';

/** The demo's events: one with limited places, and one members-only. */
async function demoEvents(databaseUrl: string): Promise<{ limited: string; membersOnly: string }> {
	const client = new pg.Client({ connectionString: databaseUrl });
	await client.connect();
	try {
		const query = async (where: string) => {
			const { rows } = await client.query<{ id: string }>(
				`select e.id from events e join centres c on c.id = e.centre_id
				 where c.slug = 'demo' and e.ends_at > now() and ${where}
				 order by e.starts_at limit 1`
			);
			if (!rows[0]) throw new Error(`The demo has no event where ${where}`);
			return rows[0].id;
		};
		return {
			limited: await query('e.capacity is not null and not e.members_only'),
			membersOnly: await query('e.members_only')
		};
	} finally {
		await client.end();
	}
}

describe('events over HTTP', () => {
	let hearth: RunningHearth;
	let events: { limited: string; membersOnly: string };
	const traces: string[] = [];
	const client = () =>
		new HttpClient(hearth.url, {
			observe: (answer) => {
				if (showsStackTrace(answer.body)) traces.push(`${answer.method} ${answer.path}`);
			}
		});

	const signedIn = (chosenName: string) => signedInAs(client(), chosenName, PASSPHRASE);

	beforeAll(async () => {
		hearth = await startHearth({ HEARTH_DEMO: '1' });
		events = await demoEvents(hearth.databaseUrl);
	});
	afterAll(async () => {
		await hearth?.stop();
		expect(traces).toEqual([]);
	});

	it('shows the calendar to anyone, small, whatever its address holds', async () => {
		const visitor = client();
		for (const path of [
			'/c/demo/events',
			'/c/demo/events?view=night',
			'/c/demo/events?view=day&week=2026-02-30',
			`/c/demo/events?week=${'9'.repeat(5000)}&view=%00`,
			`/c/demo/events/${events.limited}`
		]) {
			const answer = await visitor.get(path, { 'accept-encoding': 'identity' });
			expect(answer.status, path).toBe(200);
			expect(answer.body.length, path).toBeLessThan(40 * 1024);
		}
		const page = await visitor.get(`/c/demo/events/${events.limited}`);
		expect(decodeHtml(page.body)).toContain(en['events.signInToTake']);
	});

	it('keeps members-only events from visitors and from the public feed', async () => {
		const visitor = client();
		expect((await visitor.get(`/c/demo/events/${events.membersOnly}`)).status).toBe(404);
		const feed = await visitor.get('/c/demo/events/calendar.ics');
		expect(feed.status).toBe(200);
		expect(feed.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
		expect(feed.body).toContain('BEGIN:VCALENDAR\r\n');
		expect(feed.body).not.toContain(events.membersOnly);
		expect(feed.body).toContain(events.limited);
		const member = await signedIn(MEMBER);
		expect((await member.get(`/c/demo/events/${events.membersOnly}`)).status).toBe(200);
	});

	it('answers 404 for addresses and secrets that name nothing', async () => {
		const member = await signedIn(MEMBER);
		for (const path of [
			'/c/demo/events/not-a-uuid',
			'/c/demo/events/0196a3c0-0000-7000-8000-0000000000ff',
			'/c/demo/calendar/not-a-secret.ics',
			`/c/demo/calendar/${'A'.repeat(43)}.ics`,
			'/c/demo/calendar/%00%0a.ics',
			'/c/nowhere/events/calendar.ics'
		]) {
			const answer = await member.get(path);
			expect(answer.status, path).toBe(404);
		}
		const post = await member.post(
			'/c/demo/events/0196a3c0-0000-7000-8000-0000000000ff?/signUp',
			{}
		);
		expect(post.status).toBe(404);
	});

	it('sends a visitor to sign in before taking a place or seeing bookings', async () => {
		const visitor = client();
		const page = `/c/demo/events/${events.limited}`;
		const post = await visitor.post(`${page}?/signUp`, {});
		expect(post.status).toBe(303);
		expect(post.location).toBe(`/sign-in?next=${encodeURIComponent(page)}`);
		const mine = await visitor.get('/c/demo/events/mine');
		expect(mine.status).toBe(303);
		expect(mine.location).toBe(`/sign-in?next=${encodeURIComponent('/c/demo/events/mine')}`);
		const member = await signedIn(MEMBER);
		expect((await member.get('/c/demo/manage/events')).status).toBe(403);
		expect((await member.post('/c/demo/manage/events/new?/save', {})).status).toBe(403);
	});

	it('takes a place, then gives it back', async () => {
		const member = await signedIn(MEMBER);
		const page = `/c/demo/events/${events.limited}`;
		const taken = await member.follow(await member.post(`${page}?/signUp`, {}));
		expect(decodeHtml(taken.body)).toContain(en['events.signedUpNotice']);
		const mine = await member.get('/c/demo/events/mine');
		expect(mine.body).toContain(events.limited);
		const back = await member.follow(await member.post(`${page}?/cancel`, {}));
		expect(decodeHtml(back.body)).toContain(en['events.gaveBackNotice']);
		expect((await member.get('/c/demo/events/mine')).body).not.toContain(events.limited);
	});

	it('names every problem of the event form and keeps what was typed', async () => {
		const coordinator = await signedIn(COORDINATOR);
		const fields = (extra: Fields): Fields => ({
			title: 'Karaoke',
			kind: 'social',
			date: '2026-12-04',
			starts: '21:00',
			ends: '02:00',
			place: 'Big room',
			description: 'Songs; in any language, too.',
			capacity: '',
			...extra
		});
		const cases: [Fields, keyof typeof en][] = [
			[fields({}), 'events.endsBeforeStartsSameDay'],
			[fields({ title: '' }), 'events.titleRequired'],
			[fields({ title: 'x'.repeat(10_000) }), 'events.titleTooLong'],
			[fields({ kind: '<script>' }), 'events.kindInvalid'],
			[fields({ date: '2026-13-01' }), 'events.dateInvalid'],
			[fields({ starts: '9pm' }), 'events.startsInvalid'],
			[fields({ capacity: '1e3' }), 'events.capacityInvalid'],
			[fields({ endsNextDay: 'yes', ends: '22:00' }), 'events.longerThanDay'],
			[fields({ title: 'Kar\u202Eaoke', endsNextDay: 'yes' }), 'form.hiddenCharacters']
		];
		for (const [sent, key] of cases) {
			const answer = await coordinator.post('/c/demo/manage/events/new?/save', sent);
			expect(answer.status, key).toBe(400);
			expect(decodeHtml(answer.body), key).toContain(en[key] as string);
			expect(fieldValue(answer.body, 'place'), key).toBe('Big room');
		}
		const saved = await coordinator.post(
			'/c/demo/manage/events/new?/save',
			fields({ endsNextDay: 'yes' })
		);
		expect(saved.status).toBe(303);
		expect(saved.location).toMatch(/^\/c\/demo\/manage\/events\?saved=/);
	});

	it('lets a coordinator change and cancel an event, never below the places taken', async () => {
		const coordinator = await signedIn(COORDINATOR);
		const fields: Fields = {
			title: 'Bike repair night',
			kind: 'other',
			date: '2026-12-10',
			starts: '19:00',
			ends: '21:00',
			place: '',
			description: '',
			capacity: '2'
		};
		const saved = await coordinator.post('/c/demo/manage/events/new?/save', fields);
		const id = new URL(saved.location ?? '', hearth.url).searchParams.get('saved') ?? '';
		const edit = `/c/demo/manage/events/${id}`;
		const page = await coordinator.get(edit);
		expect(page.status).toBe(200);
		expect(fieldValue(page.body, 'title')).toBe('Bike repair night');
		expect(fieldValue(page.body, 'starts')).toBe('19:00');

		const member = await signedIn(MEMBER);
		await member.post(`/c/demo/events/${id}?/signUp`, {});
		const below = await coordinator.post(`${edit}?/save`, { ...fields, capacity: '' });
		expect(below.status).toBe(400);
		expect(decodeHtml(below.body)).toContain(en['events.capacityBelowTaken']);
		expect(fieldValue(below.body, 'capacity')).toBe('');

		const confirm = await coordinator.get(`${edit}?cancel`);
		expect(decodeHtml(confirm.body)).toContain('1 person has a place.');
		const cancelled = await coordinator.follow(await coordinator.post(`${edit}?/cancel`, {}));
		expect(decodeHtml(cancelled.body)).toContain(en['events.cancelledDone']);
		const mine = decodeHtml((await member.get('/c/demo/events/mine')).body);
		expect(mine).toContain('Bike repair night');
		expect(mine).toContain(en['events.cancelledBadge']);
		const back = await coordinator.follow(await coordinator.post(`${edit}?/reinstate`, {}));
		expect(decodeHtml(back.body)).toContain(en['events.reinstatedDone']);
		expect((await coordinator.get('/c/demo/manage/events/not-a-uuid')).status).toBe(404);
	});
});
