import { expect, it } from 'vitest';
import { submit, visit } from '../support/browser';
import { describeJourney } from '../support/journeys';

describeJourney('setting up a centre', {}, (journey) => {
	it('offers two ways in, keeps input on a mistake, and creates the centre', async () => {
		const { hearth, browsing } = journey();
		const { page } = browsing;
		await visit(browsing, hearth.url);
		await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
			'Welcome to Hearth'
		);
		await expect(
			page.getByRole('button', { name: 'Explore a demo centre' }).isVisible()
		).resolves.toBe(true);

		await submit(browsing, () => page.getByRole('link', { name: 'Set up your centre' }).click());
		await page.getByLabel('Name of the centre').fill('Eastside Night Centre');
		await page.getByLabel('Address (optional)').fill('1 Long Road\nLeeds');
		await page.getByLabel('Time zone').selectOption('Europe/London');
		await page.getByRole('checkbox', { name: 'Español' }).check();
		await page.getByLabel('Chosen name').fill('Rosa');
		await page.getByLabel('Choose a passphrase').fill('short');
		await page.getByLabel('Type the passphrase again').fill('short');
		await submit(browsing, () => page.getByRole('button', { name: 'Create the centre' }).click());

		expect(await page.title()).toMatch(/^Error: /);
		await expect(page.getByRole('alert').textContent()).resolves.toContain(
			'at least 15 characters'
		);
		await expect(page.getByLabel('Name of the centre').inputValue()).resolves.toBe(
			'Eastside Night Centre'
		);
		await expect(page.getByLabel('Chosen name').inputValue()).resolves.toBe('Rosa');
		await expect(page.getByLabel('Choose a passphrase').inputValue()).resolves.toBe('');

		await page.getByLabel('Choose a passphrase').fill('lanterns over the river');
		await page.getByLabel('Type the passphrase again').fill('lanterns over the river');
		await submit(browsing, () => page.getByRole('button', { name: 'Create the centre' }).click());
		expect(new URL(page.url()).pathname).toBe('/c/eastside-night-centre/manage');
		await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
			'Manage the centre'
		);

		await visit(browsing, hearth.url);
		expect(new URL(page.url()).pathname).toBe('/c/eastside-night-centre');
		await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
			'Eastside Night Centre'
		);
	});
});
