import { randomBytes } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../../../../tests/support/database';
import { newCentre } from '../../../../tests/support/fixtures';
import type { Centre } from '../centres/centres.service';
import * as centresRepo from '../centres/centres.repository';
import { inCentre } from '../platform/database';
import { uuidv7 } from '../platform/ids';
import type { Database } from '../schema';
import { checkIn, displayState, type DisplayState } from './drop-in';
import { LISTENER_NAME, LiveQueue } from './drop-in-live';

// Friday 20 November 2026, 23:00 in London, inside the night opening.
const NOW = new Date('2026-11-20T23:00:00Z');
const KEY = randomBytes(32);

describeEachDatabase('the live queue', (database) => {
	let db: Kysely<Database>;
	let centre: Centre;
	let live: LiveQueue;
	const received: DisplayState[] = [];
	let pings = 0;
	let closed = 0;

	async function until(test: () => boolean, what: string) {
		const limit = Date.now() + 15_000;
		while (!test()) {
			if (Date.now() > limit) throw new Error(`Waited in vain for ${what}`);
			await new Promise((resolve) => setTimeout(resolve, 20));
		}
	}

	const arrive = () =>
		checkIn(db, centre, { chosenName: '', topic: 'housing', language: 'en', words: '' }, NOW, KEY);

	beforeAll(async () => {
		db = database().db;
		centre = await newCentre(db, 'Live Centre');
		await inCentre(db, centre.id, (trx) =>
			centresRepo.insertOpening(trx, {
				centreId: centre.id,
				id: uuidv7(),
				weekday: 5,
				opens: '22:00',
				closes: '06:00'
			})
		);
		live = new LiveQueue(database().url, (which) => displayState(db, which, NOW));
	});
	afterAll(async () => {
		await live?.stop();
	});

	it('sends a display each committed change, and nothing for another centre', async () => {
		live.watch(centre, {
			deliver: (state) => received.push(state),
			ping: () => pings++,
			close: () => closed++
		});
		await live.ready();
		expect(live.listening).toBe(true);
		await until(() => received.length === 1, 'the state on listening');
		await arrive();
		await until(() => received.at(-1)?.waiting === 1, 'the first check-in');
		const elsewhere = await newCentre(db, 'Another Centre');
		await inCentre(db, elsewhere.id, (trx) =>
			sql`select pg_notify('hearth_drop_in', ${elsewhere.id})`.execute(trx)
		);
		// A change rolled back is never announced.
		await db
			.transaction()
			.execute(async (trx) => {
				await sql`select pg_notify('hearth_drop_in', ${centre.id})`.execute(trx);
				throw new Error('rolled back');
			})
			.catch(() => {});
		await arrive();
		await until(() => received.at(-1)?.waiting === 2, 'the second check-in');
		// Once listening, the display is sent the state of that moment, then each change.
		expect(received.map((state) => state.waiting)).toEqual([0, 1, 2]);
	});

	it('listens again after its connection is cut, and catches up at once', async () => {
		const before = received.length;
		const cut = await sql<{ cut: boolean }>`
			select pg_terminate_backend(pid) as cut from pg_stat_activity
			where application_name = ${LISTENER_NAME} and datname = current_database()`.execute(db);
		expect(cut.rows.map((row) => row.cut)).toEqual([true]);
		await until(() => !live.listening, 'the listener to notice');
		// Made while nobody listened: the display hears of it when the connection is back.
		await arrive();
		await until(() => received.slice(before).some((state) => state.waiting === 3), 'catching up');
		await until(() => live.listening, 'listening again');
		await arrive();
		await until(() => received.at(-1)?.waiting === 4, 'the next check-in');
	});

	it('ends every stream when the process stops, and takes no new ones', async () => {
		live.closeStreams();
		expect(closed).toBe(1);
		let refused = 0;
		live.watch(centre, { deliver: () => {}, ping: () => {}, close: () => refused++ });
		expect(refused).toBe(1);
		await live.stop();
		expect(live.listening).toBe(false);
	});
});
