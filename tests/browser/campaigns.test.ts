import { expect, it } from 'vitest';
import { submit, visit } from '../support/browser';
import { DEMO_PASSPHRASE, describeJourney, heading, signIn } from '../support/journeys';
import { message } from '../support/pages';

const ENV = { HEARTH_DEMO: '1' };
const ORGANISER = 'Lucía (demo)';
const MEMBER = 'Mihai (demo)';
const TITLE = 'Brightway cleaners: pay what you owe';
const STORY = 'Twelve of us cleaned offices at night for two months and were never paid.';
const UNION = 'Cleaners and Allied Workers Union';
const COLLECTIVE = 'Brightway night cleaners: unpaid wages';

describeJourney('an organiser starts a campaign, a member supports it', ENV, (journey) => {
	it('Lucía starts a campaign linked to the collective case, with a partner union', async () => {
		const { hearth, browsing } = journey();
		const { page } = browsing;
		await signIn(browsing, hearth.url, ORGANISER, DEMO_PASSPHRASE);

		await visit(browsing, `${hearth.url}/c/demo/manage/partners/new`);
		await page.getByLabel('Name', { exact: true }).fill(UNION);
		await page.getByLabel('Kind', { exact: true }).selectOption('union');
		await page.getByLabel('Contact (if you want)').fill('Branch office, 020 7946 0123');
		await submit(browsing, () => page.getByRole('button', { name: 'Add the partner' }).click());
		expect(await heading(browsing)).toBe(UNION);

		await visit(browsing, `${hearth.url}/c/demo/manage/campaigns/new`);
		for (const language of ['Español', 'Polski', 'Română', 'العربية']) {
			await page.getByLabel(language, { exact: true }).uncheck();
		}
		await page.getByLabel('Title in English').fill(TITLE);
		await page.getByLabel('Goal in English').fill('Every hour paid, at least the minimum wage.');
		await page.getByLabel('Story in English').fill(STORY);
		await page.getByLabel('Title in Português').fill('Brightway: paguem o que devem');
		await page
			.getByLabel('Story in Português')
			.fill('Doze de nós limpámos escritórios à noite durante dois meses sem pagamento.');
		await page.getByLabel('Who the campaign is aimed at').selectOption('employer');
		await page
			.getByLabel('Employer from the register')
			.selectOption({ label: 'Brightway Cleaning Ltd' });
		await submit(browsing, () => page.getByRole('button', { name: 'Start the campaign' }).click());
		expect(await heading(browsing)).toBe(TITLE);
		await expect(page.getByRole('status').textContent()).resolves.toContain(
			message('campaigns.saved')
		);

		await page.getByLabel('Collective case').selectOption({ label: COLLECTIVE });
		await submit(browsing, () =>
			page.getByRole('button', { name: 'Link the collective case' }).click()
		);
		await page.getByLabel('Partner', { exact: true }).selectOption({ label: UNION });
		await submit(browsing, () => page.getByRole('button', { name: 'Link the partner' }).click());
		await page.getByLabel('Date', { exact: true }).fill('2026-11-20');
		await page.getByLabel('What happened').fill('Letter delivered to the head office');
		await submit(browsing, () => page.getByRole('button', { name: 'Add to the timeline' }).click());
		const main = page.locator('main');
		const text = (await main.textContent()) ?? '';
		expect(text).toContain(COLLECTIVE);
		expect(text).toMatch(/\d+ claims?/);
		expect(text).toContain(UNION);
		expect(text).toContain('Letter delivered to the head office');
	});

	it('Mihai reads the campaign in his language and supports it', async () => {
		const { hearth, browsing } = journey();
		const { page } = browsing;
		await signIn(browsing, hearth.url, MEMBER, DEMO_PASSPHRASE);
		await page.context().addCookies([{ name: 'hearth_lang', value: 'ro', url: hearth.url }]);
		await visit(browsing, `${hearth.url}/c/demo/campaigns`);
		expect(await heading(browsing)).toBe('Campanii');
		// The campaign is written in English and Portuguese: Romanian reads its main language.
		await submit(browsing, () => page.getByRole('link', { name: TITLE }).click());
		expect(await heading(browsing)).toBe(TITLE);
		const main = page.locator('main');
		await expect(main.textContent()).resolves.toContain(STORY);
		await expect(main.textContent()).resolves.toContain('Letter delivered to the head office');
		await submit(browsing, () =>
			page.getByRole('button', { name: 'Susțin această campanie' }).click()
		);
		await expect(page.getByRole('status').textContent()).resolves.toContain(
			'Mulțumim: susțineți această campanie.'
		);
		await expect(page.getByRole('button', { name: 'Renunț' }).count()).resolves.toBe(1);
	});
});
