import pg from 'pg';
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

const VOLUNTEER = 'Mihai (demo)';

/** The demo's Saturday night that is short of people: the first one to come. */
async function saturdayGap(databaseUrl: string): Promise<{ id: string; startsAt: Date }> {
	const client = new pg.Client({ connectionString: databaseUrl });
	await client.connect();
	try {
		const { rows } = await client.query<{ id: string; starts_at: Date }>(
			`select s.id, s.starts_at from rota_shifts s join centres c on c.id = s.centre_id
			 where c.slug = 'demo'
			   and (select count(*) from rota_signups u where u.shift_id = s.id) < s.min_people
			 order by s.starts_at limit 1`
		);
		if (!rows[0]) throw new Error('The demo rota has no gap');
		return { id: rows[0].id, startsAt: rows[0].starts_at };
	} finally {
		await client.end();
	}
}

/** A date as the English pages write it in full: 'Saturday 28 November 2026'. */
function written(date: string): string {
	return new Intl.DateTimeFormat('en-GB', { dateStyle: 'full', timeZone: 'UTC' }).format(
		new Date(`${date}T12:00:00Z`)
	);
}

describeJourney('filling a gap on the night rota', { HEARTH_DEMO: '1' }, (journey) => {
	it('a volunteer fills a rota gap for Saturday night, and the coordinator sees it covered', async () => {
		const { hearth, browsing } = journey();
		const { page } = browsing;
		const gap = await saturdayGap(hearth.databaseUrl);
		const night = instantToLocal(gap.startsAt, 'Europe/London');
		expect(night.weekday).toBe(6);
		const soon = gap.startsAt.getTime() - Date.now() <= 48 * 3_600_000;

		await signIn(browsing, hearth.url, VOLUNTEER, DEMO_PASSPHRASE);
		await visit(browsing, `${hearth.url}/c/demo/rota`);
		expect(await heading(browsing)).toBe('Night rota');
		const shift = page.locator(`li[id="shift-${gap.id}"]`);
		await expect(shift.getByRole('heading').textContent()).resolves.toBe(written(night.date));
		const before = (await shift.textContent()) ?? '';
		expect(before).toContain('22:00 – 6:00 the next day');
		expect(before).toContain('Needs 1 more person');
		expect(before).toContain('2 people on the shift, of 3 needed');
		expect(before.includes('Starts within two days without what it needs')).toBe(soon);

		// What he can bring, said by himself: no certificate asked.
		await submit(browsing, () =>
			page.getByRole('link', { name: 'Change what you can bring' }).click()
		);
		expect(await heading(browsing)).toBe('What you can bring to a shift');
		await page.getByLabel('First aid', { exact: true }).check();
		await page.getByLabel('Romanian', { exact: true }).check();
		await submit(browsing, () => page.getByRole('button', { name: 'Save' }).click());
		await expect(page.getByRole('status').textContent()).resolves.toContain(
			'What you can bring is saved.'
		);
		await expect(
			page.getByText('What you can bring: First aid, interpreting Romanian.').isVisible()
		).resolves.toBe(true);

		await submit(browsing, () =>
			shift.getByRole('button', { name: /^Put me on this shift/ }).click()
		);
		await expect(page.getByRole('status').textContent()).resolves.toContain(
			'You are on the shift. Thank you.'
		);
		const after = (await shift.textContent()) ?? '';
		expect(after).toContain('You are on this shift.');
		expect(after).toContain('Fully staffed');
		expect(after).not.toContain('Needs 1 more person');
		expect(after).not.toContain('Starts within two days');

		// The same page in Arabic, right to left.
		await submit(browsing, () => page.getByRole('button', { name: 'العربية' }).click());
		await expect(page.locator('html').getAttribute('dir')).resolves.toBe('rtl');
		expect(await heading(browsing)).toBe('جدول المناوبات الليلية');
		await expect(shift.textContent()).resolves.toContain('أنت في هذه المناوبة.');
		await submit(browsing, () => page.getByRole('button', { name: 'English' }).click());
		await signOut(browsing, hearth.url);

		await signIn(browsing, hearth.url, DEMO_COORDINATOR, DEMO_PASSPHRASE);
		await visit(browsing, `${hearth.url}/c/demo/manage/rota`);
		expect(await heading(browsing)).toBe('Night rota');
		const row = page.locator(`tr[id="shift-${gap.id}"]`);
		await expect(row.textContent()).resolves.toContain(VOLUNTEER);
		await expect(row.textContent()).resolves.toContain('Fully staffed');

		// A shift that ends before it starts is named, and nothing typed is lost.
		const sunday = addDays(night.date, 1);
		await submit(browsing, () => page.getByRole('link', { name: 'Add a shift' }).click());
		expect(await heading(browsing)).toBe('Add a shift');
		await page.getByLabel('Date it starts').fill(sunday);
		await page.getByLabel('Starts at').fill('22:00');
		await page.getByLabel('Ends at').fill('06:00');
		await page.getByLabel('Fewest people the shift needs').fill('2');
		await page.getByLabel('Arabic', { exact: true }).check();
		await submit(browsing, () => page.getByRole('button', { name: 'Add the shift' }).click());
		await expect(page.getByRole('alert').textContent()).resolves.toContain(
			'The shift ends before it starts'
		);
		await expect(page.getByLabel('Date it starts').inputValue()).resolves.toBe(sunday);
		await expect(page.getByLabel('Starts at').inputValue()).resolves.toBe('22:00');
		await expect(page.getByLabel('Ends at').inputValue()).resolves.toBe('06:00');
		await expect(page.getByLabel('Fewest people the shift needs').inputValue()).resolves.toBe('2');
		await expect(page.getByLabel('Arabic', { exact: true }).isChecked()).resolves.toBe(true);

		await page.getByLabel('Ends the next day (runs past midnight)').check();
		await submit(browsing, () => page.getByRole('button', { name: 'Add the shift' }).click());
		await expect(page.getByRole('status').textContent()).resolves.toContain('The shift is added.');
		const added = page.locator('tr', { hasText: written(sunday) });
		await expect(added.textContent()).resolves.toContain('Nobody yet');
		await expect(added.textContent()).resolves.toContain('Needs 1 more interpreter for Arabic');
	});
});
