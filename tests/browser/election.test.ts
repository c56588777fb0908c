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

const ELECTION = 'Board election, winter';
const CANDIDATES = [
	'Coordinator (demo)',
	'Amira (demo)',
	'Lucía (demo)',
	'Tomasz (demo)',
	'Grace (demo)',
	'Mihai (demo)',
	'Joana (demo)'
];

describeJourney('a board election by STV', { HEARTH_DEMO: '1' }, (journey) => {
	it('three seats, seven candidates, votes online and on paper, and every stage of the count published', async () => {
		const { hearth, browsing } = journey();
		const { page } = browsing;
		const assemblyLink = () => page.getByRole('link', { name: 'Winter general assembly' });
		const tomorrow = addDays(instantToLocal(new Date(), 'Europe/London').date, 1);

		// The coordinator prepares the election: too few candidates is named, input kept.
		await signIn(browsing, hearth.url, DEMO_COORDINATOR, DEMO_PASSPHRASE);
		await visit(browsing, `${hearth.url}/c/demo/manage/assemblies`);
		await submit(browsing, () => assemblyLink().click());
		await page.getByLabel('Name of the election').fill(ELECTION);
		await page.getByLabel('Office', { exact: true }).fill('Board of the mutual');
		await page.getByLabel('Seats').fill('3');
		for (const name of CANDIDATES.slice(0, 3)) await page.getByLabel(name, { exact: true }).check();
		await submit(browsing, () =>
			page.getByRole('button', { name: 'Prepare the election' }).click()
		);
		await expect(page.getByRole('alert').textContent()).resolves.toContain(
			'Choose more candidates than there are seats'
		);
		await expect(page.getByLabel('Name of the election').inputValue()).resolves.toBe(ELECTION);
		for (const name of CANDIDATES) await page.getByLabel(name, { exact: true }).check();
		await submit(browsing, () =>
			page.getByRole('button', { name: 'Prepare the election' }).click()
		);
		await expect(page.getByRole('status').textContent()).resolves.toContain(
			'The election is prepared.'
		);
		await page.getByLabel('Closing date').fill(tomorrow);
		await page.getByLabel('Closing time').fill('22:00');
		await submit(browsing, () => page.getByRole('button', { name: 'Open voting' }).click());
		await expect(page.getByRole('status').textContent()).resolves.toContain('Voting is open.');
		await signOut(browsing, hearth.url);

		// Two members vote online, numbering candidates in their order.
		for (const [voter, ranking] of [
			['Mihai (demo)', ['Amira (demo)', 'Lucía (demo)', 'Grace (demo)']],
			['Grace (demo)', ['Amira (demo)', 'Grace (demo)']]
		] as const) {
			await signIn(browsing, hearth.url, voter, DEMO_PASSPHRASE);
			await visit(browsing, `${hearth.url}/c/demo/assemblies`);
			await submit(browsing, () => assemblyLink().click());
			await submit(browsing, () => page.getByRole('link', { name: ELECTION }).click());
			expect(await heading(browsing)).toBe(ELECTION);
			await expect(page.locator('main').textContent()).resolves.toContain(
				'An election for 3 seats: Board of the mutual.'
			);
			if (voter === 'Mihai (demo)') {
				// The same candidate twice is named beside the second choice; the choices are kept.
				await page.getByLabel('Choice 1', { exact: true }).selectOption({ label: 'Amira (demo)' });
				await page.getByLabel('Choice 2', { exact: true }).selectOption({ label: 'Amira (demo)' });
				await submit(browsing, () => page.getByRole('button', { name: 'Cast my vote' }).click());
				expect(await page.title()).toMatch(/^Error: /);
				await expect(page.getByRole('alert').textContent()).resolves.toContain(
					'You have chosen the same candidate more than once'
				);
				await expect(
					page.getByLabel('Choice 1', { exact: true }).locator('option:checked').textContent()
				).resolves.toBe('Amira (demo)');
			}
			for (const [index, name] of ranking.entries()) {
				await page.getByLabel(`Choice ${index + 1}`, { exact: true }).selectOption({ label: name });
			}
			for (let place = ranking.length + 1; place <= CANDIDATES.length; place++) {
				await page.getByLabel(`Choice ${place}`, { exact: true }).selectOption({ label: 'No one' });
			}
			await submit(browsing, () => page.getByRole('button', { name: 'Cast my vote' }).click());
			await expect(page.getByRole('status').textContent()).resolves.toContain('Your vote is cast.');
			await signOut(browsing, hearth.url);
		}

		// Three members voted on paper at the centre; a steward copies their papers in.
		await signIn(browsing, hearth.url, DEMO_COORDINATOR, DEMO_PASSPHRASE);
		await visit(browsing, `${hearth.url}/c/demo/manage/assemblies`);
		await submit(browsing, () => assemblyLink().click());
		const electionCard = page.locator('li.panel').filter({ hasText: ELECTION });
		await submit(browsing, () =>
			electionCard.getByRole('link', { name: 'Record paper ballots' }).click()
		);
		expect(await heading(browsing)).toBe('Record paper ballots');
		// Everyone who may vote is listed, voted or not: the list shows nobody's abstention. A
		// paper for someone who voted online is refused, and nothing is counted.
		await page.getByLabel('Member who voted on paper').selectOption({ label: 'Mihai (demo)' });
		await page.getByLabel('Choice 1', { exact: true }).selectOption({ label: 'Joana (demo)' });
		await submit(browsing, () => page.getByRole('button', { name: 'Record this ballot' }).click());
		await expect(page.getByRole('alert').textContent()).resolves.toContain(
			'This member has already voted'
		);
		for (const [voter, ranking] of [
			['Amira (demo)', ['Amira (demo)', 'Tomasz (demo)']],
			['Tomasz (demo)', ['Tomasz (demo)', 'Lucía (demo)']],
			['Lucía (demo)', ['Lucía (demo)', 'Joana (demo)']]
		] as const) {
			await page.getByLabel('Member who voted on paper').selectOption({ label: voter });
			for (const [index, name] of ranking.entries()) {
				await page.getByLabel(`Choice ${index + 1}`, { exact: true }).selectOption({ label: name });
			}
			await submit(browsing, () =>
				page.getByRole('button', { name: 'Record this ballot' }).click()
			);
			await expect(page.getByRole('status').textContent()).resolves.toContain(
				'The paper ballot is recorded.'
			);
		}

		// Voting closes; the count is published with every stage.
		await submit(browsing, () =>
			page.getByRole('link', { name: 'Winter general assembly' }).click()
		);
		const card = page.locator('li.panel').filter({ hasText: ELECTION });
		await submit(browsing, () => card.getByRole('button', { name: 'Close voting now' }).click());
		await submit(browsing, () =>
			page.getByRole('button', { name: 'Yes, close voting now' }).click()
		);
		await signOut(browsing, hearth.url);

		await signIn(browsing, hearth.url, 'Joana (demo)', DEMO_PASSPHRASE);
		await visit(browsing, `${hearth.url}/c/demo/assemblies`);
		await submit(browsing, () => assemblyLink().click());
		await submit(browsing, () => page.getByRole('link', { name: ELECTION }).click());
		const result = (await page.locator('main').textContent()) ?? '';
		expect(result).toMatch(
			/Elected: Amira \(demo\), (Lucía \(demo\), Tomasz \(demo\)|Tomasz \(demo\), Lucía \(demo\))/
		);
		expect(result).toContain('Online: 2. On paper at the centre: 3.');
		expect(result).toContain('5 ballots cast of 7 members who could vote.');
		const count = page.getByRole('table', { name: 'The count, stage by stage (votes)' });
		await expect(count.isVisible()).resolves.toBe(true);
		const stages = await count.getByRole('columnheader', { name: /^Stage \d+$/ }).count();
		expect(stages).toBeGreaterThan(2);
		// The new board is on the mutual page.
		await visit(browsing, `${hearth.url}/c/demo/mutual`);
		const officers = (await page.locator('main').textContent()) ?? '';
		for (const name of ['Amira (demo)', 'Lucía (demo)', 'Tomasz (demo)']) {
			expect(officers).toContain(name);
		}
		expect(officers).not.toMatch(/Grace \(demo\), Board of the mutual/);
	});
});
