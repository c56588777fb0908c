import { afterAll, beforeAll, describe, expect } from 'vitest';
import { hasChromium, openBrowser, submit, visit, type Browsing } from './browser';
import { startHearth, type RunningHearth } from './server';

export const DEMO_COORDINATOR = 'Coordinator (demo)';
export const DEMO_PASSPHRASE = 'open door warm kettle';

export async function heading(browsing: Browsing): Promise<string> {
	return ((await browsing.page.getByRole('heading', { level: 1 }).textContent()) ?? '').trim();
}

export async function signIn(browsing: Browsing, base: string, name: string, passphrase: string) {
	const { page } = browsing;
	await visit(browsing, `${base}/sign-in`);
	await page.getByLabel('Chosen name').fill(name);
	await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
	await submit(browsing, () => page.getByRole('button', { name: 'Sign in' }).last().click());
	expect(new URL(page.url()).pathname).not.toBe('/sign-in');
}

export async function signOut(browsing: Browsing, base: string) {
	await visit(browsing, `${base}/account`);
	await submit(browsing, () =>
		browsing.page.getByRole('button', { name: 'Sign out', exact: true }).click()
	);
	expect(await heading(browsing)).toBe('You are signed out');
}

export interface Journey {
	hearth: RunningHearth;
	browsing: Browsing;
}

/**
 * A journey run twice, with JavaScript on and off, each on its own Hearth (started with `env`)
 * and its own browser. Skipped only where Chromium is not installed (never in CI).
 */
export function describeJourney(
	title: string,
	env: Record<string, string>,
	body: (journey: () => Journey, javaScript: boolean) => void
): void {
	for (const javaScript of [true, false]) {
		describe.skipIf(!hasChromium)(`${title}, JavaScript ${javaScript ? 'on' : 'off'}`, () => {
			let current: Journey | undefined;
			beforeAll(async () => {
				const hearth = await startHearth(env);
				current = { hearth, browsing: await openBrowser(javaScript) };
			});
			afterAll(async () => {
				await current?.browsing.close();
				await current?.hearth.stop();
			});
			body(() => {
				if (!current) throw new Error('The journey has not started');
				return current;
			}, javaScript);
		});
	}
}
