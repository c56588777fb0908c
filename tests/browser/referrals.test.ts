import pg from 'pg';
import { expect, it } from 'vitest';
import { submit, visit } from '../support/browser';
import { DEMO_PASSPHRASE, heading, signIn, signOut, describeJourney } from '../support/journeys';

const ADVISER = 'Amira (demo)';
const MEMBER = 'Mihai (demo)';

/** A service of the demo centre, by name and id, straight from its database. */
async function demoService(databaseUrl: string): Promise<{ id: string; name: string }> {
	const client = new pg.Client({ connectionString: databaseUrl });
	await client.connect();
	try {
		const { rows } = await client.query<{ id: string; name: string }>(
			`select s.id, s.name from services s join centres c on c.id = s.centre_id
			 where c.slug = 'demo' order by s.name, s.id limit 1`
		);
		if (!rows[0]) throw new Error('The demo has no services');
		return rows[0];
	} finally {
		await client.end();
	}
}

describeJourney('a referral with consent', { HEARTH_DEMO: '1' }, (journey, javaScript) => {
	const note = javaScript
		? 'Help with a deposit the landlord kept (with script)'
		: 'Help with a deposit the landlord kept (without script)';

	it('an adviser refers a member with consent; the member sees and withdraws it', async () => {
		const { hearth, browsing } = journey();
		const { page } = browsing;
		const service = await demoService(hearth.databaseUrl);

		await signIn(browsing, hearth.url, ADVISER, DEMO_PASSPHRASE);
		await visit(browsing, `${hearth.url}/c/demo/help/${service.id}/refer`);
		expect(await heading(browsing)).toBe('Refer a member to a service');
		await page.getByLabel('The member’s chosen name').fill('mihai (DEMO)');
		await page.getByLabel('What they need help with (optional)').fill(note);
		await submit(browsing, () => page.getByRole('button', { name: 'Continue' }).click());

		expect(await heading(browsing)).toBe('Agree to what is shared');
		const words = (await page.locator('.consent-words').textContent()) ?? '';
		expect(words).toContain(`“${service.name}”`);
		expect(words).toContain(MEMBER);
		expect(words).toContain(note);

		// Without the tick nothing is made, and the draft is still there.
		await submit(browsing, () => page.getByRole('button', { name: 'Make the referral' }).click());
		await expect(page.getByRole('alert').textContent()).resolves.toContain(
			'Nothing has been shared'
		);
		await expect(page.locator('.consent-words').textContent()).resolves.toContain(note);

		await page.getByLabel('I agree').check();
		await submit(browsing, () => page.getByRole('button', { name: 'Make the referral' }).click());
		expect(new URL(page.url()).pathname).toMatch(/^\/c\/demo\/referrals\/[0-9a-f-]{36}$/);
		await expect(page.getByRole('status').textContent()).resolves.toContain('The referral is made');
		await expect(page.getByText(note).isVisible()).resolves.toBe(true);

		await visit(browsing, `${hearth.url}/c/demo/referrals`);
		await expect(
			page.getByRole('region', { name: 'Referrals you made' }).textContent()
		).resolves.toContain(MEMBER);
		await signOut(browsing, hearth.url);

		await signIn(browsing, hearth.url, MEMBER, DEMO_PASSPHRASE);
		await visit(browsing, `${hearth.url}/c/demo/referrals`);
		const yours = page.getByRole('region', { name: 'Your referrals' });
		await expect(yours.textContent()).resolves.toContain(note);
		await expect(yours.textContent()).resolves.toContain(ADVISER);
		await submit(browsing, () => yours.getByRole('link', { name: service.name }).click());
		expect(await heading(browsing)).toBe(service.name);

		await submit(browsing, () => page.getByRole('link', { name: 'Withdraw consent' }).click());
		await expect(
			page.getByRole('heading', { name: 'Withdraw your consent for this referral?' }).isVisible()
		).resolves.toBe(true);
		await submit(browsing, () => page.getByRole('button', { name: 'Yes, withdraw' }).click());
		await expect(page.getByRole('status').textContent()).resolves.toContain(
			'Your note has been erased'
		);
		expect(await page.content()).not.toContain(note);
		await expect(page.getByRole('link', { name: 'Withdraw consent' }).count()).resolves.toBe(0);

		await visit(browsing, `${hearth.url}/c/demo/referrals`);
		const after = (await yours.textContent()) ?? '';
		expect(after).not.toContain(note);
		expect(after).toContain('Consent was withdrawn');
	});
});
