import { expect, it } from 'vitest';
import { submit, visit } from '../support/browser';
import { heading, signIn, signOut, describeJourney } from '../support/journeys';

describeJourney('joining and signing in', { HEARTH_DEMO: '1' }, (journey, javaScript) => {
	const name = javaScript ? 'Dorota with script' : 'Dorota without script';
	const passphrase = 'bicycle lamps in the rain';

	it('joins with a chosen name, signs out, and the back button shows nothing personal', async () => {
		const { hearth, browsing } = journey();
		const { page } = browsing;
		await visit(browsing, `${hearth.url}/c/demo`);
		await submit(browsing, () => page.getByRole('link', { name: 'Join', exact: true }).click());
		expect(await heading(browsing)).toBe('Join the centre');
		await expect(page.getByText('No email, no phone number, no papers.').isVisible()).resolves.toBe(
			true
		);

		await page.getByLabel('Chosen name').fill(name);
		await page.getByLabel('Choose a passphrase').fill(passphrase);
		await page.getByLabel('Type the passphrase again').fill('bicycle lamps in the snow');
		await submit(browsing, () => page.getByRole('button', { name: 'Join' }).click());
		await expect(page.getByRole('alert').textContent()).resolves.toContain(
			'The two passphrases are different'
		);
		await expect(page.getByLabel('Chosen name').inputValue()).resolves.toBe(name);

		await page.getByLabel('Choose a passphrase').fill(passphrase);
		await page.getByLabel('Type the passphrase again').fill(passphrase);
		await submit(browsing, () => page.getByRole('button', { name: 'Join' }).click());
		// Joining offers membership of the mutual (tests/browser/mutual.test.ts); not now, here.
		expect(new URL(page.url()).pathname).toBe('/c/demo/mutual/offer');
		await submit(browsing, () => page.getByRole('button', { name: 'Not now' }).click());
		expect(new URL(page.url()).pathname).toBe('/c/demo');
		await expect(page.getByText('You are now part of the centre.').isVisible()).resolves.toBe(true);

		await visit(browsing, `${hearth.url}/account`);
		await expect(page.getByText(`You are signed in as ${name}.`).isVisible()).resolves.toBe(true);
		await signOut(browsing, hearth.url);
		await page.goBack();
		await page.waitForLoadState('load');
		expect(await page.content()).not.toContain(`signed in as ${name}`);
		expect(new URL(page.url()).pathname).toBe('/sign-in');
	});

	it('signs back in, and refuses a wrong passphrase with a clear message', async () => {
		const { hearth, browsing } = journey();
		const { page } = browsing;
		await visit(browsing, `${hearth.url}/sign-in`);
		await page.getByLabel('Chosen name').fill(name);
		await page.getByLabel('Passphrase', { exact: true }).fill('not my passphrase at all');
		await submit(browsing, () => page.getByRole('button', { name: 'Sign in' }).last().click());
		expect(await page.title()).toMatch(/^Error: /);
		await expect(page.getByRole('alert').textContent()).resolves.toContain('not right');
		await expect(page.getByLabel('Chosen name').inputValue()).resolves.toBe(name);

		await signIn(browsing, hearth.url, name, passphrase);
		expect(new URL(page.url()).pathname).toBe('/c/demo');
		await visit(browsing, `${hearth.url}/account`);
		await expect(page.getByText(`You are signed in as ${name}.`).isVisible()).resolves.toBe(true);
	});
});
