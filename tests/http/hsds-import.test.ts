import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MessageKey } from '../../src/lib/i18n/messages/en';
import { translator } from '../../src/lib/i18n/translate';
import { HttpClient, showsStackTrace, type Answer, signedInAs } from '../support/http-client';
import { startHearth, type RunningHearth } from '../support/server';
import { message, queryRows, title, words } from '../support/pages';

const PASSPHRASE = 'open door warm kettle';
const COORDINATOR = 'Coordinator (demo)';
const ADVISER = 'Amira (demo)';
const MEMBER = 'Mihai (demo)';
const PAGE = '/c/demo/manage/directory/import';
const t = translator('en');

function service(extra: Record<string, unknown> = {}): Record<string, unknown> {
	return {
		id: randomUUID(),
		name: 'Hardship fund',
		status: 'active',
		description: 'Small grants for rent and bills.',
		...extra
	};
}

describe('importing an HSDS file over HTTP', () => {
	let hearth: RunningHearth;
	const traces: string[] = [];
	const client = () =>
		new HttpClient(hearth.url, {
			observe: (answer) => {
				if (showsStackTrace(answer.body) || answer.status >= 500) {
					traces.push(`${answer.method} ${answer.path} ${answer.status}`);
				}
			}
		});

	const signedIn = (chosenName: string) => signedInAs(client(), chosenName, PASSPHRASE);

	function upload(person: HttpClient, content: string | Uint8Array, name = 'directory.json') {
		const form = new FormData();
		const part = typeof content === 'string' ? content : new Uint8Array(content);
		form.append('file', new Blob([part], { type: 'application/json' }), name);
		return person.post(`${PAGE}?/upload`, form);
	}

	/** A refused upload: status 400, the error summary and the message beside the field. */
	function expectRefused(answer: Answer, key: MessageKey) {
		expect(answer.status, key).toBe(400);
		expect(title(answer.body)).toMatch(/^Error: /);
		expect(answer.body).toContain('class="error-summary"');
		expect(answer.body).toContain('href="#field-file"');
		expect(answer.body).toContain('id="field-file"');
		expect(answer.body).toContain('id="field-file-error"');
		expect(words(answer.body)).toContain(message(key));
	}

	beforeAll(async () => {
		hearth = await startHearth({ HEARTH_DEMO: '1' });
	});
	afterAll(async () => {
		await hearth?.stop();
		expect(traces).toEqual([]);
	});

	it('is for coordinators only', async () => {
		for (const name of [MEMBER, ADVISER]) {
			const person = await signedIn(name);
			expect((await person.get(PAGE)).status, name).toBe(403);
			expect((await upload(person, JSON.stringify([service()]))).status, name).toBe(403);
			const confirm = await person.post(`${PAGE}?/confirm`, { importId: randomUUID() });
			expect(confirm.status, name).toBe(403);
		}
		const visitor = client();
		const answer = await visitor.get(PAGE);
		expect(answer.status).toBe(303);
		expect(answer.location).toMatch(/^\/sign-in/);
	});

	it('explains HSDS and asks for a file, with a form that works without JavaScript', async () => {
		const coordinator = await signedIn(COORDINATOR);
		const answer = await coordinator.get(PAGE);
		expect(answer.status).toBe(200);
		expect(words(answer.body)).toContain(message('import.intro'));
		expect(answer.body).toMatch(/<form[^>]*method="POST"[^>]*action="\?\/upload"/);
		expect(answer.body).toContain('enctype="multipart/form-data"');
		expect(answer.body).toContain('type="file"');
	});

	it('answers no file, a file that is not JSON, and a file that is not HSDS, in plain words', async () => {
		const coordinator = await signedIn(COORDINATOR);
		const none = new FormData();
		none.append('file', new Blob([]), '');
		expectRefused(await coordinator.post(`${PAGE}?/upload`, none), 'import.fileRequired');
		expectRefused(await coordinator.post(`${PAGE}?/upload`, new FormData()), 'import.fileRequired');
		expectRefused(await upload(coordinator, '{"name": "Cut off'), 'import.fileNotJson');
		expectRefused(
			await upload(coordinator, new Uint8Array([0xff, 0xfe, 0x00])),
			'import.fileNotJson'
		);
		expectRefused(await upload(coordinator, '{"id": 1, "version": "1"}'), 'import.fileNotHsds');
		expectRefused(await upload(coordinator, '[]'), 'import.fileEmpty');
	});

	it('answers a file over 1 MB with its own message, and a far larger one with the “too large” page', async () => {
		const coordinator = await signedIn(COORDINATOR);
		const padded = JSON.stringify([service({ description: 'x'.repeat(1_500_000) })]);
		expectRefused(await upload(coordinator, padded), 'import.fileTooLarge');
		const huge = await upload(coordinator, 'x'.repeat(3 * 1024 * 1024));
		expect(huge.status).toBe(413);
		expect(title(huge.body)).toContain(message('errors.tooLarge'));
	});

	it('lists every invalid record with its reasons, and refuses a file with nothing valid', async () => {
		const coordinator = await signedIn(COORDINATOR);
		const answer = await upload(
			coordinator,
			JSON.stringify([service({ name: '' }), service({ id: 'abc' })])
		);
		expectRefused(answer, 'import.nothingImportable');
		const text = words(answer.body);
		expect(text).toContain(message('import.problemNoName'));
		expect(text).toContain(t('import.problemIdNotUuid', { value: 'abc' }));
	});

	it('previews a file with some invalid records, imports only the valid ones, and nothing twice', async () => {
		const coordinator = await signedIn(COORDINATOR);
		const good = [service({ name: 'Hardship fund' }), service({ name: 'Tenants’ union' })];
		const bad = [
			service({
				name: 'Broken hours',
				schedules: [
					{ id: randomUUID(), freq: 'WEEKLY', byday: 'MO', opens_at: '9am', closes_at: '17:00' }
				]
			}),
			service({ id: 'svc-4' })
		];
		const file = JSON.stringify({ total_items: 4, contents: [...good, ...bad] });

		const uploaded = await upload(coordinator, file, 'partners.json');
		expect(uploaded.status).toBe(303);
		expect(uploaded.location).toMatch(new RegExp(`^${PAGE}\\?import=[0-9a-f-]{36}$`));
		const preview = await coordinator.follow(uploaded);
		expect(preview.status).toBe(200);
		const shown = words(preview.body);
		expect(shown).toContain(t('import.previewFile', { file: 'partners.json' }));
		expect(shown).toContain(t('import.added', { count: 2 }));
		expect(shown).toContain(t('import.invalid', { count: 2 }));
		expect(shown).toContain('Hardship fund');
		expect(shown).toContain(
			t('import.problemTime', { value: '9am', field: 'schedules[0].opens_at' })
		);
		expect(shown).toContain(t('import.problemIdNotUuid', { value: 'svc-4' }));
		const importId = /name="importId" value="([^"]+)"/.exec(preview.body)?.[1] ?? '';
		expect(preview.body).toMatch(/<form[^>]*method="POST"[^>]*action="\?\/confirm"/);
		expect(preview.body).toContain('href="/c/demo/manage/directory"');

		const confirmed = await coordinator.post(`${PAGE}?/confirm`, { importId });
		expect(confirmed.status).toBe(200);
		const done = words(confirmed.body);
		expect(done).toContain(message('import.doneTitle'));
		expect(done).toContain(t('import.doneAdded', { count: 2 }));
		expect(done).toContain(t('import.doneInvalid', { count: 2 }));
		expect(confirmed.body).toContain('href="/c/demo/manage/directory"');
		const ids = good.map((each) => each.id as string);
		const stored = () =>
			queryRows<{ id: string; updated_at: Date }>(
				hearth.databaseUrl,
				'select id, updated_at from services where id = any($1) order by id',
				[ids]
			);
		const first = await stored();
		expect(first).toHaveLength(2);
		const all = await queryRows<{ count: string }>(
			hearth.databaseUrl,
			`select count(*) from services where name in ('Broken hours') or id::text = 'svc-4'`
		);
		expect(Number(all[0]?.count)).toBe(0);

		// Confirming the same upload again changes nothing and says why.
		const repeated = await coordinator.post(`${PAGE}?/confirm`, { importId });
		expectRefused(repeated, 'import.alreadyApplied');
		const revisited = await coordinator.get(`${PAGE}?import=${importId}`);
		expect(words(revisited.body)).toContain(message('import.alreadyApplied'));

		// The same file again: everything valid is already there, and confirming touches nothing.
		const again = await coordinator.follow(await upload(coordinator, file, 'partners.json'));
		const second = words(again.body);
		expect(second).toContain(t('import.unchanged', { count: 2 }));
		expect(second).toContain(t('import.added', { count: 0 }));
		expect(second).toContain(message('import.nothingChanges'));
		const secondId = /name="importId" value="([^"]+)"/.exec(again.body)?.[1] ?? '';
		const reconfirmed = await coordinator.post(`${PAGE}?/confirm`, { importId: secondId });
		expect(words(reconfirmed.body)).toContain(t('import.doneUnchanged', { count: 2 }));
		expect(await stored()).toEqual(first);

		const audit = await queryRows<{ detail: Record<string, number> }>(
			hearth.databaseUrl,
			`select detail from audit_events where action = 'directory.imported' order by seq`
		);
		expect(audit.map((row) => row.detail)).toEqual([
			{ added: 2, updated: 0, unchanged: 0, invalid: 2 },
			{ added: 0, updated: 0, unchanged: 2, invalid: 2 }
		]);
	});

	it('imports the official full service example with its organisation and location', async () => {
		const coordinator = await signedIn(COORDINATOR);
		const { readFileSync } = await import('node:fs');
		const example = readFileSync('standards/hsds-3.0/examples/service_full.json');
		const preview = await coordinator.follow(
			await upload(coordinator, example, 'service_full.json')
		);
		const shown = words(preview.body);
		expect(shown).toContain(t('import.added', { count: 3 }));
		expect(shown).toContain('Community Counselling');
		expect(shown).toContain(message('import.leftOutTitle'));
		expect(shown).toContain('alternate_name');
	});

	it('shows a staged import only to the person who uploaded it, and nothing for a made-up one', async () => {
		const coordinator = await signedIn(COORDINATOR);
		expect((await coordinator.get(`${PAGE}?import=${randomUUID()}`)).status).toBe(404);
		expect((await coordinator.get(`${PAGE}?import=not-an-id`)).status).toBe(404);
		expect((await coordinator.post(`${PAGE}?/confirm`, { importId: 'x' })).status).toBe(404);
		expect((await coordinator.post(`${PAGE}?/confirm`, { importId: randomUUID() })).status).toBe(
			404
		);
	});
});
