import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { describeEachDatabase } from '../../../../tests/support/database';
import { newCentre } from '../../../../tests/support/fixtures';
import { useTestPlatform } from '../../../../tests/support/platform';
import type { Centre } from '../centres/centres.service';
import { localToInstant } from '../centres/opening-hours';
import { createPerson, type Actor } from '../identity/identity.service';
import { addSession, createCourse, enrol, leave } from '../learning/courses';
import { open } from '../platform/crypto';
import { inCentre } from '../platform/database';
import { ForbiddenError, NotFoundError, RuleError } from '../platform/errors';
import type { Database } from '../schema';
import { seedDemoActions } from '../demo/demo-actions';
import { chooseAdviser } from '../support/advisers';
import { bookAppointment, cancelAppointment } from '../support/appointments';
import {
	actionForEditing,
	cancelAction,
	createAction,
	doorList,
	listActionsForStaff,
	readAction,
	recordDoor,
	signUpForAction,
	takeNameOff,
	upcomingActions,
	updateAction
} from './actions';
import {
	actionFormValues,
	parseActionForm,
	parseDoorForm,
	startsAtNight,
	type ActionInput
} from './actions.schemas';

const LONDON = 'Europe/London';
// Wednesday 18 November 2026, 12:00 in London (GMT).
const NOW = new Date('2026-11-18T12:00:00Z');
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const KEY = randomBytes(32);
const CENTRE = { timeZone: LONDON, locales: ['en', 'es'] as const };

const form = (fields: Record<string, string>) =>
	parseActionForm(
		{
			kind: 'demonstration',
			'title-en': 'Night riders’ demo',
			'details-en': '',
			'title-es': '',
			'details-es': '',
			date: '2026-11-20',
			starts: '22:00',
			ends: '23:30',
			place: 'Riverside depot, 4 Dock Road',
			meetingPoint: 'Under the clock at the station',
			capacity: '',
			campaignId: '',
			...fields
		},
		{ timeZone: CENTRE.timeZone, locales: [...CENTRE.locales] }
	);

