import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ro } from '../../src/lib/i18n/messages/ro';
import { translator } from '../../src/lib/i18n/translate';
import { fieldValue, HttpClient, showsStackTrace, signedInAs } from '../support/http-client';
import { startHearth, type RunningHearth } from '../support/server';
import { message, queryRows, title, words } from '../support/pages';

const PASSPHRASE = 'open door warm kettle';
const COORDINATOR = 'Coordinator (demo)';
const MEMBER = 'Mihai (demo)';
const GUIDE = '/c/demo/guides/minimum-wage';
const WEEK = 'private, max-age=604800';

/** The <main> of a page: what the guide says, without the header that knows who is signed in. */
function main(html: string): string {
	return /<main[\s\S]*<\/main>/.exec(html)?.[0] ?? '';
}

describe('the rights library over HTTP', () => {
	let hearth: RunningHearth;
	const traces: string[] = [];
	const client = () =>
		new HttpClient(hearth.url, {
			observe: (answer) => {
				if (showsStackTrace(answer.body) || answer.status >= 500) {
					traces.push(`${answer.method} ${answer.path} ${answer.status}`);
				}
			}
		});

	const signedIn = (chosenName: string) => signedInAs(client(), chosenName, PASSPHRASE);

	async function editPage(coordinator: HttpClient, locale: string): Promise<string> {
		const [row] = await queryRows<{ id: string }>(
			hearth.databaseUrl,
			`select g.id from guides g join centres c on c.id = g.centre_id
			 where c.slug = 'demo' and g.slug = 'minimum-wage'`
		);
		const path = `/c/demo/manage/guides/${row?.id}/${locale}`;
		expect((await coordinator.get(path)).status).toBe(200);
		return path;
	}

	async function storedBody(locale: string): Promise<string> {
		const [row] = await queryRows<{ body: string }>(
			hearth.databaseUrl,
			`select t.body from guide_texts t join guides g on g.centre_id = t.centre_id and g.id = t.guide_id
			 join centres c on c.id = g.centre_id
			 where c.slug = 'demo' and g.slug = 'minimum-wage' and t.locale = $1`,
			[locale]
		);
		return row?.body ?? '';
	}

	beforeAll(async () => {
		hearth = await startHearth({ HEARTH_DEMO: '1' });
	});
	afterAll(async () => {
		await hearth?.stop();
		expect(traces).toEqual([]);
	});

	it('lets anyone read a guide, in their language, kept by the browser for a week', async () => {
		const visitor = client();
		const list = await visitor.get('/c/demo/guides', { 'accept-language': 'ro' });
		expect(list.status).toBe(200);
		expect(list.headers.get('cache-control')).toMatch(/^private, max-age=\d+$/);
		expect(list.headers.get('vary')).toMatch(/Cookie/);
		expect(words(list.body)).toContain('Salariul minim');
		// Not translated yet: shown in English, and marked so.
		expect(words(list.body)).toContain(
			`Payslips ${translator('ro')('guides.inLanguage', { language: 'English' })}`
		);

		const guide = await visitor.get(GUIDE, { 'accept-language': 'ro' });
		expect(guide.status).toBe(200);
		expect(guide.headers.get('cache-control')).toBe(WEEK);
		expect(guide.headers.get('vary')).toMatch(/Cookie, Accept-Language/);
		expect(guide.setCookies).toEqual([]);
		expect(title(guide.body)).toBe('Salariul minim');
		expect(words(guide.body)).toContain('12,71 £');
		expect(words(guide.body)).toContain('Tradus din originalul în English');
		expect(guide.body).toMatch(/<div class="guide-body[^"]*" lang="ro" dir="ltr">/);
		// Other languages of the guide have addresses of their own, kept apart by the browser.
		const english = await visitor.get(`${GUIDE}?lang=en`, { 'accept-language': 'ro' });
		expect(words(english.body)).toContain('£12.71 an hour if you are 21 or older');
	});

	it('keeps a guide even for someone signed in, and the same words for everyone', async () => {
		const visitor = client();
		const member = await signedIn(MEMBER);
		const coordinator = await signedIn(COORDINATOR);
		const pages = await Promise.all(
			[visitor, member, coordinator].map((person) => person.get(GUIDE, { 'accept-language': 'en' }))
		);
		for (const page of pages) {
			expect(page.status).toBe(200);
			expect(page.headers.get('cache-control')).toBe(WEEK);
		}
		const [first, ...rest] = pages.map((page) => main(page.body));
		for (const other of rest) expect(other).toBe(first);
		// Everything else a signed-in person sees is still never kept.
		expect((await member.get('/account')).headers.get('cache-control')).toBe('no-store');
		expect((await coordinator.get('/c/demo/manage/guides')).headers.get('cache-control')).toBe(
			'no-store'
		);
		// A guide that is not there is not kept either.
		const missing = await member.get('/c/demo/guides/no-such-guide');
		expect(missing.status).toBe(404);
		expect(missing.headers.get('cache-control')).toBe('no-store');
	});

	it('records nothing when a guide is read', async () => {
		const before = await queryRows<{ total: string }>(
			hearth.databaseUrl,
			'select count(*) as total from audit_events'
		);
		const member = await signedIn(MEMBER);
		const after = await queryRows<{ total: string }>(
			hearth.databaseUrl,
			'select count(*) as total from audit_events'
		);
		await member.get(GUIDE);
		await member.get('/c/demo/guides');
		await member.get('/c/demo/guides/stopped-by-police');
		const read = await queryRows<{ total: string }>(
			hearth.databaseUrl,
			'select count(*) as total from audit_events'
		);
		expect(Number(after[0]?.total)).toBeGreaterThan(Number(before[0]?.total)); // the sign-in
		expect(read[0]?.total).toBe(after[0]?.total);
		const lines = hearth.output.join('');
		expect(lines).not.toContain('minimum-wage');
		expect(lines).not.toContain('stopped-by-police');
	});

	it('shows a guide’s words as typed, never as markup', async () => {
		const coordinator = await signedIn(COORDINATOR);
		const path = await editPage(coordinator, 'pt');
		const saved = await coordinator.post(`${path}?/save`, {
			title: '<b>Salário</b> mínimo',
			body: '<script>alert(1)</script>\n\n- **<img src=x onerror=alert(2)>**',
			writtenOn: '2026-11-22',
			reviewBy: '2027-03-31',
			translatedFrom: 'en'
		});
		expect(saved.status).toBe(303);
		const page = await client().get(`${GUIDE}?lang=pt`);
		expect(page.body).not.toContain('<script>alert');
		expect(page.body).not.toContain('<img src=x');
		expect(page.body).toContain('&lt;script>alert(1)&lt;/script>');
		expect(page.body).toContain('<strong>&lt;img src=x onerror=alert(2)></strong>');
		expect(title(page.body)).toBe('<b>Salário</b> mínimo');
	});

	describe('a guide too long to keep', () => {
		const fields = (body: string) => ({
			title: 'Salariul minim',
			body,
			writtenOn: '2026-11-22',
			reviewBy: '2027-03-31',
			translatedFrom: 'en'
		});

		it('is answered with the form’s own message and the text kept, up to the 2 MB limit', async () => {
			const coordinator = await signedIn(COORDINATOR);
			const path = await editPage(coordinator, 'ro');
			const kept = await storedBody('ro');
			// Just over the guide's limit, and almost 2 MB: the same answer.
			for (const size of [102_401, 1_900_000]) {
				const body = `## Prea lung\n\n${'salariu '.repeat(Math.ceil(size / 8))}`;
				const answer = await coordinator.post(`${path}?/save`, fields(body));
				expect(answer.status, String(size)).toBe(400);
				expect(title(answer.body)).toMatch(/^Error: /);
				expect(words(answer.body)).toContain(message('guides.bodyTooLong'));
				expect(answer.body).toContain('href="#field-body"');
				expect(fieldValue(answer.body, 'body') === body, 'the text is kept').toBe(true);
				expect(fieldValue(answer.body, 'title')).toBe('Salariul minim');
			}
			expect(await storedBody('ro')).toBe(kept);
		});

		it('over 2 MB is refused by the server with the calm “too large” page, the guide unchanged', async () => {
			const coordinator = await signedIn(COORDINATOR);
			const path = await editPage(coordinator, 'ro');
			const kept = await storedBody('ro');
			const answer = await coordinator.post(`${path}?/save`, fields('m'.repeat(2_200_000)), {
				'accept-language': 'ro'
			});
			expect(answer.status).toBe(413);
			expect(answer.headers.get('content-type')).toMatch(/^text\/html/);
			// In the person's language, with the way back.
			expect(title(answer.body)).toContain(ro['errors.tooLarge']);
			expect(words(answer.body)).toContain(ro['errors.tooLargeHelp']);
			expect(await storedBody('ro')).toBe(kept);
		});
	});

	it('keeps the coordinator’s pages to coordinators', async () => {
		const member = await signedIn(MEMBER);
		expect((await member.get('/c/demo/manage/guides')).status).toBe(403);
		const coordinator = await signedIn(COORDINATOR);
		const path = await editPage(coordinator, 'ro');
		expect((await member.post(`${path}?/save`, { title: 'x', body: 'y' })).status).toBe(403);
		expect((await member.post(`${path.replace(/\/ro$/, '')}?/remove`, {})).status).toBe(403);
		// A language the centre does not offer, or an address that is not a guide: not found.
		expect((await coordinator.get(path.replace(/\/ro$/, '/xx'))).status).toBe(404);
		expect((await coordinator.get('/c/demo/manage/guides/not-a-guide')).status).toBe(404);
	});
});
