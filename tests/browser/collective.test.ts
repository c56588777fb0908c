import { randomBytes } from 'node:crypto';
import { expect, it } from 'vitest';
import { seal } from '../../src/lib/server/platform/crypto';
import { uuidv7 } from '../../src/lib/server/platform/ids';
import { submit, visit } from '../support/browser';
import { DEMO_PASSPHRASE, describeJourney, heading, signIn, signOut } from '../support/journeys';
import { queryRows } from '../support/pages';

const KEY = randomBytes(32);
const ENV = { HEARTH_DEMO: '1', HEARTH_SECRET_KEY: KEY.toString('base64') };
const ORGANISER = 'Lucía (demo)';
const ADVISER = 'Amira (demo)';
const EMPLOYER = 'Riverside Deliveries';
const CLAIMS = [
	{ member: 'Mihai (demo)', owed: 43210, owedToday: 43300, from: '2025-03-03', to: '2025-03-30' },
	{ member: 'Grace (demo)', owed: 12345, owedToday: 12400, from: '2025-03-01', to: '2025-03-31' },
	{ member: 'Joana (demo)', owed: 99999, owedToday: 100000, from: '2025-04-01', to: '2025-04-30' }
];

/**
 * Three members' wage cases against the employer, each with a stored claim, as the cases part
 * keeps them (the adviser who opened each is on its team).
 */
async function seedClaims(databaseUrl: string): Promise<void> {
	const [ids] = await queryRows<{ centre: string; employer: string; adviser: string }>(
		databaseUrl,
		`select c.id as centre, e.id as employer, a.id as adviser
		 from centres c join employers e on e.centre_id = c.id, accounts a
		 where c.slug = 'demo' and e.name = $1 and a.chosen_name = $2`,
		[EMPLOYER, ADVISER]
	);
	if (!ids) throw new Error('The employer is not in the register');
	for (const claim of CLAIMS) {
		const caseId = uuidv7();
		await queryRows(
			databaseUrl,
			`insert into cases (centre_id, id, member_id, kind, summary, employer_id, opened_by)
			 select $1, $2, id, 'unpaid_wages', $3, $4, $5 from accounts where chosen_name = $6`,
			[ids.centre, caseId, seal('Nights not paid', KEY), ids.employer, ids.adviser, claim.member]
		);
		await queryRows(
			databaseUrl,
			'insert into case_team (centre_id, case_id, account_id) values ($1, $2, $3)',
			[ids.centre, caseId, ids.adviser]
		);
		await queryRows(
			databaseUrl,
			`insert into case_wage_claims
			   (centre_id, case_id, period_from, period_to, calculation, owed_pence, owed_today_pence)
			 values ($1, $2, $3, $4, $5, $6, $7)`,
			[
				ids.centre,
				caseId,
				claim.from,
				claim.to,
				seal(JSON.stringify({ owedPence: claim.owed }), KEY),
				claim.owed,
				claim.owedToday
			]
		);
	}
}

