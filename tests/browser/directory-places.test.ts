import { expect, it } from 'vitest';
import { submit, visit } from '../support/browser';
import {
	DEMO_COORDINATOR,
	DEMO_PASSPHRASE,
	describeJourney,
	heading,
	signIn
} from '../support/journeys';

describeJourney(
	'keeping the directory’s organisations and places',
	{ HEARTH_DEMO: '1' },
	(journey) => {
		it('adds and changes a partner, adds a step-free place, and removes it after asking', async () => {
			const { hearth, browsing } = journey();
			const { page } = browsing;
			const base = `${hearth.url}/c/demo/manage/directory`;
			await signIn(browsing, hearth.url, DEMO_COORDINATOR, DEMO_PASSPHRASE);

			// The centre itself is always listed, and cannot be removed.
			await visit(browsing, `${base}/organizations`);
			expect(await heading(browsing)).toBe('Organisations');
			await expect(page.getByText('This centre', { exact: true }).isVisible()).resolves.toBe(true);
			await expect(
				page.getByRole('link', { name: /^\W*Directory$/ }).getAttribute('href')
			).resolves.toBe('/c/demo/manage/directory');
			await submit(browsing, () =>
				page
					.locator('#main')
					.getByRole('link', { name: 'Riverside Workers’ Centre (demo)' })
					.click()
			);
			await expect(
				page.getByRole('link', { name: 'Remove this organisation' }).count()
			).resolves.toBe(0);
			await visit(browsing, `${page.url()}?remove`);
			await expect(page.getByRole('alert').textContent()).resolves.toContain('cannot be removed');

			// A partner: a website that is not an address is explained, and the input kept.
			await visit(browsing, `${base}/organizations`);
			await submit(browsing, () => page.getByRole('link', { name: 'Add an organisation' }).click());
			await page.getByLabel('Name', { exact: true }).fill('Eastside Law Centre');
			await page.getByLabel('What it does (optional)').fill('Free advice on work and housing.');
			await page.getByLabel('Website (optional)').fill('eastside law dot org');
			await submit(browsing, () => page.getByRole('button', { name: 'Add organisation' }).click());
			await expect(page.getByRole('alert').textContent()).resolves.toContain(
				'Enter the website’s full address'
			);
			await expect(page.title()).resolves.toMatch(/^Error: /);
			await expect(page.getByLabel('Name', { exact: true }).inputValue()).resolves.toBe(
				'Eastside Law Centre'
			);
			await expect(page.getByLabel('What it does (optional)').inputValue()).resolves.toBe(
				'Free advice on work and housing.'
			);
			await expect(page.getByLabel('Website (optional)').inputValue()).resolves.toBe(
				'eastside law dot org'
			);
			await page.getByLabel('Website (optional)').fill('https://eastside-law.example');
			await submit(browsing, () => page.getByRole('button', { name: 'Add organisation' }).click());
			await expect(page.getByText('Organisation saved.').isVisible()).resolves.toBe(true);

			// Changed: open on Tuesdays now.
			await submit(browsing, () => page.getByRole('link', { name: 'Eastside Law Centre' }).click());
			expect(await heading(browsing)).toBe('Eastside Law Centre');
			await expect(page.getByLabel('Website (optional)').inputValue()).resolves.toBe(
				'https://eastside-law.example'
			);
			await page.getByLabel('Name', { exact: true }).fill('Eastside Law Centre (Tuesdays)');
			await page.getByLabel('Phone (optional)').fill('020 7946 0123');
			await submit(browsing, () => page.getByRole('button', { name: 'Save' }).click());
			await expect(page.getByText('Organisation saved.').isVisible()).resolves.toBe(true);
			await expect(
				page.getByRole('link', { name: 'Eastside Law Centre (Tuesdays)' }).isVisible()
			).resolves.toBe(true);

			// A place where the partner gives advice, with how to get in described in plain words.
			await visit(browsing, `${base}/locations`);
			expect(await heading(browsing)).toBe('Locations');
			await submit(browsing, () => page.getByRole('link', { name: 'Add a location' }).click());
			await expect(page.getByLabel('Country').inputValue()).resolves.toBe('GB');
			await page.getByLabel('Street address (optional)').fill('12 Kettle Lane');
			await page.getByLabel('Country').fill('United Kingdom');
			await submit(browsing, () => page.getByRole('button', { name: 'Add location' }).click());
			const problems = (await page.getByRole('alert').textContent()) ?? '';
			expect(problems).toContain('Enter the location’s name');
			expect(problems).toContain('Enter the country as two letters');
			await expect(page.getByLabel('Street address (optional)').inputValue()).resolves.toBe(
				'12 Kettle Lane'
			);
			await page.getByLabel('Name', { exact: true }).fill('Kettle Lane advice room');
			await page.getByLabel('Country').fill('gb');
			await page.getByLabel('Town or city (optional)').fill('London');
			await page.getByLabel('How to get there (optional)').fill('Bus 25, stop Kettle Lane.');
			await page
				.getByLabel('Access (optional)')
				.fill('Step-free from the side door. Accessible toilet. Hearing loop at the desk.');
			await page
				.getByLabel('Organisation (optional)')
				.selectOption({ label: 'Eastside Law Centre (Tuesdays)' });
			await submit(browsing, () => page.getByRole('button', { name: 'Add location' }).click());
			await expect(page.getByText('Location saved.').isVisible()).resolves.toBe(true);
			const row = page.getByRole('row', { name: /Kettle Lane advice room/ });
			await expect(row.textContent()).resolves.toContain('12 Kettle Lane, London, GB');
			await expect(row.textContent()).resolves.toContain('Eastside Law Centre (Tuesdays)');

			// Removing asks first, says what it changes, and "No" keeps it.
			await submit(browsing, () =>
				page.getByRole('link', { name: 'Kettle Lane advice room' }).click()
			);
			await expect(page.getByLabel('Access (optional)').inputValue()).resolves.toContain(
				'Hearing loop at the desk.'
			);
			await submit(browsing, () =>
				page.getByRole('link', { name: 'Remove this location' }).click()
			);
			await expect(
				page.getByRole('heading', { name: 'Remove Kettle Lane advice room?' }).isVisible()
			).resolves.toBe(true);
			await expect(
				page.getByText('No service in the directory is given here.').isVisible()
			).resolves.toBe(true);
			await submit(browsing, () => page.getByRole('link', { name: 'No, keep it' }).click());
			await expect(page.getByRole('heading', { name: /^Remove/ }).count()).resolves.toBe(0);
			await submit(browsing, () =>
				page.getByRole('link', { name: 'Remove this location' }).click()
			);
			await submit(browsing, () => page.getByRole('button', { name: 'Yes, remove it' }).click());
			await expect(page.getByText('Location removed.').isVisible()).resolves.toBe(true);
			await expect(
				page.getByRole('link', { name: 'Kettle Lane advice room' }).count()
			).resolves.toBe(0);

			// The partner goes too, after the same question.
			await visit(browsing, `${base}/organizations`);
			await submit(browsing, () =>
				page.getByRole('link', { name: 'Eastside Law Centre (Tuesdays)' }).click()
			);
			await submit(browsing, () =>
				page.getByRole('link', { name: 'Remove this organisation' }).click()
			);
			await expect(
				page.getByText('No service in the directory says it gives it.').isVisible()
			).resolves.toBe(true);
			await submit(browsing, () => page.getByRole('button', { name: 'Yes, remove it' }).click());
			await expect(page.getByText('Organisation removed.').isVisible()).resolves.toBe(true);
			await expect(
				page.getByRole('link', { name: 'Eastside Law Centre (Tuesdays)' }).count()
			).resolves.toBe(0);
		});
	}
);
