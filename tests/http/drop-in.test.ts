import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../src/lib/i18n/messages/en';
import { fieldValue, HttpClient, showsStackTrace, signedInAs } from '../support/http-client';
import { message, queryRows, title, words } from '../support/pages';
import { startHearth, type RunningHearth } from '../support/server';

const PASSPHRASE = 'open door warm kettle';
const ADVISER = 'Amira (demo)';
const MEMBER = 'Mihai (demo)';
const CHECK_IN = '/c/demo/drop-in?/checkIn';
// Friday 20 November 2026, 23:00 in London: the demo centre is open 22:00–06:00.
const NIGHT = {
	HEARTH_DEMO: '1',
	HEARTH_CLOCK_START: '2026-11-20T23:00:00Z',
	HEARTH_SECRET_KEY: randomBytes(32).toString('base64')
};

interface QueueEvent {
	calls: { number: number; desk: string }[];
	open: boolean;
	status: string;
}

/** A waiting-room display's event stream, read as the browser's EventSource would. */
async function openStream(url: string) {
	const abort = new AbortController();
	const response = await fetch(url, { signal: abort.signal });
	const reader = (response.body as ReadableStream<Uint8Array>).getReader();
	const decoder = new TextDecoder();
	let buffer = '';
	const seen: QueueEvent[] = [];
	const read = async (): Promise<void> => {
		for (;;) {
			const { value, done } = await reader.read();
			if (done) return;
			buffer += decoder.decode(value, { stream: true });
			let end: number;
			while ((end = buffer.indexOf('\n\n')) >= 0) {
				const frame = buffer.slice(0, end);
				buffer = buffer.slice(end + 2);
				const data = /^data: (.*)$/m.exec(frame)?.[1];
				if (/^event: queue$/m.test(frame) && data) seen.push(JSON.parse(data) as QueueEvent);
			}
		}
	};
	let endedAt: number | null = null;
	const reading = read()
		.catch(() => {})
		.finally(() => (endedAt = Date.now()));
	return {
		response,
		seen,
		/** When the server ended the stream, if it has. */
		endedAt: () => endedAt,
		/** The first event, from now on or already seen, that passes the test. */
		async next(test: (event: QueueEvent) => boolean, from = 0, waitMs = 10_000) {
			const until = Date.now() + waitMs;
			while (Date.now() < until) {
				const found = seen.slice(from).find(test);
				if (found) return found;
				await new Promise((resolve) => setTimeout(resolve, 10));
			}
			throw new Error(`No such event within ${waitMs} ms; saw ${JSON.stringify(seen)}`);
		},
		async close() {
			abort.abort();
			await reading;
		}
	};
}

