import { expect, it } from 'vitest';
import { expectAccessible, submit, visit } from '../support/browser';
import { DEMO_PASSPHRASE, describeJourney, heading, signIn } from '../support/journeys';

const ADVISER = 'Lucía (demo)';

// Friday 20 November 2026, 23:00 in London: the demo centre is open through the night.
describeJourney(
	'a night at the drop-in',
	{ HEARTH_DEMO: '1', HEARTH_CLOCK_START: '2026-11-20T23:00:00Z' },
	(journey, javaScript) => {
		it('three people check in, an adviser calls one, and the waiting room sees the call', async () => {
			const { hearth, browsing } = journey();
			const { page, context } = browsing;

			// The first person takes a ticket on their own phone, from the centre's page.
			await visit(browsing, `${hearth.url}/c/demo`);
			await submit(browsing, () =>
				page.getByRole('link', { name: 'Drop in: take a ticket and see your place' }).click()
			);
			expect(await heading(browsing)).toBe('Drop in');
			await page.getByLabel('Your name (optional)').fill('Rosa');
			await page.getByLabel('Wages and pay').check();
			await page.getByLabel('Which language would you like to speak?').selectOption('es');
			await page
				.getByLabel('In a few words, in your own language (optional)')
				.fill('me deben dos semanas');
			await submit(browsing, () => page.getByRole('button', { name: 'Take a ticket' }).click());
			const rosa = {
				url: page.url(),
				number: Number((await heading(browsing)).replace(/\D/g, ''))
			};
			expect(await heading(browsing)).toBe(`Ticket ${rosa.number}`);
			await expect(page.getByRole('status').textContent()).resolves.toContain(
				'You are in the queue.'
			);
			expect(await page.locator('main').textContent()).toMatch(/You are number \d+ in the queue\./);

			// A second person, with no name at all: a number is enough.
			await visit(browsing, `${hearth.url}/c/demo/drop-in`);
			await page.getByLabel('Housing').check();
			await page.getByLabel('Which language would you like to speak?').selectOption('ar');
			await submit(browsing, () => page.getByRole('button', { name: 'Take a ticket' }).click());
			const second = {
				url: page.url(),
				number: Number((await heading(browsing)).replace(/\D/g, ''))
			};
			expect(second.number).toBe(rosa.number + 1);

			// A third, with no phone, is checked in at the front desk by the adviser.
			await signIn(browsing, hearth.url, ADVISER, DEMO_PASSPHRASE);
			await visit(browsing, `${hearth.url}/c/demo/manage/drop-in`);
			expect(await heading(browsing)).toBe('Drop-in queue');
			const desk = page.locator('form[action="?/checkIn"]');
			await desk.getByLabel('Your name (optional)').fill('Tomek');
			await desk.getByLabel('Debt').check();
			await desk.getByLabel('Which language would you like to speak?').selectOption('pl');
			await submit(browsing, () => desk.getByRole('button', { name: 'Take a ticket' }).click());
			await expect(page.getByRole('status').first().textContent()).resolves.toContain(
				`Ticket ${second.number + 1} is in the queue.`
			);
			const waiting = (await page.locator('table').last().textContent()) ?? '';
			expect(waiting).toContain('Rosa');
			expect(waiting).toContain('Tomek');

			// The waiting-room screen, open before the call.
			const screen = javaScript ? await context.newPage() : null;
			if (screen) {
				await screen.goto(`${hearth.url}/c/demo/drop-in/display`);
				await screen.waitForFunction(() =>
					document.querySelector('[data-events]')?.hasAttribute('data-updated')
				);
				await expectAccessible({ ...browsing, page: screen });
			}

			await page.getByLabel('Where should the person come? (optional)').fill('Desk 2');
			await submit(browsing, () =>
				page.getByRole('button', { name: 'Call the next person', exact: true }).click()
			);
			const said = (await page.getByRole('status').first().textContent()) ?? '';
			const called = Number(/You called ticket (\d+)/.exec(said)?.[1]);
			expect(called).toBeGreaterThan(0);
			await expect(
				page.getByRole('heading', { name: `Ticket ${called}`, level: 3 }).isVisible()
			).resolves.toBe(true);
			// Lucía speaks Spanish: Rosa's own words are for her alone.
			if (called === rosa.number) {
				await expect(page.getByText('me deben dos semanas').isVisible()).resolves.toBe(true);
			}

			const row = (where: typeof page) =>
				where
					.locator('.calls tbody tr')
					.filter({ hasText: String(called) })
					.first();
			if (screen) {
				// With JavaScript the screen follows the queue without reloading.
				const loaded = await screen.evaluate(() => performance.timeOrigin);
				await expect
					.poll(async () => (await row(screen).count()) > 0, { timeout: 10_000 })
					.toBe(true);
				await expect(row(screen).textContent()).resolves.toContain('Desk 2');
				expect(await screen.evaluate(() => performance.timeOrigin)).toBe(loaded);
				// Ticket numbers and desks only: never the name a person gave.
				await expect(screen.locator('main').textContent()).resolves.not.toContain('Rosa');
				await screen.close();
			} else {
				// Without it the screen reloads itself; a visit shows what the reload would.
				await visit(browsing, `${hearth.url}/c/demo/drop-in/display`);
				expect(await page.content()).toMatch(/<meta http-equiv="refresh" content="15">/);
				await expect(row(page).textContent()).resolves.toContain('Desk 2');
				await expect(page.locator('main').textContent()).resolves.not.toContain('Rosa');
			}

			// The person called sees it on their own ticket too.
			const mine = [rosa, second].find((person) => person.number === called);
			if (mine) {
				await visit(browsing, mine.url.replace('?new', ''));
				await expect(page.locator('main').textContent()).resolves.toContain('Please go to: Desk 2');
			}
		});
	}
);
