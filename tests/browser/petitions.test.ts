import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openBrowser, submit, visit, type Browsing } from '../support/browser';
import { DEMO_PASSPHRASE, describeJourney, heading, signIn } from '../support/journeys';

const KEY = randomBytes(32);
const ENV = { HEARTH_DEMO: '1', HEARTH_SECRET_KEY: KEY.toString('base64') };
const ORGANISER = 'Lucía (demo)';

describeJourney('a petition in Portuguese, signed and delivered', ENV, (journey, javaScript) => {
	// Signers are not signed in, and read Portuguese: a browser of their own.
	let signers: Browsing;
	let petitionPage = '';
	let managePage = '';
	beforeAll(async () => {
		signers = await openBrowser(javaScript, 'pt-PT');
	});
	afterAll(async () => {
		await signers?.close();
	});

	it('Lucía starts a petition in Portuguese and English', async () => {
		const { hearth, browsing } = journey();
		const { page } = browsing;
		await signIn(browsing, hearth.url, ORGANISER, DEMO_PASSPHRASE);
		await visit(browsing, `${hearth.url}/c/demo/manage/petitions/new`);
		expect(await heading(browsing)).toBe('Start a petition');
		await page.locator('input[name="locales"][value="pt"]').check();
		await page.getByLabel('Title in English').fill('Pay the night shift');
		await page
			.getByLabel('What the petition asks for, in English')
			.fill('We ask Harbour Kitchens to pay every night hour worked.');
		await page.getByLabel('Title in Português').fill('Paguem o turno da noite');
		await page
			.getByLabel('What the petition asks for, in Português')
			.fill('Pedimos à Harbour Kitchens que pague todas as horas da noite.');
		await page.getByLabel('Addressed to', { exact: true }).fill('Harbour Kitchens Ltd');
		await submit(browsing, () => page.getByRole('button', { name: 'Start the petition' }).click());
		expect(await heading(browsing)).toBe('Pay the night shift');
		await expect(page.getByRole('status').textContent()).resolves.toContain(
			'The petition is started and its public page is open.'
		);
		managePage = page.url().split('?')[0] as string;
		const id = managePage.split('/').at(-1);
		petitionPage = `${hearth.url}/c/demo/petitions/${id}`;
	});

	it('a signer reading Portuguese signs without an email, a second shows their name', async () => {
		const { page } = signers;
		await visit(signers, petitionPage);
		expect(await heading(signers)).toBe('Paguem o turno da noite');
		await expect(page.locator('main').textContent()).resolves.toContain(
			'Não precisa de email nem de telefone para assinar.'
		);
		await page.getByLabel('O seu nome').fill('Maria');
		await page.getByLabel('A sua zona').fill('Alfama');
		await submit(signers, () => page.getByRole('button', { name: 'Assinar' }).click());
		expect(await heading(signers)).toBe('Obrigado por assinar');
		await expect(page.getByTestId('count').textContent()).resolves.toBe('1 pessoa assinou.');

		await visit(signers, petitionPage);
		await page.getByLabel('O seu nome').fill('Joaquim');
		await page.getByLabel('A sua zona').fill('Graça');
		await page.getByLabel('Mostrar o meu nome e a minha zona na petição que entregarmos').check();
		await submit(signers, () => page.getByRole('button', { name: 'Assinar' }).click());
		await expect(page.getByTestId('count').textContent()).resolves.toBe('2 pessoas assinaram.');
	});

	it('Lucía marks it delivered and the export shows only the name shown', async () => {
		const { browsing } = journey();
		const { page } = browsing;
		await visit(browsing, `${managePage}?deliver#confirm`);
		await expect(page.locator('#confirm').textContent()).resolves.toContain('2 people signed it.');
		await submit(browsing, () =>
			page.getByRole('button', { name: 'Yes, it is delivered' }).click()
		);
		await expect(page.getByRole('status').textContent()).resolves.toContain(
			'The petition is marked delivered.'
		);
		await submit(browsing, () =>
			page.getByRole('link', { name: 'Printable list to deliver' }).click()
		);
		await expect(page.getByTestId('summary').textContent()).resolves.toContain(
			'2 people signed; 1 agreed to show their name.'
		);
		const signersList = page.getByTestId('signers');
		await expect(signersList.textContent()).resolves.toContain('Joaquim');
		await expect(signersList.textContent()).resolves.toContain('Graça');
		await expect(page.locator('main').textContent()).resolves.not.toContain('Maria');
	});
});
