import { expect, it } from 'vitest';
import { submit, visit, type Browsing } from '../support/browser';
import { DEMO_PASSPHRASE, describeJourney, heading, signIn, signOut } from '../support/journeys';
import { queryRows } from '../support/pages';

// Wednesday 25 November 2026, 15:00 in London: the demo centre is open until 21:00 tonight.
const CLOCK = '2026-11-25T15:00:00Z';
const DEMO = { HEARTH_DEMO: '1', HEARTH_CLOCK_START: CLOCK };

/**
 * The member, signed in and on the advisers' page, asks to meet advisers for this evening who
 * speak the language and help with the topic, and chooses one of those proposed.
 */
async function chooseThroughMeetThree(
	browsing: Browsing,
	choice: { language: string; topic: string; adviser: string }
): Promise<void> {
	const { page } = browsing;
	await submit(browsing, () => page.getByRole('link', { name: 'Meet three advisers' }).click());
	expect(await heading(browsing)).toBe('Meet three advisers');
	await page.getByLabel('Language you want to speak').selectOption(choice.language);
	await page.getByLabel(choice.topic, { exact: true }).check();
	await page.getByLabel('Day you can come').fill('2026-11-25');
	await page.getByLabel('In the evening').check();
	await submit(browsing, () => page.getByRole('button', { name: 'Find three advisers' }).click());
	expect(await heading(browsing)).toBe('Your three meetings');
	await expect(page.locator('ol').textContent()).resolves.toContain(choice.adviser);
	await page.getByLabel(choice.adviser, { exact: true }).check();
	await submit(browsing, () => page.getByRole('button', { name: 'Choose this adviser' }).click());
	expect(await heading(browsing)).toBe('Advisers');
	await expect(page.getByRole('status').textContent()).resolves.toContain(
		`${choice.adviser} is now your adviser.`
	);
}

async function currentAdviser(databaseUrl: string, member: string): Promise<string | undefined> {
	const rows = await queryRows<{ name: string }>(
		databaseUrl,
		`select a.chosen_name as name from adviser_choices c
		 join accounts a on a.id = c.adviser_id join accounts m on m.id = c.member_id
		 where m.chosen_name = $1 and c.ended_at is null`,
		[member]
	);
	return rows[0]?.name;
}

const MEMBER = 'Mihai (demo)';
const ADVISER = 'Lucía (demo)';

