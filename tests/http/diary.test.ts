import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	checkedValues,
	fieldValue,
	HttpClient,
	showsStackTrace,
	signedInAs,
	type Answer,
	type Fields
} from '../support/http-client';
import { message, queryRows, title, words } from '../support/pages';
import { startHearth, type RunningHearth } from '../support/server';

const PASSPHRASE = 'open door warm kettle';
const DIARY = '/c/demo/diary';
const MIHAI = 'Mihai (demo)';
const JOANA = 'Joana (demo)';
// Yusuf keeps no diary in the demo: his starts empty.
const YUSUF = 'Yusuf (demo)';
const JPEG_START = Buffer.from([0xff, 0xd8, 0xff, 0xe0]);

/** The add-shift form filled for a night shift, as a member would. */
function nightShift(startsOn: string, extra: Fields = {}): Record<string, string> {
	return {
		clientId: randomUUID(),
		startsOn,
		startTime: '22:00',
		endsNextDay: 'yes',
		endTime: '06:00',
		unpaidBreakMinutes: '30',
		employerName: 'Night Kitchens Ltd',
		site: 'Dock Road',
		promised: '12.71',
		paid: '75',
		deductions: '',
		accommodation: 'none',
		accommodationCharged: '',
		note: 'Cold in the yard',
		...(extra as Record<string, string>)
	};
}

function photoForm(bytes: Buffer, name = 'payslip.jpg', type = 'image/jpeg'): FormData {
	const form = new FormData();
	form.append('photo', new Blob([new Uint8Array(bytes)], { type }), name);
	return form;
}

