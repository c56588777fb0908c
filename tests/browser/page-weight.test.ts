import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, openBrowser, type Browsing } from '../support/browser';
import { signIn } from '../support/journeys';
import { queryRows } from '../support/pages';
import { startHearth, type RunningHearth } from '../support/server';

const BUDGET = 40 * 1024;

describe.skipIf(!hasChromium)('page weight', () => {
	let hearth: RunningHearth;
	let browsing: Browsing;
	const weights: Record<string, number> = {};
	beforeAll(async () => {
		hearth = await startHearth({ HEARTH_DEMO: '1' });
		browsing = await openBrowser(true);
	});
	afterAll(async () => {
		console.log('Bytes transferred on first load:', weights);
		await browsing?.close();
		await hearth?.stop();
	});

	/** Every byte a first visit transfers, headers included, from an empty cache. */
	async function weigh(path: string, label = path, script = false): Promise<number> {
		const { page, context } = browsing;
		const cdp = await context.newCDPSession(page);
		await cdp.send('Network.enable');
		await cdp.send('Network.clearBrowserCache');
		await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
		const hosts = new Set<string>();
		const types = new Set<string>();
		let bytes = 0;
		cdp.on('Network.responseReceived', (event) => {
			// Chromium draws its own date-picker icon from a data: address: nothing leaves the browser.
			if (event.response.url.startsWith('data:')) return;
			hosts.add(new URL(event.response.url).host);
			types.add(event.type);
		});
		cdp.on('Network.loadingFinished', (event) => (bytes += event.encodedDataLength));
		await page.goto(`${hearth.url}${path}`, { waitUntil: 'load' });
		await new Promise((resolve) => setTimeout(resolve, 300));
		await cdp.detach();
		expect([...hosts], `only this server is asked, on ${path}`).toEqual([new URL(hearth.url).host]);
		expect(types.has('Script'), `a script on ${path}: ${script}`).toBe(script);
		weights[label] = bytes;
		return bytes;
	}

	/** The address of the first service found for these words. */
	async function serviceLink(words: string): Promise<string> {
		const { page } = browsing;
		await page.goto(`${hearth.url}/c/demo/help?q=${encodeURIComponent(words)}`);
		const href = await page.locator('.results a').first().getAttribute('href');
		if (!href) throw new Error(`No service found for ${words}`);
		return href;
	}

	/** The first link on a page to one record under `prefix` (an address ending in its id). */
	async function recordLink(listPath: string, prefix: string): Promise<string> {
		const { page } = browsing;
		await page.goto(`${hearth.url}${listPath}`);
		const hrefs = await page
			.locator(`a[href^="${prefix}"]`)
			.evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
		const found = hrefs.find((href) => /[0-9a-f-]{36}$/.test(href));
		if (!found) throw new Error(`No link to a record under ${prefix} on ${listPath}`);
		return found;
	}

	it('keeps every page a member sees within 40 KB, compressed, on first load', async () => {
		for (const path of [
			'/',
			'/c/demo',
			'/c/demo/join',
			'/sign-in',
			'/sign-in/code',
			'/signed-out',
			'/no-such-page',
			'/c/demo/help',
			'/c/demo/help?q=clinica&open=tonight&noId=1',
			'/c/demo/drop-in'
		]) {
			expect(await weigh(path), path).toBeLessThanOrEqual(BUDGET);
		}
		expect(await weigh('/c/demo/drop-in/display', 'drop-in display', true)).toBeLessThanOrEqual(
			BUDGET
		);
		const service = await serviceLink('nurse');
		expect(await weigh(service, 'a service page'), service).toBeLessThanOrEqual(BUDGET);
		await browsing.page.goto(`${hearth.url}/c/demo`);
		await browsing.page.getByRole('button', { name: 'العربية' }).click();
		expect(await weigh('/c/demo', '/c/demo in Arabic'), '/c/demo in Arabic').toBeLessThanOrEqual(
			BUDGET
		);
		await browsing.page.getByRole('button', { name: 'English' }).click();
		await signIn(browsing, hearth.url, 'Mihai (demo)', 'open door warm kettle');
		expect(await weigh('/account'), '/account').toBeLessThanOrEqual(BUDGET);
		expect(await weigh('/c/demo/referrals'), '/c/demo/referrals').toBeLessThanOrEqual(BUDGET);
		const event = await recordLink('/c/demo/events', '/c/demo/events/');
		const course = await recordLink('/c/demo/courses', '/c/demo/courses/');
		const childcare = await recordLink('/c/demo/childcare', '/c/demo/childcare/');
		const room = await recordLink('/c/demo/rooms', '/c/demo/rooms/');
		const survey = await recordLink('/c/demo/surveys', '/c/demo/surveys/');
		const assembly = await recordLink('/c/demo/assemblies', '/c/demo/assemblies/');
		const vote = await recordLink(assembly, '/c/demo/assemblies/votes/');
		const proposal = await recordLink(assembly, '/c/demo/assemblies/proposals/');
		const memberCase = await recordLink('/c/demo/cases', '/c/demo/cases/');
		const campaign = await recordLink('/c/demo/campaigns', '/c/demo/campaigns/');
		const action = await recordLink('/c/demo/actions', '/c/demo/actions/');
		const [petition] = await queryRows<{ id: string }>(
			hearth.databaseUrl,
			'select id from petitions order by created_at limit 1'
		);
		for (const path of [
			'/c/demo/events',
			'/c/demo/events?view=night',
			event,
			'/c/demo/events/mine',
			'/c/demo/courses',
			course,
			'/c/demo/courses/mine',
			'/c/demo/childcare',
			childcare,
			'/c/demo/rota',
			'/c/demo/rota/skills',
			'/c/demo/rooms',
			room,
			'/c/demo/guides',
			'/c/demo/guides/minimum-wage',
			'/c/demo/surveys',
			survey,
			'/c/demo/plan',
			'/c/demo/plan/edit',
			'/c/demo/plan/versions',
			'/c/demo/mutual',
			'/c/demo/assemblies',
			assembly,
			proposal,
			vote,
			'/c/demo/assemblies/receipt',
			'/c/demo/advisers',
			'/c/demo/advisers/meet',
			'/c/demo/appointments',
			'/c/demo/appointments/new',
			'/c/demo/wages',
			'/c/demo/cases',
			memberCase,
			`${memberCase}/letter`,
			'/c/demo/employers/report',
			'/c/demo/campaigns',
			campaign,
			'/c/demo/actions',
			action,
			`/c/demo/petitions/${petition?.id}`,
			'/c/demo/messages',
			'/c/demo/messages/settings',
			'/c/demo/organising'
		]) {
			expect(await weigh(path), path).toBeLessThanOrEqual(BUDGET);
		}
		// The hours diary's pages carry the one script that keeps shifts on the phone offline.
		for (const path of ['/c/demo/diary', '/c/demo/diary/settings', '/c/demo/diary/owed']) {
			expect(await weigh(path, path, true), path).toBeLessThanOrEqual(BUDGET);
		}
	});

	it('reflows at 400% zoom and keeps its content in forced colours', async () => {
		const { page } = browsing;
		// 400% zoom of a 1280-pixel screen leaves 320 CSS pixels: nothing may need a sideways scroll.
		await page.setViewportSize({ width: 320, height: 640 });
		const service = await serviceLink('nurse');
		for (const path of [
			'/',
			'/c/demo',
			'/c/demo/join',
			'/sign-in',
			'/sign-in/code',
			'/account',
			'/c/demo/help?q=food&open=any&free=1',
			service,
			'/c/demo/referrals',
			'/c/demo/events',
			'/c/demo/courses',
			'/c/demo/childcare',
			'/c/demo/rooms',
			'/c/demo/rota',
			'/c/demo/guides/minimum-wage',
			'/c/demo/plan',
			'/c/demo/plan/edit',
			'/c/demo/wages',
			'/c/demo/diary',
			'/c/demo/diary/owed',
			'/c/demo/cases'
		]) {
			await page.goto(`${hearth.url}${path}`);
			const overflow = await page.evaluate(
				() => document.documentElement.scrollWidth - window.innerWidth
			);
			expect(overflow, path).toBeLessThanOrEqual(0);
		}
		await page.emulateMedia({ forcedColors: 'active' });
		await page.goto(`${hearth.url}/c/demo`);
		await expect(page.locator('.status').isVisible()).resolves.toBe(true);
		const border = await page
			.locator('.status')
			.evaluate((el) => getComputedStyle(el).borderTopStyle);
		expect(border).toBe('solid');
		await page.emulateMedia({ forcedColors: 'none' });
		await page.setViewportSize({ width: 1280, height: 720 });
	});
});
