import { expect, it } from 'vitest';
import { submit, visit } from '../support/browser';
import { DEMO_PASSPHRASE, describeJourney, heading, signIn } from '../support/journeys';

const ORGANISER = 'Lucía (demo)';
const MEMBER = 'Grace (demo)';
const ISSUES = 'Unpaid nights at Brightway';
const INTEREST = 'Wants to talk to others there';
const NEXT_STEP = "Come to Thursday's meeting";

describeJourney(
	'an organiser records a one-to-one and the member reads it',
	{ HEARTH_DEMO: '1' },
	(journey) => {
		it('Lucía finds Grace, records their conversation and marks that Grace spoke up', async () => {
			const { hearth, browsing } = journey();
			const { page } = browsing;
			await signIn(browsing, hearth.url, ORGANISER, DEMO_PASSPHRASE);
			await visit(browsing, `${hearth.url}/c/demo/manage/organising`);
			expect(await heading(browsing)).toBe('One-to-ones and paths');
			await page.getByLabel('Chosen name').fill('grace');
			await submit(browsing, () => page.getByRole('button', { name: 'Find' }).click());
			await submit(browsing, () => page.getByRole('link', { name: MEMBER }).click());
			expect(await heading(browsing)).toBe(MEMBER);
			await expect(page.locator('main').textContent()).resolves.toContain(
				'No one-to-one is recorded yet.'
			);

			await page.getByLabel('The issues they raised').fill(ISSUES);
			await page.getByLabel('Their interest').fill(INTEREST);
			await page.getByLabel('The next step you agreed').fill(NEXT_STEP);
			await submit(browsing, () =>
				page.getByRole('button', { name: 'Record the one-to-one' }).click()
			);
			await expect(page.getByRole('status').textContent()).resolves.toContain(
				'The one-to-one is recorded.'
			);
			const entry = page.locator('.one-to-one');
			await expect(entry.textContent()).resolves.toContain(ISSUES);
			await expect(entry.textContent()).resolves.toContain(`With ${ORGANISER}`);

			await page.getByLabel('Step', { exact: true }).selectOption({ label: 'Spoke up' });
			await submit(browsing, () => page.getByRole('button', { name: 'Record the step' }).click());
			await expect(page.getByRole('status').textContent()).resolves.toContain(
				'The step is recorded on the path.'
			);
			await expect(page.locator('[data-step="spoke_up"]').textContent()).resolves.toContain(
				'Reached on'
			);
			await browsing.page.context().clearCookies();
		});

		it('Grace signs in and reads what was written with her, and her path', async () => {
			const { hearth, browsing } = journey();
			const { page } = browsing;
			await signIn(browsing, hearth.url, MEMBER, DEMO_PASSPHRASE);
			await visit(browsing, `${hearth.url}/c/demo/organising`);
			expect(await heading(browsing)).toBe('What organisers have written with me');
			const main = page.locator('main');
			for (const words of [ISSUES, INTEREST, NEXT_STEP, `With ${ORGANISER}`]) {
				await expect(main.textContent()).resolves.toContain(words);
			}
			await expect(main.textContent()).resolves.toContain(
				'You can ask an organiser to correct or delete any of it'
			);
			const spokeUp = page.locator('[data-step="spoke_up"]');
			await expect(spokeUp.textContent()).resolves.toContain('Spoke up');
			await expect(spokeUp.textContent()).resolves.toContain('Reached on');
			await expect(page.locator('[data-step="leads"]').textContent()).resolves.toContain('Not yet');
		});
	}
);
