import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seal } from '../../src/lib/server/platform/crypto';
import { uuidv7 } from '../../src/lib/server/platform/ids';
import {
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
const ADVISER = 'Amira (demo)';
const REPORTERS = ['Mihai (demo)', 'Grace (demo)', 'Joana (demo)'] as const;
const SECRET_WORDS = 'The night manager shouts at me in the cold store';
const KEY = randomBytes(32);
const ENV = { HEARTH_DEMO: '1', HEARTH_SECRET_KEY: KEY.toString('base64') };

describe('employers and collective cases over HTTP', () => {
	let hearth: RunningHearth;
	let centreId: string;
	const traces: string[] = [];
	const client = () =>
		new HttpClient(hearth.url, {
			observe: (answer) => {
				if (showsStackTrace(answer.body)) traces.push(`${answer.method} ${answer.path}`);
			}
		});
	const signedIn = (chosenName: string) => signedInAs(client(), chosenName, PASSPHRASE);
	const accountId = async (chosenName: string) =>
		(
			await queryRows<{ id: string }>(
				hearth.databaseUrl,
				'select id from accounts where chosen_name = $1',
				[chosenName]
			)
		)[0]?.id ?? '';

	/** A member's open wage case with a stored claim, as the cases part keeps one. */
	async function wageClaim(member: string, employerId: string, owed: number, owedToday: number) {
		const caseId = uuidv7();
		const memberId = await accountId(member);
		const adviserId = await accountId(ADVISER);
		await queryRows(
			hearth.databaseUrl,
			`insert into cases (centre_id, id, member_id, kind, summary, employer_id, opened_by)
			 values ($1, $2, $3, 'unpaid_wages', $4, $5, $6)`,
			[centreId, caseId, memberId, seal('Nights not paid', KEY), employerId, adviserId]
		);
		await queryRows(
			hearth.databaseUrl,
			`insert into case_team (centre_id, case_id, account_id) values ($1, $2, $3)`,
			[centreId, caseId, adviserId]
		);
		await queryRows(
			hearth.databaseUrl,
			`insert into case_wage_claims
			   (centre_id, case_id, period_from, period_to, calculation, owed_pence, owed_today_pence)
			 values ($1, $2, '2025-03-03', '2025-03-30', $3, $4, $5)`,
			[centreId, caseId, seal(JSON.stringify({ owedPence: owed }), KEY), owed, owedToday]
		);
		return caseId;
	}

	async function addEmployer(organiser: HttpClient, name: string): Promise<string> {
		const answer = await organiser.post('/c/demo/manage/employers/new', {
			name,
			tradingNames: '',
			sites: '',
			kind: 'employer',
			behindId: ''
		});
		expect(answer.status).toBe(303);
		const id = /\/manage\/employers\/([0-9a-f-]{36})/.exec(
			answer.headers.get('location') ?? ''
		)?.[1];
		if (!id) throw new Error('No employer id in the redirect');
		return id;
	}

	beforeAll(async () => {
		hearth = await startHearth(ENV);
		centreId =
			(
				await queryRows<{ id: string }>(
					hearth.databaseUrl,
					`select id from centres where slug = 'demo'`
				)
			)[0]?.id ?? '';
	});
	afterAll(async () => {
		await hearth?.stop();
		expect(traces).toEqual([]);
	});

	it('refuses a name already in the register, whatever its case, and keeps the input', async () => {
		const organiser = await signedIn(ORGANISER);
		await addEmployer(organiser, 'Harbour Kitchens');
		const again = await organiser.post('/c/demo/manage/employers/new', {
			name: 'HARBOUR kitchens',
			tradingNames: 'HK Foods\nHarbour Eats',
			sites: 'Pier 3',
			kind: 'employer',
			behindId: ''
		});
		expect(again.status).toBe(400);
		expect(words(again.body)).toContain(message('employers.nameTaken'));
		expect(fieldValue(again.body, 'name')).toBe('HARBOUR kitchens');
		expect(fieldValue(again.body, 'tradingNames')).toBe('HK Foods\nHarbour Eats');
		expect(fieldValue(again.body, 'sites')).toBe('Pier 3');
		const list = await organiser.get('/c/demo/manage/employers?q=harbour');
		expect(words(list.body)).toContain('Harbour Kitchens');
	});

	it('shows staff counts by problem only, never who reported or their words', async () => {
		const organiser = await signedIn(ORGANISER);
		const employer = await addEmployer(organiser, 'Cold Store Logistics');
		for (const reporter of REPORTERS) {
			const member = await signedIn(reporter);
			const answer = await member.post('/c/demo/employers/report?/report', {
				employerId: employer,
				problem: 'unpaid_wages',
				words: ''
			});
			expect(answer.status).toBe(303);
		}
		const mihai = await signedIn(REPORTERS[0]);
		expect(
			(
				await mihai.post('/c/demo/employers/report?/report', {
					employerId: employer,
					problem: 'harassment',
					words: SECRET_WORDS
				})
			).status
		).toBe(303);
		const own = await mihai.get('/c/demo/employers/report');
		expect(words(own.body)).toContain(SECRET_WORDS);

		const page = await organiser.get(`/c/demo/manage/employers/${employer}`);
		expect(page.status).toBe(200);
		const text = words(page.body);
		expect(text).toMatch(new RegExp(`${message('employers.problemUnpaidWages')} 3 `));
		expect(text).toContain(`${message('employers.problemHarassment')} fewer than 3`);
		const html = decodeHtml(page.body);
		expect(html).not.toContain(SECRET_WORDS);
		for (const reporter of REPORTERS) {
			expect(html).not.toContain(reporter);
			expect(html).not.toContain(await accountId(reporter));
		}
		// Nor a date: the reports' month is not on the page at all.
		const months = await queryRows<{ month: string }>(
			hearth.databaseUrl,
			`select distinct to_char(reported_month, 'FMMonth YYYY') as month from employer_reports`
		);
		for (const { month } of months) expect(html).not.toContain(month);
	});

	it('lets a member withdraw their own report after confirming, and no one else’s', async () => {
		const organiser = await signedIn(ORGANISER);
		const employer = await addEmployer(organiser, 'Withdrawals Ltd');
		const mihai = await signedIn(REPORTERS[0]);
		await mihai.post('/c/demo/employers/report?/report', {
			employerId: employer,
			problem: 'deductions',
			words: ''
		});
		const [report] = await queryRows<{ id: string }>(
			hearth.databaseUrl,
			'select id from employer_reports where employer_id = $1',
			[employer]
		);
		if (!report) throw new Error('The report was not kept');
		const confirm = await mihai.get(`/c/demo/employers/report?withdraw=${report.id}`);
		expect(words(confirm.body)).toContain(message('employers.withdrawHeading'));
		const grace = await signedIn(REPORTERS[1]);
		const refused = await grace.post('/c/demo/employers/report?/withdraw', { reportId: report.id });
		expect(refused.status).toBe(404);
		const staff = await organiser.post('/c/demo/employers/report?/withdraw', {
			reportId: report.id
		});
		expect(staff.status).toBe(404);
		const withdrawn = await mihai.post('/c/demo/employers/report?/withdraw', {
			reportId: report.id
		});
		expect(withdrawn.status).toBe(303);
		expect(
			await queryRows(hearth.databaseUrl, 'select 1 from employer_reports where id = $1', [
				report.id
			])
		).toEqual([]);
	});

	it('groups three claims into a collective case with the exact total', async () => {
		const organiser = await signedIn(ORGANISER);
		const employer = await addEmployer(organiser, 'Three Claims Catering');
		const other = await addEmployer(organiser, 'Elsewhere Catering');
		const claims = [
			await wageClaim(REPORTERS[0], employer, 43210, 43300),
			await wageClaim(REPORTERS[1], employer, 12345, 12400),
			await wageClaim(REPORTERS[2], employer, 99999, 100000)
		];
		const page = await organiser.get(`/c/demo/manage/employers/${employer}`);
		const text = words(page.body);
		expect(text).toContain('Claim 1: £432.10');
		for (const reporter of REPORTERS) expect(decodeHtml(page.body)).not.toContain(reporter);

		const elsewhere = await wageClaim(REPORTERS[0], other, 5000, 5000);
		const refused = await organiser.post(`/c/demo/manage/employers/${employer}?/group`, {
			title: 'Mixed up',
			caseIds: [claims[0] as string, elsewhere]
		});
		expect(refused.status).toBe(400);
		expect(words(refused.body)).toContain(message('employers.claimOtherEmployer'));
		expect(fieldValue(refused.body, 'title')).toBe('Mixed up');

		const made = await organiser.post(`/c/demo/manage/employers/${employer}?/group`, {
			title: 'Three Claims back pay',
			caseIds: claims
		});
		expect(made.status).toBe(303);
		const location = made.headers.get('location') ?? '';
		expect(location).toMatch(/\/manage\/employers\/collective\/[0-9a-f-]{36}\?made$/);
		const collective = await organiser.get(location);
		const shown = words(collective.body);
		// 432.10 + 123.45 + 999.99 = 1,555.54; at today's rates 433.00 + 124.00 + 1,000.00 = 1,557.00.
		expect(shown).toContain('Workers 3');
		expect(shown).toContain('£1,555.54');
		expect(shown).toContain('£1,557.00');
		expect(shown).toContain(message('employers.campaignHeading'));
		for (const reporter of REPORTERS) expect(decodeHtml(collective.body)).not.toContain(reporter);
		// The adviser on each case's team sees whose claims they are.
		const adviser = await signedIn(ADVISER);
		const seen = words((await adviser.get(location)).body);
		for (const reporter of REPORTERS) expect(seen).toContain(reporter);

		const events = await queryRows<{ n: number }>(
			hearth.databaseUrl,
			`select count(*)::int as n from case_events where kind = 'joined_collective' and case_id = any($1)`,
			[claims]
		);
		expect(events[0]?.n).toBe(3);
	});

	it('keeps members out of the staff pages', async () => {
		const organiser = await signedIn(ORGANISER);
		const employer = await addEmployer(organiser, 'Members Keep Out Ltd');
		const member = await signedIn(REPORTERS[2]);
		for (const path of [
			'/c/demo/manage/employers',
			'/c/demo/manage/employers/new',
			`/c/demo/manage/employers/${employer}`,
			`/c/demo/manage/employers/${employer}/edit`,
			`/c/demo/manage/employers/collective/${uuidv7()}`
		]) {
			expect((await member.get(path)).status, path).toBe(403);
		}
		const grouped = await member.post(`/c/demo/manage/employers/${employer}?/group`, {
			title: 'Mine',
			caseIds: uuidv7()
		});
		expect(grouped.status).toBe(403);
		const added = await member.post('/c/demo/manage/employers/new', {
			name: 'Sneaky',
			kind: 'employer'
		});
		expect(added.status).toBe(403);
	});
});
