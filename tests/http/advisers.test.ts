import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../src/lib/i18n/messages/en';
import {
	decodeHtml,
	fieldValue,
	HttpClient,
	setUpCentre,
	showsStackTrace,
	signedInAs,
	type Fields
} from '../support/http-client';
import { message, queryRows, title, words } from '../support/pages';
import { startHearth, type RunningHearth } from '../support/server';

const PASSPHRASE = 'open door warm kettle';
// Wednesday 25 November 2026, 15:00 in London: the demo centre is open until 21:00.
const CLOCK = '2026-11-25T15:00:00Z';

describe('advisers and appointments over HTTP', () => {
	let hearth: RunningHearth;
	let yusufsAppointment: string;
	let tomaszId: string;
	const traces: string[] = [];
	const client = () =>
		new HttpClient(hearth.url, {
			observe: (answer) => {
				if (showsStackTrace(answer.body)) traces.push(`${answer.method} ${answer.path}`);
			}
		});
	const signedIn = (chosenName: string) => signedInAs(client(), chosenName, PASSPHRASE);

	beforeAll(async () => {
		hearth = await startHearth({ HEARTH_DEMO: '1', HEARTH_CLOCK_START: CLOCK });
		const [row] = await queryRows<{ id: string }>(
			hearth.databaseUrl,
			`select ap.id from appointments ap join accounts m on m.id = ap.member_id
			 where m.chosen_name = 'Yusuf (demo)'`
		);
		if (!row) throw new Error('The demo has no appointment for Yusuf');
		yusufsAppointment = row.id;
		const [tomasz] = await queryRows<{ id: string }>(
			hearth.databaseUrl,
			`select id from accounts where chosen_name = 'Tomasz (demo)'`
		);
		tomaszId = tomasz?.id ?? '';
	});
	afterAll(async () => {
		await hearth?.stop();
		expect(traces).toEqual([]);
	});

	it('serves the member pages small, and only to people of the centre', async () => {
		const visitor = client();
		const answer = await visitor.get('/c/demo/advisers');
		expect(answer.status).toBe(303);
		expect(answer.location).toBe(`/sign-in?next=${encodeURIComponent('/c/demo/advisers')}`);
		const member = await signedIn('Yusuf (demo)');
		for (const path of [
			'/c/demo/advisers',
			'/c/demo/advisers/meet',
			'/c/demo/appointments',
			'/c/demo/appointments/new',
			`/c/demo/appointments/${yusufsAppointment}`
		]) {
			const page = await member.get(path, { 'accept-encoding': 'identity' });
			expect(page.status, path).toBe(200);
			expect(page.body.length, path).toBeLessThan(40 * 1024);
		}
		const advisers = words((await member.get('/c/demo/advisers')).body);
		expect(advisers).toContain('Your adviser is Amira (demo).');
		expect(advisers).toContain('Deactivations, missing tips');
		expect((await member.get('/c/demo/manage/support')).status).toBe(403);
	});

	it('names a visit in the past and an unknown language, keeping what was written', async () => {
		const member = await signedIn('Joana (demo)');
		const fields = (extra: Fields): Fields => ({
			language: 'pt',
			topic: 'work-rights',
			ownWords: 'O patrão não me paga as horas extra.',
			date: '2026-11-26',
			partOfDay: 'evening',
			...extra
		});
		const cases: [Fields, keyof typeof en][] = [
			[fields({ date: '2026-11-24' }), 'advisers.visitPassed'],
			[fields({ language: 'xx-klingon' }), 'advisers.languageUnknown'],
			[fields({ language: '' }), 'advisers.languageRequired'],
			[fields({ topic: 'sanctions' }), 'advisers.topicRequired'],
			[fields({ date: '2026-02-30' }), 'advisers.dateInvalid'],
			[fields({ date: '2027-06-01' }), 'advisers.visitTooFar'],
			[fields({ ownWords: 'x'.repeat(600) }), 'advisers.ownWordsTooLong']
		];
		for (const [sent, key] of cases) {
			const answer = await member.post('/c/demo/advisers/meet', sent);
			expect(answer.status, key).toBe(400);
			expect(title(answer.body), key).toMatch(/^Error: /);
			expect(decodeHtml(answer.body), key).toContain(message(key));
			if (key !== 'advisers.ownWordsTooLong') {
				expect(decodeHtml(answer.body), key).toContain('O patrão não me paga as horas extra.');
			}
		}
		const rows = await queryRows(
			hearth.databaseUrl,
			`select m.id from adviser_meetings m join accounts a on a.id = m.member_id
			 where a.chosen_name = 'Joana (demo)'`
		);
		expect(rows).toEqual([]);
	});

	it('refuses a booking in the past, over another, or with an unknown interpreter language', async () => {
		const mihai = await signedIn('Mihai (demo)');
		const fields = (extra: Fields): Fields => ({
			with: tomaszId,
			date: '2026-11-25',
			time: '18:00',
			minutes: '30',
			mode: 'in_person',
			interpreter: 'ro',
			...extra
		});
		const booked = await mihai.post('/c/demo/appointments/new', fields({}));
		expect(booked.status).toBe(303);
		const cases: [Fields, keyof typeof en][] = [
			[fields({ time: '09:00' }), 'appointments.inThePast'],
			[fields({ time: '18:15' }), 'appointments.adviserBusy'],
			[fields({ interpreter: 'tlh' }), 'appointments.languageUnknown'],
			[fields({ time: '7pm' }), 'appointments.timeInvalid'],
			[fields({ with: 'not-an-id' }), 'appointments.withRequired'],
			[fields({ mode: 'pigeon' }), 'appointments.modeRequired']
		];
		for (const [sent, key] of cases) {
			const answer = await mihai.post('/c/demo/appointments/new', sent);
			expect(answer.status, key).toBe(400);
			expect(title(answer.body), key).toMatch(/^Error: /);
			expect(decodeHtml(answer.body), key).toContain(message(key));
			expect(fieldValue(answer.body, 'time'), key).toBe(sent.time);
		}
		// Tomasz books his own member over the time Mihai holds with him.
		const tomasz = await signedIn('Tomasz (demo)');
		const overlap = await tomasz.post(
			'/c/demo/appointments/new',
			fields({ with: (await idOf('Mihai (demo)')) ?? '', time: '18:20' })
		);
		expect(overlap.status).toBe(400);
		expect(decodeHtml(overlap.body)).toContain(message('appointments.adviserBusy'));
	});

	async function idOf(name: string): Promise<string | undefined> {
		const [row] = await queryRows<{ id: string }>(
			hearth.databaseUrl,
			'select id from accounts where chosen_name = $1',
			[name]
		);
		return row?.id;
	}

	it('shows an appointment to its member and adviser only, calendar file included', async () => {
		const page = `/c/demo/appointments/${yusufsAppointment}`;
		const yusuf = await signedIn('Yusuf (demo)');
		const file = await yusuf.get(`${page}/appointment.ics`);
		expect(file.status).toBe(200);
		expect(file.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
		expect(file.body).toContain('SUMMARY:Appointment with Amira (demo)');
		expect((await (await signedIn('Amira (demo)')).get(page)).status).toBe(200);

		const elsewhere = client();
		const setUp = await setUpCentre(elsewhere, {
			name: 'Northside Advice Centre',
			chosenName: 'Northside advice coordinator',
			passphrase: 'a long passphrase for the north side'
		});
		expect(setUp.status).toBe(303);
		const strangers: [string, HttpClient][] = [
			['another member', await signedIn('Joana (demo)')],
			['an adviser who is not his', await signedIn('Lucía (demo)')],
			['a coordinator of the centre', await signedIn('Coordinator (demo)')],
			['a coordinator of another centre', elsewhere]
		];
		for (const [who, stranger] of strangers) {
			for (const path of [page, `${page}/appointment.ics`]) {
				const answer = await stranger.get(path);
				expect([403, 404], `${who}: ${path}`).toContain(answer.status);
				expect(answer.body, `${who}: ${path}`).not.toContain('Yusuf');
			}
			const cancel = await stranger.post(`${page}?/cancel`, {});
			expect([403, 404], who).toContain(cancel.status);
		}
		expect((await yusuf.get(page)).status).toBe(200);
		for (const path of ['/c/demo/appointments/not-an-id', '/c/demo/advisers/meet/%00']) {
			expect((await yusuf.get(path)).status, path).toBe(404);
		}
	});

	it('takes a photo only when its bytes are an image, and serves it with its type', async () => {
		const amira = await signedIn('Amira (demo)');
		const profile = (photo: Blob, name: string) => {
			const form = new FormData();
			form.append('about', 'I help with pay and housing.');
			for (const language of ['ar', 'en']) form.append('languages', language);
			form.append('helpsWith', 'housing');
			form.append('works', 'day');
			form.append('photo', photo, name);
			return form;
		};
		const disguised = await amira.post(
			'/c/demo/manage/support/profile',
			profile(new Blob(['<svg onload="alert(1)"/>'], { type: 'image/png' }), 'me.png')
		);
		expect(disguised.status).toBe(400);
		expect(decodeHtml(disguised.body)).toContain(message('advisers.photoType'));
		expect(decodeHtml(disguised.body)).toContain('I help with pay and housing.');
		const large = await amira.post(
			'/c/demo/manage/support/profile',
			profile(new Blob([Buffer.alloc(400 * 1024, 0xff)], { type: 'image/jpeg' }), 'big.jpg')
		);
		expect(large.status).toBe(400);
		expect(decodeHtml(large.body)).toContain(message('advisers.photoTooLarge'));
		const png = Buffer.concat([Buffer.from('89504e470d0a1a0a', 'hex'), Buffer.alloc(64)]);
		const saved = await amira.post(
			'/c/demo/manage/support/profile',
			profile(new Blob([png], { type: 'application/octet-stream' }), 'me')
		);
		expect(saved.status).toBe(303);
		const amiraId = await idOf('Amira (demo)');
		const member = await signedIn('Joana (demo)');
		const photo = await member.get(`/c/demo/advisers/${amiraId}/photo`);
		expect(photo.status).toBe(200);
		expect(photo.headers.get('content-type')).toBe('image/png');
		expect((await client().get(`/c/demo/advisers/${amiraId}/photo`)).status).toBe(303);
	});

	it('keeps a profile form’s problems beside their fields', async () => {
		const tomasz = await signedIn('Tomasz (demo)');
		const answer = await tomasz.post('/c/demo/manage/support/profile', {
			about: 'Riders, come and see me.',
			languages: 'xx',
			helpsWith: 'sanctions'
		});
		expect(answer.status).toBe(400);
		const text = decodeHtml(answer.body);
		expect(text).toContain(message('advisers.languageUnknown'));
		expect(text).toContain(message('advisers.topicUnknown'));
		expect(text).toContain(message('advisers.worksRequired'));
		expect(text).toContain('Riders, come and see me.');
	});
});