describe('the drop-in queue over HTTP, on two app processes', () => {
	let first: RunningHearth;
	let second: RunningHearth;
	const traces: string[] = [];
	const client = (hearth: RunningHearth) =>
		new HttpClient(hearth.url, {
			observe: (answer) => {
				if (showsStackTrace(answer.body) || answer.status >= 500) {
					traces.push(`${answer.method} ${answer.path} ${answer.status}`);
				}
			}
		});

	beforeAll(async () => {
		first = await startHearth(NIGHT);
		// The second process shares the first one's database, as app servers behind a balancer do.
		second = await startHearth({ ...NIGHT, DATABASE_URL: first.databaseUrl });
	}, 120_000);
	afterAll(async () => {
		await second?.stop();
		await first?.stop();
		expect(traces).toEqual([]);
	});

	it('checks a person in with no account, and gives them a private ticket page', async () => {
		const person = client(first);
		const page = await person.get('/c/demo/drop-in');
		expect(page.status).toBe(200);
		expect(title(page.body)).toBe('Drop in – Hearth');
		const answer = await person.post(CHECK_IN, {
			chosenName: 'Nadia',
			topic: 'housing',
			language: 'ar',
			words: 'rent'
		});
		expect(answer.status).toBe(303);
		const location = answer.location ?? '';
		expect(location).toMatch(/^\/c\/demo\/drop-in\/t\/[A-Za-z0-9_-]{32}\?new$/);
		const ticket = await person.follow(answer);
		expect(ticket.status).toBe(200);
		expect(ticket.headers.get('cache-control')).toBe('no-store');
		expect(words(ticket.body)).toContain(message('dropIn.inTheQueue'));
		expect(words(ticket.body)).toMatch(/You are number \d+ in the queue\./);
		expect(ticket.body).not.toContain('http-equiv="refresh"');
		// The same page from the other process.
		const elsewhere = await client(second).get(location);
		expect(title(elsewhere.body)).toBe(title(ticket.body));
		// Only the hash of the link is stored, and the words are sealed.
		const token = location.split('/').at(-1)?.split('?')[0] ?? '';
		const rows = await queryRows<{ token_hash: Buffer; words_sealed: string }>(
			first.databaseUrl,
			"select token_hash, words_sealed from drop_in_tickets where chosen_name = 'Nadia'"
		);
		expect(rows).toHaveLength(1);
		expect(rows[0]?.token_hash.toString('base64url')).not.toBe(token);
		expect(rows[0]?.words_sealed).not.toContain('rent');
	});

	it('names each problem with the form, keeps the input, and never fails', async () => {
		const person = client(first);
		const cases: [Record<string, string>, string, string][] = [
			[{ topic: 'housing', language: 'xx-klingon' }, 'language', en['dropIn.languageUnknown']],
			[{ topic: 'housing', language: '' }, 'language', en['dropIn.languageRequired']],
			[{ language: 'en' }, 'topic', en['dropIn.topicRequired']],
			[{ topic: 'astrology', language: 'en' }, 'topic', en['dropIn.topicRequired']],
			[
				{ topic: 'housing', language: 'en', chosenName: 'N'.repeat(10_000) },
				'chosenName',
				en['dropIn.nameTooLong']
			],
			[
				{ topic: 'housing', language: 'en', words: 'w'.repeat(5_000) },
				'words',
				en['dropIn.wordsTooLong']
			],
			[
				{ topic: 'housing', language: 'en', chosenName: 'Eve\u202Ednar' },
				'chosenName',
				en['form.hiddenCharacters']
			]
		];
		for (const [fields, field, problem] of cases) {
			const answer = await person.post(CHECK_IN, { chosenName: 'Kept', ...fields });
			expect(answer.status, JSON.stringify(fields).slice(0, 80)).toBe(400);
			expect(title(answer.body)).toMatch(/^Error: /);
			expect(answer.body).toContain(`href="#field-${field}"`);
			expect(words(answer.body)).toContain(problem);
			if (field !== 'chosenName') expect(fieldValue(answer.body, 'chosenName')).toBe('Kept');
		}
		const none = await queryRows<{ count: number }>(
			first.databaseUrl,
			"select count(*)::int as count from drop_in_tickets where chosen_name = 'Kept'"
		);
		expect(none).toEqual([{ count: 0 }]);
	});

	it('tells a ticket that has gone from an address that never was one', async () => {
		const person = client(first);
		expect((await person.get('/c/demo/drop-in/t/not-a-ticket')).status).toBe(404);
		const gone = await person.get(`/c/demo/drop-in/t/${'A'.repeat(32)}`);
		expect(gone.status).toBe(200);
		expect(words(gone.body)).toContain(message('dropIn.ticketGone'));
		expect((await person.post(`/c/demo/drop-in/t/${'A'.repeat(32)}?/leave`, {})).status).toBe(404);
	});

	it('lets a person leave the queue after saying so twice', async () => {
		const person = client(first);
		const answer = await person.post(CHECK_IN, { topic: 'debt', language: 'pl' });
		const page = (answer.location ?? '').replace('?new', '');
		const confirm = await person.get(`${page}?leave`);
		expect(words(confirm.body)).toContain(message('dropIn.leaveConfirm'));
		const left = await person.post(`${page}?/leave`, {});
		expect([left.status, left.location]).toEqual([303, '/c/demo/drop-in?left']);
		expect(words((await person.get(page)).body)).toContain(message('dropIn.ticketGone'));
	});

	it('keeps the adviser’s page for advisers and coordinators', async () => {
		const anonymous = await client(first).get('/c/demo/manage/drop-in');
		expect(anonymous.status).toBe(303);
		const member = await signedInAs(client(first), MEMBER, PASSPHRASE);
		expect((await member.get('/c/demo/manage/drop-in')).status).toBe(403);
		expect((await member.post('/c/demo/manage/drop-in?/call', { desk: '' })).status).toBe(403);
		const adviser = await signedInAs(client(first), ADVISER, PASSPHRASE);
		const tooLong = await adviser.post('/c/demo/manage/drop-in?/call', {
			desk: 'D'.repeat(500)
		});
		expect(tooLong.status).toBe(400);
		expect(title(tooLong.body)).toMatch(/^Error: /);
		expect(words(tooLong.body)).toContain(en['dropIn.deskTooLong']);
		expect(fieldValue(tooLong.body, 'desk')).toBe('D'.repeat(500));
		const badTicket = await adviser.post('/c/demo/manage/drop-in?/seen', { ticket: 'nope' });
		expect(badTicket.status).toBe(404);
	});

	it('carries a call made on one process to a display open on the other', async () => {
		const display = await openStream(`${second.url}/c/demo/drop-in/events`);
		try {
			expect(display.response.headers.get('content-type')).toMatch(/^text\/event-stream/);
			const opening = await display.next(() => true);
			expect(opening.open).toBe(true);
			const before = display.seen.length;
			const adviser = await signedInAs(client(first), ADVISER, PASSPHRASE);
			const called = await adviser.post('/c/demo/manage/drop-in?/call', { desk: 'Desk 9' });
			expect(called.status).toBe(303);
			const number = Number(new URL(called.location ?? '', first.url).searchParams.get('called'));
			expect(number).toBeGreaterThan(0);
			const event = await display.next(
				(state) => state.calls[0]?.number === number && state.calls[0]?.desk === 'Desk 9',
				before
			);
			expect(event.status).toMatch(/people? (is|are) waiting/);
			// The screen never names the person.
			expect(JSON.stringify(display.seen)).not.toContain('Nadia');
			// The page itself, without JavaScript, shows the same and reloads itself.
			const page = await client(second).get('/c/demo/drop-in/display');
			expect(page.body).toContain('<noscript><meta http-equiv="refresh" content="15"');
			expect(page.body).toContain('<script src="/drop-in-display.js"');
			expect(words(page.body)).toContain(`${number} Desk 9`);
		} finally {
			await display.close();
		}
	});

	it('still stops promptly on SIGTERM with a display connected', async () => {
		const display = await openStream(`${second.url}/c/demo/drop-in/events`);
		await display.next(() => true);
		const started = Date.now();
		// Stopping also drops the process's test database, which waits for a checkpoint.
		await second.stop();
		const ended = display.endedAt();
		expect(ended).not.toBeNull();
		expect((ended as number) - started).toBeLessThan(2_000);
		// Well before the server gives up on open connections, after 20 seconds.
		expect(Date.now() - started).toBeLessThan(15_000);
		await display.close();
	});
});
