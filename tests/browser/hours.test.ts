import { expect, it } from 'vitest';
import { submit, visit } from '../support/browser';
import { DEMO_COORDINATOR, DEMO_PASSPHRASE, signIn, describeJourney } from '../support/journeys';

const ZONE = 'Europe/London';

/** The weekday (1 = Monday) and hour on the centre's clock now. */
function localNow(): { weekday: number; hour: number } {
	const parts = new Intl.DateTimeFormat('en-GB', {
		timeZone: ZONE,
		weekday: 'short',
		hour: '2-digit',
		hourCycle: 'h23'
	}).formatToParts(new Date());
	const day = parts.find((part) => part.type === 'weekday')?.value ?? 'Mon';
	const hour = Number(parts.find((part) => part.type === 'hour')?.value ?? '0');
	return { weekday: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(day) + 1, hour };
}

const twoDigits = (hour: number) => String(hour).padStart(2, '0');
const shown = (hour: number) =>
	new Intl.DateTimeFormat('en-GB', { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' }).format(
		new Date(Date.UTC(2024, 0, 1, hour))
	);

describeJourney('changing the hours', { HEARTH_DEMO: '1' }, (journey) => {
	it('makes tonight an overnight opening, and the centre page tells the truth about it', async () => {
		const { hearth, browsing } = journey();
		const { page } = browsing;
		await signIn(browsing, hearth.url, DEMO_COORDINATOR, DEMO_PASSPHRASE);
		await visit(browsing, `${hearth.url}/c/demo/manage/hours`);

		// Removing asks first, and "No" keeps it.
		const removeLinks = page.getByRole('link', { name: /^Remove/ });
		const before = await removeLinks.count();
		await submit(browsing, () => removeLinks.first().click());
		await expect(
			page.getByRole('heading', { name: 'Remove this from the hours?' }).isVisible()
		).resolves.toBe(true);
		await submit(browsing, () => page.getByRole('link', { name: 'No, keep it' }).click());
		expect(await removeLinks.count()).toBe(before);

		// Start from no hours at all.
		while ((await removeLinks.count()) > 0) {
			await submit(browsing, () => removeLinks.first().click());
			await submit(browsing, () => page.getByRole('button', { name: 'Yes, remove it' }).click());
		}
		await visit(browsing, `${hearth.url}/c/demo`);
		await expect(page.locator('.status').textContent()).resolves.toContain('Closed now');

		// An opening that began this hour and runs through the night to an hour before it
		// began: open now, closing tomorrow.
		const { weekday, hour } = localNow();
		const closes = (hour + 23) % 24;
		await visit(browsing, `${hearth.url}/c/demo/manage/hours`);
		await page.getByLabel('Day it opens').selectOption(String(weekday));
		await page.getByLabel('Opens at', { exact: true }).first().fill('25:00');
		await page
			.getByLabel('Closes at', { exact: true })
			.first()
			.fill(`${twoDigits(closes)}:00`);
		await submit(browsing, () => page.getByRole('button', { name: 'Add opening' }).click());
		await expect(page.getByRole('alert').textContent()).resolves.toContain(
			'Enter the opening time'
		);
		await expect(page.getByLabel('Closes at', { exact: true }).first().inputValue()).resolves.toBe(
			`${twoDigits(closes)}:00`
		);

		await page
			.getByLabel('Opens at', { exact: true })
			.first()
			.fill(`${twoDigits(hour)}:00`);
		await submit(browsing, () => page.getByRole('button', { name: 'Add opening' }).click());
		await visit(browsing, `${hearth.url}/c/demo`);
		const status = (await page.locator('.status').textContent()) ?? '';
		expect(status).toContain('Open now');
		expect(status).toContain(`Closes at ${shown(closes)}.`);
		if (closes < hour)
			expect(await page.locator('table.hours').textContent()).toContain('morning)');

		// Closed today after all (a bank holiday): the opening that starts today is cancelled.
		const today = new Intl.DateTimeFormat('en-CA', { timeZone: ZONE }).format(new Date());
		await visit(browsing, `${hearth.url}/c/demo/manage/hours`);
		await page.getByLabel('Date').fill(today);
		await page.getByLabel('Closed (no openings that start that day)').check();
		await page.getByLabel('Note (optional)').fill('Bank holiday');
		await submit(browsing, () => page.getByRole('button', { name: 'Add change' }).click());
		await visit(browsing, `${hearth.url}/c/demo`);
		const closed = (await page.locator('.status').textContent()) ?? '';
		expect(closed).toContain('Closed now');
		expect(closed).toContain(`Closed until`);
		await expect(page.getByText('Bank holiday').isVisible()).resolves.toBe(true);
	});
});
