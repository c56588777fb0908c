import { expect, it } from 'vitest';
import { submit, visit } from '../support/browser';
import { describeJourney, heading, signIn, signOut } from '../support/journeys';

describeJourney('looking after a centre', {}, (journey) => {
	it('edits the details, gives a role, prints a new card, and opens a second centre', async () => {
		const { hearth, browsing } = journey();
		const { page } = browsing;
		const passphrase = 'kettle on for the night shift';

		// Set up: the first coordinator is also the network's steward.
		await visit(browsing, `${hearth.url}/setup`);
		await page.getByLabel('Name of the centre').fill('Harbour Centre');
		await page.getByLabel('Chosen name').fill('Harbour Coordinator');
		await page.getByLabel('Choose a passphrase').fill(passphrase);
		await page.getByLabel('Type the passphrase again').fill(passphrase);
		await submit(browsing, () => page.getByRole('button', { name: 'Create the centre' }).click());

		// Someone joins, in another browser session later; here, the coordinator enrols them.
		await submit(browsing, () =>
			page.getByRole('link', { name: 'Create an account with someone' }).click()
		);
		await page.getByLabel('Their chosen name').fill('Kofi');
		await page.getByLabel('They agree').check();
		await submit(browsing, () =>
			page.getByRole('button', { name: 'Create account and show card' }).click()
		);
		const firstCode = ((await page.locator('.sign-in-card .code').textContent()) ?? '').trim();

		// Details: a mistake is explained and the input kept; then saved.
		await visit(browsing, `${hearth.url}/c/harbour-centre/manage/details`);
		await page.getByLabel('Name of the centre').fill('');
		await page.getByLabel('How to get there (optional)').fill('Blue door by the bike racks');
		await submit(browsing, () => page.getByRole('button', { name: 'Save' }).click());
		await expect(page.getByRole('alert').textContent()).resolves.toContain(
			'Enter the name of the centre'
		);
		await expect(page.getByLabel('How to get there (optional)').inputValue()).resolves.toBe(
			'Blue door by the bike racks'
		);
		await page.getByLabel('Name of the centre').fill('Harbour Workers’ Centre');
		await submit(browsing, () => page.getByRole('button', { name: 'Save' }).click());
		expect(await heading(browsing)).toBe('Harbour Workers’ Centre');
		await expect(page.getByText('Blue door by the bike racks').isVisible()).resolves.toBe(true);

		// People: give Kofi the adviser role, then print a new card, which retires the first.
		await visit(browsing, `${hearth.url}/c/harbour-centre/manage/people`);
		await expect(page.getByText('2 people belong to the centre.').isVisible()).resolves.toBe(true);
		await submit(browsing, () => page.getByRole('link', { name: 'Kofi' }).click());
		await expect(
			page.getByText('They have not used their sign-in code yet.').isVisible()
		).resolves.toBe(true);
		await page.getByLabel('Adviser').check();
		await submit(browsing, () => page.getByRole('button', { name: 'Save' }).click());
		await expect(page.getByText('Roles saved.').isVisible()).resolves.toBe(true);
		await expect(page.getByLabel('Adviser').isChecked()).resolves.toBe(true);
		await submit(browsing, () =>
			page.getByRole('button', { name: 'Print a new sign-in card' }).click()
		);
		const secondCode = ((await page.locator('.sign-in-card .code').textContent()) ?? '').trim();
		expect(secondCode).not.toBe(firstCode);

		// The last coordinator cannot take away their own role.
		await visit(browsing, `${hearth.url}/c/harbour-centre/manage/people`);
		await submit(browsing, () => page.getByRole('link', { name: 'Harbour Coordinator' }).click());
		await page.getByLabel('Coordinator').uncheck();
		await submit(browsing, () => page.getByRole('button', { name: 'Save' }).click());
		await expect(page.getByRole('alert').textContent()).resolves.toContain(
			'at least one coordinator'
		);

		// The steward opens a second centre on the same Hearth.
		await visit(browsing, `${hearth.url}/account`);
		await submit(browsing, () => page.getByRole('link', { name: 'Open another centre' }).click());
		await page.getByLabel('Name of the centre').fill('Riverside Night Centre');
		await submit(browsing, () => page.getByRole('button', { name: 'Open the centre' }).click());
		expect(new URL(page.url()).pathname).toBe('/c/riverside-night-centre/manage');
		await signOut(browsing, hearth.url);

		// Kofi uses the newest card; the first no longer works.
		await visit(browsing, `${hearth.url}/sign-in/code`);
		await page.getByLabel('Code from your card').fill(firstCode);
		await page.getByLabel('Choose a passphrase').fill('harbour lights at midnight');
		await page.getByLabel('Type the passphrase again').fill('harbour lights at midnight');
		await submit(browsing, () => page.getByRole('button', { name: 'Continue' }).click());
		await expect(page.getByRole('alert').textContent()).resolves.toContain(
			'That code does not work'
		);
		await page.getByLabel('Code from your card').fill(secondCode);
		await page.getByLabel('Choose a passphrase').fill('harbour lights at midnight');
		await page.getByLabel('Type the passphrase again').fill('harbour lights at midnight');
		await submit(browsing, () => page.getByRole('button', { name: 'Continue' }).click());
		expect(new URL(page.url()).pathname).toBe('/c/harbour-centre');
		await signOut(browsing, hearth.url);
		await signIn(browsing, hearth.url, 'Kofi', 'harbour lights at midnight');
		await visit(browsing, `${hearth.url}/c/harbour-centre/manage`);
		expect(await heading(browsing)).toBe('Manage the centre');
	});
});
