import { expect, it } from 'vitest';
import { submit, visit, type Browsing } from '../support/browser';
import {
	DEMO_COORDINATOR,
	DEMO_PASSPHRASE,
	describeJourney,
	heading,
	signIn,
	signOut
} from '../support/journeys';

// 02:00 on Saturday in London: Friday night's opening runs until 06:00.
const SATURDAY_2AM = '2026-11-21T02:00:00Z';

/** How many rest-area beds the public rooms page says are free now. */
async function bedsFreeNow(browsing: Browsing): Promise<number> {
	const rest = browsing.page
		.locator('.services > li')
		.filter({ has: browsing.page.getByRole('heading', { name: 'Rest area' }) });
	const status = (await rest.locator('.status').textContent()) ?? '';
	expect(status).toContain('Open now');
	const match = /Free: (\d+) of 6/.exec(status);
	if (!match) throw new Error(`No count of free beds in: ${status}`);
	return Number(match[1]);
}

/** This hour's count of one group, from the door counter's table. */
async function countThisHour(browsing: Browsing, group: string): Promise<number> {
	const row = browsing.page.locator('table').first().getByRole('row', { name: group });
	return Number(await row.getByRole('cell').textContent());
}

describeJourney(
	'rooms and rest at night',
	{ HEARTH_DEMO: '1', HEARTH_CLOCK_START: SATURDAY_2AM },
	(journey) => {
		it('a night worker takes a rest-area bed at 02:00 with no name, and is counted at the door', async () => {
			const { hearth, browsing } = journey();
			const { page } = browsing;
			await visit(browsing, `${hearth.url}/c/demo/rooms`);
			await submit(browsing, () => page.getByRole('button', { name: 'English' }).click());
			expect(await heading(browsing)).toBe('Rooms and rest');
			const before = await bedsFreeNow(browsing);
			expect(before).toBeGreaterThan(0);

			// At the desk: no name is asked, and none can be given.
			await signIn(browsing, hearth.url, 'Amira (demo)', DEMO_PASSPHRASE);
			await visit(browsing, `${hearth.url}/c/demo/manage/rooms`);
			expect(await heading(browsing)).toBe('Rooms at the desk');
			const rest = page.getByRole('region', { name: 'Rest area' });
			await expect(rest.locator('.status').textContent()).resolves.toMatch(/Open until 0?6:00/);
			await expect(rest.getByRole('textbox').count()).resolves.toBe(1);
			await expect(rest.getByLabel(/name/i).count()).resolves.toBe(0);
			await submit(browsing, () => rest.getByRole('button', { name: /Take a bed now/ }).click());
			const told = (await page.getByRole('status').textContent()) ?? '';
			expect(told).toMatch(/Bed \d is taken until 0?6:00\./);
			const code = /this code: ([A-Z0-9]{4})/.exec(told)?.[1];
			expect(code).toBeDefined();
			await expect(
				page.getByRole('region', { name: 'Rest area' }).getByText(`code ${code}`).isVisible()
			).resolves.toBe(true);

			// The door counter: one adult on a first visit, and a press by mistake taken back.
			await visit(browsing, `${hearth.url}/c/demo/manage/headcount`);
			expect(await heading(browsing)).toBe('Door counter');
			const adults = await countThisHour(browsing, 'Adults');
			const firstVisits = await countThisHour(browsing, 'First visits');
			await submit(browsing, () =>
				page.getByRole('button', { name: 'Adult', exact: true }).click()
			);
			await submit(browsing, () => page.getByRole('button', { name: 'First visit' }).click());
			await expect(page.getByRole('status').textContent()).resolves.toContain(
				`Counted: First visits. This hour: ${firstVisits + 1}.`
			);
			await submit(browsing, () =>
				page.getByRole('button', { name: 'Child', exact: true }).click()
			);
			await submit(browsing, () => page.getByRole('button', { name: 'Undo that press' }).click());
			await expect(page.getByRole('status').textContent()).resolves.toContain(
				'That press is taken back.'
			);
			expect(await countThisHour(browsing, 'Adults')).toBe(adults + 1);
			expect(await countThisHour(browsing, 'First visits')).toBe(firstVisits + 1);
			await signOut(browsing, hearth.url);

			// Anyone sees one bed fewer free now, and tonight.
			await visit(browsing, `${hearth.url}/c/demo/rooms`);
			expect(await bedsFreeNow(browsing)).toBe(before - 1);

			// Right to left, in Arabic.
			await submit(browsing, () => page.getByRole('button', { name: 'العربية' }).click());
			await expect(page.locator('html').getAttribute('dir')).resolves.toBe('rtl');
			expect(await heading(browsing)).toBe('الغرف والاستراحة');
			await submit(browsing, () => page.getByRole('button', { name: 'English' }).click());
		});

		it('a member booking outside the hours is told why, keeps what they typed, then books with no name', async () => {
			const { hearth, browsing } = journey();
			const { page } = browsing;
			await signIn(browsing, hearth.url, 'Mihai (demo)', DEMO_PASSPHRASE);
			await visit(browsing, `${hearth.url}/c/demo/rooms`);
			// Mihai reads Romanian; the journey goes on in English.
			if ((await heading(browsing)) !== 'Rooms and rest') {
				expect(await heading(browsing)).toBe('Camere și odihnă');
				await submit(browsing, () => page.getByRole('button', { name: 'English' }).click());
			}
			await submit(browsing, () =>
				page.getByRole('link', { name: /^Book a time\W+Rest area$/ }).click()
			);
			expect(await heading(browsing)).toBe('Rest area');

			await page.getByLabel('Date').fill('2026-11-21');
			await page.getByLabel('From').fill('08:00');
			await page.getByLabel('Until').fill('09:00');
			await submit(browsing, () => page.getByRole('button', { name: 'Book', exact: true }).click());
			await expect(page.getByRole('alert').textContent()).resolves.toContain(
				'The room is closed for some of that time'
			);
			await expect(page.getByLabel('From').inputValue()).resolves.toBe('08:00');
			await expect(page.getByLabel('Until').inputValue()).resolves.toBe('09:00');

			await page.getByLabel('From').fill('ten at night');
			await submit(browsing, () => page.getByRole('button', { name: 'Book', exact: true }).click());
			await expect(page.getByRole('alert').textContent()).resolves.toContain(
				'Enter the start as hours and minutes'
			);
			await expect(page.getByLabel('From').inputValue()).resolves.toBe('ten at night');

			// Saturday night, 22:00 to 06:00: the end before the start is the next morning.
			await page.getByLabel('From').fill('22:00');
			await page.getByLabel('Until').fill('06:00');
			await submit(browsing, () => page.getByRole('button', { name: 'Book', exact: true }).click());
			const booked = (await page.getByRole('status').textContent()) ?? '';
			expect(booked).toMatch(/Booked: Bed \d/);
			expect(booked).toMatch(/Your code: [A-Z0-9]{4}/);
			expect(booked).toContain('It holds no name');

			// Booked without a name, it is nowhere among the member's own bookings.
			await visit(browsing, `${hearth.url}/c/demo/rooms`);
			await expect(page.getByRole('heading', { name: 'Your bookings' }).count()).resolves.toBe(0);

			// In their own name, they see it and can cancel it.
			await submit(browsing, () =>
				page.getByRole('link', { name: /^Book a time\W+Showers$/ }).click()
			);
			await page.getByLabel('Date').fill('2026-11-21');
			await page.getByLabel('From').fill('04:00');
			await page.getByLabel('Until').fill('04:30');
			await page.getByLabel('Book it in my name').check();
			await submit(browsing, () => page.getByRole('button', { name: 'Book', exact: true }).click());
			await expect(page.getByRole('status').textContent()).resolves.toContain('It is in your name');
			await visit(browsing, `${hearth.url}/c/demo/rooms`);
			const own = page.getByRole('region', { name: 'Your bookings' });
			await expect(own.getByText('Showers', { exact: true }).isVisible()).resolves.toBe(true);
			await submit(browsing, () => own.getByRole('button', { name: /Cancel/ }).click());
			await expect(page.getByRole('status').textContent()).resolves.toContain(
				'The booking is cancelled.'
			);
			await signOut(browsing, hearth.url);
		});

		it('a coordinator sets up a room with hours of its own, and is told what is wrong', async () => {
			const { hearth, browsing } = journey();
			const { page } = browsing;
			await signIn(browsing, hearth.url, DEMO_COORDINATOR, DEMO_PASSPHRASE);
			await visit(browsing, `${hearth.url}/c/demo/manage/rooms`);
			if ((await heading(browsing)) !== 'Rooms at the desk') {
				await submit(browsing, () => page.getByRole('button', { name: 'English' }).click());
			}
			await submit(browsing, () => page.getByRole('link', { name: 'Add a room' }).click());
			expect(await heading(browsing)).toBe('Add a room');
			await page.getByLabel('Name', { exact: true }).fill('Sewing room');
			await page.getByLabel('Kind of room').selectOption({ label: 'Other room' });
			await page.getByLabel('How many beds or places').fill('lots');
			await page.getByLabel('Its own hours').check();
			await submit(browsing, () => page.getByRole('button', { name: 'Add the room' }).click());
			await expect(page.getByRole('alert').textContent()).resolves.toContain(
				'Enter how many beds or places there are'
			);
			await expect(page.getByLabel('Name', { exact: true }).inputValue()).resolves.toBe(
				'Sewing room'
			);
			await page.getByLabel('How many beds or places').fill('3');
			await submit(browsing, () => page.getByRole('button', { name: 'Add the room' }).click());
			await expect(page.getByRole('status').textContent()).resolves.toContain('The room is saved.');

			await page.getByLabel('Day it opens').selectOption({ label: 'Saturday' });
			await page.getByLabel('Opens at').fill('14:00');
			await page.getByLabel('Closes at').fill('16:00');
			await submit(browsing, () => page.getByRole('button', { name: 'Add opening' }).click());
			await expect(page.getByText('Saturday: 14:00 – 16:00').isVisible()).resolves.toBe(true);

			// At 02:00 on Saturday the room is closed, and says when it opens.
			await visit(browsing, `${hearth.url}/c/demo/rooms`);
			const sewing = page
				.locator('.services > li')
				.filter({ has: page.getByRole('heading', { name: 'Sewing room' }) });
			await expect(sewing.locator('.status').textContent()).resolves.toMatch(
				/Closed now\. Opens .*14:00/
			);

			await visit(browsing, `${hearth.url}/c/demo/manage/rooms`);
			await submit(browsing, () =>
				page.getByRole('link', { name: /^Change a room\W+Sewing room$/ }).click()
			);
			await submit(browsing, () => page.getByRole('link', { name: 'Remove the room' }).click());
			await submit(browsing, () => page.getByRole('button', { name: 'Yes, remove it' }).click());
			await expect(page.getByRole('status').textContent()).resolves.toContain(
				'The room is removed.'
			);
			await expect(page.getByRole('heading', { name: 'Sewing room' }).count()).resolves.toBe(0);
		});
	}
);
