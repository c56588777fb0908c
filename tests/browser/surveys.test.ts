import fs from 'node:fs';
import { expect, it } from 'vitest';
import { HttpClient } from '../support/http-client';
import { submit, visit } from '../support/browser';
import {
	DEMO_COORDINATOR,
	DEMO_PASSPHRASE,
	describeJourney,
	heading,
	signIn,
	signOut
} from '../support/journeys';
import { queryRows } from '../support/pages';

describeJourney('a community needs survey in Polish', { HEARTH_DEMO: '1' }, (journey) => {
	it('a coordinator writes it in Polish and English and opens it; someone answers by link in Polish with no account; a volunteer types in a paper answer; the coordinator reads the charts, small groups hidden, and downloads the CSV', async () => {
		const { hearth, browsing } = journey();
		const { page } = browsing;

		// The coordinator starts a survey in English and Polish only.
		await signIn(browsing, hearth.url, DEMO_COORDINATOR, DEMO_PASSPHRASE);
		await visit(browsing, `${hearth.url}/c/demo/manage/surveys`);
		await submit(browsing, () => page.getByRole('link', { name: 'Start a survey' }).click());
		expect(await heading(browsing)).toBe('Start a survey');
		for (const language of ['Español', 'Română', 'Português', 'العربية']) {
			await page.getByLabel(language, { exact: true }).uncheck();
		}
		await page.getByLabel('Title in Polski').fill('Transport nocny');
		await page.getByLabel('Title in English').fill('Night transport');
		await page.getByLabel('Introduction in Polski').fill('Planujemy nocne dyżury.');
		await submit(browsing, () => page.getByRole('button', { name: 'Start a survey' }).click());
		expect(await heading(browsing)).toBe('Night transport');

		// A first question, its options given line for line in both languages.
		await submit(browsing, () => page.getByRole('link', { name: 'Add a question' }).click());
		await page.getByLabel('Question in English').fill('How do you get home at night?');
		await page.getByLabel('Answers to choose from, in English').fill('Night bus\nBike\nWalk');
		await page.getByLabel('Question in Polski').fill('Jak wracasz do domu w nocy?');
		// One line short in Polish: named, and everything typed is kept.
		await page.getByLabel('Answers to choose from, in Polski').fill('Autobus nocny\nRower');
		await submit(browsing, () => page.getByRole('button', { name: 'Add a question' }).click());
		await expect(page.getByRole('alert').textContent()).resolves.toContain(
			'Give as many answers, line for line, as in the main language'
		);
		await expect(page.getByLabel('Answers to choose from, in English').inputValue()).resolves.toBe(
			'Night bus\nBike\nWalk'
		);
		await page.getByLabel('Answers to choose from, in Polski').fill('Autobus nocny\nRower\nPieszo');
		await submit(browsing, () => page.getByRole('button', { name: 'Add a question' }).click());
		await expect(page.getByRole('status').textContent()).resolves.toContain(
			'The question is saved.'
		);

		// A second question in people's own words.
		await submit(browsing, () => page.getByRole('link', { name: 'Add a question' }).click());
		await page.getByLabel('Their own words').check();
		await page.getByLabel('Question in English').fill('Anything else?');
		await page.getByLabel('Question in Polski').fill('Coś jeszcze?');
		await submit(browsing, () => page.getByRole('button', { name: 'Add a question' }).click());
		await submit(browsing, () => page.getByRole('button', { name: 'Open it for answers' }).click());
		await expect(page.getByRole('status').textContent()).resolves.toContain(
			'The survey is open for answers.'
		);
		const link = await page.locator('a[href^="/c/demo/surveys/"]').first().getAttribute('href');
		expect(link).toMatch(/^\/c\/demo\/surveys\/[0-9a-f-]{36}$/);
		const surveyPage = `${hearth.url}${link}`;
		await signOut(browsing, hearth.url);

		// Someone with no account answers in Polish.
		await visit(browsing, `${hearth.url}/c/demo`);
		await submit(browsing, () => page.getByRole('button', { name: 'Polski' }).click());
		await visit(browsing, surveyPage);
		expect(await heading(browsing)).toBe('Transport nocny');
		await page.getByLabel('Autobus nocny').check();
		await page.getByLabel('2. Coś jeszcze?').fill('Za długo. '.repeat(210));
		await submit(browsing, () =>
			page.getByRole('button', { name: 'Wyślij moje odpowiedzi' }).click()
		);
		await expect(page.getByRole('alert').textContent()).resolves.toContain(
			'Skróć odpowiedź do 2000 znaków lub mniej'
		);
		await expect(page.getByLabel('Autobus nocny').isChecked()).resolves.toBe(true);
		await page.getByLabel('2. Coś jeszcze?').fill('Więcej autobusów po północy.');
		await submit(browsing, () =>
			page.getByRole('button', { name: 'Wyślij moje odpowiedzi' }).click()
		);
		expect(await heading(browsing)).toBe('Dziękujemy');
		// Only the language the person chose is remembered: answering set nothing.
		expect((await browsing.context.cookies()).map((cookie) => cookie.name)).toEqual([
			'hearth_lang'
		]);
		await submit(browsing, () => page.getByRole('button', { name: 'English' }).click());

		// A volunteer types in a paper form that was filled in Polish.
		await signIn(browsing, hearth.url, 'Tomasz (demo)', DEMO_PASSPHRASE);
		await visit(browsing, `${hearth.url}/c/demo/manage/surveys`);
		const row = page.getByRole('row').filter({ hasText: 'Night transport' });
		await submit(browsing, () => row.getByRole('link', { name: 'Print it' }).click());
		expect(await heading(browsing)).toBe('Night transport');
		await submit(browsing, () => page.getByRole('link', { name: 'Polski' }).click());
		expect(await heading(browsing)).toBe('Transport nocny');
		await expect(page.locator('.paper-box').count()).resolves.toBe(3);
		await visit(browsing, `${hearth.url}/c/demo/manage/surveys`);
		await submit(browsing, () => row.getByRole('link', { name: 'Type in a paper answer' }).click());
		await submit(browsing, () => page.getByRole('link', { name: 'Polski' }).click());
		await page.getByLabel('Rower').check();
		await submit(browsing, () => page.getByRole('button', { name: 'Save this answer' }).click());
		await expect(page.getByRole('status').textContent()).resolves.toContain('The answer is saved.');
		await signOut(browsing, hearth.url);

		// Nine more answers by link: 6 night bus, 2 bike, 1 with only words.
		const surveyId = link?.split('/').at(-1) ?? '';
		const [options, questions] = await Promise.all([
			queryRows<{ id: string }>(
				hearth.databaseUrl,
				'select o.id from survey_options o where o.survey_id = $1 order by o.position',
				[surveyId]
			),
			queryRows<{ id: string }>(
				hearth.databaseUrl,
				'select id from survey_questions where survey_id = $1 order by position',
				[surveyId]
			)
		]);
		const [bus, bike] = options.map((option) => option.id);
		const [when, words] = questions.map((question) => `q-${question.id}`);
		const others = new HttpClient(hearth.url);
		for (const answer of [
			...Array.from({ length: 6 }, () => ({ [when as string]: bus as string })),
			{ [when as string]: bike as string },
			{ [when as string]: bike as string },
			{ [words as string]: 'Rower potrzebuje światła.' }
		]) {
			const sent = await others.post(`${link}?/answer`, answer);
			expect(sent.status).toBe(303);
		}

		// The coordinator reads the results: 7 by night bus, 3 by bike and 1 unanswered.
		await signIn(browsing, hearth.url, DEMO_COORDINATOR, DEMO_PASSPHRASE);
		await visit(browsing, `${hearth.url}/c/demo/manage/surveys/${surveyId}`);
		await submit(browsing, () => page.getByRole('link', { name: 'See the results' }).click());
		expect(await heading(browsing)).toBe('Results');
		await expect(page.locator('main').textContent()).resolves.toContain('11 answers so far.');
		await expect(page.locator('svg[role="img"]').count()).resolves.toBe(1);
		const table = page.getByRole('table', { name: 'Answers to question 1' });
		await expect(
			table.getByRole('row').filter({ hasText: 'Night bus' }).textContent()
		).resolves.toMatch(/Night bus\s*7\s*64%/);
		await expect(
			table.getByRole('row').filter({ hasText: 'Bike' }).textContent()
		).resolves.toContain('fewer than 5');
		await expect(
			table.getByRole('row').filter({ hasText: 'No answer' }).textContent()
		).resolves.toContain('fewer than 5');
		await expect(page.locator('main').textContent()).resolves.toContain(
			'People who wrote an answer: fewer than 5'
		);

		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('link', { name: 'Download the results (CSV)' }).click()
		]);
		expect(download.suggestedFilename()).toBe(`survey-${surveyId}.csv`);
		const csv = fs.readFileSync(await download.path(), 'utf8');
		expect(csv.startsWith('\uFEFF')).toBe(true);
		expect(csv).toContain('1,How do you get home at night?,Night bus,7,64\r\n');
		expect(csv).toContain('1,How do you get home at night?,Bike,fewer than 5,\r\n');
		expect(csv).not.toContain('Więcej autobusów');
	});
});
