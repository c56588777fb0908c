import { expect } from 'vitest';
import { submit, visit, type Browsing } from './browser';

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

/** Runs a journey once with JavaScript on and once with it off. */
export const withAndWithoutJavaScript = [true, false] as const;
