import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { submit, visit } from '../support/browser';
import {
	DEMO_COORDINATOR,
	DEMO_PASSPHRASE,
	describeJourney,
	heading,
	signIn
} from '../support/journeys';

const EXAMPLE = path.resolve(
	import.meta.dirname,
	'../../standards/hsds-3.0/examples/service_full.json'
);

/** A partner's small HSDS file: one service to add, one with a problem. */
function partnerFile(): string {
	const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'hearth-hsds-'));
	const file = path.join(folder, 'partner.json');
	fs.writeFileSync(
		file,
		JSON.stringify([
			{
				id: randomUUID(),
				name: 'Wage claim surgery',
				status: 'active',
				description: 'Help to claim unpaid wages.',
				schedules: [
					{ id: randomUUID(), freq: 'WEEKLY', byday: 'TU', opens_at: '18:00', closes_at: '20:00' }
				]
			},
			{ id: randomUUID(), name: 'Food bank', status: 'open all hours' }
		])
	);
	return file;
}

describeJourney('importing an HSDS file', { HEARTH_DEMO: '1' }, (journey) => {
	it('shows what would change, imports the valid records on confirming, and says what it did', async () => {
		const { hearth, browsing } = journey();
		const { page } = browsing;
		const importPage = `${hearth.url}/c/demo/manage/directory/import`;
		await signIn(browsing, hearth.url, DEMO_COORDINATOR, DEMO_PASSPHRASE);
		await visit(browsing, importPage);
		expect(await heading(browsing)).toBe('Import from an HSDS file');

		// Sending no file is answered, on the same page.
		await submit(browsing, () => page.getByRole('button', { name: 'Upload and check' }).click());
		await expect(page.getByRole('alert').textContent()).resolves.toContain(
			'Choose an HSDS file to upload'
		);
		await expect(page.title()).resolves.toMatch(/^Error: /);

		// A partner's file: one service to add, one with a problem, explained.
		await page.getByLabel('HSDS file').setInputFiles(partnerFile());
		await submit(browsing, () => page.getByRole('button', { name: 'Upload and check' }).click());
		expect(await heading(browsing)).toBe('Check the import');
		const preview = (await page.locator('#main').textContent()) ?? '';
		expect(preview).toContain('1 record to add');
		expect(preview).toContain('Wage claim surgery');
		expect(preview).toContain('1 record with problems, not imported');
		expect(preview).toContain(
			'Its status “open all hours” is not one of: active, inactive, defunct, temporarily closed'
		);

		// Cancelling leads back to the directory and changes nothing.
		await expect(page.getByRole('link', { name: 'Cancel' }).getAttribute('href')).resolves.toBe(
			'/c/demo/manage/directory'
		);
		await submit(browsing, () => page.getByRole('button', { name: 'Confirm import' }).click());
		expect(await heading(browsing)).toBe('Import done');
		const done = (await page.locator('#main').textContent()) ?? '';
		expect(done).toContain('1 record added.');
		expect(done).toContain('1 record with problems was not imported.');
		await expect(
			page.getByRole('link', { name: 'Go to the directory' }).getAttribute('href')
		).resolves.toBe('/c/demo/manage/directory');

		// The official example: a service with its organisation and location, and fields left out.
		await submit(browsing, () => page.getByRole('link', { name: 'Import another file' }).click());
		await page.getByLabel('HSDS file').setInputFiles(EXAMPLE);
		await submit(browsing, () => page.getByRole('button', { name: 'Upload and check' }).click());
		const full = (await page.locator('#main').textContent()) ?? '';
		expect(full).toContain('3 records to add');
		expect(full).toContain('Community Counselling');
		expect(full).toContain('Fields Hearth does not keep');
		await submit(browsing, () => page.getByRole('button', { name: 'Confirm import' }).click());
		await expect(page.locator('#main').textContent()).resolves.toContain('3 records added.');
	});
});
