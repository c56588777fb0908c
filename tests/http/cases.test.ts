import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ro } from '../../src/lib/i18n/messages/ro';
import { fieldValue, HttpClient, showsStackTrace, signedInAs } from '../support/http-client';
import { message, queryRows, title, words } from '../support/pages';
import { startHearth, type RunningHearth } from '../support/server';

const PASSPHRASE = 'open door warm kettle';
const ADVISER = 'Amira (demo)';
const MEMBER = 'Mihai (demo)';

/** A real, tiny PNG (one pixel) followed by bytes a test can look for. */
function png(extra: Buffer = Buffer.alloc(0)): Buffer {
	return Buffer.concat([
		Buffer.from(
			'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
			'base64'
		),
		extra
	]);
}

function upload(bytes: Buffer, fileName: string, type: string, name = ''): FormData {
	const data = new FormData();
	data.append('file', new File([new Uint8Array(bytes)], fileName, { type }));
	data.append('name', name);
	return data;
}

describe('cases over HTTP', () => {
	let hearth: RunningHearth;
	let caseId: string;
	let casePath: string;
	const traces: string[] = [];
	const client = () =>
		new HttpClient(hearth.url, {
			observe: (answer) => {
				if (showsStackTrace(answer.body)) traces.push(`${answer.method} ${answer.path}`);
			}
		});
	const signedIn = (chosenName: string) => signedInAs(client(), chosenName, PASSPHRASE);
	const count = async (query: string, values: unknown[]) =>
		Number((await queryRows<{ n: string }>(hearth.databaseUrl, query, values))[0]?.n);
	const evidenceCount = () =>
		count('select count(*) as n from case_evidence where case_id = $1', [caseId]);
	const auditCount = (action: string, who: string) =>
		count(
			`select count(*) as n from audit_events e join accounts a on a.id = e.actor_id
			 where e.action = $1 and a.chosen_name = $2`,
			[action, who]
		);

	beforeAll(async () => {
		hearth = await startHearth({ HEARTH_DEMO: '1' });
		const rows = await queryRows<{ id: string }>(
			hearth.databaseUrl,
			`select c.id from cases c join accounts a on a.id = c.member_id where a.chosen_name = $1`,
			[MEMBER]
		);
		if (!rows[0]) throw new Error('The demo has no case for Mihai');
		caseId = rows[0].id;
		casePath = `/c/demo/manage/cases/${caseId}`;
	});
	afterAll(async () => {
		await hearth?.stop();
		expect(traces).toEqual([]);
	});

	it('lists the adviser’s cases with the nearest deadline, and opens one', async () => {
		const adviser = await signedIn(ADVISER);
		const list = await adviser.get('/c/demo/manage/cases');
		expect(list.status).toBe(200);
		const text = words(list.body);
		expect(text).toContain(MEMBER);
		expect(text).toContain(message('cases.deadlineLimit'));
		const page = await adviser.get(casePath);
		expect(page.status).toBe(200);
		expect(words(page.body)).toContain('below the minimum wage');
		expect(words(page.body)).toContain(message('cases.limitTitle').split(' ')[0] as string);
	});

	it('keeps notes and evidence for the member and the team, audited, and from nobody else', async () => {
		const adviser = await signedIn(ADVISER);
		const note = await adviser.post(`${casePath}?/note`, {
			note: 'Rang Brightway; the manager will call back.'
		});
		expect(note.status).toBe(303);
		const marker = `marker-${randomBytes(6).toString('hex')}`;
		const added = await adviser.post(
			`${casePath}?/evidence`,
			upload(png(Buffer.from(marker)), 'payslip.png', 'image/png', 'Payslip week 1')
		);
		expect(added.status).toBe(303);
		const [evidence] = await queryRows<{ id: string }>(
			hearth.databaseUrl,
			'select id from case_evidence where case_id = $1 order by added_at desc limit 1',
			[caseId]
		);
		const download = `/c/demo/cases/${caseId}/evidence/${evidence!.id}`;

		const member = await signedIn(MEMBER);
		const own = await member.get(`/c/demo/cases/${caseId}`);
		expect(own.status).toBe(200);
		expect(words(own.body)).toContain('Rang Brightway; the manager will call back.');
		expect(words(own.body)).toContain('Payslip week 1');

		const caseReads = await auditCount('casework.case_read', ADVISER);
		const fileReads = await auditCount('casework.evidence_read', ADVISER);
		for (const reader of [member, adviser]) {
			const file = await reader.get(download);
			expect(file.status).toBe(200);
			expect(file.headers.get('content-type')).toBe('image/png');
			expect(file.headers.get('content-disposition')).toMatch(/^attachment; filename="[\w.-]+"$/);
			// The route asks for 'private, no-store'; Hearth answers every signed-in request with
			// 'no-store', which keeps it out of every cache, the person's own included.
			expect(file.headers.get('cache-control')).toMatch(/(^|,\s*)no-store$/);
			expect(file.headers.get('x-content-type-options')).toBe('nosniff');
			expect(file.body).toContain(marker);
		}
		await adviser.get(casePath);
		expect(await auditCount('casework.evidence_read', ADVISER)).toBe(fileReads + 1);
		expect(await auditCount('casework.case_read', ADVISER)).toBe(caseReads + 1);
		expect(await auditCount('casework.evidence_read', MEMBER)).toBe(0);

		for (const stranger of [
			'Tomasz (demo)',
			'Lucía (demo)',
			'Coordinator (demo)',
			'Yusuf (demo)'
		]) {
			const other = await signedIn(stranger);
			for (const path of [`/c/demo/cases/${caseId}`, download, `/c/demo/cases/${caseId}/letter`]) {
				const answer = await other.get(path);
				expect(answer.status, `${stranger}: ${path}`).toBe(404);
				expect(answer.body).not.toContain('Rang Brightway');
			}
			// Staff not on the team are told the case does not exist; a member cannot enter the
			// staff pages at all.
			const staff = stranger !== 'Yusuf (demo)';
			for (const path of [casePath, `${casePath}/letter`]) {
				const manage = await other.get(path);
				expect(manage.status, `${stranger}: ${path}`).toBe(staff ? 404 : 403);
				expect(manage.body).not.toContain('Rang Brightway');
			}
			const write = await other.post(`${casePath}?/note`, { note: 'Not theirs to write' });
			expect(write.status, stranger).toBe(staff ? 404 : 403);
		}
		expect(
			await count(`select count(*) as n from case_events where case_id = $1 and kind = 'note'`, [
				caseId
			])
		).toBe(1);
	});

	it('refuses bad input, keeping what was typed', async () => {
		const adviser = await signedIn(ADVISER);
		const before = await evidenceCount();

		const empty = await adviser.post(`${casePath}?/note`, { note: '   ' });
		expect(empty.status).toBe(400);
		expect(title(empty.body)).toMatch(/^Error: /);
		expect(words(empty.body)).toContain(message('cases.noteMissing'));

		const negative = await adviser.post(`${casePath}?/outcome`, {
			outcome: 'They paid part of it.',
			recovered: '-20'
		});
		expect(negative.status).toBe(400);
		expect(words(negative.body)).toContain(message('cases.recoveredInvalid'));
		expect(fieldValue(negative.body, 'outcome')).toBe('They paid part of it.');
		expect(
			await count(`select count(*) as n from cases where id = $1 and status = 'open'`, [caseId])
		).toBe(1);

		const fake = await adviser.post(
			`${casePath}?/evidence`,
			upload(Buffer.from('only words in here'), 'payslip.jpg', 'image/jpeg')
		);
		expect(fake.status).toBe(400);
		expect(words(fake.body)).toContain(message('cases.fileType'));

		const large = Buffer.concat([png(), randomBytes(1_600_000)]);
		const tooLarge = await adviser.post(
			`${casePath}?/evidence`,
			upload(large, 'scan.png', 'image/png')
		);
		expect(tooLarge.status).toBe(400);
		expect(words(tooLarge.body)).toContain(message('cases.fileTooLarge'));

		const huge = Buffer.concat([png(), Buffer.alloc(50 * 1024 * 1024)]);
		const refused = await adviser.post(
			`${casePath}?/evidence`,
			upload(huge, 'video.png', 'image/png')
		);
		expect(refused.status).toBe(413);
		expect(title(refused.body)).toContain(message('errors.tooLarge'));

		expect(await evidenceCount()).toBe(before);
	});

	it('opens an immigration question as a referral only, and says so on both sides', async () => {
		const [yusuf] = await queryRows<{ id: string }>(
			hearth.databaseUrl,
			'select id from accounts where chosen_name = $1',
			['Yusuf (demo)']
		);
		if (!yusuf) throw new Error('The demo has no Yusuf');
		const adviser = await signedIn(ADVISER);
		const opened = await adviser.post(`/c/demo/manage/cases/new?member=${yusuf.id}&/open`, {
			memberId: yusuf.id,
			kind: 'immigration_referral',
			summary: 'Asked where to get advice about a visa renewal.'
		});
		expect(opened.status).toBe(303);
		const teamPage = await adviser.get(opened.location ?? '');
		expect(words(teamPage.body)).toContain(message('cases.immigrationNoticeTeam'));
		const member = await signedIn('Yusuf (demo)');
		const caseIdOf = (opened.location ?? '').split('/').pop() ?? '';
		const ownPage = await member.get(`/c/demo/cases/${caseIdOf}`);
		expect(words(ownPage.body)).toContain(message('cases.immigrationNotice'));
		expect(ownPage.body).toContain('href="/c/demo/referrals"');
	});

	it('shows the letter in English, and the member’s copy in their language', async () => {
		const adviser = await signedIn(ADVISER);
		const letter = await adviser.get(`${casePath}/letter`);
		expect(letter.status).toBe(200);
		const text = words(letter.body);
		expect(text).toContain(message('cases.letterSubject'));
		expect(text).toContain('Brightway Cleaning Ltd');
		expect(text).toMatch(/You owe me £\d[\d,]*\.\d\d/);

		const member = await signedIn(MEMBER);
		const copy = await member.get(`/c/demo/cases/${caseId}/letter`);
		expect(copy.status).toBe(200);
		expect(copy.body).toContain('lang="ro"');
		expect(words(copy.body)).toContain(ro['cases.letterSubject']);
		expect(words(copy.body)).toContain(ro['cases.letterCopyNote']);
	});
});
