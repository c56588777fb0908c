import { expect, it } from 'vitest';
import { submit, visit } from '../support/browser';
import { describeJourney } from '../support/journeys';

describeJourney('reading in Arabic', { HEARTH_DEMO: '1' }, (journey) => {
	it('switches to Arabic without an account, renders right to left, and remembers it', async () => {
		const { hearth, browsing } = journey();
		const { page } = browsing;
		await visit(browsing, `${hearth.url}/c/demo`);
		expect(await page.getAttribute('html', 'dir')).toBe('ltr');
		await submit(browsing, () => page.getByRole('button', { name: 'العربية' }).click());
		expect(new URL(page.url()).pathname).toBe('/c/demo');
		expect(await page.getAttribute('html', 'lang')).toBe('ar');
		expect(await page.getAttribute('html', 'dir')).toBe('rtl');
		await expect(page.locator('.skip-link').textContent()).resolves.not.toContain('Skip');

		// The layout mirrors: the centre's name sits to the right of the menu, and the
		// status bar's thick edge is on the right.
		const brand = await page.locator('.brand').boundingBox();
		const menu = await page.locator('.site-header nav').boundingBox();
		expect(brand && menu && brand.x > menu.x).toBe(true);
		const status = await page.locator('.status').evaluate((el) => {
			const style = getComputedStyle(el);
			return { right: style.borderRightWidth, left: style.borderLeftWidth };
		});
		expect(status.right).toBe('8px');
		expect(status.left).toBe('0px');

		await visit(browsing, `${hearth.url}/sign-in`);
		expect(await page.getAttribute('html', 'dir')).toBe('rtl');
		await submit(browsing, () => page.getByRole('button', { name: 'English' }).click());
		expect(await page.getAttribute('html', 'dir')).toBe('ltr');
		expect(new URL(page.url()).pathname).toBe('/sign-in');
	});
});
