import http from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../src/lib/i18n/messages/en';
import { es } from '../../src/lib/i18n/messages/es';
import { pl } from '../../src/lib/i18n/messages/pl';
import {
	cookieAttributes,
	decodeHtml,
	HttpClient,
	showsStackTrace,
	type Answer,
	setUpCentre
} from '../support/http-client';
import { startHearth, type RunningHearth } from '../support/server';

const SLUG = 'testing-centre';
const CENTRE = `/c/${SLUG}`;
const COORDINATOR = 'Testing Coordinator';
const PASSPHRASE = 'lanterns over the river';

/** The headers every HTML page must carry, and no script of any kind. */
function expectSecureHtml(answer: Answer): void {
	const where = `${answer.method} ${answer.path} (${answer.status})`;
	expect(answer.headers.get('content-type'), where).toMatch(/^text\/html/);
	const policy = answer.headers.get('content-security-policy') ?? '';
	const directives = policy.split(';').map((directive) => directive.trim());
	expect(directives, where).toContain("default-src 'none'");
	expect(directives, where).toContain("frame-ancestors 'none'");
	expect(policy, where).not.toContain('unsafe-inline');
	expect(policy, where).not.toContain('unsafe-eval');
	expect(answer.headers.get('x-content-type-options'), where).toBe('nosniff');
	expect(answer.headers.get('referrer-policy'), where).toBe('no-referrer');
	expect(answer.headers.get('permissions-policy'), where).toMatch(/camera=\(\)/);
	expect(answer.headers.get('x-frame-options'), where).toBe('DENY');
	expect(answer.body, where).not.toMatch(/<script/i);
}

function title(answer: Answer): string {
	return /<title>([\s\S]*?)<\/title>/.exec(answer.body)?.[1] ?? '';
}

function htmlTag(answer: Answer): string {
	return /<html[^>]*>/.exec(answer.body)?.[0] ?? '';
}

interface RawAnswer {
	status: number;
	headers: http.IncomingHttpHeaders;
	body: Buffer;
}

/** A GET that leaves the body as sent: fetch would undo the compression this looks at. */
function rawGet(url: string, headers: Record<string, string>): Promise<RawAnswer> {
	return new Promise((resolve, reject) => {
		http
			.get(url, { headers }, (response) => {
				const chunks: Buffer[] = [];
				response.on('data', (chunk: Buffer) => chunks.push(chunk));
				response.on('end', () =>
					resolve({
						status: response.statusCode ?? 0,
						headers: response.headers,
						body: Buffer.concat(chunks)
					})
				);
				response.on('error', reject);
			})
			.on('error', reject);
	});
}

