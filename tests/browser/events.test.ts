import ICAL from 'ical.js';
import { expect, it } from 'vitest';
import { mondayOf } from '../../src/lib/server/centres/events';
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

const TITLE = 'Night film for riders';

describeJourney('events by night', { HEARTH_DEMO: '1' }, (journey) => {
	it('a coordinator adds an overnight film with one place; a member finds it in the night view, takes the place, sees it in their bookings and their own calendar feed', async () => {
		const { hearth, browsing } = journey();
		const { page } = browsing;
		// Thursday of next week on the centre's clock: always ahead, always in "Next week".
		const today = instantToLocal(new Date(), 'Europe/London').date;
		const thursday = addDays(mondayOf(today), 10);

		await signIn(browsing, hearth.url, DEMO_COORDINATOR, DEMO_PASSPHRASE);
		await visit(browsing, `${hearth.url}/c/demo/manage/events`);
		await submit(browsing, () => page.getByRole('link', { name: 'Add an event' }).click());
		expect(await heading(browsing)).toBe('Add an event');
		await page.getByLabel('Name of the event').fill(TITLE);
		await page.getByLabel('Film night', { exact: true }).check();
		await page.getByLabel('Date it starts').fill(thursday);
		await page.getByLabel('Starts at').fill('23:00');
		await page.getByLabel('Ends at').fill('01:30');
		await page.getByLabel('Places', { exact: true }).fill('1');

		// An end before the start is named, with a way out for an overnight event; input kept.
		await submit(browsing, () => page.getByRole('button', { name: 'Add an event' }).click());
		await expect(page.getByRole('alert').textContent()).resolves.toContain(
			'It ends before it starts'
		);
		await expect(page.getByLabel('Name of the event').inputValue()).resolves.toBe(TITLE);
		await page.getByLabel('Ends the next day').check();
		await submit(browsing, () => page.getByRole('button', { name: 'Add an event' }).click());
		await expect(page.getByRole('status').textContent()).resolves.toContain('The event is saved.');
		await signOut(browsing, hearth.url);

		// A member opens the night view of next week.
		await signIn(browsing, hearth.url, 'Mihai (demo)', DEMO_PASSPHRASE);
		await visit(browsing, `${hearth.url}/c/demo/events`);
		await submit(browsing, () => page.getByRole('link', { name: 'Night', exact: true }).click());
		expect(await heading(browsing)).toBe('What’s on at night');
		await submit(browsing, () => page.getByRole('link', { name: 'Next week' }).click());
		await expect(page.getByRole('link', { name: 'Saturday night social' }).count()).resolves.toBe(
			1
		);
		await expect(page.getByRole('link', { name: 'Saturday lunch' }).count()).resolves.toBe(0);
		await submit(browsing, () => page.getByRole('link', { name: TITLE }).click());
		expect(await heading(browsing)).toBe(TITLE);
		await expect(page.locator('main').textContent()).resolves.toMatch(
			/23:00 to 0?1:30 the next day/
		);
		await expect(page.locator('main').textContent()).resolves.toContain('1 place left of 1');
		await submit(browsing, () => page.getByRole('button', { name: 'Take a place' }).click());
		await expect(page.getByRole('status').textContent()).resolves.toContain('You have a place.');

		// In their bookings, with their own calendar address.
		await submit(browsing, () =>
			page.getByRole('status').getByRole('link', { name: 'Your bookings' }).click()
		);
		expect(await heading(browsing)).toBe('Your bookings');
		await expect(page.getByRole('link', { name: TITLE }).isVisible()).resolves.toBe(true);
		await submit(browsing, () =>
			page.getByRole('button', { name: 'Make my calendar address' }).click()
		);
		const feedUrl = await page.getByLabel('Your calendar address').inputValue();
		expect(feedUrl).toMatch(/\/c\/demo\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
		const feed = await fetch(feedUrl);
		expect(feed.status).toBe(200);
		expect(feed.headers.get('content-type')).toMatch(/^text\/calendar/);
		const summaries = new ICAL.Component(ICAL.parse(await feed.text()))
			.getAllSubcomponents('vevent')
			.map((vevent) => vevent.getFirstPropertyValue('summary'));
		expect(summaries).toEqual([TITLE]);

		// The centre's public calendar answers too.
		const centreFeed = await fetch(`${hearth.url}/c/demo/events/calendar.ics`);
		expect(centreFeed.headers.get('content-type')).toMatch(/^text\/calendar/);
		await expect(centreFeed.text()).resolves.toContain(`SUMMARY:${TITLE}`);

		// A new address stops the old one.
		await visit(browsing, `${hearth.url}/c/demo/events/mine`);
		await submit(browsing, () => page.getByRole('button', { name: 'Make a new address' }).click());
		expect((await fetch(feedUrl)).status).toBe(404);
		await signOut(browsing, hearth.url);

		// Someone else finds the event full, and is told so plainly.
		await signIn(browsing, hearth.url, 'Grace (demo)', DEMO_PASSPHRASE);
		await visit(browsing, `${hearth.url}/c/demo/events?week=${thursday}&view=night`);
		await submit(browsing, () => page.getByRole('link', { name: TITLE }).click());
		await expect(page.locator('main').textContent()).resolves.toContain(
			'Sorry, every place is taken.'
		);
		await expect(page.getByRole('button', { name: 'Take a place' }).count()).resolves.toBe(0);

		// The night, right to left.
		await submit(browsing, () => page.getByRole('button', { name: 'العربية' }).click());
		await visit(browsing, `${hearth.url}/c/demo/events?week=${thursday}&view=night`);
		await expect(page.locator('html').getAttribute('dir')).resolves.toBe('rtl');
		expect(await heading(browsing)).toBe('ما يجري في الليل');
		await submit(browsing, () => page.getByRole('button', { name: 'English' }).click());
	});
});
