import { randomBytes } from 'node:crypto';
import { beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../../../../tests/support/database';
import { newCentre } from '../../../../tests/support/fixtures';
import type { Centre } from '../centres/centres.service';
import { createPerson, type Actor } from '../identity/identity.service';
import type { Role } from '../identity/identity.tables';
import { verifyAuditChain } from '../platform/audit';
import { seal } from '../platform/crypto';
import { ForbiddenError, NotFoundError, RuleError } from '../platform/errors';
import { uuidv7 } from '../platform/ids';
import {
	addClaims,
	collectiveTotals,
	createCollective,
	employerClaims,
	readCollective,
	removeClaim
} from './collective';
import { addEmployer } from './employers';

// A key made for these tests only: what is sealed with it opens with nothing else.
const KEY = randomBytes(32);

describeEachDatabase('collective cases', (database) => {
	let centre: Centre;
	let adviser: Actor;
	let organiser: Actor;
	let coordinator: Actor;
	const members: Actor[] = [];
	let employer: string;
	let otherEmployer: string;

	async function person(name: string, roles: Role[]): Promise<Actor> {
		const accountId = await createPerson(database().db, centre.id, {
			chosenName: name,
			passphraseHash: 'x',
			roles,
			languages: []
		});
		return { accountId, centreId: centre.id, roles };
	}

	/** A member's open wage case against an employer with a stored claim, as the cases part keeps it. */
	async function wageClaim(
		member: Actor,
		employerId: string,
		claim: { owed: number; owedToday: number; from: string; to: string },
		kind: 'unpaid_wages' | 'dismissal' = 'unpaid_wages'
	): Promise<string> {
		const { db } = database();
		const caseId = uuidv7();
		await db
			.insertInto('cases')
			.values({
				centre_id: centre.id,
				id: caseId,
				member_id: member.accountId,
				kind,
				summary: seal('Unpaid nights', KEY),
				employer_id: employerId,
				opened_by: adviser.accountId
			})
			.execute();
		await db
			.insertInto('case_team')
			.values({ centre_id: centre.id, case_id: caseId, account_id: adviser.accountId })
			.execute();
		await db
			.insertInto('case_wage_claims')
			.values({
				centre_id: centre.id,
				case_id: caseId,
				period_from: claim.from,
				period_to: claim.to,
				calculation: seal(JSON.stringify({ owedPence: claim.owed }), KEY),
				owed_pence: claim.owed,
				owed_today_pence: claim.owedToday
			})
			.execute();
		return caseId;
	}

	beforeAll(async () => {
		centre = await newCentre(database().db, 'Collective centre');
		adviser = await person('Adviser K', ['member', 'adviser']);
		organiser = await person('Organiser K', ['member', 'organiser']);
		coordinator = await person('Coordinator K', ['member', 'coordinator']);
		for (const name of ['Worker One', 'Worker Two', 'Worker Three', 'Worker Four']) {
			members.push(await person(name, ['member']));
		}
		employer = await addEmployer(database().db, organiser, {
			name: 'Night Meals Ltd',
			tradingNames: [],
			sites: [],
			kind: 'employer',
			behindId: null
		});
		otherEmployer = await addEmployer(database().db, organiser, {
			name: 'Day Meals Ltd',
			tradingNames: [],
			sites: [],
			kind: 'employer',
			behindId: null
		});
	});

	it('adds three claims to the exact total, in pence', async () => {
		const { db } = database();
		const [one, two, three] = members as [Actor, Actor, Actor];
		const claims = [
			await wageClaim(one, employer, {
				owed: 43210,
				owedToday: 43300,
				from: '2025-03-03',
				to: '2025-03-30'
			}),
			await wageClaim(two, employer, {
				owed: 12345,
				owedToday: 12400,
				from: '2025-03-01',
				to: '2025-03-31'
			}),
			await wageClaim(three, employer, {
				owed: 99999,
				owedToday: 100000,
				from: '2025-04-01',
				to: '2025-04-30'
			})
		];
		const listed = await employerClaims(db, organiser, employer);
		// Numbered by period: 1 March, 3 March, 1 April.
		expect(listed.claims.map((claim) => [claim.number, claim.owedPence])).toEqual([
			[1, 12345],
			[2, 43210],
			[3, 99999]
		]);
		// The organiser is on none of the cases: no names.
		expect(listed.claims.every((claim) => claim.memberName === null)).toBe(true);
		const id = await createCollective(db, organiser, employer, {
			title: 'Night Meals back pay',
			caseIds: claims
		});
		const view = await readCollective(db, coordinator, id);
		// 432.10 + 123.45 + 999.99 = 1,555.54; at today's rates 433.00 + 124.00 + 1,000.00 = 1,557.00.
		expect(view).toMatchObject({
			title: 'Night Meals back pay',
			workers: 3,
			claims: 3,
			owedPence: 155554,
			owedTodayPence: 155700
		});
		expect(view.employer.name).toBe('Night Meals Ltd');
		expect(view.claimList.map((claim) => claim.memberName)).toEqual([null, null, null]);
		const events = await db
			.selectFrom('case_events')
			.select(['case_id', 'kind', 'body', 'author_id'])
			.where('kind', '=', 'joined_collective')
			.execute();
		expect(events).toHaveLength(3);
		expect(
			events.every((event) => event.body === null && event.author_id === organiser.accountId)
		).toBe(true);
		// Someone on a case's team sees whose claim it is; on other claims, nothing.
		const seenByAdviser = await readCollective(db, adviser, id);
		expect(seenByAdviser.claimList.map((claim) => claim.memberName)).toEqual([
			'Worker Two',
			'Worker One',
			'Worker Three'
		]);
	});

	it('refuses a claim against another employer, another kind, or already grouped', async () => {
		const { db } = database();
		const four = members[3] as Actor;
		const elsewhere = await wageClaim(four, otherEmployer, {
			owed: 1000,
			owedToday: 1000,
			from: '2025-05-01',
			to: '2025-05-31'
		});
		const here = await wageClaim(four, employer, {
			owed: 2000,
			owedToday: 2100,
			from: '2025-05-01',
			to: '2025-05-31'
		});
		await expect(
			createCollective(db, organiser, employer, { title: 'Mixed', caseIds: [here, elsewhere] })
		).rejects.toEqual(new RuleError('employers.claimOtherEmployer'));
		const dismissal = await wageClaim(
			four,
			employer,
			{ owed: 500, owedToday: 500, from: '2025-06-01', to: '2025-06-30' },
			'dismissal'
		);
		await expect(
			createCollective(db, organiser, employer, { title: 'Wrong kind', caseIds: [dismissal] })
		).rejects.toEqual(new RuleError('employers.claimOtherEmployer'));
		const grouped = (await employerClaims(db, organiser, employer)).claims.find(
			(claim) => claim.collective
		);
		await expect(
			createCollective(db, organiser, employer, {
				title: 'Twice',
				caseIds: [grouped?.caseId ?? '']
			})
		).rejects.toEqual(new RuleError('employers.claimAlreadyGrouped'));
		// Nothing of a refused grouping stays behind.
		const collectives = await db.selectFrom('collective_cases').select('title').execute();
		expect(collectives.map((row) => row.title)).toEqual(['Night Meals back pay']);
	});

	it('adds and takes out claims, and the totals follow', async () => {
		const { db } = database();
		const [collective] = (await employerClaims(db, organiser, employer)).collectives;
		if (!collective) throw new Error('No collective case');
		const view = await readCollective(db, organiser, collective.id);
		const addable = view.addable.map((claim) => claim.caseId);
		expect(view.addable.map((claim) => claim.owedPence)).toEqual([2000]);
		await addClaims(db, adviser, collective.id, addable);
		expect(await collectiveTotals(db, centre.id, collective.id)).toEqual({
			workers: 4,
			claims: 4,
			owedPence: 157554,
			owedTodayPence: 157800
		});
		const first = view.claimList[0];
		if (!first) throw new Error('No claim');
		await removeClaim(db, organiser, collective.id, first.caseId);
		await expect(removeClaim(db, organiser, collective.id, first.caseId)).rejects.toBeInstanceOf(
			NotFoundError
		);
		expect(await collectiveTotals(db, centre.id, collective.id)).toEqual({
			workers: 3,
			claims: 3,
			owedPence: 157554 - first.owedPence,
			owedTodayPence: 157800 - first.owedTodayPence
		});
		// The member's own timeline says the claim left, as it said it joined.
		const kinds = await db
			.selectFrom('case_events')
			.select('kind')
			.where('case_id', '=', first.caseId)
			.where('kind', 'in', ['joined_collective', 'left_collective'])
			.orderBy('id')
			.execute();
		expect(kinds.map((row) => row.kind)).toEqual(['joined_collective', 'left_collective']);
		expect(await verifyAuditChain(db)).toBeNull();
	});

	it('is for staff only', async () => {
		const { db } = database();
		const member = members[0] as Actor;
		const [collective] = (await employerClaims(db, organiser, employer)).collectives;
		await expect(employerClaims(db, member, employer)).rejects.toBeInstanceOf(ForbiddenError);
		await expect(readCollective(db, member, collective?.id ?? '')).rejects.toBeInstanceOf(
			ForbiddenError
		);
		await expect(
			createCollective(db, member, employer, { title: 'Mine', caseIds: [] })
		).rejects.toBeInstanceOf(ForbiddenError);
	});
});
