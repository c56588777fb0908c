import { randomBytes } from 'node:crypto';
import { beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../../../../tests/support/database';
import { newCentre } from '../../../../tests/support/fixtures';
import type { Centre } from '../centres/centres.service';
import { createPerson, type Actor } from '../identity/identity.service';
import type { Role } from '../identity/identity.tables';
import { ForbiddenError, NotFoundError, RuleError } from '../platform/errors';
import {
	addEmployer,
	employerChoices,
	employerReportCounts,
	listEmployers,
	makeReport,
	monthOf,
	ownReports,
	readEmployer,
	updateEmployer,
	withdrawReport
} from './employers';
import { parseEmployerForm, parseReportForm, type EmployerInput } from './employers.schemas';

// A key made for these tests only: what is sealed with it opens with nothing else.
const KEY = randomBytes(32);
const MONTH = '2026-11-01';

function entry(name: string, extra: Partial<EmployerInput> = {}): EmployerInput {
	return { name, tradingNames: [], sites: [], kind: 'employer', behindId: null, ...extra };
}

function form(fields: Record<string, string>): FormData {
	const data = new FormData();
	for (const [name, value] of Object.entries(fields)) data.append(name, value);
	return data;
}

it('reads the month on the centre’s clock', () => {
	// 23:30 on 31 March in UTC is 00:30 on 1 April in London (summer time).
	expect(monthOf(new Date('2026-03-31T23:30:00Z'), 'Europe/London')).toBe('2026-04-01');
	expect(monthOf(new Date('2026-03-31T23:30:00Z'), 'UTC')).toBe('2026-03-01');
});

it('reads trading names and sites one a line, each once', () => {
	const parsed = parseEmployerForm(
		form({
			name: '  Speedy   Meals ',
			tradingNames: 'Speedy\n\n speedy \nSM Foods',
			sites: 'Unit 4, Dock Road',
			kind: 'platform',
			behindId: ''
		})
	);
	expect(parsed.ok && parsed.data).toEqual({
		name: 'Speedy   Meals',
		tradingNames: ['Speedy', 'SM Foods'],
		sites: ['Unit 4, Dock Road'],
		kind: 'platform',
		behindId: null
	});
	const bad = parseEmployerForm(form({ name: '', kind: 'shop', behindId: 'x' }));
	expect(!bad.ok && bad.errors).toEqual({
		name: 'employers.nameRequired',
		kind: 'employers.kindRequired',
		behindId: 'employers.behindUnknown'
	});
	const report = parseReportForm(form({ employerId: 'nope', problem: 'late' }));
	expect(!report.ok && report.errors).toEqual({
		employerId: 'employers.employerRequired',
		problem: 'employers.problemRequired'
	});
});

describeEachDatabase('the employer register and reports', (database) => {
	let centre: Centre;
	let organiser: Actor;
	const members: Actor[] = [];

	async function person(name: string, roles: Role[]): Promise<Actor> {
		const accountId = await createPerson(database().db, centre.id, {
			chosenName: name,
			passphraseHash: 'x',
			roles,
			languages: []
		});
		return { accountId, centreId: centre.id, roles };
	}

	beforeAll(async () => {
		centre = await newCentre(database().db, 'Employers centre');
		organiser = await person('Organiser E', ['member', 'organiser']);
		for (const name of ['Rider A', 'Rider B', 'Rider C', 'Rider D']) {
			members.push(await person(name, ['member']));
		}
	});

	it('keeps one entry per name, case aside, and says so', async () => {
		const { db } = database();
		await addEmployer(db, organiser, entry('Quick Bites Ltd'));
		await expect(addEmployer(db, organiser, entry('QUICK bites ltd'))).rejects.toEqual(
			new RuleError('employers.nameTaken')
		);
		const other = await addEmployer(db, organiser, entry('Slow Food'));
		await expect(updateEmployer(db, organiser, other, entry('quick bites LTD'))).rejects.toEqual(
			new RuleError('employers.nameTaken')
		);
		// Changing an entry's own name in case only is no clash with itself.
		await updateEmployer(db, organiser, other, entry('SLOW FOOD'));
		expect((await readEmployer(db, organiser, other)).name).toBe('SLOW FOOD');
	});

	it('links the agency or platform behind an entry, and refuses a loop', async () => {
		const { db } = database();
		const agency = await addEmployer(db, organiser, entry('Staff Now Agency', { kind: 'agency' }));
		const hotel = await addEmployer(
			db,
			organiser,
			entry('Grand Hotel', { behindId: agency, tradingNames: ['The Grand'] })
		);
		const read = await readEmployer(db, organiser, hotel);
		expect(read.behind).toMatchObject({ id: agency, name: 'Staff Now Agency', kind: 'agency' });
		expect((await readEmployer(db, organiser, agency)).fronts.map((front) => front.id)).toEqual([
			hotel
		]);
		await expect(
			updateEmployer(db, organiser, agency, entry('Staff Now Agency', { behindId: hotel }))
		).rejects.toEqual(new RuleError('employers.behindLoop'));
		await expect(
			addEmployer(
				db,
				organiser,
				entry('Nowhere', { behindId: '0190a0a0-0000-7000-8000-000000000000' })
			)
		).rejects.toEqual(new RuleError('employers.behindUnknown'));
	});

	it('finds entries by a trading name and pages the register', async () => {
		const { db } = database();
		const found = await listEmployers(db, organiser, { query: 'the grand', page: 1 });
		expect(found.employers.map((employer) => employer.name)).toEqual(['Grand Hotel']);
		expect((await listEmployers(db, organiser, { query: '100%', page: 1 })).total).toBe(0);
		for (let index = 0; index < 25; index += 1) {
			await addEmployer(db, organiser, entry(`Paged Employer ${String(index).padStart(2, '0')}`));
		}
		const second = await listEmployers(db, organiser, { query: 'paged', page: 2 });
		expect(second).toMatchObject({ page: 2, pages: 2, total: 25 });
		expect(second.employers.map((employer) => employer.name)).toEqual([
			'Paged Employer 20',
			'Paged Employer 21',
			'Paged Employer 22',
			'Paged Employer 23',
			'Paged Employer 24'
		]);
		// Members choose from the register when they report, but do not keep it.
		const member = members[0] as Actor;
		expect((await employerChoices(db, member, 'grand')).choices).toHaveLength(1);
		await expect(listEmployers(db, member, { query: '', page: 1 })).rejects.toBeInstanceOf(
			ForbiddenError
		);
		await expect(addEmployer(db, member, entry('Member Made'))).rejects.toBeInstanceOf(
			ForbiddenError
		);
	});

	it('shows counts by problem only, each reporter once, and fewer than 3 as such', async () => {
		const { db, pool } = database();
		const employer = await addEmployer(db, organiser, entry('Counted Couriers'));
		const [a, b, c] = members as [Actor, Actor, Actor];
		for (const member of [a, b, c]) {
			await makeReport(
				db,
				member,
				{ employerId: employer, problem: 'unpaid_wages', words: '' },
				MONTH,
				KEY
			);
		}
		// The same person reporting twice is still one person.
		await makeReport(
			db,
			a,
			{ employerId: employer, problem: 'no_breaks', words: 'No break on a 12-hour night' },
			MONTH,
			KEY
		);
		await makeReport(db, a, { employerId: employer, problem: 'no_breaks', words: '' }, MONTH, KEY);
		await makeReport(db, b, { employerId: employer, problem: 'harassment', words: '' }, MONTH, KEY);
		expect(await employerReportCounts(db, organiser, employer)).toEqual([
			{ problem: 'unpaid_wages', count: 3 },
			{ problem: 'no_breaks', count: null },
			{ problem: 'harassment', count: null }
		]);
		await expect(employerReportCounts(db, a, employer)).rejects.toBeInstanceOf(ForbiddenError);
		const { rows } = await pool.query<{ words: string; reported_month: string }>(
			`select words, reported_month::text from employer_reports where words is not null`
		);
		expect(rows).toHaveLength(1);
		expect(rows[0]?.words).not.toContain('break');
		expect(rows[0]?.reported_month).toBe(MONTH);
	});

	it('lets a member see and withdraw only their own reports', async () => {
		const { db } = database();
		const employer = await addEmployer(db, organiser, entry('Withdrawn Works'));
		const [a, b] = members as [Actor, Actor];
		const mine = await makeReport(
			db,
			a,
			{ employerId: employer, problem: 'deductions', words: 'They took £50 for a uniform' },
			MONTH,
			KEY
		);
		const theirs = await makeReport(
			db,
			b,
			{ employerId: employer, problem: 'deductions', words: '' },
			MONTH,
			KEY
		);
		const own = await ownReports(db, a, KEY);
		expect(own.find((report) => report.id === mine)).toEqual({
			id: mine,
			employer: { id: employer, name: 'Withdrawn Works' },
			problem: 'deductions',
			month: MONTH,
			words: 'They took £50 for a uniform'
		});
		expect(own.some((report) => report.id === theirs)).toBe(false);
		await expect(withdrawReport(db, a, theirs)).rejects.toBeInstanceOf(NotFoundError);
		await expect(withdrawReport(db, organiser, theirs)).rejects.toBeInstanceOf(NotFoundError);
		await withdrawReport(db, a, mine);
		expect((await ownReports(db, a, KEY)).some((report) => report.id === mine)).toBe(false);
		expect((await ownReports(db, b, KEY)).some((report) => report.id === theirs)).toBe(true);
	});

	it('takes reports only about entries in the register', async () => {
		const { db } = database();
		await expect(
			makeReport(
				db,
				members[0] as Actor,
				{ employerId: '0190a0a0-0000-7000-8000-000000000000', problem: 'other', words: '' },
				MONTH,
				KEY
			)
		).rejects.toEqual(new RuleError('employers.employerRequired'));
	});
});
