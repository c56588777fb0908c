import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeEachDatabase } from '../../../../tests/support/database';
import { newCentre } from '../../../../tests/support/fixtures';
import type { Centre } from '../centres/centres.service';
import { createPerson, type Actor } from '../identity/identity.service';
import { open } from '../platform/crypto';
import { inCentre } from '../platform/database';
import { NotFoundError, RuleError } from '../platform/errors';
import { uuidv7 } from '../platform/ids';
import { hasPlatform, getPlatform, setPlatform, type Platform } from '../platform/runtime';
import {
	attachPhoto,
	deleteShift,
	diaryEmployers,
	diaryWageInput,
	diaryWeek,
	forgetSettings,
	owedByDiary,
	payPeriodOf,
	readSettings,
	readShift,
	recordShifts,
	removePhoto,
	saveSettings,
	shiftPhoto,
	updateShift,
	weekStartOf
} from './diary';
import {
	parseOwedValues,
	parseSettingsValues,
	parseShiftValues,
	type ShiftInput
} from './diary.schemas';

// A key made for these tests only: what is sealed with it opens with nothing else.
const KEY = randomBytes(32);
const NOW = new Date('2026-11-22T12:00:00Z');
const ZONE = 'Europe/London';
const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), randomBytes(200)]);

function shift(extra: Partial<ShiftInput> = {}): ShiftInput {
	return {
		clientId: uuidv7(),
		startsOn: '2026-11-02',
		startTime: '22:00',
		endsNextDay: true,
		endTime: '06:00',
		unpaidBreakMinutes: 30,
		employerName: '',
		site: '',
		promisedPencePerHour: null,
		paidPence: 7500,
		deductionsPence: 0,
		accommodation: 'none',
		accommodationChargedPence: 0,
		note: '',
		...extra
	};
}

const nightShift = {
	clientId: '0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b',
	startsOn: '2026-11-02',
	startTime: '22:00',
	endsNextDay: 'yes',
	endTime: '06:00',
	unpaidBreakMinutes: '30',
	employerName: ' Speedy Meals ',
	site: 'Dock Road',
	promised: '12.71',
	paid: '£75',
	deductions: '',
	accommodation: 'none',
	accommodationCharged: '',
	note: 'Night at the depot'
};

async function rejection(promise: Promise<unknown>): Promise<unknown> {
	return promise.then(
		() => undefined,
		(reason: unknown) => reason
	);
}

