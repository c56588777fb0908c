import { expect, it } from 'vitest';
import { mondayOf } from '../../src/lib/server/centres/events';
import { addDays, instantToLocal } from '../../src/lib/server/centres/opening-hours';
import { submit, visit } from '../support/browser';
import { DEMO_PASSPHRASE, describeJourney, heading, signIn, signOut } from '../support/journeys';
import { queryRows } from '../support/pages';

const ORGANISER = 'Lucía (demo)';
const TITLE = 'Riders at the depot, by night';
const MEETING_POINT = 'Under the big clock outside Whitechapel station';

describeJourney('a night demonstration and its door list', { HEARTH_DEMO: '1' }, (journey) => {
	it('Lucía plans a night demonstration with a meeting point; Mihai and Grace sign up; at the door she ticks Mihai and counts three without names: turnout 4', async () => {
		const { hearth, browsing } = journey();
		const { page } = browsing;
		// Wednesday of next week on the centre's clock: always ahead.
		const wednesday = addDays(mondayOf(instantToLocal(new Date(), 'Europe/London').date), 9);

		await signIn(browsing, hearth.url, ORGANISER, DEMO_PASSPHRASE);
		await visit(browsing, `${hearth.url}/c/demo/manage/actions`);
		await submit(browsing, () => page.getByRole('link', { name: 'Plan an action' }).click());
		expect(await heading(browsing)).toBe('Plan an action');
		await page.getByLabel('Demonstration').check();
		await page.getByLabel('Title in English').fill(TITLE);
		await page.getByLabel('Date it starts').fill(wednesday);
		await page.getByLabel('Starts at').fill('22:00');
		await page.getByLabel('Ends at').fill('23:30');
		await page.getByLabel('Place', { exact: true }).fill('Riverside depot, 4 Dock Road');

		// At night a demonstration needs a meeting point; the rest of the input is kept.
		await submit(browsing, () => page.getByRole('button', { name: 'Plan the action' }).click());
		await expect(page.getByRole('alert').textContent()).resolves.toContain(
			'needs a visible meeting point'
		);
		await expect(page.getByLabel('Title in English').inputValue()).resolves.toBe(TITLE);
		await page.getByLabel('Meeting point').fill(MEETING_POINT);
		await submit(browsing, () => page.getByRole('button', { name: 'Plan the action' }).click());
		await expect(page.getByRole('status').textContent()).resolves.toContain('The action is saved.');
		const [row] = await queryRows<{ id: string }>(
			hearth.databaseUrl,
			'select id from actions where texts @> $1',
			[JSON.stringify({ en: { title: TITLE } })]
		);
		if (!row) throw new Error('The action was not saved');
		const publicPage = `${hearth.url}/c/demo/actions/${row.id}`;
		await signOut(browsing, hearth.url);

		// Mihai finds it in the public list, with the meeting point shown plainly, and signs up.
		await signIn(browsing, hearth.url, 'Mihai (demo)', DEMO_PASSPHRASE);
		await visit(browsing, `${hearth.url}/c/demo/actions`);
		await expect(page.locator('main').textContent()).resolves.toContain(MEETING_POINT);
		await submit(browsing, () => page.getByRole('link', { name: TITLE }).click());
		expect(await heading(browsing)).toBe(TITLE);
		await submit(browsing, () => page.getByRole('button', { name: 'Sign up' }).click());
		await expect(page.getByRole('status').textContent()).resolves.toContain('You are signed up.');
		await signOut(browsing, hearth.url);

		await signIn(browsing, hearth.url, 'Grace (demo)', DEMO_PASSPHRASE);
		await visit(browsing, publicPage);
		await submit(browsing, () => page.getByRole('button', { name: 'Sign up' }).click());
		await expect(page.getByRole('button', { name: 'Take my name off' }).count()).resolves.toBe(1);
		await signOut(browsing, hearth.url);

		// Each sign-up queued its reminder, a day before the start.
		const reminders = await queryRows<{ due: boolean }>(
			hearth.databaseUrl,
			`select m.not_before = a.starts_at - interval '24 hours' as due
			 from messages m join actions a on a.centre_id = m.centre_id and a.id = $1
			 where m.reminder_key = 'action:' || $1`,
			[row.id]
		);
		expect(reminders.map((reminder) => reminder.due)).toEqual([true, true]);

		// At the door: Mihai ticked, three people who gave no name.
		await signIn(browsing, hearth.url, ORGANISER, DEMO_PASSPHRASE);
		await visit(browsing, `${hearth.url}/c/demo/manage/actions/${row.id}/door`);
		expect(await heading(browsing)).toBe('Door list');
		await expect(page.getByTestId('turnout').textContent()).resolves.toBe('0');
		await page.getByLabel('Mihai (demo)').check();
		await page.getByLabel('People who came without giving a name').fill('2');
		await submit(browsing, () => page.getByRole('button', { name: '+1 without a name' }).click());
		await expect(page.getByRole('status').textContent()).resolves.toContain(
			'The door list is saved.'
		);
		await expect(page.getByTestId('turnout').textContent()).resolves.toBe('4');
		await expect(page.getByLabel('Mihai (demo)').isChecked()).resolves.toBe(true);
		await expect(page.getByLabel('Grace (demo)').isChecked()).resolves.toBe(false);
		await expect(
			page.getByLabel('People who came without giving a name').inputValue()
		).resolves.toBe('3');
		await expect(page.locator('main').textContent()).resolves.not.toMatch(/no-show/i);
		await signOut(browsing, hearth.url);
	});
});
