import { afterAll, beforeAll, describe, it } from 'vitest';
import { startHearth, type RunningHearth } from '../support/server';
import { HttpClient, controls } from '../support/http-client';

describe('scratch', () => {
	let hearth: RunningHearth;
	beforeAll(async () => {
		hearth = await startHearth();
	});
	afterAll(() => hearth.stop());
	it('explores', async () => {
		const c = new HttpClient(hearth.url);
		const show = (a: { status: number; location: string | null; body: string; headers: Headers; setCookies: string[] }, n = 300) =>
			console.log(a.status, a.location, a.setCookies, [...a.headers].filter(([k]) => !k.startsWith('content-sec')), a.body.slice(0, n));
		show(await c.post('/sign-in', { chosenName: '<script>alert(1)</script>', passphrase: 'x' }), 4000);
		const big = 'y'.repeat(2_500_000);
		show(await c.post('/sign-in', { chosenName: big, passphrase: 'x' }), 2000);
		show(await c.post('/setup', { name: '', chosenName: ['a', 'b'] }), 200);
		const s = await c.post('/setup', { name: 'Testing Centre', timeZone: 'Europe/London', locales: 'en', defaultLocale: 'en', chosenName: 'Testing Coordinator', passphrase: 'lanterns over the river', passphraseAgain: 'lanterns over the river' });
		show(s);
		show(await c.post('/setup', { name: '' }));
		show(await c.post('/language', { locale: 'ar', return: '/\t/evil.example' }));
		show(await c.post('/language', { locale: 'ar', return: '/\n/evil.example' }));
		show(await c.post('/sign-in?/nothing', { a: 'b' }));
		show(await c.post('/c/testing-centre', { a: 'b' }));
		show(await c.send('PUT', '/sign-in', 'a=b', {}));
		show(await c.post('/sign-in', '{"a":1}', { 'content-type': 'application/json' }));
		const h = await c.get('/c/testing-centre/manage/hours');
		console.log(controls(h.body).map((x) => [x.tag, [...x.attributes]]));
		show(await c.post('/c/testing-centre/manage/hours?/removeOpening', { id: 'zzz' }));
		console.log(hearth.output.join(''));
	});
});
