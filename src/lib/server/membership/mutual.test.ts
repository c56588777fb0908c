import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { describeEachDatabase } from '../../../../tests/support/database';
import { newCentre } from '../../../../tests/support/fixtures';
import type { Centre } from '../centres/centres.service';
import { actorAt, createPerson, type Actor } from '../identity/identity.service';
import type { Role } from '../identity/identity.tables';
import { ForbiddenError } from '../platform/errors';
import {
	acceptMembership,
	callThreshold,
	declineMembership,
	electOfficers,
	leaveMutual,
	memberCount,
	memberRegister,
	membershipOf,
	OFFER_AGAIN_DAYS,
	officers,
	setCallThreshold,
	thresholdCount
} from './mutual';

const DAY_MS = 86_400_000;
const NOW = new Date('2026-11-18T12:00:00Z');
const later = (days: number) => new Date(NOW.getTime() + days * DAY_MS);

describe('a threshold', () => {
	it('asks for a number of members, or a share of them rounded up, never fewer than one', () => {
		expect(thresholdCount({ kind: 'members', value: 5 }, 3)).toBe(5);
		expect(thresholdCount({ kind: 'percent', value: 10 }, 41)).toBe(5);
		expect(thresholdCount({ kind: 'percent', value: 10 }, 0)).toBe(1);
		fc.assert(
			fc.property(
				fc.integer({ min: 1, max: 100 }),
				fc.integer({ min: 0, max: 100_000 }),
				(p, n) => {
					const needed = thresholdCount({ kind: 'percent', value: p }, n);
					// Enough: the share reached is at least the percentage; and no more than one extra.
					expect(needed * 100).toBeGreaterThanOrEqual(p * n);
					expect(needed === 1 || (needed - 1) * 100 < p * n).toBe(true);
				}
			)
		);
	});
});

describeEachDatabase('the mutual', (database) => {
	let centre: Centre;
	let coordinator: Actor;

	async function person(name: string, roles: Role[] = ['member']): Promise<Actor> {
		const { db } = database();
		const id = await createPerson(db, centre.id, {
			chosenName: name,
			passphraseHash: 'not used by these tests',
			roles,
			languages: []
		});
		const actor = await actorAt(db, id, centre.id);
		if (!actor) throw new Error('The person does not belong to the centre');
		return actor;
	}

	beforeAll(async () => {
		centre = await newCentre(database().db, 'Mutual Centre');
		coordinator = await person('Coordinator of the mutual', ['member', 'coordinator']);
	});

	it('offers membership to a newcomer, adds them with the date, and lets them leave at once', async () => {
		const { db } = database();
		const rider = await person('Rider who joins');
		expect(await membershipOf(db, rider, NOW)).toEqual({
			member: false,
			joinedAt: null,
			offerDue: true
		});
		const before = await memberCount(db, centre.id);
		await acceptMembership(db, rider, NOW);
		// Accepting twice (a double tap) changes nothing.
		await acceptMembership(db, rider, later(1));
		expect(await membershipOf(db, rider, later(2))).toEqual({
			member: true,
			joinedAt: NOW,
			offerDue: false
		});
		expect(await memberCount(db, centre.id)).toBe(before + 1);

		await leaveMutual(db, rider, later(10));
		expect((await membershipOf(db, rider, later(10))).member).toBe(false);
		expect(await memberCount(db, centre.id)).toBe(before);

		// Joining again opens a new spell; the register keeps both, with their dates.
		await acceptMembership(db, rider, later(20));
		const { entries } = await memberRegister(db, coordinator, 1);
		const spells = entries.filter((entry) => entry.chosenName === 'Rider who joins');
		expect(spells).toEqual([
			{ chosenName: 'Rider who joins', joinedAt: later(20), leftAt: null },
			{ chosenName: 'Rider who joins', joinedAt: NOW, leftAt: later(10) }
		]);
	});

	it('after "not now", waits months before offering again, and never pushes more than that', async () => {
		const { db } = database();
		const carer = await person('Carer who waits');
		await declineMembership(db, carer, NOW);
		expect((await membershipOf(db, carer, later(1))).offerDue).toBe(false);
		expect((await membershipOf(db, carer, later(OFFER_AGAIN_DAYS - 1))).offerDue).toBe(false);
		expect((await membershipOf(db, carer, later(OFFER_AGAIN_DAYS))).offerDue).toBe(true);
		// Declining still lets them join whenever they choose.
		await acceptMembership(db, carer, later(2));
		expect((await membershipOf(db, carer, later(3))).member).toBe(true);
	});

	it('shows the register to coordinators only, and records each look in the audit log', async () => {
		const { db } = database();
		const member = await person('Member not a coordinator');
		await expect(memberRegister(db, member, 1)).rejects.toBeInstanceOf(ForbiddenError);
		await memberRegister(db, coordinator, 1);
		const audit = await db
			.selectFrom('audit_events')
			.select('action')
			.where('centre_id', '=', centre.id)
			.where('action', '=', 'mutual.register_read')
			.execute();
		expect(audit.length).toBeGreaterThan(0);
	});

	it('keeps the officers an election chose, and an officer who leaves stops holding office', async () => {
		const { db } = database();
		const a = await person('Officer A');
		const b = await person('Officer B');
		await acceptMembership(db, a, NOW);
		await acceptMembership(db, b, NOW);
		await electOfficers(db, centre.id, 'Board', [a.accountId, b.accountId], NOW);
		expect((await officers(db, centre.id)).map((officer) => officer.chosenName)).toEqual([
			'Officer A',
			'Officer B'
		]);
		await leaveMutual(db, a, later(1));
		expect((await officers(db, centre.id)).map((officer) => officer.chosenName)).toEqual([
			'Officer B'
		]);
	});

	it('lets a coordinator set how many members call an assembly', async () => {
		const { db } = database();
		expect(await callThreshold(db, centre.id)).toEqual({ kind: 'members', value: 5 });
		await setCallThreshold(db, coordinator, { kind: 'percent', value: 20 });
		expect(await callThreshold(db, centre.id)).toEqual({ kind: 'percent', value: 20 });
		const member = await person('Member setting nothing');
		await expect(
			setCallThreshold(db, member, { kind: 'members', value: 1 })
		).rejects.toBeInstanceOf(ForbiddenError);
	});
});
