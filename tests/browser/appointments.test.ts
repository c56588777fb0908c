import { expect, it } from 'vitest';
import { submit, visit } from '../support/browser';
import { DEMO_PASSPHRASE, describeJourney, heading, signIn, signOut } from '../support/journeys';

// Wednesday 25 November 2026, 15:00 in London. Mihai saw Tomasz yesterday at 17:00, or did not:
// Hearth cannot know and does not ask.
const CLOCK = '2026-11-25T15:00:00Z';
const AGAINST =
	/\b(missed|no[- ]show|did not (come|attend|turn up)|failed|absent|late|attendance)\b/i;

describeJourney(
	'an appointment whose time passed, booked again',
	{ HEARTH_DEMO: '1', HEARTH_CLOCK_START: CLOCK },
	(journey) => {
		it('a member finds another time for a passed appointment; neither their pages nor the adviser’s say anything against them', async () => {
			const { hearth, browsing } = journey();
			const { page } = browsing;
			const text = async () => (await page.locator('body').textContent()) ?? '';

			await signIn(browsing, hearth.url, 'Mihai (demo)', DEMO_PASSPHRASE);
			await visit(browsing, `${hearth.url}/c/demo`);
			await submit(browsing, () => page.getByRole('link', { name: 'My appointments' }).click());
			expect(await heading(browsing)).toBe('My appointments');
			expect(await text()).toContain('Earlier');
			expect(await text()).toContain('with Tomasz (demo)');
			expect(await text()).toContain('interpreter in Romanian');
			expect(await text()).not.toMatch(AGAINST);

			await submit(browsing, () => page.getByRole('link', { name: 'Find another time' }).click());
			expect(await heading(browsing)).toBe('Find another time');
			await expect(page.getByLabel('Tomasz (demo) (adviser)').isChecked()).resolves.toBe(true);
			await expect(page.getByLabel('In person').isChecked()).resolves.toBe(true);
			await page.getByLabel('Date').fill('2026-11-24');
			await page.getByLabel('Time').fill('18:00');
			await page.getByLabel('30 minutes').check();
			await page.getByLabel('Interpreter').selectOption('ro');
			await submit(browsing, () => page.getByRole('button', { name: 'Book' }).click());
			await expect(page.getByRole('alert').textContent()).resolves.toContain(
				'That time has passed: choose a time from now on'
			);
			await expect(page.getByLabel('Time').inputValue()).resolves.toBe('18:00');
			await page.getByLabel('Date').fill('2026-11-26');
			await submit(browsing, () => page.getByRole('button', { name: 'Book' }).click());
			expect(await heading(browsing)).toBe('Appointment');
			await expect(page.getByRole('status').textContent()).resolves.toContain('Booked.');
			expect(await text()).toMatch(/Thursday,? 26 November 2026/);
			await expect(
				page.getByRole('link', { name: 'Add to my calendar (.ics)' }).getAttribute('href')
			).resolves.toMatch(/appointment\.ics$/);

			await submit(browsing, () =>
				page.getByRole('link', { name: 'Back to my appointments' }).click()
			);
			expect(await text()).toContain('Coming up');
			expect(await text()).not.toContain('Earlier');
			for (const path of ['/c/demo/appointments', '/c/demo/advisers', '/c/demo', '/account']) {
				await visit(browsing, `${hearth.url}${path}`);
				expect(await text(), path).not.toMatch(AGAINST);
			}
			await signOut(browsing, hearth.url);

			await signIn(browsing, hearth.url, 'Tomasz (demo)', DEMO_PASSPHRASE);
			await visit(browsing, `${hearth.url}/c/demo/manage/support/calendar`);
			expect(await heading(browsing)).toBe('Your calendar');
			const calendar = await text();
			expect(calendar).toMatch(/Thursday,? 26 November 2026/);
			expect(calendar).toContain('with Mihai (demo)');
			expect(calendar).not.toMatch(/Tuesday,? 24 November 2026/);
			expect(calendar).not.toMatch(AGAINST);
			await submit(browsing, () => page.getByRole('link', { name: 'Previous week' }).click());
			expect(await text()).not.toMatch(AGAINST);
			for (const path of ['/c/demo/manage/support', '/c/demo/appointments']) {
				await visit(browsing, `${hearth.url}${path}`);
				expect(await text(), path).toContain('Mihai (demo)');
				expect(await text(), path).not.toMatch(AGAINST);
			}
		});
	}
);
