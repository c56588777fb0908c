import { expect, it } from 'vitest';
import { submit, visit, type Browsing } from '../support/browser';
import { DEMO_PASSPHRASE, describeJourney, heading, signIn } from '../support/journeys';
import { queryRows } from '../support/pages';

// Wednesday 25 November 2026, 15:00 in London.
const CLOCK = '2026-11-25T15:00:00Z';
const DEMO = { HEARTH_DEMO: '1', HEARTH_CLOCK_START: CLOCK };
// Yusuf keeps no diary in the demo: his starts empty.
const MEMBER = 'Yusuf (demo)';
// A real one-pixel PNG: what matters is that its first bytes say PNG.
const PAYSLIP = Buffer.from(
	'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
	'base64'
);

async function addNightShift(browsing: Browsing, startsOn: string, paid: string): Promise<void> {
	const { page } = browsing;
	await page.getByLabel('Day the shift started').fill(startsOn);
	await page.getByLabel('Started at').fill('22:00');
	await page.getByLabel('Ended at').fill('06:00');
	await page.getByLabel('Ended the next day (after midnight)').check();
	await page.getByLabel('Unpaid break, in minutes').fill('30');
	await page.getByLabel('Employer, agency or app').fill('Night Kitchens Ltd');
	await page.getByLabel('Pay you received for this shift').fill(paid);
	await submit(browsing, () => page.getByRole('button', { name: 'Save the shift' }).click());
	expect(await heading(browsing)).toBe('My hours diary');
	await expect(page.getByRole('status').first().textContent()).resolves.toContain(
		'The shift is saved in your diary.'
	);
}

async function shiftCount(databaseUrl: string): Promise<number> {
	const rows = await queryRows<{ n: string }>(
		databaseUrl,
		`select count(*) as n from diary_shifts s join accounts a on a.id = s.account_id
		 where a.chosen_name = $1`,
		[MEMBER]
	);
	return Number(rows[0]?.n);
}

describeJourney('an hours diary of night shifts', DEMO, (journey) => {
	it('a member records a week of nights paid below the minimum and sees what they are owed', async () => {
		const { hearth, browsing } = journey();
		const { page } = browsing;
		const main = () => page.locator('main').textContent();

		await signIn(browsing, hearth.url, MEMBER, DEMO_PASSPHRASE);
		await visit(browsing, `${hearth.url}/c/demo`);
		await submit(browsing, () =>
			page.getByRole('link', { name: 'My hours diary: shifts and what I am owed' }).click()
		);
		expect(await heading(browsing)).toBe('My hours diary');
		await expect(main()).resolves.toContain('Your diary is empty.');

		// What am I owed needs a date of birth first, and says where to give it.
		await submit(browsing, () => page.getByRole('link', { name: 'What am I owed?' }).click());
		expect(await heading(browsing)).toBe('What am I owed?');
		await submit(browsing, () => page.getByRole('link', { name: 'Give my date of birth' }).click());
		expect(await heading(browsing)).toBe('My details for the calculation');
		await page.getByLabel('Date of birth').fill('1990-05-01');
		await submit(browsing, () => page.getByRole('button', { name: 'Save my details' }).click());
		await expect(page.getByRole('status').first().textContent()).resolves.toContain(
			'Your details are saved.'
		);
		await submit(browsing, () => page.getByRole('link', { name: 'Back to my diary' }).click());

		// Four nights from Monday 2 November, 22:00 to 06:00 with half an hour unpaid, £70 each.
		for (const day of ['02', '03', '04', '05'])
			await addNightShift(browsing, `2026-11-${day}`, '70');
		// One more written by mistake, on the Friday.
		await addNightShift(browsing, '2026-11-06', '70');
		await expect(main()).resolves.toContain('This week: 37.5 hours worked, £350.00 paid');
		expect(await shiftCount(hearth.databaseUrl)).toBe(5);

		// A payslip photo on the Monday night, and the place corrected.
		await submit(browsing, () =>
			page
				.getByRole('link', { name: 'Monday, 2 November 2026, 22:00 to 6:00 the next day' })
				.click()
		);
		expect(await heading(browsing)).toBe('Shift on Monday, 2 November 2026');
		await page
			.getByLabel('Add a photo')
			.setInputFiles({ name: 'payslip.png', mimeType: 'image/png', buffer: PAYSLIP });
		await submit(browsing, () => page.getByRole('button', { name: 'Keep the photo' }).click());
		await expect(page.getByRole('status').first().textContent()).resolves.toContain(
			'The photo is kept with this shift.'
		);
		await expect(
			page.getByRole('img', { name: /payslip kept with this shift/ }).count()
		).resolves.toBe(1);
		await page.getByLabel('Place or area').fill('Canary Wharf');
		await submit(browsing, () => page.getByRole('button', { name: 'Save changes' }).click());
		await expect(page.getByRole('status').first().textContent()).resolves.toContain(
			'Your changes are saved.'
		);
		await expect(page.getByLabel('Place or area').inputValue()).resolves.toBe('Canary Wharf');

		// The Friday night was a mistake: delete it, after saying yes.
		await submit(browsing, () => page.getByRole('link', { name: 'Back to my diary' }).click());
		await submit(browsing, () =>
			page
				.getByRole('link', { name: 'Friday, 6 November 2026, 22:00 to 6:00 the next day' })
				.click()
		);
		await submit(browsing, () => page.getByRole('link', { name: 'Delete this shift' }).click());
		await expect(main()).resolves.toContain('Delete this shift and its photo?');
		expect(await shiftCount(hearth.databaseUrl)).toBe(5);
		await submit(browsing, () =>
			page.getByRole('button', { name: 'Yes, delete the shift' }).click()
		);
		expect(await heading(browsing)).toBe('My hours diary');
		await expect(main()).resolves.toContain('The shift is deleted.');
		await expect(main()).resolves.toContain('This week: 30 hours worked, £280.00 paid');
		expect(await shiftCount(hearth.databaseUrl)).toBe(4);

		// By hand: 4 × 7½ hours = 30 hours; at £12.71 (from 1 April 2026) that is £381.30.
		// £280 was paid, so £101.30 is owed.
		await submit(browsing, () => page.getByRole('link', { name: 'What am I owed?' }).click());
		await page.getByLabel('From', { exact: true }).fill('2026-11-02');
		await page.getByLabel('To', { exact: true }).fill('2026-11-08');
		await submit(browsing, () => page.getByRole('button', { name: 'Work it out' }).click());
		const result = await main();
		expect(result).toContain('Owed: £101.30');
		expect(result).toContain('Minimum pay due: 30 hours × £12.71 = £381.30.');
		expect(result).toContain('You were paid £280.00 before tax.');
		expect(result).toContain('Owed: £381.30 − £280.00 = £101.30.');
	});
});
