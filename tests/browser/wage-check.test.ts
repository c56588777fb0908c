import { expect, it } from 'vitest';
import { formatPence } from '../../src/lib/casework/money';
import { formats } from '../../src/lib/i18n/format';
import { translator } from '../../src/lib/i18n/translate';
import { submit, visit, type Browsing } from '../support/browser';
import { DEMO_PASSPHRASE, describeJourney, heading, signIn } from '../support/journeys';
import { queryRows } from '../support/pages';

// Sunday 22 November 2026 at noon in London: "today's rates" are those of April 2026.
const DEMO = { HEARTH_DEMO: '1', HEARTH_CLOCK_START: '2026-11-22T12:00:00Z' };
const MEMBER = 'Mihai (demo)';

/**
 * A week of five night shifts, 22:00 to 06:00 with half an hour's unpaid break, for a worker born
 * on 1 May 2004 and paid £200: 37.5 hours at the 18–20 rate of £8.60 is £322.50, so £122.50 is
 * owed; repaid at today's living wage of £12.71, 12250 × 1271 / 860 = 18104.36, £181.04.
 */
async function enterNightWeek({ page }: Browsing): Promise<void> {
	await page.locator('#field-dateOfBirth').fill('2004-05-01');
	await page.locator('#field-periodStart').fill('2025-03-03');
	await page.locator('#field-periodEnd').fill('2025-03-09');
	await page.locator('#field-paid').fill('200');
	for (const row of [0, 1, 2, 3, 4]) {
		await page.locator(`#field-shift-${row}-date`).fill(`2025-03-0${3 + row}`);
		await page.locator(`#field-shift-${row}-start`).fill('22:00');
		await page.locator(`#field-shift-${row}-end`).fill('06:00');
		await page.locator(`#field-shift-${row}-nextDay`).check();
		await page.locator(`#field-shift-${row}-break`).fill('30');
	}
}

const mainText = async ({ page }: Browsing) => (await page.locator('main').textContent()) ?? '';

describeJourney('"Am I paid enough?"', DEMO, (journey) => {
	it('a visitor checks a week of night shifts in Arabic and sees what is owed, explained', async () => {
		const { hearth, browsing } = journey();
		const { page } = browsing;
		const t = translator('ar');

		await visit(browsing, `${hearth.url}/c/demo`);
		await submit(browsing, () => page.getByRole('link', { name: 'Am I paid enough?' }).click());
		expect(await heading(browsing)).toBe('Am I paid enough?');
		await submit(browsing, () => page.getByRole('button', { name: 'العربية' }).click());
		expect(await heading(browsing)).toBe(t('wageCheck.title'));
		expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
		expect(await mainText(browsing)).toContain(t('wageCheck.nothingKept'));

		// A first try with the "next day" box left unticked on one night is sent back, kept.
		await enterNightWeek(browsing);
		await page.locator('#field-shift-2-nextDay').uncheck();
		await submit(browsing, () => page.getByRole('button', { name: t('wageCheck.check') }).click());
		const summary = page.getByRole('alert');
		await expect(summary.textContent()).resolves.toContain(
			t('wageCheck.errorShiftEndsBeforeStart')
		);
		expect(await page.locator('#field-shift-2-end').inputValue()).toBe('06:00');
		expect(await page.locator('#field-paid').inputValue()).toBe('200');

		await page.locator('#field-shift-2-nextDay').check();
		await submit(browsing, () => page.getByRole('button', { name: t('wageCheck.check') }).click());
		const text = await mainText(browsing);
		expect(text).toContain(formatPence(12250, 'ar'));
		expect(text).toContain(formatPence(18104, 'ar'));
		expect(text).toContain(
			t('wages.explainAge', {
				startOn: formats('ar', 'UTC').calendarDate('2025-03-03'),
				age: 20
			})
		);
		// A visitor has no diary: nothing offers to keep the shifts.
		expect(text).not.toContain(t('wageCheck.keep'));
	});

	it('a signed-in member keeps the shifts in their diary', async () => {
		const { hearth, browsing } = journey();
		const { page } = browsing;
		const countShifts = async () =>
			Number(
				(
					await queryRows<{ n: string }>(
						hearth.databaseUrl,
						`select count(*) as n from diary_shifts s join accounts a on a.id = s.account_id
						 where a.chosen_name = $1`,
						[MEMBER]
					)
				)[0]?.n
			);

		// The visitor before chose Arabic on this browser; this member reads English.
		await visit(browsing, `${hearth.url}/c/demo`);
		await submit(browsing, () => page.getByRole('button', { name: 'English' }).click());
		await signIn(browsing, hearth.url, MEMBER, DEMO_PASSPHRASE);
		await visit(browsing, `${hearth.url}/c/demo/wages`);
		const before = await countShifts();
		await enterNightWeek(browsing);
		await submit(browsing, () => page.getByRole('button', { name: 'More rows' }).click());
		expect(await page.locator('#field-shift-13-date').inputValue()).toBe('');
		expect(await page.locator('#field-shift-4-date').inputValue()).toBe('2025-03-07');
		await submit(browsing, () => page.getByRole('button', { name: 'Check my pay' }).click());
		expect(await mainText(browsing)).toContain('£122.50');
		expect(await countShifts()).toBe(before);

		await submit(browsing, () =>
			page.getByRole('button', { name: 'Keep these shifts in my diary' }).click()
		);
		await expect(page.getByRole('status').first().textContent()).resolves.toContain(
			'5 shifts are now in your diary.'
		);
		expect(await countShifts()).toBe(before + 5);
		await submit(browsing, () => page.getByRole('link', { name: 'Open my diary' }).click());
		expect(new URL(page.url()).pathname).toBe('/c/demo/diary');
	});
});