describeJourney('a plan written together', DEMO, (journey) => {
	it('a member and their adviser write the four parts, with a promise on each side', async () => {
		const { hearth, browsing } = journey();
		const { page } = browsing;

		// The member asks to meet advisers who help with learning English, and chooses Lucía.
		await signIn(browsing, hearth.url, MEMBER, DEMO_PASSPHRASE);
		await visit(browsing, `${hearth.url}/c/demo/advisers`);
		await chooseThroughMeetThree(browsing, {
			language: 'en',
			topic: 'English and learning',
			adviser: ADVISER
		});

		// The member starts from the centre's page, on their own.
		await visit(browsing, `${hearth.url}/c/demo`);
		await submit(browsing, () =>
			page.getByRole('link', { name: 'My plan: I can, I am, I will, I want' }).click()
		);
		expect(await heading(browsing)).toBe('My plan');
		await expect(page.locator('main').textContent()).resolves.toContain('Your plan is empty');
		await submit(browsing, () => page.getByRole('link', { name: 'Write my plan' }).click());
		expect(await heading(browsing)).toBe('Write my plan');
		await page.getByLabel('Language of the plan').selectOption('ro');
		await page.getByLabel('I can', { exact: true }).fill('Conduc o mașină și repar biciclete.');
		await page.getByLabel('I am', { exact: true }).fill('Curier de noapte, din Iași.');
		await page.getByLabel('I will', { exact: true }).fill('Învăț engleza pentru muncă.');
		await page.getByLabel('I want', { exact: true }).fill('Un contract cu ore fixe.');
		await page.getByLabel('I will (1)').fill('Vin la clubul de conversație joia');
		await submit(browsing, () => page.getByRole('button', { name: 'Save the plan' }).click());
		expect(await heading(browsing)).toBe('My plan');
		await expect(page.getByRole('status').textContent()).resolves.toContain('The plan is saved.');
		const main = page.locator('main');
		await expect(main.textContent()).resolves.toContain('Conduc o mașină și repar biciclete.');
		await expect(main.textContent()).resolves.toContain('written by you');
		await expect(main.textContent()).resolves.toContain('in Română');

		// Shared with the adviser they chose.
		await expect(main.textContent()).resolves.toContain(`${ADVISER}, your adviser, cannot read it`);
		await submit(browsing, () =>
			page.getByRole('button', { name: `Share with ${ADVISER}` }).click()
		);
		await expect(page.getByRole('status').textContent()).resolves.toContain(
			`Your plan is shared with ${ADVISER}.`
		);
		await signOut(browsing, hearth.url);

		// The adviser finds it among the plans shared with them and writes the centre's promise.
		await signIn(browsing, hearth.url, ADVISER, DEMO_PASSPHRASE);
		await visit(browsing, `${hearth.url}/c/demo/manage/support/plans`);
		expect(await heading(browsing)).toBe('Plans shared with me');
		await submit(browsing, () => page.getByRole('link', { name: MEMBER }).click());
		expect(await heading(browsing)).toBe(`The plan of ${MEMBER}`);
		await expect(main.textContent()).resolves.toContain('Învăț engleza pentru muncă.');
		await submit(browsing, () => page.getByRole('link', { name: 'Change the plan' }).click());
		expect(await heading(browsing)).toBe(`Change the plan of ${MEMBER}`);
		await expect(page.getByLabel('I can', { exact: true }).inputValue()).resolves.toBe(
			'Conduc o mașină și repar biciclete.'
		);
		await page.getByLabel('Kind of help (1)').selectOption('course');
		await page
			.getByLabel('The centre will provide (1)')
			.fill('Un loc la cursul de engleză pentru curieri');
		await page.getByLabel('By when (1)').fill('2099-01-15');
		await page.getByLabel('Has the centre done it? (1)').selectOption('done');
		await submit(browsing, () => page.getByRole('button', { name: 'Save the plan' }).click());
		expect(await heading(browsing)).toBe(`The plan of ${MEMBER}`);
		await expect(page.getByRole('status').textContent()).resolves.toContain('The plan is saved.');
		await expect(main.textContent()).resolves.toContain('A course:');
		await signOut(browsing, hearth.url);

		// The member sees both sides, who wrote what, and the earlier version.
		await signIn(browsing, hearth.url, MEMBER, DEMO_PASSPHRASE);
		await visit(browsing, `${hearth.url}/c/demo/plan`);
		const text = (await main.textContent()) ?? '';
		expect(text).toContain(`written by ${ADVISER}`);
		expect(text).toContain('What I will do');
		expect(text).toContain('Vin la clubul de conversație joia');
		expect(text).toContain('What the centre will provide');
		expect(text).toContain('Un loc la cursul de engleză pentru curieri');
		expect(text).not.toContain('The centre is late on this.');
		await submit(browsing, () => page.getByRole('link', { name: /Earlier versions/ }).click());
		expect(await heading(browsing)).toBe('Versions of my plan');
		await expect(page.locator('tbody tr').count()).resolves.toBe(2);
		await submit(browsing, () => page.getByRole('link', { name: 'Version 1' }).click());
		expect(await heading(browsing)).toBe('My plan, version 1');
		await expect(main.textContent()).resolves.toContain('This is an earlier version.');
		await expect(main.textContent()).resolves.not.toContain('Un loc la cursul');

		// Taken as a file, in the plan's own language.
		const file = await page.context().request.get(`${hearth.url}/c/demo/plan/plan.txt`);
		expect(file.headers()['content-disposition']).toMatch(/^attachment;/);
		const body = await file.text();
		expect(body).toContain('Planul lui Mihai (demo)');
		expect(body).toContain('[x] Un curs: Un loc la cursul de engleză pentru curieri');

		// Right to left in Arabic.
		await submit(browsing, () => page.getByRole('button', { name: 'العربية' }).click());
		await visit(browsing, `${hearth.url}/c/demo/plan`);
		await expect(page.locator('html').getAttribute('dir')).resolves.toBe('rtl');
		expect(await heading(browsing)).toBe('خطتي');
		await submit(browsing, () => page.getByRole('button', { name: 'English' }).click());
	});
});

