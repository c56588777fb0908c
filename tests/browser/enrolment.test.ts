import { expect, it } from 'vitest';
import { submit, visit } from '../support/browser';
import {
	DEMO_COORDINATOR,
	DEMO_PASSPHRASE,
	heading,
	signIn,
	signOut,
	describeJourney
} from '../support/journeys';

describeJourney('assisted enrolment', { HEARTH_DEMO: '1' }, (journey, javaScript) => {
	const name = javaScript ? 'Samir with script' : 'Samir without script';

	it('creates an account with the person, prints a card, and the code signs them in once', async () => {
		const { hearth, browsing } = journey();
		const { page } = browsing;
		await signIn(browsing, hearth.url, DEMO_COORDINATOR, DEMO_PASSPHRASE);
		await visit(browsing, `${hearth.url}/c/demo/manage`);
		await submit(browsing, () =>
			page.getByRole('link', { name: 'Create an account with someone' }).click()
		);

		await page.getByLabel('Their chosen name').fill(name);
		await submit(browsing, () =>
			page.getByRole('button', { name: 'Create account and show card' }).click()
		);
		await expect(page.getByRole('alert').textContent()).resolves.toContain(
			'Tick the box once the person has agreed'
		);
		await expect(page.getByLabel('Their chosen name').inputValue()).resolves.toBe(name);

		await page.getByLabel('They agree').check();
		await submit(browsing, () =>
			page.getByRole('button', { name: 'Create account and show card' }).click()
		);
		expect(await heading(browsing)).toBe('Account created');
		const code = ((await page.locator('.sign-in-card .code').textContent()) ?? '').trim();
		expect(code).toMatch(/^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/);
		await expect(page.locator('.sign-in-card').textContent()).resolves.toContain(name);
		await signOut(browsing, hearth.url);

		// The person, later, on any phone: the code from the card, typed loosely.
		const typed = code.toLowerCase().replaceAll('-', ' ');
		await visit(browsing, `${hearth.url}/sign-in`);
		await submit(browsing, () => page.getByRole('link', { name: 'Use a sign-in code' }).click());
		await page.getByLabel('Code from your card').fill(typed);
		await page.getByLabel('Choose a passphrase').fill('my own words for the door');
		await page.getByLabel('Type the passphrase again').fill('my own words for the door');
		await submit(browsing, () => page.getByRole('button', { name: 'Continue' }).click());
		expect(new URL(page.url()).pathname).toBe('/c/demo');
		await visit(browsing, `${hearth.url}/account`);
		await expect(page.getByText(`You are signed in as ${name}.`).isVisible()).resolves.toBe(true);
		await signOut(browsing, hearth.url);

		// The code works once.
		await visit(browsing, `${hearth.url}/sign-in/code`);
		await page.getByLabel('Code from your card').fill(code);
		await page.getByLabel('Choose a passphrase').fill('somebody else trying it');
		await page.getByLabel('Type the passphrase again').fill('somebody else trying it');
		await submit(browsing, () => page.getByRole('button', { name: 'Continue' }).click());
		await expect(page.getByRole('alert').textContent()).resolves.toContain(
			'That code does not work'
		);

		await signIn(browsing, hearth.url, name, 'my own words for the door');
	});
});
