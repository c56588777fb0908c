import { expect, it } from 'vitest';
import { submit, visit } from '../support/browser';
import { DEMO_PASSPHRASE, describeJourney, heading, signIn } from '../support/journeys';

// No mail leaves in this journey: a mail server is named only so that email is offered.
const ENV = { HEARTH_DEMO: '1', HEARTH_SMTP_URL: 'smtp://127.0.0.1:2525' };

describeJourney('a night worker chooses how messages reach her', ENV, (journey) => {
	it('Grace sets quiet hours for sleeping by day, adds an email and asks for campaign news', async () => {
		const { hearth, browsing } = journey();
		const { page } = browsing;
		await signIn(browsing, hearth.url, 'Grace (demo)', DEMO_PASSPHRASE);
		await visit(browsing, `${hearth.url}/c/demo/messages/settings`);
		expect(await heading(browsing)).toBe('How we send you messages');
		await page.getByLabel('By email').check();
		await page.getByLabel('Email address').fill('grace@example.org');
		await page.getByLabel('Campaigns').check();
		await page.getByLabel('From', { exact: true }).fill('08:00');
		await page.getByLabel('Until', { exact: true }).fill('16:00');
		await submit(browsing, () => page.getByRole('button', { name: 'Save my choices' }).click());
		await expect(page.getByRole('status').textContent()).resolves.toContain(
			'Your choices are saved.'
		);
		expect(await page.getByLabel('By email').isChecked()).toBe(true);
		expect(await page.getByLabel('Campaigns').isChecked()).toBe(true);
		expect(await page.getByLabel('Reminders of things I signed up for').isChecked()).toBe(true);
		expect(await page.getByLabel('Email address').inputValue()).toBe('grace@example.org');
		expect(await page.getByLabel('From', { exact: true }).inputValue()).toBe('08:00');
		expect(await page.getByLabel('Until', { exact: true }).inputValue()).toBe('16:00');
	});
});