describe('the action form', () => {
	it('reads a night demonstration with its meeting point, on the centre’s clock', () => {
		const parsed = form({ 'title-es': 'Manifestación nocturna', capacity: '40' });
		expect(parsed.ok && parsed.data).toMatchObject({
			kind: 'demonstration',
			locales: ['en', 'es'],
			texts: {
				en: { title: 'Night riders’ demo', details: '' },
				es: { title: 'Manifestación nocturna', details: '' }
			},
			startsAt: new Date('2026-11-20T22:00:00Z'),
			endsAt: new Date('2026-11-20T23:30:00Z'),
			meetingPoint: 'Under the clock at the station',
			capacity: 40,
			campaignId: null
		});
	});

	it('asks for a meeting point when a demonstration starts between 20:00 and 06:00', () => {
		for (const starts of ['20:00', '22:00', '00:30', '05:59']) {
			const parsed = form({ starts, ends: '06:30', meetingPoint: '', endsNextDay: 'yes' });
			const sameDay = form({ starts, ends: '07:00', meetingPoint: '' });
			const problems = starts < '12:00' ? sameDay : parsed;
			expect(!problems.ok && problems.errors.meetingPoint, starts).toBe(
				'actions.meetingPointAtNight'
			);
		}
		expect(form({ starts: '14:00', ends: '16:00', meetingPoint: '' }).ok).toBe(true);
		expect(form({ kind: 'meeting', meetingPoint: '' }).ok).toBe(true);
		// 20:00 in London in summer is 19:00 UTC: the centre's clock decides.
		expect(startsAtNight(new Date('2026-07-01T19:00:00Z'), LONDON)).toBe(true);
		expect(startsAtNight(new Date('2026-07-01T18:59:00Z'), LONDON)).toBe(false);
	});

	it('names an end before the start, a nought of places and a missing title', () => {
		const sameDay = form({ starts: '22:00', ends: '01:00' });
		expect(!sameDay.ok && sameDay.errors).toEqual({ ends: 'actions.endsBeforeStartsSameDay' });
		const overnight = form({ starts: '22:00', ends: '01:00', endsNextDay: 'yes' });
		expect(overnight.ok && overnight.data.endsAt).toEqual(new Date('2026-11-21T01:00:00Z'));
		const tooLong = form({ starts: '22:00', ends: '23:00', endsNextDay: 'yes' });
		expect(!tooLong.ok && tooLong.errors).toEqual({ ends: 'actions.longerThanDay' });
		for (const capacity of ['0', '-1', '2.5', 'lots', '100001']) {
			const wrong = form({ capacity });
			expect(!wrong.ok && wrong.errors, capacity).toEqual({ capacity: 'actions.capacityInvalid' });
		}
		const bad = parseActionForm(
			{ kind: 'rave', 'details-es': 'Sin título', date: '2026-02-30', starts: '25:00' },
			{ timeZone: LONDON, locales: ['en', 'es'] }
		);
		expect(!bad.ok && bad.errors).toEqual({
			kind: 'actions.kindRequired',
			date: 'actions.dateInvalid',
			starts: 'actions.startsInvalid',
			ends: 'actions.endsInvalid',
			place: 'actions.placeRequired',
			'title-es': 'actions.titleForDetails',
			'title-en': 'actions.titleRequired'
		});
		const hidden = form({ 'title-en': 'Demo\u202E', campaignId: 'not-an-id' });
		expect(!hidden.ok && hidden.errors).toEqual({
			'title-en': 'form.hiddenCharacters',
			campaignId: 'actions.campaignUnknown'
		});
	});

	it('gives back the form of a saved action, past midnight included', () => {
		const parsed = form({ starts: '22:00', ends: '01:00', endsNextDay: 'yes', capacity: '5' });
		if (!parsed.ok) throw new Error('the form should read');
		expect(actionFormValues(parsed.data, LONDON)).toMatchObject({
			kind: 'demonstration',
			date: '2026-11-20',
			starts: '22:00',
			ends: '01:00',
			endsNextDay: 'yes',
			capacity: '5',
			'title-en': 'Night riders’ demo'
		});
	});

	it('reads the door count as a change from what the page showed, +1 included', () => {
		const read = (values: Record<string, string | string[]>) => parseDoorForm(values);
		expect(read({ unnamed: '3', unnamedShown: '0' })).toMatchObject({
			ok: true,
			data: { attended: [], unnamedChange: 3 }
		});
		expect(read({ unnamed: '3', unnamedShown: '3', plusOne: 'yes' })).toMatchObject({
			data: { unnamedChange: 1 }
		});
		const id = '01900000-0000-7000-8000-000000000001';
		expect(read({ unnamed: '0', unnamedShown: '0', attended: [id, id, 'x'] })).toMatchObject({
			data: { attended: [id] }
		});
		for (const unnamed of ['', '-1', 'three', '1.5', '99999999']) {
			expect(read({ unnamed, unnamedShown: '0' }), unnamed).toMatchObject({
				ok: false,
				errors: { unnamed: 'actions.unnamedInvalid' }
			});
		}
	});
});

