import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { describeEachDatabase } from '../../../../tests/support/database';
import { centreDetails } from '../../../../tests/support/fixtures';
import { seedDemo } from '../demo/demo.service';
import type { Actor } from '../identity/identity.service';
import { inCentre } from '../platform/database';
import { ForbiddenError, NotFoundError } from '../platform/errors';
import {
	addException,
	addOpening,
	centreOverview,
	centreStatus,
	createCentre,
	getHours,
	removeOpening,
	slugFrom,
	updateDetails
} from './centres.service';

describe('centre addresses', () => {
	it('are readable words made from the name', () => {
		expect(slugFrom('Centro Obrero Sur')).toBe('centro-obrero-sur');
		expect(slugFrom('Łódź Workers’ Centre!')).toBe('odz-workers-centre');
		expect(slugFrom('مركز العمال')).toBe('centre');
	});
});

describeEachDatabase('centres', (database) => {
	const coordinatorOf = (centreId: string): Actor => ({
		accountId: '00000000-0000-7000-8000-000000000001',
		centreId,
		roles: ['member', 'coordinator']
	});

	it('give two centres with one name two addresses', async () => {
		const { db } = database();
		const first = await createCentre(db, centreDetails('Twin Centre'));
		const second = await createCentre(db, centreDetails('Twin Centre'));
		expect([first.slug, second.slug]).toEqual(['twin-centre', 'twin-centre-2']);
	});

	it('let a coordinator change the hours, and nobody else', async () => {
		const { db } = database();
		const centre = await createCentre(db, centreDetails('Hours Centre'));
		const coordinator = coordinatorOf(centre.id);
		const adviser: Actor = { ...coordinator, roles: ['member', 'adviser'] };
		await expect(
			addOpening(db, adviser, { weekday: 5, opens: '22:00', closes: '06:00' })
		).rejects.toThrow(ForbiddenError);
		await addOpening(db, coordinator, { weekday: 5, opens: '22:00', closes: '06:00' });
		await addException(db, coordinator, { date: '2026-12-25', kind: 'closed', note: 'Christmas' });
		const hours = await getHours(db, centre, new Date('2026-12-01T12:00:00Z'));
		expect(hours.weekly).toEqual([
			expect.objectContaining({ weekday: 5, opens: '22:00', closes: '06:00' })
		]);
		expect(hours.exceptions).toEqual([
			expect.objectContaining({ date: '2026-12-25', kind: 'closed', note: 'Christmas' })
		]);

		// Friday 4 December 2026, 23:00 in London: one opening from 22:00 to Saturday 06:00.
		const { status, description } = centreStatus(centre, hours, new Date('2026-12-04T23:00:00Z'));
		expect(status).toMatchObject({ open: true, closesAt: new Date('2026-12-05T06:00:00Z') });
		expect(description).toEqual({ key: 'openClosesAt', time: '06:00' });

		const [opening] = hours.weekly;
		await removeOpening(db, coordinator, opening?.id as string);
		expect((await getHours(db, centre)).weekly).toEqual([]);
		await expect(removeOpening(db, coordinator, opening?.id as string)).rejects.toThrow(
			NotFoundError
		);
	});

	it('keep each centre’s hours and details to itself, in the database too', async () => {
		const { db } = database();
		const mine = await createCentre(db, centreDetails('Mine'));
		const theirs = await createCentre(db, centreDetails('Theirs'));
		await addOpening(db, coordinatorOf(theirs.id), { weekday: 1, opens: '09:00', closes: '17:00' });
		const [theirOpening] = (await getHours(db, theirs)).weekly;

		// A coordinator of one centre cannot remove another centre's opening...
		await expect(
			removeOpening(db, coordinatorOf(mine.id), theirOpening?.id as string)
		).rejects.toThrow(NotFoundError);
		// ...and even a query with no centre filter sees only its own centre's rows.
		const seen = await inCentre(db, mine.id, (trx) =>
			trx.selectFrom('opening_hours').selectAll().execute()
		);
		expect(seen).toEqual([]);
		await expect(
			inCentre(db, mine.id, (trx) =>
				trx
					.insertInto('opening_hours')
					.values({
						centre_id: theirs.id,
						id: '00000000-0000-7000-8000-000000000009',
						weekday: 2,
						opens: '09:00',
						closes: '10:00'
					})
					.execute()
			)
		).rejects.toThrow(/row-level security/);
		await expect(
			inCentre(db, mine.id, (trx) =>
				trx.updateTable('centres').set({ name: 'Taken over' }).where('id', '=', theirs.id).execute()
			)
		).resolves.toEqual([expect.objectContaining({ numUpdatedRows: 0n })]);

		await updateDetails(db, coordinatorOf(mine.id), {
			...centreDetails('Mine, renamed'),
			locales: ['en', 'ar']
		});
		const names = await db
			.selectFrom('centres')
			.select('name')
			.where('id', 'in', [mine.id, theirs.id])
			.orderBy('name')
			.execute();
		expect(names.map((row) => row.name)).toEqual(['Mine, renamed', 'Theirs']);
	});

	it('show a change to the hours on the centre page at once, though the page is cached', async () => {
		const { db } = database();
		const centre = await createCentre(db, centreDetails('Cached Centre'));
		expect((await centreOverview(db, centre)).hours.weekly).toEqual([]);
		await addOpening(db, coordinatorOf(centre.id), { weekday: 3, opens: '10:00', closes: '14:00' });
		expect((await centreOverview(db, centre)).hours.weekly).toHaveLength(1);
	});

	it('restore the outer scope after a nested centre scope', async () => {
		const { db } = database();
		const outer = await createCentre(db, centreDetails('Outer'));
		const inner = await createCentre(db, centreDetails('Inner'));
		const setting = await inCentre(db, outer.id, async (trx) => {
			await inCentre(trx, inner.id, async () => undefined);
			return sql<{
				centre: string;
				role: string;
			}>`select current_setting('hearth.centre_id') as centre, current_user as role`.execute(trx);
		});
		expect(setting.rows[0]).toEqual({ centre: outer.id, role: 'hearth_app' });
	});

	it('seed one believable demo centre, however often asked', async () => {
		const { db } = database();
		const now = new Date('2026-11-20T12:00:00Z');
		const [first, second] = [await seedDemo(db, now), await seedDemo(db, now)];
		expect(second.id).toBe(first.id);
		const hours = await getHours(db, first, now);
		const nights = hours.weekly
			.filter((opening) => opening.closes <= opening.opens)
			.map((o) => o.weekday);
		expect(nights.sort()).toEqual([5, 6]);
		const advisers = await db
			.selectFrom('centre_roles')
			.where('centre_id', '=', first.id)
			.where('role', '=', 'adviser')
			.select((eb) => eb.fn.countAll<number>().as('n'))
			.executeTakeFirstOrThrow();
		expect(Number(advisers.n)).toBe(3);
		const services = await db
			.selectFrom('services')
			.where('centre_id', '=', first.id)
			.selectAll()
			.execute();
		expect(services.length).toBeGreaterThanOrEqual(12);
	});
});