describe('the hours diary over HTTP', () => {
	let hearth: RunningHearth;
	const traces: string[] = [];
	const client = () =>
		new HttpClient(hearth.url, {
			observe: (answer) => {
				if (showsStackTrace(answer.body)) traces.push(`${answer.method} ${answer.path}`);
			}
		});
	const signedIn = (chosenName: string) => signedInAs(client(), chosenName, PASSPHRASE);

	async function shiftIdOf(clientId: string): Promise<string | undefined> {
		const rows = await queryRows<{ id: string }>(
			hearth.databaseUrl,
			'select id from diary_shifts where client_id = $1',
			[clientId]
		);
		return rows[0]?.id;
	}

	async function addShift(member: HttpClient, fields: Record<string, string>): Promise<string> {
		const answer = await member.post(`${DIARY}?/add`, fields);
		expect(answer.status, words(answer.body).slice(0, 300)).toBe(303);
		const id = await shiftIdOf(fields.clientId as string);
		if (!id) throw new Error('The shift was not kept');
		return id;
	}

	/** Every field the form was sent with is back in the form, as typed. */
	function keepsInput(answer: Answer, fields: Record<string, string>): void {
		for (const [name, value] of Object.entries(fields)) {
			if (name === 'endsNextDay') expect(checkedValues(answer.body, name)).toEqual([value]);
			else if (name === 'accommodation') continue;
			else expect(fieldValue(answer.body, name), name).toBe(value);
		}
	}

	beforeAll(async () => {
		hearth = await startHearth({ HEARTH_DEMO: '1' });
	});
	afterAll(async () => {
		await hearth?.stop();
		expect(traces).toEqual([]);
	});

	it('sends a visitor to sign in', async () => {
		const answer = await client().get(DIARY);
		expect(answer.status).toBe(303);
		expect(answer.location).toMatch(/^\/sign-in\?next=/);
	});

	it('shows an empty diary that says what to do, with a fresh client id each time', async () => {
		const yusuf = await signedIn(YUSUF);
		const first = await yusuf.get(DIARY);
		expect(first.status).toBe(200);
		expect(words(first.body)).toContain(message('diary.emptyDiary'));
		const clientId = fieldValue(first.body, 'clientId');
		expect(clientId).toMatch(/^[0-9a-f-]{36}$/);
		expect(fieldValue((await yusuf.get(DIARY)).body, 'clientId')).not.toBe(clientId);
		expect(first.body).toContain('/diary/manifest.webmanifest');
		expect(Buffer.byteLength(first.body)).toBeLessThan(40_000);
		expect(first.body).not.toMatch(/<script(?![^>]*diary-offline\.js)[^>]*>/);
	});

	it('keeps a shift, shows it in its week with the totals, and keeps it once when sent twice', async () => {
		const mihai = await signedIn(MIHAI);
		const fields = nightShift('2025-06-02');
		const answer = await mihai.post(`${DIARY}?/add`, fields);
		expect(answer.status).toBe(303);
		expect(answer.location).toBe(`${DIARY}?week=2025-06-02&done=saved`);
		expect((await mihai.post(`${DIARY}?/add`, fields)).status).toBe(303);
		const rows = await queryRows<{ n: string }>(
			hearth.databaseUrl,
			'select count(*) as n from diary_shifts where client_id = $1',
			[fields.clientId]
		);
		expect(rows[0]?.n).toBe('1');
		const week = await mihai.follow(answer);
		const text = words(week.body);
		expect(text).toContain(message('diary.savedNotice'));
		expect(text).toContain('Night Kitchens Ltd');
		expect(text).toContain('This week: 7.5 hours worked, £75.00 paid');
		const sealed = await queryRows<{ employer_name: string; note: string }>(
			hearth.databaseUrl,
			'select employer_name, note from diary_shifts where client_id = $1',
			[fields.clientId]
		);
		expect(sealed[0]?.employer_name).not.toContain('Night');
		expect(sealed[0]?.note).not.toContain('Cold');
	});

	it.each([
		[
			'a shift that ends before it starts',
			{ endsNextDay: '' },
			'endTime',
			'diary.endsBeforeStarts'
		],
		['a 30-hour shift', { startTime: '06:00', endTime: '12:00' }, 'endTime', 'diary.longerThanDay'],
		['a negative wage', { paid: '-5' }, 'paid', 'diary.moneyInvalid'],
		['a wage that is not a number', { promised: 'twelve' }, 'promised', 'diary.moneyInvalid'],
		[
			'a break as long as the shift',
			{ unpaidBreakMinutes: '480' },
			'unpaidBreakMinutes',
			'diary.breakTooLong'
		],
		[
			'an unknown accommodation',
			{ accommodation: 'castle' },
			'accommodation',
			'diary.accommodationInvalid'
		],
		['a date that is not a date', { startsOn: '2026-13-45' }, 'startsOn', 'diary.dateInvalid']
	] as const)(
		'refuses %s with a clear message and keeps the input',
		async (_, change, field, key) => {
			const mihai = await signedIn(MIHAI);
			const fields = nightShift('2025-06-03', change);
			if (fields.endsNextDay === '') delete fields.endsNextDay;
			const answer = await mihai.post(`${DIARY}?/add`, fields);
			expect(answer.status).toBe(400);
			expect(title(answer.body)).toMatch(/^Error: /);
			expect(words(answer.body)).toContain(message(key));
			expect(answer.body).toContain(`href="#field-${field}"`);
			keepsInput(answer, fields);
			expect(await shiftIdOf(fields.clientId as string)).toBeUndefined();
		}
	);

	it('tells a member whose shift ended next morning to tick the box', () => {
		expect(message('diary.endsBeforeStarts')).toContain('Ended the next day');
	});

	it('shows, changes and deletes a shift only for the member whose diary it is', async () => {
		const mihai = await signedIn(MIHAI);
		const joana = await signedIn(JOANA);
		const id = await addShift(mihai, nightShift('2025-06-04'));
		const page = await mihai.get(`${DIARY}/${id}`);
		expect(page.status).toBe(200);
		expect(fieldValue(page.body, 'paid')).toBe('75.00');
		expect(fieldValue(page.body, 'clientId')).toBeNull();
		for (const answer of [
			await joana.get(`${DIARY}/${id}`),
			await joana.get(`${DIARY}/${id}/photo`),
			await joana.post(`${DIARY}/${id}?/save`, nightShift('2025-06-04', { paid: '1' })),
			await joana.post(`${DIARY}/${id}?/delete`, {}),
			await joana.post(`${DIARY}/${id}?/photo`, photoForm(JPEG_START))
		]) {
			expect(answer.status, answer.path).toBe(404);
		}
		expect((await mihai.get(`${DIARY}/not-an-id`)).status).toBe(404);

		// The edit form carries no client id: the shift keeps its own.
		const edit = nightShift('2025-06-04', { paid: '80.5', site: '' });
		delete edit.clientId;
		const saved = await mihai.post(`${DIARY}/${id}?/save`, edit);
		expect(saved.status).toBe(303);
		const changed = await mihai.follow(saved);
		expect(words(changed.body)).toContain(message('diary.changedNotice'));
		expect(fieldValue(changed.body, 'paid')).toBe('80.50');

		const bad = await mihai.post(`${DIARY}/${id}?/save`, { ...edit, paid: '-5' });
		expect(bad.status).toBe(400);
		expect(fieldValue(bad.body, 'paid')).toBe('-5');
		expect(fieldValue(bad.body, 'note')).toBe('Cold in the yard');

		const confirm = await mihai.get(`${DIARY}/${id}?delete`);
		expect(words(confirm.body)).toContain(message('diary.deleteConfirm'));
		expect((await mihai.get(`${DIARY}/${id}`)).status).toBe(200);
		const deleted = await mihai.post(`${DIARY}/${id}?/delete`, {});
		expect(deleted.status).toBe(303);
		expect(deleted.location).toBe(`${DIARY}?week=2025-06-04&done=deleted`);
		expect((await mihai.get(`${DIARY}/${id}`)).status).toBe(404);
	});

	it('keeps a photo by its content, within its limit, and shows it only to its member', async () => {
		const mihai = await signedIn(MIHAI);
		const joana = await signedIn(JOANA);
		const id = await addShift(mihai, nightShift('2025-06-05'));
		const photoPath = `${DIARY}/${id}?/photo`;

		const pretend = await mihai.post(photoPath, photoForm(Buffer.from('GIF89a pretending')));
		expect(pretend.status).toBe(400);
		expect(words(pretend.body)).toContain(message('diary.photoNotImage'));

		const big = Buffer.concat([JPEG_START, Buffer.alloc(1_600_000)]);
		const tooBig = await mihai.post(photoPath, photoForm(big));
		expect(tooBig.status).toBe(400);
		expect(words(tooBig.body)).toContain(message('diary.photoTooLarge'));

		const huge = Buffer.concat([JPEG_START, Buffer.alloc(50 * 1024 * 1024)]);
		const refused = await mihai.post(photoPath, photoForm(huge));
		expect(refused.status).toBe(413);
		expect(title(refused.body)).toContain(message('errors.tooLarge'));
		const photos = () =>
			queryRows<{ n: string }>(
				hearth.databaseUrl,
				'select count(*) as n from diary_photos where shift_id = $1',
				[id]
			);
		expect((await photos())[0]?.n).toBe('0');
		expect(fieldValue((await mihai.get(`${DIARY}/${id}`)).body, 'paid')).toBe('75.00');

		const jpeg = Buffer.concat([JPEG_START, randomBytes(2_000)]);
		const kept = await mihai.post(photoPath, photoForm(jpeg, 'rota.png', 'image/png'));
		expect(kept.status).toBe(303);
		const photo = await mihai.get(`${DIARY}/${id}/photo`);
		expect(photo.status).toBe(200);
		expect(photo.headers.get('content-type')).toBe('image/jpeg');
		// Hearth marks every signed-in answer no-store, which is stricter than private.
		expect(photo.headers.get('cache-control')).toMatch(/no-store/);
		expect((await joana.get(`${DIARY}/${id}/photo`)).status).toBe(404);
		expect((await client().get(`${DIARY}/${id}/photo`)).status).toBe(303);
		const stored = await queryRows<{ content: Buffer }>(
			hearth.databaseUrl,
			'select content from diary_photos where shift_id = $1',
			[id]
		);
		expect(stored[0]?.content.includes(jpeg.subarray(4, 64))).toBe(false);

		const confirm = await mihai.get(`${DIARY}/${id}?removePhoto`);
		expect(words(confirm.body)).toContain(message('diary.removePhotoConfirm'));
		expect((await mihai.post(`${DIARY}/${id}?/removePhoto`, {})).status).toBe(303);
		expect((await mihai.get(`${DIARY}/${id}/photo`)).status).toBe(404);
	});

	it('keeps settings, explains each, refuses a bad date and forgets them after asking', async () => {
		const yusuf = await signedIn(YUSUF);
		const settings = `${DIARY}/settings`;
		const page = await yusuf.get(settings);
		expect(words(page.body)).toContain(message('diary.dateOfBirthHint'));
		const bad = await yusuf.post(`${settings}?/save`, {
			dateOfBirth: '1990-02-31',
			payPeriod: 'week'
		});
		expect(bad.status).toBe(400);
		expect(words(bad.body)).toContain(message('diary.dateInvalid'));
		expect(fieldValue(bad.body, 'dateOfBirth')).toBe('1990-02-31');
		const saved = await yusuf.post(`${settings}?/save`, {
			dateOfBirth: '1990-05-01',
			payPeriod: 'fortnight',
			periodStartsOn: '2026-11-02'
		});
		expect(saved.status).toBe(303);
		const shown = await yusuf.follow(saved);
		expect(fieldValue(shown.body, 'dateOfBirth')).toBe('1990-05-01');
		expect(checkedValues(shown.body, 'payPeriod')).toEqual(['fortnight']);
		const rows = await queryRows<{ date_of_birth: string }>(
			hearth.databaseUrl,
			`select s.date_of_birth from diary_settings s join accounts a on a.id = s.account_id
			 where a.chosen_name = $1`,
			[YUSUF]
		);
		expect(rows[0]?.date_of_birth).not.toContain('1990');
		expect(words((await yusuf.get(`${settings}?forget`)).body)).toContain(
			message('diary.forgetConfirm')
		);
		const forgotten = await yusuf.follow(await yusuf.post(`${settings}?/forget`, {}));
		expect(words(forgotten.body)).toContain(message('diary.settingsForgottenNotice'));
		expect(fieldValue(forgotten.body, 'dateOfBirth')).toBe('');
	});

	it('asks for a date of birth before working out what is owed, then works it out', async () => {
		const yusuf = await signedIn(YUSUF);
		const owed = `${DIARY}/owed?from=2025-06-09&to=2025-06-15`;
		const without = await yusuf.get(owed);
		expect(words(without.body)).toContain(message('diary.owedNeedsBirth'));
		expect(without.body).toContain(`href="${DIARY}/settings"`);
		await yusuf.post(`${DIARY}/settings?/save`, { dateOfBirth: '1990-05-01', payPeriod: 'week' });
		for (const day of ['09', '10', '11', '12']) await addShift(yusuf, nightShift(`2025-06-${day}`));
		const answer = await yusuf.get(owed);
		expect(answer.status).toBe(200);
		const text = words(answer.body);
		// Four nights of 7½ hours at £12.21 (from April 2025) is £366.30; £300 was paid.
		expect(text).toContain('Owed: £66.30');
		expect(text).toContain('£366.30');
		const badRange = await yusuf.get(`${DIARY}/owed?from=2025-06-15&to=2025-06-09`);
		expect(words(badRange.body)).toContain(message('diary.toBeforeFrom'));
		expect(fieldValue(badRange.body, 'from')).toBe('2025-06-15');
	});
});