describeEachDatabase('actions', (database) => {
	useTestPlatform({ secretKey: KEY, now: () => NOW });
	let centre: Centre;
	let organiser: Actor;
	let coordinator: Actor;
	let adviser: Actor;
	let mihai: Actor;
	let grace: Actor;
	let joana: Actor;

	const person = async (chosenName: string, roles: Actor['roles'], at = centre) => {
		const accountId = await createPerson(database().db, at.id, {
			chosenName,
			passphraseHash: 'x',
			roles: [...roles],
			languages: []
		});
		return { accountId, centreId: at.id, roles };
	};

	const input = (fields: Partial<ActionInput> = {}): ActionInput => ({
		kind: 'demonstration',
		locales: ['en', 'es'],
		texts: {
			en: { title: 'Night riders’ demo', details: 'Bring a light.' },
			es: { title: 'Manifestación nocturna', details: 'Trae una luz.' }
		},
		startsAt: new Date('2026-11-20T22:00:00Z'),
		endsAt: new Date('2026-11-20T23:30:00Z'),
		place: 'Riverside depot',
		meetingPoint: 'Under the station clock',
		capacity: null,
		campaignId: null,
		...fields
	});

	const reminders = (db: Kysely<Database>, key: string) =>
		inCentre(db, centre.id, (trx) =>
			trx
				.selectFrom('messages')
				.select(['account_id', 'channel', 'state', 'not_before', 'subject_sealed', 'body_sealed'])
				.where('centre_id', '=', centre.id)
				.where('reminder_key', '=', key)
				.orderBy('account_id')
				.execute()
		);

	beforeAll(async () => {
		centre = await newCentre(database().db, 'Actions centre');
		organiser = await person('Lucía', ['member', 'adviser', 'organiser']);
		coordinator = await person('Coordinator', ['member', 'coordinator']);
		adviser = await person('Amira', ['member', 'adviser']);
		mihai = await person('Mihai', ['member']);
		grace = await person('Grace', ['member']);
		joana = await person('Joana', ['member']);
	});

	it('lets organisers and coordinators plan actions, and nobody else', async () => {
		const { db } = database();
		const id = await createAction(db, organiser, input(), NOW);
		await expect(createAction(db, adviser, input(), NOW)).rejects.toThrow(ForbiddenError);
		await expect(createAction(db, mihai, input(), NOW)).rejects.toThrow(ForbiddenError);
		await expect(createAction(db, coordinator, input({ kind: 'meeting' }), NOW)).resolves.toEqual(
			expect.any(String)
		);
		await expect(doorList(db, centre, mihai, id, 'en', NOW)).rejects.toThrow(ForbiddenError);
		await expect(
			createAction(
				db,
				organiser,
				input({ campaignId: '01900000-0000-7000-8000-000000000001' }),
				NOW
			)
		).rejects.toThrow(new RuleError('actions.campaignUnknown'));

		const spanish = await readAction(db, centre, null, id, 'es', NOW);
		expect(spanish).toMatchObject({
			title: 'Manifestación nocturna',
			titleLocale: 'es',
			details: 'Trae una luz.',
			meetingPoint: 'Under the station clock',
			night: true,
			endsNextDay: false,
			mine: false,
			placesLeft: null
		});
		// A language it is not written in gets the main one.
		await expect(readAction(db, centre, null, id, 'pl', NOW)).resolves.toMatchObject({
			title: 'Night riders’ demo',
			titleLocale: 'en'
		});
	});

	it('lists what is to come first, soonest first, then what has ended', async () => {
		const { db } = database();
		const place = await newCentre(db, 'Listing centre');
		const lister = await person('Lister', ['member', 'organiser'], place);
		const at = (hours: number, title: string) =>
			createAction(
				db,
				lister,
				input({
					texts: { en: { title, details: '' } },
					locales: ['en'],
					startsAt: new Date(NOW.getTime() + hours * HOUR),
					endsAt: new Date(NOW.getTime() + (hours + 1) * HOUR)
				}),
				NOW
			);
		await at(-48, 'Long ago');
		await at(72, 'Later');
		await at(-5, 'Earlier today');
		await at(24, 'Tomorrow');
		const staff = await listActionsForStaff(db, place, lister, { page: 1, locale: 'en' }, NOW);
		expect(staff.actions.map((action) => action.title)).toEqual([
			'Tomorrow',
			'Later',
			'Earlier today',
			'Long ago'
		]);
		const open = await upcomingActions(db, place, null, { page: 1, locale: 'en' }, NOW);
		expect(open.actions.map((action) => action.title)).toEqual(['Tomorrow', 'Later']);
		expect(open).toMatchObject({ page: 1, pages: 1, total: 2 });
	});

	it('signs a member up once, reminds them a day before, and respects the places', async () => {
		const { db } = database();
		const id = await createAction(db, organiser, input({ capacity: 2 }), NOW);
		await expect(signUpForAction(db, mihai, id, NOW)).resolves.toBe('signedUp');
		await expect(signUpForAction(db, mihai, id, NOW)).resolves.toBe('already');
		await expect(signUpForAction(db, grace, id, NOW)).resolves.toBe('signedUp');
		await expect(signUpForAction(db, joana, id, NOW)).rejects.toThrow(
			new RuleError('actions.full')
		);
		await expect(readAction(db, centre, mihai, id, 'en', NOW)).resolves.toMatchObject({
			signedUp: 2,
			placesLeft: 0,
			mine: true
		});

		const queued = await reminders(db, `action:${id}`);
		expect(queued).toHaveLength(2);
		for (const row of queued) {
			expect(row).toMatchObject({ channel: 'inbox', state: 'queued' });
			expect(row.not_before).toEqual(new Date('2026-11-19T22:00:00Z'));
		}
		const body = open(queued[0]?.body_sealed ?? '', KEY);
		expect(body).toContain('Night riders’ demo');
		expect(body).toContain('22:00');
		expect(body).toContain('Riverside depot');
		expect(body).toContain('Meeting point: Under the station clock');

		// Taking the name off frees the place and withdraws that one reminder.
		await takeNameOff(db, mihai, id);
		await expect(signUpForAction(db, joana, id, NOW)).resolves.toBe('signedUp');
		const after = await reminders(db, `action:${id}`);
		const stateOf = (actor: Actor) =>
			after.find((row) => row.account_id === actor.accountId)?.state;
		expect([stateOf(mihai), stateOf(grace), stateOf(joana)]).toEqual([
			'stopped',
			'queued',
			'queued'
		]);
		await expect(updateAction(db, organiser, id, input({ capacity: 1 }), NOW)).rejects.toThrow(
			new RuleError('actions.capacityBelowSignedUp')
		);

		// Moved an hour later and to another place: the reminders not sent yet say so, and nobody
		// who took their name off is reminded again.
		await updateAction(
			db,
			organiser,
			id,
			input({
				capacity: 2,
				startsAt: new Date('2026-11-20T23:00:00Z'),
				endsAt: new Date('2026-11-21T00:30:00Z'),
				place: 'Canal bridge'
			}),
			NOW
		);
		const moved = await reminders(db, `action:${id}`);
		const queuedAgain = moved.filter((row) => row.state === 'queued');
		expect(queuedAgain.map((row) => row.account_id).sort()).toEqual(
			[grace.accountId, joana.accountId].sort()
		);
		for (const row of queuedAgain) {
			expect(row.not_before).toEqual(new Date('2026-11-19T23:00:00Z'));
			const text = open(row.body_sealed ?? '', KEY);
			expect(text).toContain('23:00');
			expect(text).toContain('Canal bridge');
		}
		expect(moved.find((row) => row.account_id === mihai.accountId)?.state).toBe('stopped');
	});

	it('reminds at once when the action is less than a day away, and not after it ended', async () => {
		const { db } = database();
		const soon = await createAction(
			db,
			organiser,
			input({
				startsAt: new Date(NOW.getTime() + 2 * HOUR),
				endsAt: new Date(NOW.getTime() + 3 * HOUR)
			}),
			NOW
		);
		await signUpForAction(db, grace, soon, NOW);
		const [row] = await reminders(db, `action:${soon}`);
		expect(row?.not_before).toEqual(NOW);
		await expect(signUpForAction(db, joana, soon, new Date(NOW.getTime() + DAY))).rejects.toThrow(
			new RuleError('actions.ended')
		);
	});

	it('ticks the door list and counts people without a name; turnout is their sum', async () => {
		const { db } = database();
		const id = await createAction(db, organiser, input(), NOW);
		await signUpForAction(db, mihai, id, NOW);
		await signUpForAction(db, grace, id, NOW);
		const before = await doorList(db, centre, organiser, id, 'en', NOW);
		expect(before.people.map((entry) => [entry.name, entry.ticked])).toEqual([
			['Grace', false],
			['Mihai', false]
		]);
		expect(before).toMatchObject({ ticked: 0, unnamed: 0, turnout: 0 });

		await recordDoor(db, organiser, id, { attended: [mihai.accountId], unnamedChange: 2 });
		// Another organiser at the door presses +1 with the count their page showed.
		await recordDoor(db, coordinator, id, { attended: [mihai.accountId], unnamedChange: 1 });
		const after = await doorList(db, centre, organiser, id, 'en', NOW);
		expect(after.people.map((entry) => [entry.name, entry.ticked])).toEqual([
			['Grace', false],
			['Mihai', true]
		]);
		expect(after).toMatchObject({ ticked: 1, unnamed: 3, turnout: 4 });

		// Unticking and counting down work too, and the count never goes below nought.
		await recordDoor(db, organiser, id, { attended: [], unnamedChange: -10 });
		await expect(doorList(db, centre, organiser, id, 'en', NOW)).resolves.toMatchObject({
			ticked: 0,
			unnamed: 0,
			turnout: 0
		});
		// Someone of another action or centre cannot be ticked here.
		await recordDoor(db, organiser, id, { attended: [joana.accountId], unnamedChange: 0 });
		await expect(doorList(db, centre, organiser, id, 'en', NOW)).resolves.toMatchObject({
			ticked: 0
		});
	});

	it('cancels an action: it stays listed as cancelled, and its reminders are withdrawn', async () => {
		const { db } = database();
		const id = await createAction(db, organiser, input(), NOW);
		await signUpForAction(db, mihai, id, NOW);
		await signUpForAction(db, grace, id, NOW);
		await expect(cancelAction(db, organiser, id)).resolves.toBe(2);
		const rows = await reminders(db, `action:${id}`);
		expect(rows.map((row) => row.state)).toEqual(['stopped', 'stopped']);
		await expect(readAction(db, centre, mihai, id, 'en', NOW)).resolves.toMatchObject({
			cancelled: true,
			mine: true
		});
		await expect(signUpForAction(db, joana, id, NOW)).rejects.toThrow(
			new RuleError('actions.cancelledNoSignUp')
		);
		await expect(actionForEditing(db, organiser, id, 'en')).resolves.toMatchObject({
			cancelled: true,
			signedUp: 2
		});
	});

	it('keeps each centre’s actions to itself, in the service and in the database', async () => {
		const { db } = database();
		const id = await createAction(db, organiser, input(), NOW);
		const elsewhere = await newCentre(db, 'Another actions centre');
		const stranger = await person('Stranger', ['member', 'organiser'], elsewhere);
		await expect(readAction(db, elsewhere, stranger, id, 'en', NOW)).rejects.toThrow(NotFoundError);
		await expect(signUpForAction(db, stranger, id, NOW)).rejects.toThrow(NotFoundError);
		await expect(doorList(db, elsewhere, stranger, id, 'en', NOW)).rejects.toThrow(NotFoundError);
		await expect(cancelAction(db, stranger, id)).rejects.toThrow(NotFoundError);

		const seen = await inCentre(db, elsewhere.id, (trx) =>
			trx.selectFrom('actions').select('id').execute()
		);
		expect(seen).toEqual([]);
		await expect(
			inCentre(db, elsewhere.id, (trx) =>
				trx
					.insertInto('action_sign_ups')
					.values({ centre_id: centre.id, action_id: id, account_id: mihai.accountId })
					.execute()
			)
		).rejects.toThrow(/row-level security/);
	});

	it('queues an appointment’s reminder a day before, and withdraws it when cancelled', async () => {
		const { db } = database();
		await inCentre(db, centre.id, (trx) => chooseAdviser(trx, joana, adviser.accountId, NOW));
		const startsAt = localToInstant('2026-11-20', '14:00', LONDON);
		const id = await bookAppointment(
			db,
			joana,
			{
				with: adviser.accountId,
				startsAt,
				minutes: 30,
				mode: 'in_person',
				interpreter: null,
				replaces: null
			},
			NOW
		);
		const [row] = await reminders(db, `appointment:${id}`);
		expect(row).toMatchObject({ account_id: joana.accountId, channel: 'inbox', state: 'queued' });
		expect(row?.not_before).toEqual(new Date(startsAt.getTime() - DAY));
		expect(open(row?.body_sealed ?? '', KEY)).toContain('Amira');

		await cancelAppointment(db, joana, id);
		await expect(reminders(db, `appointment:${id}`)).resolves.toMatchObject([{ state: 'stopped' }]);
	});

	it('queues a course’s reminder for the next session, and withdraws it on leaving', async () => {
		const { db } = database();
		const courseId = await createCourse(db, coordinator, {
			kind: 'esol',
			level: 'entry-2',
			title: 'ESOL Entry 2',
			description: '',
			places: 1
		});
		const session = (date: string) =>
			addSession(
				db,
				coordinator,
				courseId,
				{ date, starts: '18:00', ends: '20:00', nextDay: false, place: 'Room 2' },
				LONDON
			);
		await session('2026-11-10');
		const next = await session('2026-11-24');
		await session('2026-12-01');

		await enrol(db, grace, courseId, NOW);
		// The course is full: Mihai waits, and is reminded only once he has the place.
		await enrol(db, mihai, courseId, NOW);
		const key = `course:${courseId}:${next}`;
		const [row] = await reminders(db, key);
		expect(row).toMatchObject({ account_id: grace.accountId, state: 'queued' });
		expect(row?.not_before).toEqual(new Date('2026-11-23T18:00:00Z'));
		expect(open(row?.body_sealed ?? '', KEY)).toContain('ESOL Entry 2');

		await leave(db, grace, courseId, NOW);
		const after = await reminders(db, key);
		const stateOf = (actor: Actor) =>
			after.find((entry) => entry.account_id === actor.accountId)?.state;
		expect([stateOf(grace), stateOf(mihai)]).toEqual(['stopped', 'queued']);
	});
	it('seeds the demo centre with a night demonstration next week, meeting point and all', async () => {
		const { db } = database();
		const demo = await newCentre(db, 'Demo actions centre');
		await inCentre(db, demo.id, (trx) => seedDemoActions(trx, demo, NOW));
		const listed = await upcomingActions(db, demo, null, { page: 1, locale: 'ro' }, NOW);
		expect(listed.actions.map((action) => [action.kind, action.night, action.title])).toEqual([
			['meeting', false, 'Riders’ meeting: pay per drop'],
			['demonstration', true, 'Demonstrație de noapte la depozitul Riverside']
		]);
		expect(listed.actions[1]?.meetingPoint).toContain('Whitechapel');
	});
});
