import { expect, it } from 'vitest';
import { addDays, instantToLocal } from '../../src/lib/server/centres/opening-hours';
import { submit, visit } from '../support/browser';
import {
	DEMO_COORDINATOR,
	DEMO_PASSPHRASE,
	describeJourney,
	heading,
	signIn,
	signOut
} from '../support/journeys';

const PROPOSAL = 'Free tea and soup after night shifts';

describeJourney('an assembly votes', { HEARTH_DEMO: '1' }, (journey) => {
	it('a member puts a proposal, amends it, the assembly votes by secret ballot, the result is published, and a voter checks their receipt', async () => {
		const { hearth, browsing } = journey();
		const { page } = browsing;
		const assemblyLink = () => page.getByRole('link', { name: 'Winter general assembly' });

		// A member puts a proposal; a missing summary is named and the text kept.
		await signIn(browsing, hearth.url, 'Grace (demo)', DEMO_PASSPHRASE);
		await visit(browsing, `${hearth.url}/c/demo`);
		await submit(browsing, () =>
			page.getByRole('link', { name: 'Assemblies, proposals and votes' }).click()
		);
		await submit(browsing, () => assemblyLink().click());
		expect(await heading(browsing)).toBe('Winter general assembly');
		await page
			.getByLabel('The proposal', { exact: true })
			.fill('Hot drinks for everyone who comes in from a night shift.');
		await submit(browsing, () => page.getByRole('button', { name: 'Put the proposal' }).click());
		expect(await page.title()).toMatch(/^Error: /);
		await expect(page.getByRole('alert').textContent()).resolves.toContain(
			'Say in a few words what you propose'
		);
		await expect(page.getByLabel('The proposal', { exact: true }).inputValue()).resolves.toContain(
			'Hot drinks'
		);
		await page.getByLabel('Proposal in a few words').fill('Free tea after night shifts');
		await submit(browsing, () => page.getByRole('button', { name: 'Put the proposal' }).click());
		await expect(page.getByRole('status').textContent()).resolves.toContain(
			'Your proposal is put to the assembly.'
		);
		// Amended before voting opens: a new version, the old one kept.
		await page.getByLabel('Proposal in a few words').fill(PROPOSAL);
		await submit(browsing, () =>
			page.getByRole('button', { name: 'Save the new version' }).click()
		);
		expect(await heading(browsing)).toBe(PROPOSAL);
		await expect(page.locator('main').textContent()).resolves.toContain('Version 2');
		await page.getByLabel('Your comment').fill('Soup for the riders too, please.');
		await submit(browsing, () => page.getByRole('button', { name: 'Add your comment' }).click());
		await expect(page.locator('main').textContent()).resolves.toContain(
			'Soup for the riders too, please.'
		);
		await signOut(browsing, hearth.url);

		// The coordinator prepares the vote and opens it until tomorrow night.
		const tomorrow = addDays(instantToLocal(new Date(), 'Europe/London').date, 1);
		await signIn(browsing, hearth.url, DEMO_COORDINATOR, DEMO_PASSPHRASE);
		await visit(browsing, `${hearth.url}/c/demo/manage/assemblies`);
		await submit(browsing, () => assemblyLink().click());
		const card = page.locator('li').filter({ hasText: PROPOSAL });
		await submit(browsing, () =>
			card.getByRole('button', { name: 'Prepare a vote on this' }).click()
		);
		await page.getByLabel('Closing date').fill(tomorrow);
		await page.getByLabel('Closing time').fill('23:00');
		await submit(browsing, () => page.getByRole('button', { name: 'Open voting' }).click());
		await expect(page.getByRole('status').textContent()).resolves.toContain('Voting is open.');
		await signOut(browsing, hearth.url);

		// Members vote; each gets a receipt, shown once, that says nothing of the vote.
		let receipt = '';
		for (const [name, choice] of [
			['Grace (demo)', 'Yes'],
			['Mihai (demo)', 'Yes'],
			['Joana (demo)', 'No']
		] as const) {
			await signIn(browsing, hearth.url, name, DEMO_PASSPHRASE);
			await visit(browsing, `${hearth.url}/c/demo/assemblies`);
			await submit(browsing, () => assemblyLink().click());
			if (name === 'Grace (demo)') {
				// The proposal's words are frozen now.
				await submit(browsing, () => page.getByRole('link', { name: PROPOSAL }).last().click());
				await expect(
					page.getByRole('button', { name: 'Save the new version' }).count()
				).resolves.toBe(0);
				await submit(browsing, () => page.getByRole('link', { name: 'Go to the vote' }).click());
			} else {
				// The assembly lists its votes first.
				await submit(browsing, () => page.getByRole('link', { name: PROPOSAL }).first().click());
			}
			expect(await heading(browsing)).toBe(PROPOSAL);
			if (name === 'Mihai (demo)') {
				await submit(browsing, () => page.getByRole('button', { name: 'Cast my vote' }).click());
				await expect(page.getByRole('alert').textContent()).resolves.toContain(
					'Choose yes, no or abstain'
				);
			}
			await page.getByLabel(choice, { exact: true }).check();
			await submit(browsing, () => page.getByRole('button', { name: 'Cast my vote' }).click());
			await expect(page.getByRole('status').textContent()).resolves.toContain('Your vote is cast.');
			const code = ((await page.locator('.receipt').textContent()) ?? '').trim();
			expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
			if (name === 'Grace (demo)') receipt = code;
			await visit(browsing, page.url());
			await expect(page.locator('main').textContent()).resolves.toContain('You have voted.');
			await expect(page.getByRole('button', { name: 'Cast my vote' }).count()).resolves.toBe(0);
			await signOut(browsing, hearth.url);
		}

		// The coordinator closes voting early, asked first to be sure.
		await signIn(browsing, hearth.url, DEMO_COORDINATOR, DEMO_PASSPHRASE);
		await visit(browsing, `${hearth.url}/c/demo/manage/assemblies`);
		await submit(browsing, () => assemblyLink().click());
		const voteCard = page.locator('li.panel').filter({ hasText: PROPOSAL });
		await submit(browsing, () =>
			voteCard.getByRole('button', { name: 'Close voting now' }).click()
		);
		await submit(browsing, () =>
			page.getByRole('button', { name: 'Yes, close voting now' }).click()
		);
		await expect(page.getByRole('status').textContent()).resolves.toContain(
			'Voting is closed and the result is published.'
		);
		await signOut(browsing, hearth.url);

		// The result, for members: counts, turnout against the quorum; and the receipt checks out.
		await signIn(browsing, hearth.url, 'Grace (demo)', DEMO_PASSPHRASE);
		await visit(browsing, `${hearth.url}/c/demo/assemblies`);
		await submit(browsing, () => assemblyLink().click());
		await submit(browsing, () => page.getByRole('link', { name: PROPOSAL }).first().click());
		const result = (await page.locator('main').textContent()) ?? '';
		expect(result).toContain('The proposal is carried.');
		expect(result).toContain('3 ballots cast of 7 members who could vote.');
		expect(result).toContain('Online: 3. On paper at the centre: 0.');
		expect(result).toContain('Quorum met (1 ballot needed).');
		await submit(browsing, () => page.getByRole('link', { name: 'Check a receipt' }).click());
		await page.getByLabel('Receipt code').fill(receipt.toLowerCase());
		await submit(browsing, () => page.getByRole('button', { name: 'Check' }).click());
		await expect(page.getByRole('status').textContent()).resolves.toContain(
			`This ballot was counted in “${PROPOSAL}”.`
		);
		await page.getByLabel('Receipt code').fill('ABCD-EFGH-JKMN');
		await submit(browsing, () => page.getByRole('button', { name: 'Check' }).click());
		await expect(page.getByRole('status').textContent()).resolves.toContain(
			'No ballot has this receipt.'
		);
	});
});
