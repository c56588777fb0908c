import { expect, it } from 'vitest';
import { pt } from '../../src/lib/i18n/messages/pt';
import { submit, visit } from '../support/browser';
import { DEMO_PASSPHRASE, describeJourney, heading, signIn, signOut } from '../support/journeys';

// Wednesday 25 November 2026, 15:00 in London. The demo's cleaners kept their diaries for the
// three weeks before.
const CLOCK = '2026-11-25T15:00:00Z';
const DEMO = { HEARTH_DEMO: '1', HEARTH_CLOCK_START: CLOCK };

const ADVISER = 'Tomasz (demo)';
const MEMBER = 'Joana (demo)';

/** A real, tiny PNG: one transparent pixel, as a phone's photo of a payslip would be read. */
const PAYSLIP = Buffer.from(
	'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
	'base64'
);

describeJourney('a wage case worked with the member', DEMO, (journey) => {
	it('an adviser opens a case, works out the claim from the diary and prints the letter', async () => {
		const { hearth, browsing } = journey();
		const { page } = browsing;
		const main = () => page.locator('main').textContent();

		await signIn(browsing, hearth.url, ADVISER, DEMO_PASSPHRASE);
		await visit(browsing, `${hearth.url}/c/demo/manage/cases`);
		expect(await heading(browsing)).toBe('Cases');
		await expect(main()).resolves.toContain('You are not on the team of any case.');
		await submit(browsing, () => page.getByRole('link', { name: 'Open a case' }).click());
		expect(await heading(browsing)).toBe('Open a case');
		await page.getByLabel('Chosen name').fill('joana');
		await submit(browsing, () => page.getByRole('button', { name: 'Search' }).click());
		await submit(browsing, () => page.getByRole('link', { name: MEMBER }).click());
		expect(await heading(browsing)).toBe(`Open a case with ${MEMBER}`);

		// Without a summary the form comes back with the choices kept.
		await page.getByLabel('Unpaid wages', { exact: true }).check();
		await submit(browsing, () => page.getByRole('button', { name: 'Open the case' }).click());
		await expect(page.getByRole('alert').textContent()).resolves.toContain(
			'Write what the case is about.'
		);
		await expect(page.getByLabel('Unpaid wages', { exact: true }).isChecked()).resolves.toBe(true);

		await page
			.getByLabel('What the case is about, in plain words')
			.fill('Paid £70 for a night of seven and a half hours.');
		await page.getByLabel('Employer (optional)').selectOption({ label: 'Brightway Cleaning Ltd' });
		await page.getByLabel('Day of the act').fill('2026-11-11');
		await page
			.getByLabel('The member agrees the case team may read their hours diary for this claim')
			.check();
		await submit(browsing, () => page.getByRole('button', { name: 'Open the case' }).click());
		expect(await heading(browsing)).toBe(`Case of ${MEMBER}`);
		await expect(page.getByRole('status').textContent()).resolves.toContain(
			'The case is open. You are on its team.'
		);
		// 11 November: the last day for a tribunal claim is 10 February.
		await expect(main()).resolves.toMatch(
			/Last day to start an employment tribunal claim: Wednesday,? 10 February 2027\./
		);

		await submit(browsing, () =>
			page.getByRole('button', { name: 'Calculate from the member’s diary' }).click()
		);
		await expect(page.getByRole('status').textContent()).resolves.toContain(
			'The claim is worked out.'
		);

		await page
			.getByLabel('File', { exact: true })
			.setInputFiles({ name: 'payslip.png', mimeType: 'image/png', buffer: PAYSLIP });
		await page.getByLabel('Short name (optional)').fill('Payslip week 1');
		await submit(browsing, () => page.getByRole('button', { name: 'Add the evidence' }).click());
		await expect(page.getByRole('status').textContent()).resolves.toContain(
			'The evidence is added.'
		);
		await expect(page.getByRole('link', { name: 'Payslip week 1' }).count()).resolves.toBe(1);

		await submit(browsing, () =>
			page.getByRole('link', { name: 'Letter to the employer' }).click()
		);
		expect(await heading(browsing)).toBe('Letter to the employer');
		const letter = (await main()) ?? '';
		expect(letter).toContain('Unpaid wages: demand for payment');
		expect(letter).toContain('Brightway Cleaning Ltd');
		expect(letter).toMatch(/You owe me £\d[\d,]*\.\d\d/);
		await expect(page.locator('article').getAttribute('lang')).resolves.toBeNull();
		await expect(page.locator('[lang="en"] article').count()).resolves.toBe(1);
		await signOut(browsing, hearth.url);

		// The member sees the case, and their copy of the letter in their own language.
		await signIn(browsing, hearth.url, MEMBER, DEMO_PASSPHRASE);
		await visit(browsing, `${hearth.url}/c/demo/cases`);
		expect(await heading(browsing)).toBe('My cases');
		await submit(browsing, () =>
			page.getByRole('link', { name: 'Unpaid wages', exact: true }).first().click()
		);
		expect(await heading(browsing)).toBe('Unpaid wages');
		await expect(main()).resolves.toContain('Paid £70 for a night of seven and a half hours.');
		await expect(main()).resolves.toContain('These are things your case team will do.');
		await submit(browsing, () =>
			page.getByRole('link', { name: 'My copy of the letter to the employer' }).click()
		);
		expect(await heading(browsing)).toBe(pt['cases.letterCopyTitle']);
		await expect(page.locator('[lang="pt"]').first().textContent()).resolves.toContain(
			pt['cases.letterSubject']
		);
	});
});
