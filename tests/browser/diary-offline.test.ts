import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, hasChromium, openBrowser, type Browsing } from '../support/browser';
import { DEMO_PASSPHRASE, signIn, signOut } from '../support/journeys';
import { queryRows } from '../support/pages';
import { startHearth, type RunningHearth } from '../support/server';

// Wednesday 25 November 2026, 15:00 in London.
const CLOCK = '2026-11-25T15:00:00Z';
const MEMBER = 'Grace (demo)';

interface NightShift {
	startsOn: string;
	startTime: string;
	endTime: string;
}

// A week of nights: Saturday and Sunday, then Monday to Wednesday.
const NIGHTS: NightShift[] = [
	{ startsOn: '2026-11-23', startTime: '22:00', endTime: '06:00' },
	{ startsOn: '2026-11-24', startTime: '23:00', endTime: '07:00' },
	{ startsOn: '2026-11-25', startTime: '21:30', endTime: '05:30' },
	{ startsOn: '2026-11-21', startTime: '22:00', endTime: '06:00' },
	{ startsOn: '2026-11-22', startTime: '22:00', endTime: '06:00' }
];

// Only with JavaScript: without it the diary is plain forms, which its own journey walks.
describe.skipIf(!hasChromium)('the hours diary with no connection, JavaScript on', () => {
	let hearth: RunningHearth;
	let browsing: Browsing;
	beforeAll(async () => {
		hearth = await startHearth({ HEARTH_DEMO: '1', HEARTH_CLOCK_START: CLOCK });
		browsing = await openBrowser(true);
	});
	afterAll(async () => {
		await browsing?.close();
		await hearth?.stop();
	});

	const status = () => browsing.page.locator('.diary-offline-status');
	const kept = () => browsing.page.locator('.diary-offline-kept li');

	async function fillNight(night: NightShift): Promise<void> {
		const form = browsing.page.locator('form[action="?/add"]');
		await form.locator('input[name="startsOn"]').fill(night.startsOn);
		await form.locator('input[name="startTime"]').fill(night.startTime);
		await form.locator('input[name="endTime"]').fill(night.endTime);
		await form.locator('input[name="endsNextDay"]').check();
		await form.locator('input[name="employerName"]').fill('Night Kitchens Ltd');
	}

	const saveButton = () => browsing.page.locator('form[action="?/add"] button[type="submit"]');

	it('keeps a week of night shifts on the phone while offline, sends each once when back, and shows what is owed', async () => {
		const { page, context } = browsing;
		const diary = `${hearth.url}/c/demo/diary`;

		await signIn(browsing, hearth.url, MEMBER, DEMO_PASSPHRASE);
		await page.goto(diary);
		expect(await page.locator('link[rel="manifest"]').getAttribute('href')).toBe(
			'/c/demo/diary/manifest.webmanifest'
		);
		const scope = await page.evaluate(async () => {
			const registration = await navigator.serviceWorker.ready;
			return registration.scope;
		});
		expect(scope).toBe(diary);
		// Once the worker controls the page, the diary page goes through it and is kept.
		await page.reload();
		await expect
			.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null))
			.toBe(true);
		await expectAccessible(browsing);

		await context.setOffline(true);
		await expect.poll(() => status().textContent()).toContain('You are offline.');

		const firstId = await page.locator('input[name="clientId"]').inputValue();
		await fillNight(NIGHTS[0] as NightShift);
		await saveButton().click();
		// The form is emptied for the next shift, with a new client id.
		expect(await page.locator('input[name="clientId"]').inputValue()).not.toBe(firstId);
		expect(await page.locator('input[name="startTime"]').inputValue()).toBe('');

		// The member presses twice: the second press finds the form empty and keeps nothing more.
		await fillNight(NIGHTS[1] as NightShift);
		await saveButton().dblclick();

		for (const night of NIGHTS.slice(2)) {
			await fillNight(night);
			await saveButton().click();
		}

		await expect.poll(() => kept().count()).toBe(5);
		await expect(status().textContent()).resolves.toBe(
			'Kept on this phone: 5 shifts. They will be sent when you are back online.'
		);
		await expect(kept().first().textContent()).resolves.toContain('22:00 to 06:00 the next day');
		await expectAccessible(browsing);

		// Still offline, the diary opens again from the phone and still lists what is kept. The
		// worker cannot reach Hearth either, so the page comes from its kept copy.
		const [worker] = context.serviceWorkers();
		expect(
			await worker?.evaluate(() =>
				fetch('/healthz').then(
					() => 'reached',
					() => 'unreachable'
				)
			)
		).toBe('unreachable');
		await page.reload();
		await expect(page.locator('h1').textContent()).resolves.toBeTruthy();
		await expect.poll(() => kept().count()).toBe(5);
		expect(await page.evaluate(() => navigator.onLine)).toBe(false);
		const rowsWhileOffline = await nightRows('2026-11-21');
		expect(rowsWhileOffline).toEqual([]);

		await context.setOffline(false);
		await expect
			.poll(() => status().textContent(), { timeout: 15_000 })
			.toBe('Sent: 5 shifts from this phone are now in your diary.');
		await expect.poll(() => kept().count()).toBe(0);
		await expectAccessible(browsing);
		await expect(page.locator('main').textContent()).resolves.toContain('Night Kitchens Ltd');

		// Exactly the five nights, at the times written, none twice.
		expect(await nightRows('2026-11-21')).toEqual([
			{ starts: '2026-11-21T22:00:00.000Z', ends: '2026-11-22T06:00:00.000Z' },
			{ starts: '2026-11-22T22:00:00.000Z', ends: '2026-11-23T06:00:00.000Z' },
			{ starts: '2026-11-23T22:00:00.000Z', ends: '2026-11-24T06:00:00.000Z' },
			{ starts: '2026-11-24T23:00:00.000Z', ends: '2026-11-25T07:00:00.000Z' },
			{ starts: '2026-11-25T21:30:00.000Z', ends: '2026-11-26T05:30:00.000Z' }
		]);

		// What the week is owed, with its explanation. The demo gives Grace a date of birth (she is
		// 38: the National Living Wage, £12.71 from April 2026) and weekly pay from Monday. No pay
		// was written down, so none counts: two nights in the week of 16 November (16 hours,
		// £203.36) and three in the week of 23 November (24 hours, £305.04): £508.40 in all.
		await page.goto(`${hearth.url}/c/demo/diary/owed`);
		await page.locator('input[name="from"]').fill('2026-11-21');
		await page.locator('input[name="to"]').fill('2026-11-29');
		await Promise.all([
			page.waitForURL(/owed\?/),
			page.locator('form[method="get"] button[type="submit"]').click()
		]);
		await expectAccessible(browsing);
		const owed = (await page.locator('main').textContent()) ?? '';
		expect(owed).toContain('£508.40');
		expect(owed).toContain('£203.36');
		expect(owed).toContain('£305.04');
		expect(owed).toContain('£12.71');
	});

	it('keeps a shift whose post fails on the way, though the phone thinks it is online', async () => {
		const { page, context } = browsing;
		await page.goto(`${hearth.url}/c/demo/diary`);
		await expect
			.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null))
			.toBe(true);
		// The signal drops just as the shift is sent: the post never reaches Hearth.
		await context.route(
			(url) => url.pathname === '/c/demo/diary' && url.search === '?/add',
			(route) => route.abort('internetdisconnected')
		);
		const night = { startsOn: '2026-11-20', startTime: '20:00', endTime: '04:00' };
		await fillNight(night);
		await Promise.all([page.waitForURL(/\/c\/demo\/diary$/), saveButton().click()]);
		await context.unrouteAll();
		// The diary page opens again, finds the shift the worker kept, and sends it.
		await expect
			.poll(() => status().textContent(), { timeout: 15_000 })
			.toBe('Sent: 1 shift from this phone is now in your diary.');
		expect(await nightRows('2026-11-20', '2026-11-21')).toEqual([
			{ starts: '2026-11-20T20:00:00.000Z', ends: '2026-11-21T04:00:00.000Z' }
		]);
	});

	it('shows a kept shift Hearth refused beside its problem, to fix in the form', async () => {
		const { page, context } = browsing;
		await page.goto(`${hearth.url}/c/demo/diary`);
		await context.setOffline(true);
		await expect.poll(() => status().textContent()).toContain('You are offline.');
		// The end of the night, but the box for "ended the next day" left unticked.
		const form = page.locator('form[action="?/add"]');
		await form.locator('input[name="startsOn"]').fill('2026-11-18');
		await form.locator('input[name="startTime"]').fill('22:00');
		await form.locator('input[name="endTime"]').fill('06:00');
		await saveButton().click();
		await expect.poll(() => kept().count()).toBe(1);

		await context.setOffline(false);
		await expect
			.poll(() => kept().first().textContent(), { timeout: 15_000 })
			.toContain('The shift ends before it starts');
		await expectAccessible(browsing);

		await kept().first().getByRole('button', { name: 'Put back in the form' }).click();
		await expect.poll(() => kept().count()).toBe(0);
		expect(await form.locator('input[name="startTime"]').inputValue()).toBe('22:00');
		await form.locator('input[name="endsNextDay"]').check();
		await Promise.all([page.waitForURL(/done=saved/), saveButton().click()]);
		expect(await nightRows('2026-11-18', '2026-11-19')).toEqual([
			{ starts: '2026-11-18T22:00:00.000Z', ends: '2026-11-19T06:00:00.000Z' }
		]);
	});

	it('forgets the kept diary page once the member has signed out', async () => {
		const { page } = browsing;
		const keptCopies = () =>
			page.evaluate(async () => {
				const cache = await caches.open('hearth-diary-pages-v1');
				const pages = await cache.keys();
				return pages.filter((request) => new URL(request.url).pathname === '/c/demo/diary').length;
			});
		expect(await keptCopies()).toBeGreaterThan(0);
		await signOut(browsing, hearth.url);
		await page.goto(`${hearth.url}/c/demo/diary`);
		expect(new URL(page.url()).pathname).toBe('/sign-in');
		expect(await keptCopies()).toBe(0);
	});

	async function nightRows(
		from = '2026-11-23',
		to = '2026-11-26'
	): Promise<{ starts: string; ends: string }[]> {
		const rows = await queryRows<{ starts_at: Date; ends_at: Date }>(
			hearth.databaseUrl,
			`select s.starts_at, s.ends_at from diary_shifts s
			 join accounts a on a.id = s.account_id
			 where a.chosen_name = $1 and s.starts_at >= $2 and s.starts_at < $3
			 order by s.starts_at`,
			[MEMBER, from, to]
		);
		return rows.map((row) => ({
			starts: row.starts_at.toISOString(),
			ends: row.ends_at.toISOString()
		}));
	}
});