describeJourney('a plan after a change of adviser', DEMO, (journey) => {
	it('the new adviser cannot read the plan until the member shares it; the old one no longer can', async () => {
		const { hearth, browsing } = journey();
		const { page } = browsing;
		const main = page.locator('main');
		const oldAdviser = await currentAdviser(hearth.databaseUrl, 'Grace (demo)');
		if (!oldAdviser) throw new Error('Grace has no adviser in the demo');
		const newAdviser = ['Tomasz (demo)', 'Amira (demo)'].find((name) => name !== oldAdviser);
		if (!newAdviser) throw new Error('No other adviser in the demo');
		const [grace] = await queryRows<{ id: string }>(
			hearth.databaseUrl,
			`select id from accounts where chosen_name = 'Grace (demo)'`
		);
		const planPath = `${hearth.url}/c/demo/manage/support/plans/${grace?.id}`;

		// Her adviser reads the plan she shared.
		await signIn(browsing, hearth.url, oldAdviser, DEMO_PASSPHRASE);
		await visit(browsing, `${hearth.url}/c/demo/manage/support/plans`);
		await submit(browsing, () => page.getByRole('link', { name: 'Grace (demo)' }).click());
		await expect(main.textContent()).resolves.toContain('live-in carer');
		await signOut(browsing, hearth.url);

		// Grace changes adviser on the advisers' page, then meets advisers and chooses another.
		await signIn(browsing, hearth.url, 'Grace (demo)', DEMO_PASSPHRASE);
		await visit(browsing, `${hearth.url}/c/demo/advisers`);
		await submit(browsing, () => page.getByRole('link', { name: 'Change adviser' }).click());
		await submit(browsing, () => page.getByRole('button', { name: 'Yes, change adviser' }).click());
		await expect(page.getByRole('status').textContent()).resolves.toContain(
			'You no longer have an adviser.'
		);
		// Amira and Tomasz both help with pay, so the one she did not have is among those proposed.
		await chooseThroughMeetThree(browsing, {
			language: 'en',
			topic: 'Wages and pay',
			adviser: newAdviser
		});
		await visit(browsing, `${hearth.url}/c/demo/plan`);
		await expect(main.textContent()).resolves.toContain(
			`${newAdviser}, your adviser, cannot read it`
		);
		await signOut(browsing, hearth.url);

		// Neither the old adviser nor the new one can read it now.
		for (const adviser of [oldAdviser, newAdviser]) {
			await signIn(browsing, hearth.url, adviser, DEMO_PASSPHRASE);
			await visit(browsing, `${hearth.url}/c/demo/manage/support/plans`);
			await expect(page.getByRole('link', { name: 'Grace (demo)' }).count()).resolves.toBe(0);
			await visit(browsing, planPath);
			expect(await heading(browsing)).toBe('You cannot see this page');
			await expect(main.textContent()).resolves.not.toContain('live-in carer');
			await signOut(browsing, hearth.url);
		}

		// She shares it with the new adviser, who can then read it; the old one still cannot.
		await signIn(browsing, hearth.url, 'Grace (demo)', DEMO_PASSPHRASE);
		await visit(browsing, `${hearth.url}/c/demo/plan`);
		await submit(browsing, () =>
			page.getByRole('button', { name: `Share with ${newAdviser}` }).click()
		);
		await expect(page.getByRole('status').textContent()).resolves.toContain(
			`Your plan is shared with ${newAdviser}.`
		);
		// The centre's late promise is shown to her as the centre's, never as hers.
		await expect(main.textContent()).resolves.toContain('The centre is late on this.');
		await signOut(browsing, hearth.url);

		await signIn(browsing, hearth.url, newAdviser, DEMO_PASSPHRASE);
		await visit(browsing, `${hearth.url}/c/demo/manage/support/plans`);
		await submit(browsing, () => page.getByRole('link', { name: 'Grace (demo)' }).click());
		await expect(main.textContent()).resolves.toContain('live-in carer');
		await signOut(browsing, hearth.url);

		await signIn(browsing, hearth.url, oldAdviser, DEMO_PASSPHRASE);
		await visit(browsing, planPath);
		expect(await heading(browsing)).toBe('You cannot see this page');
	});
});
