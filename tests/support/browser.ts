import { createHash } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { expect } from 'vitest';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const axeSource = fs.readFileSync(
	createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
	'utf8'
);

/**
 * axe is half a megabyte of script, and compiling it afresh on every page took as long as the
 * check itself. Served from a local address with a long cache life, Chromium keeps its compiled
 * code and each later page only loads it.
 */
let axeAddress: Promise<string> | undefined;
function axeUrl(): Promise<string> {
	axeAddress ??= new Promise((resolve, reject) => {
		const server = http.createServer((_request, response) => {
			response.writeHead(200, {
				'content-type': 'text/javascript',
				'cache-control': 'public, max-age=86400, immutable'
			});
			response.end(axeSource);
		});
		server.on('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			server.unref();
			resolve(
				`http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/axe.min.js`
			);
		});
	});
	return axeAddress;
}

/**
 * Browser journeys need Chromium. Where none is installed they are skipped, except in CI, where
 * a missing browser is a failure rather than a silent pass.
 */
export const hasChromium = fs.existsSync(CHROMIUM);
if (!hasChromium && (process.env.CI || process.env.HEARTH_REQUIRE_BROWSER)) {
	throw new Error(`Browser tests are required here, but Chromium is not at ${CHROMIUM}.`);
}

export interface Browsing {
	context: BrowserContext;
	page: Page;
	javaScript: boolean;
	/** With JavaScript off, a second, scripted browser where axe checks a copy of each page. */
	checker?: { context: BrowserContext; page: Page };
	close(): Promise<void>;
}

async function launch(javaScript: boolean, locale: string) {
	const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'hearth-chromium-'));
	const context = await chromium.launchPersistentContext(profile, {
		executablePath: CHROMIUM,
		headless: true,
		javaScriptEnabled: javaScript,
		bypassCSP: true,
		locale,
		args: [
			'--no-sandbox',
			'--disable-gpu',
			'--disable-quic',
			'--no-first-run',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync'
		]
	});
	const page = context.pages()[0] ?? (await context.newPage());
	return {
		context,
		page,
		async close() {
			await context.close();
			fs.rmSync(profile, { recursive: true, force: true });
		}
	};
}

export async function openBrowser(javaScript: boolean, locale = 'en-GB'): Promise<Browsing> {
	const main = await launch(javaScript, locale);
	// axe cannot run in a page whose scripts are off (its timers never fire), so with JavaScript
	// off each page's markup is copied into a scripted page, styles and all, and checked there.
	const checker = javaScript ? undefined : await launch(true, locale);
	return {
		context: main.context,
		page: main.page,
		javaScript,
		checker,
		async close() {
			await main.close();
			await checker?.close();
		}
	};
}

/**
 * Markup that already passed axe in this test process: journeys come back to the same page
 * (a sign-in form, an unchanged list) many times, and the same markup under the same styles
 * gives the same result.
 */
const passedMarkup = new Set<string>();

/** Runs axe on the page and fails on any violation. */
export async function expectAccessible(browsing: Browsing): Promise<void> {
	const html = await browsing.page.content();
	const fingerprint = createHash('sha256').update(html).digest('base64');
	if (passedMarkup.has(fingerprint)) return;
	let target = browsing.page;
	if (browsing.checker) {
		const base = `<base href="${new URL('.', browsing.page.url()).toString()}">`;
		target = browsing.checker.page;
		await target.setContent(html.replace(/<head>/i, `<head>${base}`), { waitUntil: 'load' });
	}
	await target.addScriptTag({ url: await axeUrl() });
	const violations = await target.evaluate(async () => {
		const axe = (
			window as unknown as {
				axe: {
					run(d: Document): Promise<{
						violations: { id: string; impact: string; nodes: { target: string[] }[] }[];
					}>;
				};
			}
		).axe;
		const result = await axe.run(document);
		return result.violations.map((v) => ({
			id: v.id,
			impact: v.impact,
			nodes: v.nodes.map((n) => n.target.join(' '))
		}));
	});
	expect(violations, `axe on ${browsing.page.url()}`).toEqual([]);
	passedMarkup.add(fingerprint);
}
/** Goes to a page and checks it with axe. */
export async function visit(browsing: Browsing, url: string): Promise<void> {
	await browsing.page.goto(url);
	await expectAccessible(browsing);
}

/** Submits by clicking, waits for the next page to load, and checks it with axe. */
export async function submit(browsing: Browsing, click: () => Promise<void>): Promise<void> {
	const { page } = browsing;
	await Promise.all([
		page.waitForEvent('framenavigated', (frame) => frame === page.mainFrame()),
		click()
	]);
	await page.waitForLoadState('load');
	await expectAccessible(browsing);
}
