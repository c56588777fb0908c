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

// Hearth's clock starts at 19:00 on Tuesday 10 November 2026 in London, an hour into the
// evening's English class.
const TUESDAY_EVENING = '2026-11-10T19:00:00Z';
const MEMBER = 'Mihai (demo)';
const OTHER_MEMBER = 'Grace (demo)';
const TUTOR = 'Amira (demo)';
const COURSE = 'Evening English for work';

describeJourney(
	'courses',
	{ HEARTH_DEMO: '1', HEARTH_CLOCK_START: TUESDAY_EVENING },
	(journey, javaScript) => {
		it('a member enrols in ESOL, misses a session and is offered catch-up', async () => {
			const { hearth, browsing } = journey();
			const { page } = browsing;

			// The coordinator plans the course; each mistake is named and the input kept.
			await signIn(browsing, hearth.url, DEMO_COORDINATOR, DEMO_PASSPHRASE);
			await visit(browsing, `${hearth.url}/c/demo/manage/courses`);
			await submit(browsing, () => page.getByRole('link', { name: 'Add a course' }).click());
			expect(await heading(browsing)).toBe('Add a course');
			await page.getByLabel('Kind of course').selectOption({ label: 'English (ESOL)' });
			await page.getByLabel('Name of the course').fill(COURSE);
			await page.getByLabel('Places').fill('1');
			await submit(browsing, () => page.getByRole('button', { name: 'Add the course' }).click());
			await expect(page.getByRole('alert').textContent()).resolves.toContain(
				'Choose the ESOL level'
			);
			await expect(page.getByLabel('Name of the course').inputValue()).resolves.toBe(COURSE);
			await page.getByLabel('ESOL level').selectOption({ label: 'Entry 1' });
			await submit(browsing, () => page.getByRole('button', { name: 'Add the course' }).click());
			await expect(page.getByRole('status').textContent()).resolves.toContain(
				'The course is added'
			);

			await page.getByLabel('Date').fill('2026-11-10');
			await page.getByLabel('Starts at').fill('18:00');
			await page.getByLabel('Ends at').fill('17:00');
			await page.getByLabel('Where (optional)').fill('Room 2');
			await submit(browsing, () => page.getByRole('button', { name: 'Add the session' }).click());
			await expect(page.getByRole('alert').textContent()).resolves.toContain(
				'The session ends before it starts'
			);
			await expect(page.getByLabel('Date').inputValue()).resolves.toBe('2026-11-10');
			await expect(page.getByLabel('Where (optional)').inputValue()).resolves.toBe('Room 2');
			await page.getByLabel('Ends at').fill('20:00');
			await submit(browsing, () => page.getByRole('button', { name: 'Add the session' }).click());
			await expect(page.getByRole('status').textContent()).resolves.toContain(
				'The session is added'
			);
			await page.getByLabel('Date').fill('2026-11-17');
			await page.getByLabel('Starts at').fill('18:00');
			await page.getByLabel('Ends at').fill('20:00');
			await submit(browsing, () => page.getByRole('button', { name: 'Add the session' }).click());
			await signOut(browsing, hearth.url);

			// The member finds it among the ESOL courses and enrols; a second press changes nothing.
			await signIn(browsing, hearth.url, MEMBER, DEMO_PASSPHRASE);
			await visit(browsing, `${hearth.url}/c/demo/courses?kind=esol`);
			await expect(page.getByRole('heading', { name: 'Entry 1' }).isVisible()).resolves.toBe(true);
			await submit(browsing, () => page.getByRole('link', { name: COURSE }).click());
			expect(await heading(browsing)).toBe(COURSE);
			const courseUrl = page.url();
			const again = await browsing.context.newPage();
			const secondTab = { ...browsing, page: again };
			await visit(secondTab, courseUrl);
			await submit(browsing, () => page.getByRole('button', { name: 'Enrol' }).click());
			await expect(page.getByRole('status').textContent()).resolves.toContain('You are enrolled');
			await submit(secondTab, () => again.getByRole('button', { name: 'Enrol' }).click());
			await expect(again.getByRole('alert').textContent()).resolves.toContain(
				'already enrolled on this course, so nothing has changed'
			);
			await again.close();
			await signOut(browsing, hearth.url);

			// The only place is taken: the next person joins the waiting list.
			await signIn(browsing, hearth.url, OTHER_MEMBER, DEMO_PASSPHRASE);
			await visit(browsing, courseUrl);
			await submit(browsing, () =>
				page.getByRole('button', { name: 'Join the waiting list' }).click()
			);
			await expect(page.getByRole('status').textContent()).resolves.toContain(
				'on the waiting list: number 1'
			);
			await signOut(browsing, hearth.url);

			// The tutor takes the ticks at the first session; the member did not come.
			await signIn(browsing, hearth.url, TUTOR, DEMO_PASSPHRASE);
			await visit(browsing, `${hearth.url}/c/demo/manage/courses`);
			await submit(browsing, () => page.getByRole('link', { name: COURSE }).click());
			await submit(browsing, () =>
				page
					.getByRole('link', { name: /^Take the ticks/ })
					.first()
					.click()
			);
			expect(await heading(browsing)).toBe('Take the ticks');
			await expect(page.getByText('kept only so that anyone who missed').isVisible()).resolves.toBe(
				true
			);
			await expect(page.getByLabel(MEMBER).isChecked()).resolves.toBe(false);
			await page
				.getByLabel('What was covered, and where to find it (optional)')
				.fill('Unit 1: introducing yourself at work. Handout at the front desk.');
			await submit(browsing, () => page.getByRole('button', { name: 'Save the ticks' }).click());
			await expect(page.getByRole('status').textContent()).resolves.toContain(
				'The ticks are saved'
			);
			await signOut(browsing, hearth.url);

			// The member is offered catch-up: the next session and what was covered, never a count.
			await signIn(browsing, hearth.url, MEMBER, DEMO_PASSPHRASE);
			await visit(browsing, `${hearth.url}/c/demo/courses/mine`);
			const course = page.getByRole('region', { name: COURSE });
			const offer = (await course.textContent()) ?? '';
			expect(offer).toMatch(/Catching up on Tuesday,? 10 November 2026/);
			expect(offer).toContain('Come to the next session, 17 Nov 2026');
			expect(offer).toContain('Handout at the front desk');
			expect(offer).not.toMatch(/\bmissed \d|absen|no-show|\d+ (session|time)s? missed/i);
			await submit(browsing, () =>
				course.getByRole('button', { name: 'I have caught up' }).click()
			);
			await expect(page.getByRole('status').textContent()).resolves.toContain('off your list');
			await expect(course.textContent()).resolves.not.toContain('Catching up');
		});

		it('prints a finished course’s certificate in the member’s language and English', async () => {
			const { hearth, browsing } = journey();
			const { page } = browsing;
			await visit(browsing, `${hearth.url}/c/demo/courses/mine`);
			await submit(browsing, () =>
				page
					.getByRole('region', { name: 'Food hygiene, level 2' })
					.getByRole('link', {
						name: 'Your certificate'
					})
					.click()
			);
			await expect(page.locator('.certificate [lang="ro"] h2').textContent()).resolves.toBe(
				'Certificat de absolvire'
			);
			await expect(page.locator('.certificate [lang="en"] h2').textContent()).resolves.toBe(
				'Certificate of completion'
			);
			await expect(page.locator('.certificate').textContent()).resolves.toContain(MEMBER);
			if (javaScript) {
				const pdf = await page.pdf({ format: 'A4' });
				const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
				expect(pages.length).toBe(1);
			}

			// Another member cannot see it: the page is not there for them.
			const certificateUrl = page.url();
			await signOut(browsing, hearth.url);
			await signIn(browsing, hearth.url, 'Yusuf (demo)', DEMO_PASSPHRASE);
			const response = await page.goto(certificateUrl);
			expect(response?.status()).toBe(404);
			await expect(page.locator('body').textContent()).resolves.not.toContain(MEMBER);

			// The courses read right to left in Arabic, by kind and level.
			await visit(browsing, `${hearth.url}/c/demo/courses`);
			await submit(browsing, () => page.getByRole('button', { name: 'العربية' }).click());
			await expect(page.locator('html').getAttribute('dir')).resolves.toBe('rtl');
			expect(await heading(browsing)).toBe('الدورات');
			await expect(
				page.getByRole('heading', { name: 'اللغة الإنجليزية (ESOL)' }).isVisible()
			).resolves.toBe(true);
			await submit(browsing, () => page.getByRole('button', { name: 'English' }).click());
		});
	}
);