describe('reading a shift from the form', () => {
	it('reads a night shift, money in exact pence', () => {
		const parsed = parseShiftValues(nightShift);
		expect(parsed.ok && parsed.data).toEqual({
			clientId: '0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b',
			startsOn: '2026-11-02',
			startTime: '22:00',
			endsNextDay: true,
			endTime: '06:00',
			unpaidBreakMinutes: 30,
			employerName: 'Speedy Meals',
			site: 'Dock Road',
			promisedPencePerHour: 1271,
			paidPence: 7500,
			deductionsPence: 0,
			accommodation: 'none',
			accommodationChargedPence: 0,
			note: 'Night at the depot'
		});
	});

	it('leaves out what was not given', () => {
		const parsed = parseShiftValues({
			clientId: nightShift.clientId,
			startsOn: '2026-11-03',
			startTime: '9:00',
			endTime: '17.30'
		});
		expect(parsed.ok && parsed.data).toMatchObject({
			startTime: '09:00',
			endTime: '17:30',
			endsNextDay: false,
			unpaidBreakMinutes: 0,
			employerName: '',
			promisedPencePerHour: null,
			paidPence: null,
			deductionsPence: 0,
			accommodation: 'none',
			accommodationChargedPence: 0
		});
	});

	it.each([
		['endTime', { endsNextDay: undefined }, 'diary.endsBeforeStarts'],
		['endTime', { endTime: '23:00' }, 'diary.longerThanDay'],
		['unpaidBreakMinutes', { unpaidBreakMinutes: '480' }, 'diary.breakTooLong'],
		['unpaidBreakMinutes', { unpaidBreakMinutes: 'half an hour' }, 'diary.breakInvalid'],
		['paid', { paid: '-5' }, 'diary.moneyInvalid'],
		['paid', { paid: 'seventy' }, 'diary.moneyInvalid'],
		['promised', { promised: '12.345' }, 'diary.moneyInvalid'],
		['deductions', { deductions: '-1' }, 'diary.moneyInvalid'],
		['accommodation', { accommodation: 'palace' }, 'diary.accommodationInvalid'],
		['accommodationCharged', { accommodation: 'charged' }, 'diary.chargeRequired'],
		['startsOn', { startsOn: '2026-02-30' }, 'diary.dateInvalid'],
		['startsOn', { startsOn: 'tuesday' }, 'diary.dateInvalid'],
		['startTime', { startTime: '25:00' }, 'diary.startTimeInvalid'],
		['clientId', { clientId: 'not-a-uuid' }, 'diary.formExpired'],
		['note', { note: 'x'.repeat(2001) }, 'diary.noteTooLong']
	])('refuses a bad %s', (field, change, message) => {
		const values = { ...nightShift, ...change } as Record<string, string>;
		for (const [name, value] of Object.entries(change))
			if (value === undefined) delete values[name];
		const parsed = parseShiftValues(values);
		expect(parsed.ok).toBe(false);
		if (parsed.ok) return;
		expect(parsed.errors[field]).toBe(message);
		expect(parsed.values).toEqual(values);
	});

	it('reads settings, each optional', () => {
		const empty = parseSettingsValues({});
		expect(empty.ok && empty.data).toEqual({
			dateOfBirth: null,
			apprenticeSince: null,
			payPeriod: 'week',
			periodStartsOn: null
		});
		const bad = parseSettingsValues({
			dateOfBirth: '2000-01-01',
			apprenticeSince: '1999-01-01',
			payPeriod: 'yearly',
			periodStartsOn: 'soon'
		});
		expect(!bad.ok && bad.errors).toEqual({
			apprenticeSince: 'diary.apprenticeBeforeBirth',
			payPeriod: 'diary.payPeriodInvalid',
			periodStartsOn: 'diary.dateInvalid'
		});
	});

	it('reads a range for what is owed', () => {
		const bad = parseOwedValues({ from: '2026-11-10', to: '2026-11-01', employer: 'x' });
		expect(!bad.ok && bad.errors).toEqual({
			to: 'diary.toBeforeFrom',
			employer: 'diary.employerUnknown'
		});
	});
});

describe('pay periods', () => {
	it('lays weeks from Monday when nothing is said', () => {
		expect(weekStartOf('2026-11-08')).toBe('2026-11-02');
		expect(weekStartOf('2026-11-02')).toBe('2026-11-02');
		expect(payPeriodOf('2026-11-08', 'week', null)).toEqual({
			start: '2026-11-02',
			end: '2026-11-08'
		});
	});

	it('lays weeks and fortnights from the day a period began, before it too', () => {
		expect(payPeriodOf('2026-11-04', 'week', '2026-10-01')).toEqual({
			start: '2026-10-29',
			end: '2026-11-04'
		});
		expect(payPeriodOf('2026-09-20', 'fortnight', '2026-10-01')).toEqual({
			start: '2026-09-17',
			end: '2026-09-30'
		});
	});

	it('lays months from the day of the month, keeping to short months', () => {
		expect(payPeriodOf('2026-11-20', 'month', null)).toEqual({
			start: '2026-11-01',
			end: '2026-11-30'
		});
		expect(payPeriodOf('2026-11-10', 'month', '2026-01-15')).toEqual({
			start: '2026-10-15',
			end: '2026-11-14'
		});
		expect(payPeriodOf('2027-01-10', 'month', '2026-01-15')).toEqual({
			start: '2026-12-15',
			end: '2027-01-14'
		});
		expect(payPeriodOf('2027-03-01', 'month', '2026-01-31')).toEqual({
			start: '2027-02-28',
			end: '2027-03-30'
		});
	});
});

