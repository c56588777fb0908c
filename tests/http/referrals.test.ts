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
const ADVISER = 'Amira (demo)';
const OTHER_ADVISER = 'Tomasz (demo)';
const COORDINATOR = 'Coordinator (demo)';
const MEMBER = 'Mihai (demo)';
const NOTE = 'My boss owes me three weeks of wages.';

async function demoService(databaseUrl: string): Promise<string> {
	const client = new pg.Client({ connectionString: databaseUrl });
	await client.connect();
	try {
		const { rows } = await client.query<{ id: string }>(
			`select s.id from services s join centres c on c.id = s.centre_id
			 where c.slug = 'demo' order by s.name, s.id limit 1`
		);
		if (!rows[0]) throw new Error('The demo has no services');
		return rows[0].id;
	} finally {
		await client.end();
	}
}

async function referralCount(databaseUrl: string): Promise<number> {
	const client = new pg.Client({ connectionString: databaseUrl });
	await client.connect();
	try {
		const { rows } = await client.query<{ count: string }>('select count(*) from referrals');
		return Number(rows[0]?.count);
	} finally {
		await client.end();
	}
}

describe('referrals over HTTP', () => {
	let hearth: RunningHearth;
	let serviceId: string;
	const traces: string[] = [];
	const client = () =>
		new HttpClient(hearth.url, {
			observe: (answer) => {
				if (showsStackTrace(answer.body)) traces.push(`${answer.method} ${answer.path}`);
			}
		});

	const signedIn = (chosenName: string) => signedInAs(client(), chosenName, PASSPHRASE);

	const refer = () => `/c/demo/help/${serviceId}/refer`;
	const draft = (extra: Fields = {}): Fields => ({
		who: 'member',
		memberName: MEMBER,
		locale: 'en',
		contact: '',
		note: NOTE,
		...extra
	});

	beforeAll(async () => {
		hearth = await startHearth({ HEARTH_DEMO: '1' });
		serviceId = await demoService(hearth.databaseUrl);
	});
	afterAll(async () => {
		await hearth?.stop();
		expect(traces).toEqual([]);
	});

	it('sends a visitor to sign in and back', async () => {
		const visitor = client();
		for (const path of ['/c/demo/referrals', refer()]) {
			const answer = await visitor.get(path);
			expect(answer.status).toBe(303);
			expect(answer.location).toBe(`/sign-in?next=${encodeURIComponent(path)}`);
		}
	});

	it('answers 404 for addresses that name nothing', async () => {
		const adviser = await signedIn(ADVISER);
		for (const path of [
			'/c/demo/referrals/not-a-uuid',
			'/c/demo/referrals/0196a3c0-0000-7000-8000-0000000000ff',
			'/c/demo/help/not-a-uuid/refer',
			'/c/demo/help/0196a3c0-0000-7000-8000-0000000000ff/refer'
		]) {
			const answer = await adviser.get(path);
			expect(answer.status, path).toBe(404);
			expect(decodeHtml(answer.body)).toContain(en['errors.notFound']);
		}
	});

	it('makes no referral without the consent tick, and keeps what was typed', async () => {
		const adviser = await signedIn(ADVISER);
		const before = await referralCount(hearth.databaseUrl);
		const consentPage = await adviser.post(`${refer()}?/continue`, draft());
		expect(consentPage.status).toBe(200);
		expect(decodeHtml(consentPage.body)).toContain(en['referral.consentAgree']);
		expect(fieldValue(consentPage.body, 'note')).toBe(NOTE);

		const unticked = await adviser.post(`${refer()}?/confirm`, draft());
		expect(unticked.status).toBe(400);
		expect(decodeHtml(unticked.body)).toContain(en['referral.consentRequired']);
		expect(fieldValue(unticked.body, 'note')).toBe(NOTE);
		expect(fieldValue(unticked.body, 'memberName')).toBe(MEMBER);
		expect(await referralCount(hearth.databaseUrl)).toBe(before);

		const changed = await adviser.post(`${refer()}?/change`, draft());
		expect(changed.status).toBe(200);
		expect(fieldValue(changed.body, 'note')).toBe(NOTE);
		expect(await referralCount(hearth.databaseUrl)).toBe(before);
	});

	it('says plainly when no member has the name', async () => {
		const adviser = await signedIn(ADVISER);
		for (const memberName of ['Nobody Here', '']) {
			const answer = await adviser.post(`${refer()}?/continue`, draft({ memberName }));
			expect(answer.status).toBe(400);
			expect(decodeHtml(answer.body)).toContain(
				memberName ? en['referral.memberNotFound'] : en['referral.memberNameRequired']
			);
			expect(fieldValue(answer.body, 'memberName')).toBe(memberName);
			expect(fieldValue(answer.body, 'note')).toBe(NOTE);
		}
	});

	it('refuses a note of 10,000 characters with a clear message', async () => {
		const adviser = await signedIn(ADVISER);
		const long = 'x'.repeat(10_000);
		for (const action of ['continue', 'confirm']) {
			const answer = await adviser.post(
				`${refer()}?/${action}`,
				draft({ note: long, consent: 'yes' })
			);
			expect(answer.status).toBe(400);
			expect(decodeHtml(answer.body)).toContain(en['referral.noteTooLong']);
		}
		const contact = await adviser.post(`${refer()}?/continue`, draft({ contact: 'y'.repeat(201) }));
		expect(contact.status).toBe(400);
		expect(decodeHtml(contact.body)).toContain(en['referral.contactTooLong']);
	});

	it('lets only advisers refer someone else', async () => {
		const member = await signedIn(MEMBER);
		const answer = await member.post(`${refer()}?/continue`, draft({ memberName: ADVISER }));
		expect(answer.status).toBe(403);
	});

	it('shows a referral only to the member and the adviser who made it', async () => {
		const adviser = await signedIn(ADVISER);
		const made = await adviser.post(`${refer()}?/confirm`, draft({ consent: 'yes' }));
		expect(made.status).toBe(303);
		const path = new URL(made.location ?? '', hearth.url).pathname;
		expect(path).toMatch(/^\/c\/demo\/referrals\/[0-9a-f-]{36}$/);

		const member = await signedIn(MEMBER);
		for (const reader of [adviser, member]) {
			const answer = await reader.get(path);
			expect(answer.status).toBe(200);
			expect(decodeHtml(answer.body)).toContain(NOTE);
		}
		for (const name of [OTHER_ADVISER, COORDINATOR]) {
			const reader = await signedIn(name);
			const answer = await reader.get(path);
			expect(answer.status, name).toBe(403);
			expect(decodeHtml(answer.body)).not.toContain(NOTE);
			const withdraw = await reader.post(`${path}?/withdraw`, {});
			expect(withdraw.status, name).toBe(403);
			const status = await reader.post(`${path}?/status`, { status: 'seen' });
			expect(status.status, name).toBe(403);
		}
		// The adviser cannot withdraw the member's consent; a status outside the list is refused.
		expect((await adviser.post(`${path}?/withdraw`, {})).status).toBe(403);
		const odd = await adviser.post(`${path}?/status`, { status: 'missed' });
		expect(odd.status).toBe(400);
		expect(decodeHtml(odd.body)).toContain(en['referral.statusRequired']);
		const long = await member.post(`${path}?/outcome`, { outcome: 'z'.repeat(10_000) });
		expect(long.status).toBe(400);
		expect(decodeHtml(long.body)).toContain(en['referral.outcomeTooLong']);
	});

	it('lets a member refer themselves, and records status and outcome through the forms', async () => {
		const member = await signedIn(MEMBER);
		const self = { who: 'self', memberName: '', locale: 'ro', contact: '', note: NOTE };
		const consentPage = await member.post(`${refer()}?/continue`, self);
		expect(consentPage.status).toBe(200);
		expect(decodeHtml(consentPage.body)).toContain('Sunt de acord');
		const made = await member.post(`${refer()}?/confirm`, { ...self, consent: 'yes' });
		expect(made.status).toBe(303);
		const path = new URL(made.location ?? '', hearth.url).pathname;
		const page = await member.get(path);
		expect(decodeHtml(page.body)).toContain(en['referral.madeByYou']);

		const status = await member.post(`${path}?/status`, { status: 'seen' });
		expect(status.status).toBe(303);
		expect(status.location).toBe(`${path}?saved`);
		const outcome = await member.post(`${path}?/outcome`, { outcome: 'They called me back.' });
		expect(outcome.status).toBe(303);
		const after = decodeHtml((await member.get(path)).body);
		expect(after).toContain(en['referral.statusSeen']);
		expect(after).toContain('They called me back.');

		// Nobody else can read it: not even the adviser whose name is on the demo.
		const adviser = await signedIn(ADVISER);
		expect((await adviser.get(path)).status).toBe(403);
	});
});
