import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HttpClient, showsStackTrace, signedInAs } from '../support/http-client';
import { message, queryRows, title, words } from '../support/pages';
import { startHearth, type RunningHearth } from '../support/server';

const PASSPHRASE = 'open door warm kettle';
const COORDINATOR = 'Coordinator (demo)';

describe('the mutual and secret ballots over HTTP', () => {
	let hearth: RunningHearth;
	let assembly: string;
	let people: Record<string, string>;
	const traces: string[] = [];
	const client = () =>
		new HttpClient(hearth.url, {
			observe: (answer) => {
				if (showsStackTrace(answer.body)) traces.push(`${answer.method} ${answer.path}`);
			}
		});
	const signedIn = (name: string) => signedInAs(client(), name, PASSPHRASE);

	beforeAll(async () => {
		hearth = await startHearth({ HEARTH_DEMO: '1' });
		const [winter] = await queryRows<{ id: string }>(
			hearth.databaseUrl,
			`select a.id from assemblies a join centres c on c.id = a.centre_id
			 where c.slug = 'demo' and a.title = 'Winter general assembly'`
		);
		assembly = winter?.id ?? '';
		const rows = await queryRows<{ id: string; chosen_name: string }>(
			hearth.databaseUrl,
			`select id, chosen_name from accounts where chosen_name like '%(demo)'`
		);
		people = Object.fromEntries(rows.map((row) => [row.chosen_name, row.id]));
	});
	afterAll(async () => {
		await hearth?.stop();
		expect(traces).toEqual([]);
	});

	it('shows anyone how many members there are, and the officers only to people of the centre', async () => {
		const visitor = await client().get('/c/demo/mutual');
		expect(visitor.status).toBe(200);
		expect(words(visitor.body)).toContain('The mutual has 7 members.');
		expect(visitor.body).not.toContain('Amira (demo)');
		const member = await (await signedIn('Joana (demo)')).get('/c/demo/mutual');
		expect(words(member.body)).toContain(message('mutual.officersTitle'));
		expect(words(member.body)).toContain('Board of the mutual');
		const assemblies = await client().get('/c/demo/assemblies');
		expect(assemblies.status).toBe(303);
		const notCoordinator = await signedIn('Joana (demo)');
		expect((await notCoordinator.get('/c/demo/manage/mutual')).status).toBe(403);
		expect((await notCoordinator.get(`/c/demo/manage/assemblies/${assembly}`)).status).toBe(403);
	});

	it('answers 404 for addresses that name nothing', async () => {
		const member = await signedIn('Mihai (demo)');
		for (const path of [
			'/c/demo/assemblies/not-an-id',
			'/c/demo/assemblies/0196a3c0-0000-7000-8000-0000000000ff',
			'/c/demo/assemblies/proposals/0196a3c0-0000-7000-8000-0000000000ff',
			'/c/demo/assemblies/votes/%00',
			'/c/demo/assemblies/votes/0196a3c0-0000-7000-8000-0000000000ff'
		]) {
			expect((await member.get(path)).status, path).toBe(404);
		}
	});

	it('refuses a ballot ranking a candidate twice or naming an unknown one, keeping the choices', async () => {
		const coordinator = await signedIn(COORDINATOR);
		const manage = `/c/demo/manage/assemblies/${assembly}`;
		const candidates = ['Amira (demo)', 'Lucía (demo)', 'Grace (demo)'].map(
			(name) => people[name] as string
		);
		const badElection = await coordinator.post(`${manage}?/election`, {
			title: '',
			office: 'Treasurer',
			seats: '3',
			candidates
		});
		expect(badElection.status).toBe(400);
		expect(title(badElection.body)).toMatch(/^Error: /);
		expect(words(badElection.body)).toContain(message('ballots.titleRequired'));
		const made = await coordinator.post(`${manage}?/election`, {
			title: 'Treasurer election',
			office: 'Treasurer',
			seats: '1',
			candidates
		});
		expect(made.status).toBe(303);
		const [vote] = await queryRows<{ id: string }>(
			hearth.databaseUrl,
			`select id from votes where title = 'Treasurer election'`
		);
		const voteId = vote?.id as string;
		const badClosing = await coordinator.post(`${manage}?/open`, {
			vote: voteId,
			date: '2020-01-01',
			time: '25:99'
		});
		expect(badClosing.status).toBe(400);
		expect(words(badClosing.body)).toContain(message('ballots.closingTimeInvalid'));
		const opened = await coordinator.post(`${manage}?/open`, {
			vote: voteId,
			date: '2099-12-31',
			time: '23:00'
		});
		expect(opened.status).toBe(303);

		const voter = await signedIn('Mihai (demo)');
		const page = `/c/demo/assemblies/votes/${voteId}`;
		const [amira, lucia, grace] = candidates as [string, string, string];
		const twice = await voter.post(`${page}?/cast`, { pref1: amira, pref2: amira, pref3: '' });
		expect(twice.status).toBe(400);
		expect(title(twice.body)).toMatch(/^Error: /);
		expect(words(twice.body)).toContain(message('ballots.rankedTwice'));
		// Both choices are still selected, so the voter changes only what was wrong.
		expect(twice.body.match(new RegExp(`<option value="${amira}" selected`, 'g'))).toHaveLength(2);
		const unknown = await voter.post(`${page}?/cast`, {
			pref1: lucia,
			pref2: people['Joana (demo)'] as string
		});
		expect(unknown.status).toBe(400);
		expect(words(unknown.body)).toContain(message('ballots.unknownCandidate'));
		const gap = await voter.post(`${page}?/cast`, { pref1: lucia, pref2: '', pref3: grace });
		expect(gap.status).toBe(400);
		expect(words(gap.body)).toContain(message('ballots.rankGap'));
		const nothing = await voter.post(`${page}?/cast`, {});
		expect(nothing.status).toBe(400);
		expect(words(nothing.body)).toContain(message('ballots.rankAtLeastOne'));
		// Nothing was lost: the member has not voted, and votes now.
		const cast = await voter.post(`${page}?/cast`, { pref1: lucia, pref2: grace, pref3: '' });
		expect(cast.status).toBe(200);
		expect(words(cast.body)).toContain(message('ballots.castNotice'));
		const receipt = /([A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4})/.exec(words(cast.body))?.[1];
		expect(receipt).toBeDefined();
		const again = await voter.post(`${page}?/cast`, { pref1: amira });
		expect(again.status).toBe(409);
		expect(words(again.body)).toContain(message('ballots.alreadyVoted'));
		const checked = await voter.post('/c/demo/assemblies/receipt', { code: receipt as string });
		expect(words(checked.body)).toContain(
			'This ballot is in the ballot box for “Treasurer election”'
		);
		const wrong = await voter.post('/c/demo/assemblies/receipt', { code: 'x'.repeat(5000) });
		expect(words(wrong.body)).toContain(message('ballots.receiptNotFound'));

		// Closing asks to be sure; then a ballot after closing is refused.
		const ask = await coordinator.post(`${manage}?/close`, { vote: voteId });
		expect(words(ask.body)).toContain(message('ballots.closeConfirmText'));
		const closed = await coordinator.post(`${manage}?/close`, { vote: voteId, confirm: 'yes' });
		expect(closed.status).toBe(303);
		const late = await (await signedIn('Joana (demo)')).post(`${page}?/cast`, { pref1: amira });
		expect(late.status).toBe(409);
		expect(words(late.body)).toContain(message('ballots.closed'));
		const result = await voter.get(page);
		expect(words(result.body)).toContain(message('ballots.resultTitle'));
		expect(words(result.body)).toContain('Online: 1. On paper at the centre: 0.');
	});

	it('names the problems of the assembly and threshold forms, keeping what was typed', async () => {
		const coordinator = await signedIn(COORDINATOR);
		const answer = await coordinator.post('/c/demo/manage/assemblies/new', {
			title: 'Spring assembly',
			date: '2026-02-30',
			starts: '19:00',
			ends: '18:00',
			quorumKind: 'percent',
			quorumValue: '150'
		});
		expect(answer.status).toBe(400);
		expect(title(answer.body)).toMatch(/^Error: /);
		expect(words(answer.body)).toContain(message('assemblies.dateInvalid'));
		expect(answer.body).toContain('value="Spring assembly"');
		const threshold = await coordinator.post('/c/demo/manage/mutual?/threshold', {
			kind: 'percent',
			value: '0'
		});
		expect(threshold.status).toBe(400);
		expect(words(threshold.body)).toContain(message('mutual.thresholdInvalid'));
		const member = await signedIn('Grace (demo)');
		const emptyProposal = await member.post(`/c/demo/assemblies/${assembly}?/propose`, {
			title: '',
			body: 'x'.repeat(10_001)
		});
		expect(emptyProposal.status).toBe(400);
		expect(words(emptyProposal.body)).toContain(message('proposals.titleRequired'));
		expect(words(emptyProposal.body)).toContain(message('proposals.bodyTooLong'));
	});
});