describeEachDatabase('the hours diary', (database) => {
	let centre: Centre;
	let member: Actor;
	let other: Actor;
	let earlier: Platform | undefined;

	async function person(name: string): Promise<Actor> {
		const accountId = await createPerson(database().db, centre.id, {
			chosenName: name,
			passphraseHash: 'x',
			roles: ['member'],
			languages: []
		});
		return { accountId, centreId: centre.id, roles: ['member'] };
	}

	beforeAll(async () => {
		earlier = hasPlatform() ? getPlatform() : undefined;
		setPlatform({ secretKey: KEY, now: () => NOW } as Platform);
		centre = await newCentre(database().db, 'Diary centre');
		member = await person('Rider D');
		other = await person('Rider E');
		await inCentre(database().db, centre.id, (trx) =>
			trx
				.insertInto('employers')
				.values({
					centre_id: centre.id,
					id: uuidv7(),
					name: 'Speedy Meals Ltd',
					trading_names: ['Speedy Meals']
				})
				.execute()
		);
	});

	afterAll(() => setPlatform(earlier));

	it('keeps a shift sent twice once, sealed, linked to the register by any of its names', async () => {
		const { db } = database();
		const first = shift({ employerName: 'SPEEDY meals', site: 'Dock Road', note: 'cold night' });
		expect(await recordShifts(db, member, [first])).toEqual({ saved: [first.clientId] });
		expect(await recordShifts(db, member, [first, first])).toEqual({ saved: [first.clientId] });
		const rows = await inCentre(db, centre.id, (trx) =>
			trx.selectFrom('diary_shifts').selectAll().where('client_id', '=', first.clientId).execute()
		);
		expect(rows).toHaveLength(1);
		const row = rows[0]!;
		expect(row.employer_id).not.toBeNull();
		expect(row.employer_name).not.toContain('SPEEDY');
		expect(open(row.employer_name!, KEY)).toBe('SPEEDY meals');
		expect(row.note).not.toContain('cold');
		expect(row.starts_at.toISOString()).toBe('2026-11-02T22:00:00.000Z');
		expect(row.ends_at.toISOString()).toBe('2026-11-03T06:00:00.000Z');
		expect(await diaryEmployers(db, member)).toEqual([
			{ id: row.employer_id, name: 'Speedy Meals Ltd' }
		]);
		expect(await diaryEmployers(db, other)).toEqual([]);
	});

	it('stores times on the centre’s clock, summer time included', async () => {
		const { db } = database();
		const summer = shift({
			startsOn: '2026-07-01',
			startTime: '09:00',
			endsNextDay: false,
			endTime: '17:00'
		});
		await recordShifts(db, other, [summer]);
		const row = await inCentre(db, centre.id, (trx) =>
			trx
				.selectFrom('diary_shifts')
				.select(['id', 'starts_at'])
				.where('client_id', '=', summer.clientId)
				.executeTakeFirstOrThrow()
		);
		expect(row.starts_at.toISOString()).toBe('2026-07-01T08:00:00.000Z');
		const read = await readShift(db, other, row.id, ZONE);
		expect(read).toMatchObject({ startsOn: '2026-07-01', startTime: '09:00', endTime: '17:00' });
	});

	it('refuses a night that the clocks going back make longer than a day', async () => {
		const { db } = database();
		// 25 October 2026: the clocks go back an hour at 02:00, so 06:00 to 06:00 is 25 hours.
		const long = shift({ startsOn: '2026-10-24', startTime: '06:00', endTime: '05:30' });
		expect(await rejection(recordShifts(db, member, [long]))).toEqual(
			new RuleError('diary.longerThanDay')
		);
	});

	it('shows one week with its totals, and only to the member', async () => {
		const { db } = database();
		const week = await diaryWeek(db, member, '2026-11-04', ZONE);
		expect(week.weekStart).toBe('2026-11-02');
		expect(week.shifts).toHaveLength(1);
		expect(week.minutesWorked).toBe(450);
		expect(week.paidPence).toBe(7500);
		expect(week.shifts[0]?.employerName).toBe('SPEEDY meals');
		const empty = await diaryWeek(db, member, '2026-12-01', ZONE);
		expect(empty.shifts).toEqual([]);
		expect(empty.diaryEmpty).toBe(false);
		const stranger = await diaryWeek(db, other, '2026-11-04', ZONE);
		expect(stranger.shifts).toEqual([]);
	});

	it('lets nobody else read, change, delete or see the photo of a shift', async () => {
		const { db } = database();
		const [mine] = (await diaryWeek(db, member, '2026-11-02', ZONE)).shifts;
		const id = mine!.id;
		const attempts = [
			() => readShift(db, other, id, ZONE),
			() => updateShift(db, other, id, shift()),
			() => deleteShift(db, other, id),
			() => attachPhoto(db, other, id, JPEG),
			() => shiftPhoto(db, other, id),
			() => removePhoto(db, other, id)
		];
		for (const attempt of attempts) {
			expect(await rejection(attempt())).toBeInstanceOf(NotFoundError);
		}
		expect((await readShift(db, member, id, ZONE)).paidPence).toBe(7500);
	});

	it('changes a shift, keeping its client id', async () => {
		const { db } = database();
		const [mine] = (await diaryWeek(db, member, '2026-11-02', ZONE)).shifts;
		const before = await readShift(db, member, mine!.id, ZONE);
		await updateShift(
			db,
			member,
			mine!.id,
			shift({ paidPence: 8000, employerName: 'Somebody else' })
		);
		const after = await readShift(db, member, mine!.id, ZONE);
		expect(after.clientId).toBe(before.clientId);
		expect(after.paidPence).toBe(8000);
		expect(after.employerName).toBe('Somebody else');
		expect(await diaryEmployers(db, member)).toEqual([]);
	});

	it('keeps one photo per shift, its type read from its bytes, within the size limit', async () => {
		const { db } = database();
		const [mine] = (await diaryWeek(db, member, '2026-11-02', ZONE)).shifts;
		const id = mine!.id;
		expect(await rejection(attachPhoto(db, member, id, Buffer.from('not a photo at all')))).toEqual(
			new RuleError('diary.photoNotImage')
		);
		expect(
			await rejection(attachPhoto(db, member, id, Buffer.concat([JPEG, Buffer.alloc(1_500_000)])))
		).toEqual(new RuleError('diary.photoTooLarge'));
		await attachPhoto(db, member, id, JPEG);
		await attachPhoto(db, member, id, JPEG);
		const photo = await shiftPhoto(db, member, id);
		expect(photo?.type).toBe('image/jpeg');
		expect(photo?.bytes.equals(JPEG)).toBe(true);
		const stored = await inCentre(db, centre.id, (trx) =>
			trx.selectFrom('diary_photos').select('content').where('shift_id', '=', id).execute()
		);
		expect(stored).toHaveLength(1);
		expect(stored[0]!.content.includes(JPEG.subarray(4, 40))).toBe(false);
		await removePhoto(db, member, id);
		expect(await shiftPhoto(db, member, id)).toBeNull();
	});

	it('keeps settings sealed and forgets them whole', async () => {
		const { db } = database();
		expect((await readSettings(db, member)).saved).toBe(false);
		await saveSettings(db, member, {
			dateOfBirth: '1990-05-01',
			apprenticeSince: null,
			payPeriod: 'week',
			periodStartsOn: null
		});
		const row = await inCentre(db, centre.id, (trx) =>
			trx
				.selectFrom('diary_settings')
				.select('date_of_birth')
				.where('account_id', '=', member.accountId)
				.executeTakeFirstOrThrow()
		);
		expect(row.date_of_birth).not.toContain('1990');
		expect(await readSettings(db, member)).toMatchObject({
			saved: true,
			dateOfBirth: '1990-05-01'
		});
		await forgetSettings(db, member);
		expect(await readSettings(db, member)).toMatchObject({ saved: false, dateOfBirth: null });
	});

	it('gives the calculator the diary by pay period, and nothing without a date of birth', async () => {
		const { db } = database();
		const range: { from: string; to: string; employerId: string | null } = {
			from: '2026-11-09',
			to: '2026-11-22',
			employerId: null
		};
		await recordShifts(db, member, [
			shift({ startsOn: '2026-11-09', accommodation: 'free' }),
			shift({ startsOn: '2026-11-10', accommodation: 'charged', accommodationChargedPence: 1500 }),
			shift({
				startsOn: '2026-11-11',
				accommodation: 'charged',
				accommodationChargedPence: 1500,
				deductionsPence: 2000
			}),
			shift({ startsOn: '2026-11-16', paidPence: null, employerName: 'Speedy Meals' }),
			shift({ startsOn: '2026-11-23' })
		]);
		const input = (from = range) =>
			inCentre(db, centre.id, (trx) =>
				diaryWageInput(trx, centre.id, member.accountId, from, ZONE, '2026-11-22')
			);
		expect(await input()).toBeNull();
		await saveSettings(db, member, {
			dateOfBirth: '1990-05-01',
			apprenticeSince: null,
			payPeriod: 'week',
			periodStartsOn: null
		});
		expect(await input()).toEqual({
			dateOfBirth: '1990-05-01',
			apprenticeSince: null,
			asOf: '2026-11-22',
			timeZone: ZONE,
			payPeriods: [
				{
					start: '2026-11-09',
					end: '2026-11-15',
					paidPence: 22500,
					deductionsForEmployerPence: 2000,
					accommodation: [
						{ daysProvided: 1, chargedPencePerDay: 0 },
						{ daysProvided: 2, chargedPencePerDay: 1500 }
					],
					shifts: ['09', '10', '11'].map((day) => ({
						start: `2026-11-${day}T22:00`,
						end: `2026-11-${String(Number(day) + 1)}T06:00`,
						unpaidBreakMinutes: 30
					}))
				},
				{
					start: '2026-11-16',
					end: '2026-11-22',
					paidPence: 0,
					deductionsForEmployerPence: 0,
					accommodation: [],
					shifts: [{ start: '2026-11-16T22:00', end: '2026-11-17T06:00', unpaidBreakMinutes: 30 }]
				}
			]
		});
		const [speedy] = await diaryEmployers(db, member);
		const onlySpeedy = await input({ ...range, employerId: speedy!.id });
		expect(onlySpeedy?.payPeriods.map((period) => period.start)).toEqual(['2026-11-16']);
		await saveSettings(db, member, {
			dateOfBirth: '1990-05-01',
			apprenticeSince: null,
			payPeriod: 'month',
			periodStartsOn: '2026-10-15'
		});
		const monthly = await input({ from: '2026-11-01', to: '2026-11-30', employerId: null });
		expect(
			monthly?.payPeriods.map(({ start, end, shifts }) => [start, end, shifts.length])
		).toEqual([
			['2026-10-15', '2026-11-14', 4],
			['2026-11-15', '2026-12-14', 2]
		]);
	});

	it('works out what the member is owed from their own diary', async () => {
		const { db } = database();
		await saveSettings(db, other, {
			dateOfBirth: '1990-05-01',
			apprenticeSince: null,
			payPeriod: 'week',
			periodStartsOn: null
		});
		// Four nights of 7½ hours at £12.71 is £381.30; £300 was paid.
		await recordShifts(
			db,
			other,
			['02', '03', '04', '05'].map((day) => shift({ startsOn: `2026-11-${day}` }))
		);
		const range = { from: '2026-11-02', to: '2026-11-08', employerId: null };
		const result = await owedByDiary(db, other, range, ZONE, '2026-11-22');
		expect(result?.owedPence).toBe(8130);
		expect(result?.periods[0]?.minimumDuePence).toBe(38130);
	});

	it('deletes a shift with its photo', async () => {
		const { db } = database();
		const [mine] = (await diaryWeek(db, member, '2026-11-02', ZONE)).shifts;
		await attachPhoto(db, member, mine!.id, JPEG);
		await deleteShift(db, member, mine!.id);
		expect(await rejection(readShift(db, member, mine!.id, ZONE))).toBeInstanceOf(NotFoundError);
		const photos = await inCentre(db, centre.id, (trx) =>
			trx.selectFrom('diary_photos').select('id').where('shift_id', '=', mine!.id).execute()
		);
		expect(photos).toEqual([]);
	});
});