describe('security at the HTTP boundary', () => {
	let hearth: RunningHearth;
	let coordinator: HttpClient;
	let setUp: Answer;
	const traces: string[] = [];
	const client = () =>
		new HttpClient(hearth.url, {
			observe: (answer) => {
				if (showsStackTrace(answer.body)) traces.push(`${answer.method} ${answer.path}`);
			}
		});

	/** Someone new who joins the centre, signed in on the client returned. */
	async function newMember(chosenName: string): Promise<HttpClient> {
		const person = client();
		const joined = await person.post(`${CENTRE}/join`, {
			chosenName,
			passphrase: PASSPHRASE,
			passphraseAgain: PASSPHRASE
		});
		expect(joined.status).toBe(303);
		return person;
	}

	async function signedIn(chosenName: string, next = ''): Promise<[HttpClient, Answer]> {
		const person = client();
		const answer = await person.post(`/sign-in${next}`, { chosenName, passphrase: PASSPHRASE });
		expect(answer.status).toBe(303);
		return [person, answer];
	}

	beforeAll(async () => {
		hearth = await startHearth();
	});
	afterAll(() => hearth?.stop());

	it('sends the security headers and no script before any centre exists', async () => {
		const visitor = client();
		for (const path of ['/', '/setup']) {
			const answer = await visitor.get(path);
			expect(answer.status, path).toBe(200);
			expectSecureHtml(answer);
		}
	});

	describe('once a centre exists', () => {
		beforeAll(async () => {
			coordinator = client();
			setUp = await setUpCentre(coordinator, {
				name: 'Testing Centre',
				chosenName: COORDINATOR,
				passphrase: PASSPHRASE
			});
			expect(setUp.status).toBe(303);
			expect(setUp.location).toBe(`${CENTRE}/manage`);
		});

		describe('headers and markup', () => {
			it('sends them on every page a visitor sees, errors included', async () => {
				const visitor = client();
				const pages: [string, number][] = [
					['/sign-in', 200],
					['/sign-in/code', 200],
					[CENTRE, 200],
					[`${CENTRE}/join`, 200],
					['/signed-out', 200],
					['/no-such-page', 404],
					['/c/no-such-centre', 404]
				];
				for (const [path, status] of pages) {
					const answer = await visitor.get(path);
					expect(answer.status, path).toBe(status);
					expectSecureHtml(answer);
				}
				const problem = await visitor.post('/sign-in', { chosenName: '', passphrase: '' });
				expect(problem.status).toBe(400);
				expectSecureHtml(problem);
				const wrongMethod = await visitor.post(CENTRE, { anything: 'at all' });
				expect(wrongMethod.status).toBe(405);
				expectSecureHtml(wrongMethod);
				const tooLarge = await visitor.post('/sign-in', { chosenName: 'x'.repeat(2_500_000) });
				expect(tooLarge.status).toBe(413);
				expectSecureHtml(tooLarge);
			});

			it('sends them on every page a coordinator sees', async () => {
				for (const path of [
					CENTRE,
					'/account',
					`${CENTRE}/manage`,
					`${CENTRE}/manage/details`,
					`${CENTRE}/manage/hours`,
					`${CENTRE}/manage/enrol`,
					`${CENTRE}/manage/people`
				]) {
					const answer = await coordinator.get(path);
					expect(answer.status, path).toBe(200);
					expectSecureHtml(answer);
				}
			});

			it('sends them on the page that turns a member away', async () => {
				const member = await newMember('Member Without Roles');
				const answer = await member.get(`${CENTRE}/manage`);
				expect(answer.status).toBe(403);
				expectSecureHtml(answer);
			});

			it('shows a name full of markup as text, wherever it appears', async () => {
				const name = '<script>alert(1)</script>';
				const member = await newMember(name);
				for (const [who, path] of [
					[member, '/account'],
					[coordinator, `${CENTRE}/manage/people`]
				] as const) {
					const answer = await who.get(path);
					expect(answer.status).toBe(200);
					expect(decodeHtml(answer.body)).toContain(name);
					expectSecureHtml(answer);
				}
			});
		});

		describe('forms sent from another site', () => {
			it('refuses a cross-site post, and the session it aimed at lives on', async () => {
				const [person] = await signedIn(COORDINATOR);
				for (const action of ['signOut', 'signOutEverywhere']) {
					const answer = await person.post(`/account?/${action}`, '', {
						'sec-fetch-site': 'cross-site',
						origin: 'https://evil.example'
					});
					expect(answer.status).toBe(403);
					expect(answer.body).toBe(en['errors.crossSite']);
					expect(answer.headers.get('x-content-type-options')).toBe('nosniff');
					expect(answer.setCookies).toEqual([]);
				}
				expect((await person.get('/account')).status).toBe(200);
			});

			it('changes nothing when a cross-site post carries valid data', async () => {
				const opening = { weekday: '3', opens: '07:15', closes: '08:45' };
				const answer = await coordinator.post(`${CENTRE}/manage/hours?/addOpening`, opening, {
					'sec-fetch-site': 'cross-site'
				});
				expect(answer.status).toBe(403);
				const hours = await coordinator.get(`${CENTRE}/manage/hours`);
				expect(hours.body).not.toContain('07:15');
			});

			it('refuses posts that only a browser on another site, or no browser, would send', async () => {
				const visitor = client();
				const refused: Record<string, string | null>[] = [
					{ 'sec-fetch-site': null, origin: 'https://evil.example' },
					{ 'sec-fetch-site': null, origin: null },
					{ 'sec-fetch-site': null, origin: 'null' },
					{ 'sec-fetch-site': null, origin: hearth.url.replace('http:', 'https:') },
					{ 'sec-fetch-site': 'same-site' },
					{ 'sec-fetch-site': 'none' }
				];
				for (const headers of refused) {
					const answer = await visitor.post('/sign-in', { chosenName: COORDINATOR }, headers);
					expect(answer.status, JSON.stringify(headers)).toBe(403);
				}
			});

			it('accepts a post from a browser that names this site as its origin', async () => {
				const [person] = await signedIn(COORDINATOR);
				const answer = await person.post('/account?/signOut', '', { 'sec-fetch-site': null });
				expect(answer.status).toBe(303);
				expect(answer.location).toBe('/signed-out');
				expect((await person.get('/account')).status).toBe(303);
			});
		});

		describe('the session cookie', () => {
			it('is HttpOnly, SameSite=Lax, for the whole site, and not Secure over plain HTTP', async () => {
				const [, signIn] = await signedIn(COORDINATOR);
				for (const answer of [setUp, signIn]) {
					const line = answer.setCookies.find((cookie) => cookie.startsWith('hearth_session='));
					expect(line).toBeDefined();
					const attributes = cookieAttributes(line ?? '');
					expect(attributes.has('httponly')).toBe(true);
					expect(attributes.get('samesite')?.toLowerCase()).toBe('lax');
					expect(attributes.get('path')).toBe('/');
					expect(attributes.has('secure')).toBe(false);
				}
			});

			it('keeps every page seen while signed in out of caches', async () => {
				for (const path of [CENTRE, '/account', `${CENTRE}/manage`, '/sign-in', '/no-such-page']) {
					const answer = await coordinator.get(path);
					expect(answer.headers.get('cache-control'), path).toBe('no-store');
				}
			});

			it('stops working after signing out, even when sent again', async () => {
				const [person] = await signedIn(COORDINATOR);
				const stolen = person.copy();
				expect((await person.get('/account')).status).toBe(200);
				const out = await person.post('/account?/signOut', '');
				expect(out.status).toBe(303);
				expect(out.location).toBe('/signed-out');
				const cleared = out.setCookies.find((cookie) => cookie.startsWith('hearth_session='));
				expect(cookieAttributes(cleared ?? '').get('max-age')).toBe('0');
				for (const browser of [person, stolen]) {
					const answer = await browser.get('/account');
					expect(answer.status).toBe(303);
					expect(answer.location).toBe('/sign-in?next=%2Faccount');
				}
			});

			it('signs out every other phone or computer with “sign out everywhere”', async () => {
				const name = 'Person With Two Phones';
				await newMember(name);
				const [phone] = await signedIn(name);
				const [laptop] = await signedIn(name);
				expect((await phone.get('/account')).status).toBe(200);
				expect((await laptop.get('/account')).status).toBe(200);
				const out = await phone.post('/account?/signOutEverywhere', '');
				expect(out.status).toBe(303);
				expect(out.location).toBe('/signed-out?everywhere=1');
				const later = await laptop.get('/account');
				expect(later.status).toBe(303);
				expect(later.location).toBe('/sign-in?next=%2Faccount');
				expect(laptop.cookies.has('hearth_session')).toBe(false);
			});
		});

		describe('probes', () => {
			it.each([
				['/healthz', 'ok'],
				['/readyz', 'ready']
			])('%s answers a short JSON status', async (path, status) => {
				const answer = await client().get(path);
				expect(answer.status).toBe(200);
				expect(answer.headers.get('content-type')).toMatch(/^application\/json/);
				expect(JSON.parse(answer.body)).toEqual({ status });
				expect(Buffer.byteLength(answer.body)).toBeLessThan(100);
			});
		});

		describe('errors', () => {
			it('answers an unknown address with the calm page, in the person’s language', async () => {
				const answer = await client().get('/no-such-page');
				expect(answer.status).toBe(404);
				expect(title(answer)).toContain(en['errors.notFound']);
				expect(answer.body).toContain(en['errors.notFoundHelp']);
				const spanish = await client().get('/no-such-page', { 'accept-language': 'es' });
				expect(spanish.status).toBe(404);
				expect(title(spanish)).toContain(es['errors.notFound']);
			});

			it('answers an unknown action or a wrong method with a 4xx, never a 500', async () => {
				const visitor = client();
				const sameSite = { origin: hearth.url, 'sec-fetch-site': 'same-origin' };
				const form = { 'content-type': 'application/x-www-form-urlencoded', ...sameSite };
				const cases: [HttpClient, string, string, string | undefined, number][] = [
					[visitor, 'POST', '/sign-in?/nothing', 'a=b', 404],
					[visitor, 'POST', '/sign-in?/', 'a=b', 404],
					// A page with named actions has no default one.
					[coordinator, 'POST', `${CENTRE}/manage/hours`, 'a=b', 404],
					[visitor, 'POST', CENTRE, 'a=b', 405],
					[visitor, 'PUT', '/sign-in', 'a=b', 405],
					[visitor, 'DELETE', '/account', undefined, 405],
					[visitor, 'PATCH', '/language', 'locale=es', 405],
					[visitor, 'POST', '/healthz', 'a=b', 405],
					[visitor, 'GET', '/language', undefined, 303]
				];
				for (const [who, method, path, body, status] of cases) {
					const answer = await who.send(method, path, body, form);
					expect(answer.status, `${method} ${path}`).toBe(status);
				}
				const notAllowed = await visitor.post(CENTRE, 'a=b');
				expect(title(notAllowed)).toContain(en['errors.notAllowed']);
				const json = await visitor.post('/sign-in', '{"chosenName":"x"}', {
					'content-type': 'application/json'
				});
				expect(json.status).toBe(415);
			});
		});

		describe('compression', () => {
			it('compresses pages for browsers that accept it, and only for them', async () => {
				const url = `${hearth.url}/sign-in`;
				const plain = await rawGet(url, { accept: 'text/html' });
				expect(plain.headers['content-encoding']).toBeUndefined();
				const html = plain.body.toString('utf8');
				expect(html).toMatch(/^<!doctype html>/);

				const gzipped = await rawGet(url, { accept: 'text/html', 'accept-encoding': 'gzip' });
				expect(gzipped.status).toBe(200);
				expect(gzipped.headers['content-encoding']).toBe('gzip');
				expect(gzipped.headers.vary).toMatch(/Accept-Encoding/i);
				expect(Number(gzipped.headers['content-length'])).toBe(gzipped.body.length);
				expect(gzipped.body.length).toBeLessThan(plain.body.length / 2);
				expect(gunzipSync(gzipped.body).toString('utf8')).toBe(html);

				const brotli = await rawGet(url, { accept: 'text/html', 'accept-encoding': 'gzip, br' });
				expect(brotli.headers['content-encoding']).toBe('br');
				expect(brotliDecompressSync(brotli.body).toString('utf8')).toBe(html);
			});
		});

		describe('language', () => {
			it('remembers a chosen language and returns to the page', async () => {
				const visitor = client();
				const answer = await visitor.post('/language', { locale: 'ar', return: '/sign-in' });
				expect(answer.status).toBe(303);
				expect(answer.location).toBe('/sign-in');
				const cookie = answer.setCookies.find((line) => line.startsWith('hearth_lang=ar'));
				expect(cookie).toBeDefined();
				expect(cookieAttributes(cookie ?? '').has('httponly')).toBe(true);
				const page = await visitor.follow(answer);
				expect(page.status).toBe(200);
				expect(htmlTag(page)).toBe('<html lang="ar" dir="rtl">');
			});

			it.each(['https://evil.example', '//evil.example', '/\\evil.example', '/\t/evil.example'])(
				'returns home instead of to %j',
				async (target) => {
					const answer = await client().post('/language', { locale: 'es', return: target });
					expect(answer.status).toBe(303);
					expect(answer.location).toBe('/');
				}
			);

			it.each(['https://evil.example', '//evil.example', '/\t/evil.example', '/\n/evil.example'])(
				'after signing in, goes home instead of to %j',
				async (target) => {
					const [, answer] = await signedIn(COORDINATOR, `?next=${encodeURIComponent(target)}`);
					expect(answer.location).toBe('/');
				}
			);

			it('after signing in, goes on to the page that asked for it', async () => {
				const [, answer] = await signedIn(COORDINATOR, `?next=${encodeURIComponent('/account')}`);
				expect(answer.location).toBe('/account');
			});

			it('speaks the browser’s language when none was chosen', async () => {
				const answer = await client().get('/sign-in', { 'accept-language': 'pl-PL,pl;q=0.9' });
				expect(answer.status).toBe(200);
				expect(htmlTag(answer)).toBe('<html lang="pl" dir="ltr">');
				expect(title(answer)).toContain(pl['signIn.title']);
			});
		});
	});

	it('never showed a stack trace or logged a failure with status 500', () => {
		expect(traces).toEqual([]);
		const failures = hearth.output
			.join('')
			.split('\n')
			.filter((line) => line.includes('"request.failed"') && line.includes('"status":500'));
		expect(failures).toEqual([]);
	});
});
