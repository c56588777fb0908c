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

// Hearth's clock starts at 00:58 on a Saturday in London, so the search for "open now" runs at
// about 01:00, in the middle of Friday night.
const SATURDAY_NIGHT = '2026-11-21T00:58:00Z';

describeJourney(
	'finding help at night',
	{ HEARTH_DEMO: '1', HEARTH_CLOCK_START: SATURDAY_NIGHT },
	(journey, javaScript) => {
		it('a coordinator adds an overnight service with no ID asked, and a member finds it open at 01:00, in Spanish, with a typo', async () => {
			const { hearth, browsing } = journey();
			const { page } = browsing;
			await signIn(browsing, hearth.url, DEMO_COORDINATOR, DEMO_PASSPHRASE);
			await visit(browsing, `${hearth.url}/c/demo/manage/directory`);
			await submit(browsing, () => page.getByRole('link', { name: 'Add a service' }).click());
			expect(await heading(browsing)).toBe('Add a service');

			await page.getByLabel('Name (English)').fill('Night first aid for riders');
			await page
				.getByLabel('Description (English)')
				.fill('Cuts, burns and sprains seen to by a first aider, all night on Fridays.');
			await page.getByLabel('Health', { exact: true }).check();
			await page.getByLabel('No ID or immigration status asked').check();
			await page.getByLabel('Walk in, no appointment').check();
			await page.getByLabel('Español', { exact: true }).check();
			await page.getByLabel('Name (Español)').fill('Primeros auxilios nocturnos para repartidores');
			const firstOpening = page.getByRole('group', { name: 'Opening 1' });
			await firstOpening.getByLabel('Day it opens').selectOption({ label: 'Friday' });
			await firstOpening.getByLabel('Opens at').fill('22:00');
			await firstOpening.getByLabel('Closes at').fill('06:00');

			// Closing before opening on the same day is a mistake the form names, input kept.
			await submit(browsing, () => page.getByRole('button', { name: 'Add the service' }).click());
			await expect(page.getByRole('alert').textContent()).resolves.toContain(
				'It closes before it opens'
			);
			await expect(page.getByLabel('Name (English)').inputValue()).resolves.toBe(
				'Night first aid for riders'
			);
			await firstOpening.getByLabel('Closes the next day').check();
			await submit(browsing, () => page.getByRole('button', { name: 'Add the service' }).click());
			await expect(page.getByRole('status').textContent()).resolves.toContain(
				'The service is saved.'
			);
			await signOut(browsing, hearth.url);

			// A member with no account, reading Spanish, searches with a typo.
			await visit(browsing, `${hearth.url}/c/demo/help`);
			await submit(browsing, () => page.getByRole('button', { name: 'Español' }).click());
			expect(await heading(browsing)).toBe('Buscar ayuda');
			await page.getByLabel('¿Qué necesitas?').fill('primeros auxlios');
			await submit(browsing, () => page.getByRole('button', { name: 'Buscar' }).click());
			const result = page.getByRole('link', {
				name: 'Primeros auxilios nocturnos para repartidores'
			});
			await expect(result.isVisible()).resolves.toBe(true);

			// Open now, at 01:00 on Saturday: Friday night's opening is still running.
			await page.getByLabel('Abierto ahora').check();
			await page.getByLabel('No piden documentos ni situación migratoria').check();
			await submit(browsing, () => page.getByRole('button', { name: 'Buscar' }).click());
			await expect(result.isVisible()).resolves.toBe(true);
			const found = page.locator('.results li').filter({ has: result });
			const status = (await found.locator('.status').textContent()) ?? '';
			expect(status).toContain('Abierto ahora');
			expect(status).toMatch(/\b6:00/);
			await expect(found.textContent()).resolves.toContain('No piden documentos');

			// A day service is not open now.
			await page.getByLabel('¿Qué necesitas?').fill('clases de inglés');
			await submit(browsing, () => page.getByRole('button', { name: 'Buscar' }).click());
			await expect(page.locator('.results li').count()).resolves.toBe(0);
			await expect(page.getByText('No hay resultados').isVisible()).resolves.toBe(true);

			// The service's own page, in Spanish where it has Spanish, which prints on one sheet.
			await page.getByLabel('Cualquier momento').check();
			await page.getByLabel('¿Qué necesitas?').fill('primeros auxilios');
			await submit(browsing, () => page.getByRole('button', { name: 'Buscar' }).click());
			await submit(browsing, () => result.click());
			expect(await heading(browsing)).toBe('Primeros auxilios nocturnos para repartidores');
			await expect(page.getByText('No piden documentos de identidad').isVisible()).resolves.toBe(
				true
			);
			if (javaScript) {
				const pdf = await page.pdf({ format: 'A4' });
				const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
				expect(pages.length).toBe(1);
			}
		});

		it('answers a search of 10,000 characters or of only symbols with a message, not an error', async () => {
			const { hearth, browsing } = journey();
			const { page } = browsing;
			await visit(browsing, `${hearth.url}/c/demo/help`);
			await submit(browsing, () => page.getByRole('button', { name: 'English' }).click());
			await visit(browsing, `${hearth.url}/c/demo/help?q=${'a'.repeat(10_000)}`);
			await expect(page.getByRole('alert').textContent()).resolves.toContain(
				'a search can be up to 200 characters'
			);
			await visit(browsing, `${hearth.url}/c/demo/help?q=${encodeURIComponent('!!! ***')}`);
			await expect(page.getByRole('alert').textContent()).resolves.toContain('not only symbols');

			// In Arabic, right to left, a category's Arabic name finds its services.
			await submit(browsing, () => page.getByRole('button', { name: 'العربية' }).click());
			await page.getByLabel('ماذا تحتاج؟').fill('الطعام');
			await submit(browsing, () => page.getByRole('button', { name: 'ابحث', exact: true }).click());
			await expect(page.locator('html').getAttribute('dir')).resolves.toBe('rtl');
			await expect(page.getByRole('link', { name: 'Food parcels' }).isVisible()).resolves.toBe(
				true
			);
			await submit(browsing, () => page.getByRole('button', { name: 'English' }).click());
		});
	}
);
