import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADDRESS_DAILY_LIMIT } from '../../src/lib/server/organising/petitions';
import {
	checkedValues,
	decodeHtml,
	fieldValue,
	HttpClient,
	showsStackTrace,
	signedInAs
} from '../support/http-client';
import { message, queryRows, words } from '../support/pages';
import { startHearth, type RunningHearth } from '../support/server';

const PASSPHRASE = 'open door warm kettle';
const ORGANISER = 'Lucía (demo)';
const MEMBER = 'Grace (demo)';
const KEY = randomBytes(32);
const ENV = { HEARTH_DEMO: '1', HEARTH_SECRET_KEY: KEY.toString('base64') };
/** Signatures sent at once: enough to race each other, few enough for a small pool. */
const AT_ONCE = 20;

describe('petitions over HTTP', () => {
	let hearth: RunningHearth;
	const traces: string[] = [];
	const client = () =>
		new HttpClient(hearth.url, {
			observe: (answer) => {
				if (showsStackTrace(answer.body)) traces.push(`${answer.method} ${answer.path}`);
			}
		});

	async function startPetition(organiser: HttpClient): Promise<string> {
		const answer = await organiser.post('/c/demo/manage/petitions/new', {
			locales: ['en', 'pt'],
			'title-en': 'Pay the night shift',
			'body-en': 'We ask Harbour Kitchens to pay every night hour worked.',
			'title-pt': 'Paguem o turno da noite',
			'body-pt': 'Pedimos à Harbour Kitchens que pague todas as horas da noite.',
			target: 'Harbour Kitchens Ltd',
			campaignId: ''
		});
		expect(answer.status).toBe(303);
		const id = /\/manage\/petitions\/([0-9a-f-]{36})/.exec(answer.location ?? '')?.[1];
		if (!id) throw new Error('No petition id in the redirect');
		return id;
	}

	async function count(id: string): Promise<number> {
		const [row] = await queryRows<{ signature_count: number; signatures: number }>(
			hearth.databaseUrl,
			`select signature_count, (select count(*)::int from petition_signatures s
			   where s.petition_id = p.id) as signatures
			 from petitions p where id = $1`,
			[id]
		);
		// The count kept with the petition is always the number of signatures: nothing doubled.
		expect(row?.signature_count).toBe(row?.signatures);
		return row?.signature_count ?? -1;
	}

	/** Sends every signature, AT_ONCE at a time, and gives back each answer. */
	async function signAll(id: string, names: string[]) {
		const answers = [];
		for (let start = 0; start < names.length; start += AT_ONCE) {
			answers.push(
				...(await Promise.all(
					names
						.slice(start, start + AT_ONCE)
						.map((name) =>
							client().post(`/c/demo/petitions/${id}?/sign`, { name, area: 'Docklands' })
						)
				))
			);
		}
		return answers;
	}

	beforeAll(async () => {
		hearth = await startHearth(ENV);
	});
	afterAll(async () => {
		await hearth?.stop();
		expect(traces).toEqual([]);
	});

	it('counts the same name and area once, however often it is sent', async () => {
		const id = await startPetition(await signedInAs(client(), ORGANISER, PASSPHRASE));
		const answers = await signAll(
			id,
			Array.from({ length: 1000 }, () => 'Same Person')
		);
		expect(answers.filter((answer) => answer.status === 303)).toHaveLength(1);
		const others = answers.filter((answer) => answer.status !== 303);
		expect(new Set(others.map((answer) => answer.status))).toEqual(new Set([200]));
		for (const answer of others) {
			expect(words(answer.body)).toContain(message('petitions.alreadySigned'));
		}
		expect(await count(id)).toBe(1);
	});

	it('takes a day’s share from one address and refuses the rest clearly', async () => {
		const id = await startPetition(await signedInAs(client(), ORGANISER, PASSPHRASE));
		// The 1,000 sends above already come from one address; a hundred different names are enough
		// to show where the day's share ends.
		const names = Array.from({ length: 100 }, (_, index) => `Signer ${index}`);
		const answers = await signAll(id, names);
		expect(answers.filter((answer) => answer.status === 303)).toHaveLength(ADDRESS_DAILY_LIMIT);
		const refused = answers.filter((answer) => answer.status !== 303);
		expect(refused).toHaveLength(names.length - ADDRESS_DAILY_LIMIT);
		for (const answer of refused) {
			expect(answer.status).toBe(429);
			expect(words(answer.body)).toContain(message('petitions.addressLimit'));
		}
		// The refused signer's input is there to sign at the centre or tomorrow.
		expect(fieldValue(refused[0]?.body ?? '', 'area')).toBe('Docklands');
		expect(await count(id)).toBe(ADDRESS_DAILY_LIMIT);
		const page = await client().get(`/c/demo/petitions/${id}`);
		expect(words(page.body)).toContain(`${ADDRESS_DAILY_LIMIT} people have signed.`);
	});

	it('sends bad input back with what was typed and a clear problem', async () => {
		const id = await startPetition(await signedInAs(client(), ORGANISER, PASSPHRASE));
		const visitor = client();
		const emptyName = await visitor.post(`/c/demo/petitions/${id}?/sign`, {
			name: '  ',
			area: 'Riverside',
			show: 'yes'
		});
		expect(emptyName.status).toBe(400);
		expect(words(emptyName.body)).toContain(message('petitions.nameRequired'));
		expect(fieldValue(emptyName.body, 'area')).toBe('Riverside');
		expect(checkedValues(emptyName.body, 'show')).toEqual(['yes']);

		const notAnEmail = await visitor.post(`/c/demo/petitions/${id}?/sign`, {
			name: 'Rosa',
			area: 'Riverside',
			updates: 'yes',
			contact: 'rosa@nowhere'
		});
		expect(notAnEmail.status).toBe(400);
		expect(words(notAnEmail.body)).toContain(message('petitions.contactInvalid'));
		expect(fieldValue(notAnEmail.body, 'contact')).toBe('rosa@nowhere');
		expect(fieldValue(notAnEmail.body, 'name')).toBe('Rosa');

		const noContact = await visitor.post(`/c/demo/petitions/${id}?/sign`, {
			name: 'Rosa',
			area: 'Riverside',
			updates: 'yes',
			contact: ''
		});
		expect(noContact.status).toBe(400);
		expect(words(noContact.body)).toContain(message('petitions.contactRequired'));
		expect(checkedValues(noContact.body, 'updates')).toEqual(['yes']);

		const hostile = await visitor.post(`/c/demo/petitions/${id}?/sign`, {
			name: ['Rosa', 'Again'],
			area: 'x'.repeat(5000),
			show: 'maybe'
		});
		expect(hostile.status).toBe(400);
		expect(words(hostile.body)).toContain(message('petitions.areaTooLong'));
		expect(await count(id)).toBe(0);

		// Signed in Portuguese, the thank-you page answers in Portuguese with the new count.
		const signed = await visitor.post(`/c/demo/petitions/${id}?lang=pt&/sign`, {
			name: 'Rosa',
			area: 'Riverside',
			updates: 'yes',
			contact: 'rosa@example.org'
		});
		expect(signed.status).toBe(303);
		const thanks = await visitor.follow(signed);
		expect(words(thanks.body)).toContain('Obrigado por assinar');
		expect(words(thanks.body)).toContain('1 pessoa assinou.');
		const [stored] = await queryRows<{ contact_sealed: string }>(
			hearth.databaseUrl,
			'select contact_sealed from petition_signatures where petition_id = $1',
			[id]
		);
		expect(stored?.contact_sealed).not.toContain('rosa@example.org');
	});

	it('keeps the organiser pages to organisers and answers bad addresses with 404', async () => {
		const organiser = await signedInAs(client(), ORGANISER, PASSPHRASE);
		const id = await startPetition(organiser);
		const member = await signedInAs(client(), MEMBER, PASSPHRASE);
		for (const path of ['', '/new', `/${id}`, `/${id}/export`, `/${id}/export.csv`]) {
			expect((await member.get(`/c/demo/manage/petitions${path}`)).status, path).toBe(403);
		}
		expect((await client().get('/c/demo/petitions/not-an-id')).status).toBe(404);
		expect((await organiser.get('/c/demo/manage/petitions/not-an-id')).status).toBe(404);
		const bad = await organiser.post('/c/demo/manage/petitions/new', {
			locales: 'en',
			'title-en': '',
			target: ''
		});
		expect(bad.status).toBe(400);
		expect(words(bad.body)).toContain(message('petitions.titleRequired'));
		expect(words(bad.body)).toContain(message('petitions.targetRequired'));

		// The export holds only the names signers agreed to show, never a contact.
		await client().post(`/c/demo/petitions/${id}?/sign`, {
			name: 'Hidden Name',
			area: 'Docklands',
			updates: 'yes',
			contact: '+44 7700 900123'
		});
		await client().post(`/c/demo/petitions/${id}?/sign`, {
			name: 'Shown Name',
			area: 'Quayside',
			show: 'yes'
		});
		const paper = await organiser.post(`/c/demo/manage/petitions/${id}/paper`, {
			name: 'Paper Signer',
			area: 'Market stall',
			show: 'yes'
		});
		expect(paper.status).toBe(303);
		const list = await organiser.get('/c/demo/manage/petitions');
		expect(list.status).toBe(200);
		expect(words(list.body)).toContain('Pay the night shift');
		const details = await organiser.get(`/c/demo/manage/petitions/${id}`);
		expect(words(details.body)).toContain(`${message('petitions.updatesColumn')} 1`);
		expect(decodeHtml(details.body)).not.toContain('7700');
		const csv = await organiser.get(`/c/demo/manage/petitions/${id}/export.csv`);
		expect(csv.headers.get('content-type')).toContain('text/csv');
		expect(csv.body).toBe(
			'Name,Area\r\nShown Name,Quayside\r\nPaper Signer,Market stall\r\n\r\n' +
				'3 people signed; 2 agreed to show their name.\r\n'
		);
		const printable = decodeHtml(
			(await organiser.get(`/c/demo/manage/petitions/${id}/export`)).body
		);
		expect(printable).toContain('Shown Name');
		expect(printable).not.toContain('Hidden Name');
		expect(printable).not.toContain('7700');
	});
});
