import { expect, it } from 'vitest';
import { expectAccessible, submit, visit } from '../support/browser';
import {
	DEMO_COORDINATOR,
	DEMO_PASSPHRASE,
	describeJourney,
	heading,
	signIn,
	signOut
} from '../support/journeys';

describeJourney('the rights library', { HEARTH_DEMO: '1' }, (journey, javaScript) => {
	it('a member reads a rights guide in Romanian, prints it, and reads it again offline', async () => {
		const { hearth, browsing } = journey();
		const { page, context } = browsing;
		// Mihai is signed in: the guide is kept for him all the same.
		await signIn(browsing, hearth.url, 'Mihai (demo)', DEMO_PASSPHRASE);
		await visit(browsing, `${hearth.url}/c/demo/guides`);
		await submit(browsing, () => page.getByRole('button', { name: 'Română' }).click());
		expect(await heading(browsing)).toBe('Cunoaște-ți drepturile');
		await expect(page.getByText('Nimeni nu notează ce citești aici.').isVisible()).resolves.toBe(
			true
		);
		// A guide not translated yet is offered in English, and says so.
		const payslips = page
			.locator('li')
			.filter({ has: page.getByRole('link', { name: 'Payslips' }) });
		await expect(payslips.textContent()).resolves.toContain('în English');

		await submit(browsing, () => page.getByRole('link', { name: 'Salariul minim' }).click());
		const address = page.url();
		expect(await heading(browsing)).toBe('Salariul minim');
		const article = page.locator('article');
		await expect(article.textContent()).resolves.toContain('12,71 £');
		await expect(article.textContent()).resolves.toContain('Tradus din originalul în English');
		await expect(article.textContent()).resolves.toContain('Va fi verificat din nou până la');

		// On paper: the guide alone, without the menus, the way back or the language links.
		await page.emulateMedia({ media: 'print' });
		await expect(page.locator('.site-header').isVisible()).resolves.toBe(false);
		await expect(page.locator('.site-footer').isVisible()).resolves.toBe(false);
		await expect(page.getByRole('link', { name: 'Toate ghidurile' }).isVisible()).resolves.toBe(
			false
		);
		await expect(page.getByRole('heading', { name: 'Salariul minim' }).isVisible()).resolves.toBe(
			true
		);
		await expect(page.getByText('12,71 £').isVisible()).resolves.toBe(true);
		if (javaScript) {
			const pdf = await page.pdf({ format: 'A4' });
			const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
			expect(pages.length).toBeGreaterThanOrEqual(1);
			expect(pages.length).toBeLessThanOrEqual(2);
		}
		await page.emulateMedia({ media: 'screen' });

		// Later, with no connection: the same address still opens the guide from the browser.
		await visit(browsing, `${hearth.url}/c/demo/guides`);
		await context.setOffline(true);
		try {
			await page.goto(address);
			expect(await heading(browsing)).toBe('Salariul minim');
			await expect(page.locator('article').textContent()).resolves.toContain(
				'Drumul de acasă până la primul loc de muncă'
			);
			await expectAccessible(browsing);
			// A page that is never kept does not open: the guide came from the browser's copy.
			await expect(page.goto(`${hearth.url}/account`)).rejects.toThrow(/INTERNET_DISCONNECTED/);
		} finally {
			await context.setOffline(false);
		}
	});

	it('a coordinator pastes a 2 MB guide: a clear message, the text kept, the guide unchanged', async () => {
		const { hearth, browsing } = journey();
		const { page, context } = browsing;
		// Another person at the same browser: none of the member's cookies (session, language).
		await context.clearCookies();
		await signIn(browsing, hearth.url, DEMO_COORDINATOR, DEMO_PASSPHRASE);
		await visit(browsing, `${hearth.url}/c/demo/manage/guides`);
		await submit(browsing, () => page.getByRole('link', { name: 'Minimum wage' }).click());
		await submit(browsing, () => page.getByRole('link', { name: 'Română' }).click());
		expect(await heading(browsing)).toBe('Salariul minim');

		const huge = 'Salariul minim. '.repeat(125_000);
		expect(huge.length).toBe(2_000_000);
		await page.getByLabel('The guide', { exact: true }).fill(huge);
		await submit(browsing, () => page.getByRole('button', { name: 'Save' }).click());
		const alert = page.getByRole('alert');
		await expect(alert.textContent()).resolves.toContain(
			'The guide is too long: a guide can be at most 100 KB'
		);
		expect(await page.title()).toMatch(/^Error: /);
		const kept = await page.getByLabel('The guide', { exact: true }).inputValue();
		expect(kept.length).toBe(huge.length);
		expect(kept === huge, 'every character typed is still there').toBe(true);
		await expect(page.getByLabel('Title', { exact: true }).inputValue()).resolves.toBe(
			'Salariul minim'
		);

		// The guide members read is the one saved before.
		await visit(browsing, `${hearth.url}/c/demo/guides/minimum-wage?lang=ro&check=1`);
		await expect(page.locator('article').textContent()).resolves.toContain('12,71 £');
		await signOut(browsing, hearth.url);
	});
});
