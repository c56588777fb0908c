import { expect, it } from 'vitest';
import { submit, visit } from '../support/browser';
import { DEMO_PASSPHRASE, describeJourney, heading, signIn, signOut } from '../support/journeys';

// Wednesday 25 November 2026, 15:00 in London: the demo centre is open until 21:00 tonight.
const CLOCK = '2026-11-25T15:00:00Z';

describeJourney(
	'meet three advisers, then choose',
	{ HEARTH_DEMO: '1', HEARTH_CLOCK_START: CLOCK },
	(journey) => {
		it('a member asks to meet three advisers for this evening, meets them back to back, chooses one, later moves on; the adviser is told only that', async () => {
			const { hearth, browsing } = journey();
			const { page } = browsing;

			await signIn(browsing, hearth.url, 'Joana (demo)', DEMO_PASSPHRASE);
			await visit(browsing, `${hearth.url}/c/demo`);
			await submit(browsing, () =>
				page.getByRole('link', { name: 'Advisers: meet three, then choose yours' }).click()
			);
			expect(await heading(browsing)).toBe('Advisers');
			await expect(page.locator('main').textContent()).resolves.toContain(
				'You have not chosen an adviser yet.'
			);
			await expect(page.locator('main').textContent()).resolves.toContain(
				'Deactivations, missing tips'
			);

			await submit(browsing, () => page.getByRole('link', { name: 'Meet three advisers' }).click());
			expect(await heading(browsing)).toBe('Meet three advisers');
			await page.getByLabel('Language you want to speak').selectOption('en');
			await page.getByLabel('Rights at work').check();
			await page
				.getByLabel('In your own words (optional)')
				.fill('My agency stopped paying my nights.');
			await page.getByLabel('Day you can come').fill('2026-11-24');
			await page.getByLabel('In the evening').check();

			// Yesterday is named as a problem beside the day, and what was written stays.
			await submit(browsing, () =>
				page.getByRole('button', { name: 'Find three advisers' }).click()
			);
			await expect(page.getByRole('alert').textContent()).resolves.toContain(
				'That time has passed: choose today or a later day'
			);
			expect(await page.title()).toMatch(/^Error: /);
			await expect(page.getByLabel('In your own words (optional)').inputValue()).resolves.toBe(
				'My agency stopped paying my nights.'
			);
			await page.getByLabel('Day you can come').fill('2026-11-25');
			await submit(browsing, () =>
				page.getByRole('button', { name: 'Find three advisers' }).click()
			);

			expect(await heading(browsing)).toBe('Your three meetings');
			const booked = (await page.locator('ol').textContent()) ?? '';
			// Whoever has the fewest people first: Lucía has none, Tomasz one, Amira two.
			expect(booked.replace(/\s+/g, ' ')).toMatch(
				/Lucía \(demo\).*18:00.*18:05.*Tomasz \(demo\).*18:05.*18:10.*Amira \(demo\).*18:10.*18:15/
			);
			await expect(page.locator('blockquote').textContent()).resolves.toBe(
				'My agency stopped paying my nights.'
			);

			// Choosing nobody is named; then Tomasz.
			await submit(browsing, () =>
				page.getByRole('button', { name: 'Choose this adviser' }).click()
			);
			await expect(page.getByRole('alert').textContent()).resolves.toContain(
				'Choose one of the advisers you met'
			);
			await page.getByLabel('Tomasz (demo)').check();
			await submit(browsing, () =>
				page.getByRole('button', { name: 'Choose this adviser' }).click()
			);
			expect(await heading(browsing)).toBe('Advisers');
			await expect(page.getByRole('status').textContent()).resolves.toContain(
				'Tomasz (demo) is now your adviser.'
			);
			await signOut(browsing, hearth.url);

			await signIn(browsing, hearth.url, 'Tomasz (demo)', DEMO_PASSPHRASE);
			await visit(browsing, `${hearth.url}/c/demo/manage/support`);
			await expect(page.locator('main').textContent()).resolves.toContain('Joana (demo)');
			await signOut(browsing, hearth.url);

			// Later Joana moves on, with no reason asked.
			await signIn(browsing, hearth.url, 'Joana (demo)', DEMO_PASSPHRASE);
			await visit(browsing, `${hearth.url}/c/demo/advisers`);
			await submit(browsing, () => page.getByRole('link', { name: 'Change adviser' }).click());
			expect(await heading(browsing)).toBe('Change adviser');
			await expect(page.locator('textarea').count()).resolves.toBe(0);
			await submit(browsing, () =>
				page.getByRole('button', { name: 'Yes, change adviser' }).click()
			);
			await expect(page.getByRole('status').textContent()).resolves.toContain(
				'You no longer have an adviser.'
			);
			await signOut(browsing, hearth.url);

			await signIn(browsing, hearth.url, 'Tomasz (demo)', DEMO_PASSPHRASE);
			await visit(browsing, `${hearth.url}/c/demo/manage/support`);
			const desk = (await page.locator('main').textContent()) ?? '';
			expect(desk).toContain('Joana (demo), whom you advised, has moved on.');
			expect(desk).not.toMatch(/Lucía|Amira|reason/);
			await submit(browsing, () => page.getByRole('button', { name: 'Clear' }).click());
			await expect(page.locator('main').textContent()).resolves.not.toContain('has moved on');
		});
	}
);
