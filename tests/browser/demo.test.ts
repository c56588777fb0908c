import { expect, it } from 'vitest';
import { submit, visit } from '../support/browser';
import {
	DEMO_COORDINATOR,
	DEMO_PASSPHRASE,
	heading,
	signIn,
	describeJourney
} from '../support/journeys';

describeJourney('exploring the demo centre', {}, (journey) => {
	it('opens a believable centre and lets a visitor look around as its coordinator', async () => {
		const { hearth, browsing } = journey();
		const { page } = browsing;
		await visit(browsing, hearth.url);
		await submit(browsing, () =>
			page.getByRole('button', { name: 'Explore a demo centre' }).click()
		);
		expect(new URL(page.url()).pathname).toBe('/c/demo');
		expect(await heading(browsing)).toContain('Riverside');
		await expect(page.getByText('This is a demo centre').isVisible()).resolves.toBe(true);
		await expect(page.locator('.status').textContent()).resolves.toMatch(/Open now|Closed now/);
		expect(await page.locator('.services > li').count()).toBeGreaterThanOrEqual(12);
		const hours = await page.locator('table.hours').textContent();
		expect(hours).toContain('Friday');
		expect(hours).toContain('(Saturday morning)');
		expect(hours).toContain('(Sunday morning)');
		await expect(page.getByText('Our advisers speak').isVisible()).resolves.toBe(true);
		const languages =
			(await page.locator('h3:has-text("Our advisers speak") + p').textContent()) ?? '';
		for (const language of ['العربية', 'Polski', 'Español']) expect(languages).toContain(language);

		await signIn(browsing, hearth.url, DEMO_COORDINATOR, DEMO_PASSPHRASE);
		await submit(browsing, () => page.getByRole('link', { name: 'Manage' }).click());
		expect(await heading(browsing)).toBe('Manage the centre');
		await submit(browsing, () => page.getByRole('link', { name: 'People' }).click());
		await expect(page.getByText('8 people belong to the centre.').isVisible()).resolves.toBe(true);
		await expect(page.getByRole('link', { name: 'Amira (demo)' }).isVisible()).resolves.toBe(true);
	});
});