describeJourney('three claims become a collective case', ENV, (journey) => {
	it('an organiser registers the employer and groups three claims against it', async () => {
		const { hearth, browsing } = journey();
		const { page } = browsing;
		await signIn(browsing, hearth.url, ORGANISER, DEMO_PASSPHRASE);
		await visit(browsing, `${hearth.url}/c/demo/manage`);
		await submit(browsing, () =>
			page.getByRole('link', { name: 'Employers and collective cases' }).click()
		);
		expect(await heading(browsing)).toBe('Employers and collective cases');
		await submit(browsing, () => page.getByRole('link', { name: 'Add an employer' }).click());
		expect(await heading(browsing)).toBe('Add an employer');
		await page.getByLabel('Name', { exact: true }).fill(EMPLOYER);
		await page.getByLabel('Other names it trades under').fill('RD Couriers');
		await page.getByLabel('Kind', { exact: true }).selectOption('employer');
		await submit(browsing, () => page.getByRole('button', { name: 'Add to the register' }).click());
		expect(await heading(browsing)).toBe(EMPLOYER);
		await expect(page.getByRole('status').textContent()).resolves.toContain(
			'The register is saved.'
		);
		await expect(page.locator('main').textContent()).resolves.toContain(
			'There are no wage claims against this employer yet.'
		);

		await seedClaims(hearth.databaseUrl);
		await visit(browsing, page.url().split('?')[0] as string);
		const main = page.locator('main');
		for (const member of CLAIMS.map((claim) => claim.member)) {
			await expect(main.textContent()).resolves.not.toContain(member);
		}
		await page.getByLabel(/^Claim 1: £123\.45/).check();
		await page.getByLabel(/^Claim 2: £432\.10/).check();
		await page.getByLabel(/^Claim 3: £999\.99/).check();
		await page.getByLabel('Name of the collective case').fill('Riverside back pay');
		await submit(browsing, () =>
			page.getByRole('button', { name: 'Make a collective case' }).click()
		);
		expect(await heading(browsing)).toBe('Riverside back pay');
		await expect(page.getByRole('status').textContent()).resolves.toContain(
			'The collective case is made.'
		);
		// 123.45 + 432.10 + 999.99 = 1,555.54; at today's rates 124.00 + 433.00 + 1,000.00 = 1,557.00.
		await expect(page.getByTestId('workers').textContent()).resolves.toBe('3');
		await expect(page.getByTestId('owed').textContent()).resolves.toBe('£1,555.54');
		await expect(page.getByTestId('owed-today').textContent()).resolves.toBe('£1,557.00');
		await expect(main.textContent()).resolves.toContain('Ready for an organising campaign');

		// Taking a claim out asks first, and the totals follow: 1,555.54 − 123.45 = 1,432.09.
		await submit(browsing, () => page.getByRole('link', { name: 'Take out claim 1' }).click());
		await expect(page.locator('#confirm').textContent()).resolves.toContain('Claim 1: £123.45');
		await submit(browsing, () => page.getByRole('button', { name: 'Yes, take it out' }).click());
		await expect(page.getByRole('status').textContent()).resolves.toContain(
			'The claim is taken out of the collective case.'
		);
		await expect(page.getByTestId('workers').textContent()).resolves.toBe('2');
		await expect(page.getByTestId('owed').textContent()).resolves.toBe('£1,432.09');
		await signOut(browsing, hearth.url);
	});

	it('a member reports a problem and sees it listed as theirs', async () => {
		const { hearth, browsing } = journey();
		const { page } = browsing;
		await signIn(browsing, hearth.url, 'Yusuf (demo)', DEMO_PASSPHRASE);
		await visit(browsing, `${hearth.url}/c/demo`);
		await submit(browsing, () =>
			page.getByRole('link', { name: 'Tell us about an employer' }).click()
		);
		expect(await heading(browsing)).toBe('Tell us about an employer');
		await expect(page.locator('main').textContent()).resolves.toContain(
			'You have not reported anything.'
		);
		await page.getByLabel('Find the employer').fill('RD Couriers');
		await submit(browsing, () => page.getByRole('button', { name: 'Search' }).click());
		await page.getByLabel('Employer, agency or platform').selectOption({ label: EMPLOYER });
		await page.getByLabel('Money taken from pay').check();
		await page.getByLabel('In your own words (if you want)').fill('£40 for a bag I had to buy');
		await submit(browsing, () => page.getByRole('button', { name: 'Send the report' }).click());
		expect(await heading(browsing)).toBe('Tell us about an employer');
		await expect(page.getByRole('status').textContent()).resolves.toContain(
			'Your report is counted.'
		);
		const mine = page.locator('.my-reports');
		await expect(mine.textContent()).resolves.toContain(EMPLOYER);
		await expect(mine.textContent()).resolves.toContain('Money taken from pay');
		await expect(mine.textContent()).resolves.toContain('£40 for a bag I had to buy');

		// Withdrawing asks first.
		await submit(browsing, () => page.getByRole('link', { name: `Withdraw ${EMPLOYER}` }).click());
		expect(await heading(browsing)).toBe('Tell us about an employer');
		await submit(browsing, () => page.getByRole('button', { name: 'Yes, withdraw it' }).click());
		await expect(page.getByRole('status').textContent()).resolves.toContain(
			'Your report is withdrawn.'
		);
		await expect(page.locator('main').textContent()).resolves.toContain(
			'You have not reported anything.'
		);
		await signOut(browsing, hearth.url);
	});
});
