import { expect, it } from 'vitest';
import { submit, visit } from '../support/browser';
import {
	DEMO_COORDINATOR,
	DEMO_PASSPHRASE,
	describeJourney,
	heading,
	signIn,
	signOut
} from '../support/journeys';

// Hearth's clock starts at 17:00 on a Friday in London: the evening session is still to come.
const FRIDAY_AFTERNOON = '2026-11-20T17:00:00Z';
const PARENT = 'Grace (demo)';
const STAFF_ON_DUTY = 'Amira (demo)';

/** The code as an Arabic keyboard types it: the staff member reads it off the parent's paper. */
const arabicDigits = (code: string) =>
	code.replace(/\d/g, (digit) => String.fromCharCode(0x0660 + Number(digit)));

describeJourney(
	'childcare',
	{ HEARTH_DEMO: '1', HEARTH_CLOCK_START: FRIDAY_AFTERNOON },
	(journey) => {
		it('a parent books childcare and picks up with the code', async () => {
			const { hearth, browsing } = journey();
			const { page } = browsing;

			// The coordinator sets up an evening session: two age groups, one member of staff.
			await signIn(browsing, hearth.url, DEMO_COORDINATOR, DEMO_PASSPHRASE);
			await visit(browsing, `${hearth.url}/c/demo/manage/childcare`);
			await submit(browsing, () =>
				page.getByRole('link', { name: 'Add a childcare session' }).click()
			);
			expect(await heading(browsing)).toBe('Add a childcare session');
			await page.getByLabel('Starts at').fill('18:00');
			await page.getByLabel('Ends at').fill('23:00');
			await page.getByLabel('Children for each member of staff').fill('4');
			await page.getByLabel('Staff on duty').fill('1');
			const group = (number: number) => page.getByRole('group', { name: `Group ${number}` });
			await group(1).getByLabel('From age').fill('0');
			await group(1).getByLabel('To age').fill('4');
			await group(1).getByLabel('Places').fill('3');
			await group(2).getByLabel('From age').fill('4');
			await group(2).getByLabel('To age').fill('7');
			await group(2).getByLabel('Places').fill('2');
			for (const field of ['From age', 'To age', 'Places']) {
				await group(3).getByLabel(field).fill('');
			}
			// Overlapping groups are named, and nothing typed is lost.
			await submit(browsing, () => page.getByRole('button', { name: 'Add the session' }).click());
			await expect(page.getByRole('alert').textContent()).resolves.toContain(
				'overlap another group'
			);
			await expect(page.getByLabel('Ends at').inputValue()).resolves.toBe('23:00');
			await expect(group(2).getByLabel('To age').inputValue()).resolves.toBe('7');
			await group(2).getByLabel('From age').fill('5');
			await submit(browsing, () => page.getByRole('button', { name: 'Add the session' }).click());
			await expect(page.getByRole('status').textContent()).resolves.toContain(
				'The session is added.'
			);
			await signOut(browsing, hearth.url);

			// A parent books a place for a child known by a nickname and an age.
			await signIn(browsing, hearth.url, PARENT, DEMO_PASSPHRASE);
			await visit(browsing, `${hearth.url}/c/demo/childcare`);
			expect(await heading(browsing)).toBe('Childcare');
			await submit(browsing, () => page.getByRole('link', { name: /18:00 to 23:00/ }).click());
			expect(await heading(browsing)).toBe('Book childcare');
			await expect(page.getByText('Ages 0 to 4: 3 places left').isVisible()).resolves.toBe(true);
			// Only a first name or nickname and an age: nothing else is asked.
			await expect(page.locator('form[action="?/book"] input').count()).resolves.toBe(2);

			// Too old for the session's groups: a clear message, and the name is kept.
			await page.getByLabel('Child’s first name or nickname').fill('Sami');
			await page.getByLabel('Age in years').fill('9');
			await submit(browsing, () => page.getByRole('button', { name: 'Book the place' }).click());
			await expect(page.getByRole('alert').textContent()).resolves.toContain(
				'no group for a child of that age'
			);
			await expect(page.getByLabel('Child’s first name or nickname').inputValue()).resolves.toBe(
				'Sami'
			);
			await expect(page.getByLabel('Age in years').inputValue()).resolves.toBe('9');
			await page.getByLabel('Age in years').fill('4');
			await submit(browsing, () => page.getByRole('button', { name: 'Book the place' }).click());
			expect(await heading(browsing)).toBe('Place booked');
			const code = ((await page.locator('.sign-in-card .code').textContent()) ?? '').trim();
			expect(code).toMatch(/^\d{4} \d{4}$/);
			await expect(page.locator('.sign-in-card').textContent()).resolves.toContain('Sami');
			// The code is shown on this page only: never in the address.
			expect(page.url()).not.toContain(code.replace(' ', ''));
			await visit(browsing, `${hearth.url}/c/demo/childcare`);
			await expect(page.getByText('Ages 0 to 4: 2 places left').isVisible()).resolves.toBe(true);
			await signOut(browsing, hearth.url);

			// Staff on duty check the child in, then hand over only for the right code, in Arabic.
			await signIn(browsing, hearth.url, STAFF_ON_DUTY, DEMO_PASSPHRASE);
			await visit(browsing, `${hearth.url}/c/demo/manage/childcare`);
			await submit(browsing, () => page.getByRole('link', { name: /18:00 to 23:00/ }).click());
			expect(await heading(browsing)).toBe('Childcare session');
			await submit(browsing, () => page.getByRole('button', { name: 'Check in Sami' }).click());
			await expect(page.getByRole('status').textContent()).resolves.toContain('Checked in.');

			await submit(browsing, () => page.getByRole('button', { name: 'العربية' }).click());
			await expect(page.locator('html').getAttribute('dir')).resolves.toBe('rtl');
			expect(await heading(browsing)).toBe('جلسة رعاية الأطفال');
			const wrong = code.startsWith('1') ? '2222 2222' : '1111 1111';
			await page.getByLabel('الطفل', { exact: true }).selectOption({ label: 'Sami' });
			await page.getByLabel('رمز الاستلام').fill(wrong);
			await submit(browsing, () =>
				page.getByRole('button', { name: 'تحقق من الرمز وسلّم الطفل' }).click()
			);
			await expect(page.getByRole('alert').textContent()).resolves.toContain('هذا الرمز غير مطابق');
			// Nothing is revealed and nothing lost: the child is still chosen, the code still there.
			await expect(page.getByLabel('رمز الاستلام').inputValue()).resolves.toBe(wrong);
			await expect(page.getByLabel('الطفل', { exact: true }).inputValue()).resolves.not.toBe('');
			await page.getByLabel('رمز الاستلام').fill(arabicDigits(code));
			await submit(browsing, () =>
				page.getByRole('button', { name: 'تحقق من الرمز وسلّم الطفل' }).click()
			);
			await expect(page.getByRole('status').textContent()).resolves.toContain('تم استلام Sami');
			await expect(page.getByText('لم يُحجز لأي طفل بعد.').isVisible()).resolves.toBe(true);
			await submit(browsing, () => page.getByRole('button', { name: 'English' }).click());
			await expect(
				page.getByText('1 child cared for in this session so far.').isVisible()
			).resolves.toBe(true);
		});
	}
);
