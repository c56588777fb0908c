import type { Kysely } from 'kysely';
import type { Actor } from '../identity/identity.service';
import { recordAudit } from '../platform/audit';
import { addDays, instantToLocal, localToInstant } from '../centres/opening-hours';
import { open, openBytes, seal, sealBytes } from '../platform/crypto';
import { inCentre } from '../platform/database';
import { NotFoundError, RuleError } from '../platform/errors';
import { KEPT_FILE_MAX_BYTES, fileType, type KeptFileType } from '../platform/file-types';
import { uuidv7 } from '../platform/ids';
import { getPlatform } from '../platform/runtime';
import type { Database, Db } from '../schema';
import type {
	AccommodationBlock,
	PayPeriodInput,
	WageCheckInput,
	WageCheckResult
} from '../../casework/wage-types';
import type { Accommodation, PayPeriodKind } from './casework.tables';
import type { DiarySettingsInput, ShiftInput } from './diary.schemas';
import { loadRates } from './minimum-wage-rates';
import { checkWages } from './wage-calculation';

/**
 * The member's hours diary: the shifts they worked, what they were promised and paid, a photo of
 * a rota or payslip, and the few facts the minimum-wage calculator needs. It is the member's own
 * record: only they read or change it here. Names, places, notes and dates of birth are sealed,
 * and nothing in it is ever used against the member — no counts, no flags.
 */

// A Monday: weeks are laid out from it when the member has not said how they are paid.
const MONDAY = '2024-01-01';
const DAY_MS = 24 * 60 * 60 * 1000;

const key = () => getPlatform().secretKey;

function sealOptional(value: string): string | null {
	return value === '' ? null : seal(value, key());
}

function openOptional(value: string | null): string {
	return value === null ? '' : open(value, key());
}

async function centreTimeZone(trx: Db, centreId: string): Promise<string> {
	const row = await trx
		.selectFrom('centres')
		.select('time_zone')
		.where('id', '=', centreId)
		.executeTakeFirst();
	if (!row) throw new NotFoundError('centre');
	return row.time_zone;
}

/** The register's employers by every name they go by, lower-cased. */
async function employerNames(trx: Db, centreId: string): Promise<Map<string, string>> {
	const rows = await trx
		.selectFrom('employers')
		.select(['id', 'name', 'trading_names'])
		.where('centre_id', '=', centreId)
		.execute();
	const names = new Map<string, string>();
	for (const row of rows) {
		for (const name of [row.name, ...row.trading_names]) {
			names.set(name.trim().toLocaleLowerCase('en'), row.id);
		}
	}
	return names;
}

/**
 * A shift's start and end as instants on the centre's clock. The form already refuses a shift
 * that ends before it starts or lasts over a day; a change of the clocks in the night can still
 * stretch one past 24 hours, which the database would refuse, so say so here.
 */
function spanOf(shift: ShiftInput, timeZone: string): { startsAt: Date; endsAt: Date } {
	const startsAt = localToInstant(shift.startsOn, shift.startTime, timeZone);
	const endsOn = shift.endsNextDay ? addDays(shift.startsOn, 1) : shift.startsOn;
	const endsAt = localToInstant(endsOn, shift.endTime, timeZone);
	const length = endsAt.getTime() - startsAt.getTime();
	if (length <= 0) throw new RuleError('diary.endsBeforeStarts');
	if (length > DAY_MS) throw new RuleError('diary.longerThanDay');
	if (shift.unpaidBreakMinutes * 60_000 >= length) throw new RuleError('diary.breakTooLong');
	return { startsAt, endsAt };
}

function shiftColumns(shift: ShiftInput, timeZone: string, employers: Map<string, string>) {
	const { startsAt, endsAt } = spanOf(shift, timeZone);
	const employerName = shift.employerName.trim();
	return {
		starts_at: startsAt,
		ends_at: endsAt,
		unpaid_break_minutes: shift.unpaidBreakMinutes,
		employer_id:
			employerName === '' ? null : (employers.get(employerName.toLocaleLowerCase('en')) ?? null),
		employer_name: sealOptional(employerName),
		site: sealOptional(shift.site.trim()),
		promised_pence_per_hour: shift.promisedPencePerHour,
		paid_pence: shift.paidPence,
		deductions_pence: shift.deductionsPence,
		accommodation: shift.accommodation,
		accommodation_charged_pence:
			shift.accommodation === 'charged' ? shift.accommodationChargedPence : 0,
		note: sealOptional(shift.note.trim())
	};
}

// Stores each shift once per (member, clientId): sending the same clientId again changes nothing
// and reports it saved. Runs in one transaction per call.
export async function recordShifts(
	db: Kysely<Database>,
	actor: Actor,
	shifts: ShiftInput[]
): Promise<{ saved: string[] }> {
	if (shifts.length === 0) return { saved: [] };
	return inCentre(db, actor.centreId, async (trx) => {
		const timeZone = await centreTimeZone(trx, actor.centreId);
		const employers = await employerNames(trx, actor.centreId);
		const rows = shifts.map((shift) => ({
			centre_id: actor.centreId,
			id: uuidv7(),
			account_id: actor.accountId,
			client_id: shift.clientId,
			...shiftColumns(shift, timeZone, employers)
		}));
		const inserted = await trx
			.insertInto('diary_shifts')
			.values(rows)
			.onConflict((conflict) =>
				conflict.columns(['centre_id', 'account_id', 'client_id']).doNothing()
			)
			.returning('id')
			.execute();
		if (inserted.length > 0) {
			await recordAudit(trx, {
				action: 'casework.diary_shifts_recorded',
				centreId: actor.centreId,
				actorId: actor.accountId,
				subjectId: actor.accountId,
				detail: { count: inserted.length }
			});
		}
		return { saved: [...new Set(shifts.map((shift) => shift.clientId))] };
	});
}

/** A shift as the diary lists it: local times on the centre's clock, words opened. */
export interface ShiftSummary {
	id: string;
	startsOn: string;
	startTime: string;
	endsOn: string;
	endTime: string;
	unpaidBreakMinutes: number;
	/** Time worked: the span less the unpaid break. */
	minutesWorked: number;
	employerName: string;
	site: string;
	paidPence: number | null;
	hasPhoto: boolean;
}

export interface ShiftDetail extends ShiftSummary {
	clientId: string;
	endsNextDay: boolean;
	promisedPencePerHour: number | null;
	deductionsPence: number;
	accommodation: Accommodation;
	accommodationChargedPence: number;
	note: string;
	photo: { type: KeptFileType; byteSize: number; addedAt: Date } | null;
}

function shiftsQuery(trx: Db, actor: Actor) {
	return trx
		.selectFrom('diary_shifts as s')
		.leftJoin('diary_photos as p', (join) =>
			join.onRef('p.centre_id', '=', 's.centre_id').onRef('p.shift_id', '=', 's.id')
		)
		.select([
			's.id',
			's.client_id',
			's.starts_at',
			's.ends_at',
			's.unpaid_break_minutes',
			's.employer_name',
			's.site',
			's.promised_pence_per_hour',
			's.paid_pence',
			's.deductions_pence',
			's.accommodation',
			's.accommodation_charged_pence',
			's.note',
			'p.content_type',
			'p.byte_size',
			'p.added_at'
		])
		.where('s.centre_id', '=', actor.centreId)
		.where('s.account_id', '=', actor.accountId);
}

type ShiftRow = Awaited<ReturnType<ReturnType<typeof shiftsQuery>['executeTakeFirstOrThrow']>>;

function summary(row: ShiftRow, timeZone: string): ShiftSummary {
	const start = instantToLocal(row.starts_at, timeZone);
	const end = instantToLocal(row.ends_at, timeZone);
	const span = Math.round((row.ends_at.getTime() - row.starts_at.getTime()) / 60_000);
	return {
		id: row.id,
		startsOn: start.date,
		startTime: start.time,
		endsOn: end.date,
		endTime: end.time,
		unpaidBreakMinutes: row.unpaid_break_minutes,
		minutesWorked: span - row.unpaid_break_minutes,
		employerName: openOptional(row.employer_name),
		site: openOptional(row.site),
		paidPence: row.paid_pence,
		hasPhoto: row.content_type !== null
	};
}

/** The Monday of the week holding a day. */
export function weekStartOf(day: string): string {
	const days = Math.round(
		(Date.parse(`${day}T00:00:00Z`) - Date.parse(`${MONDAY}T00:00:00Z`)) / DAY_MS
	);
	return addDays(MONDAY, Math.floor(days / 7) * 7);
}

export interface DiaryWeek {
	/** The Monday the week begins. */
	weekStart: string;
	/** The Sunday it ends. */
	weekEnd: string;
	shifts: ShiftSummary[];
	minutesWorked: number;
	paidPence: number;
	/** Shifts of the week whose pay is not written down yet. */
	shiftsWithoutPay: number;
	/** Whether the member has any shift at all, to tell a new diary from an empty week. */
	diaryEmpty: boolean;
}

/**
 * The week holding a day in the member's diary, Monday to Sunday on the centre's clock, oldest
 * shift first.
 */
export async function diaryWeek(
	db: Kysely<Database>,
	actor: Actor,
	day: string,
	timeZone: string
): Promise<DiaryWeek> {
	const monday = weekStartOf(day);
	return inCentre(db, actor.centreId, async (trx) => {
		const rows = await shiftsQuery(trx, actor)
			.where('s.starts_at', '>=', localToInstant(monday, '00:00', timeZone))
			.where('s.starts_at', '<', localToInstant(addDays(monday, 7), '00:00', timeZone))
			.orderBy('s.starts_at')
			.orderBy('s.id')
			.execute();
		const shifts = rows.map((row) => summary(row, timeZone));
		const any =
			shifts.length > 0 ||
			!!(await trx
				.selectFrom('diary_shifts')
				.select('id')
				.where('centre_id', '=', actor.centreId)
				.where('account_id', '=', actor.accountId)
				.limit(1)
				.executeTakeFirst());
		return {
			weekStart: monday,
			weekEnd: addDays(monday, 6),
			shifts,
			minutesWorked: shifts.reduce((total, shift) => total + shift.minutesWorked, 0),
			paidPence: shifts.reduce((total, shift) => total + (shift.paidPence ?? 0), 0),
			shiftsWithoutPay: shifts.filter((shift) => shift.paidPence === null).length,
			diaryEmpty: !any
		};
	});
}

/** One of the member's own shifts; the same NotFoundError whether it is someone else's or none. */
export async function readShift(
	db: Kysely<Database>,
	actor: Actor,
	shiftId: string,
	timeZone: string
): Promise<ShiftDetail> {
	return inCentre(db, actor.centreId, async (trx) => {
		const row = await shiftsQuery(trx, actor).where('s.id', '=', shiftId).executeTakeFirst();
		if (!row) throw new NotFoundError('shift');
		const base = summary(row, timeZone);
		return {
			...base,
			clientId: row.client_id,
			endsNextDay: base.endsOn !== base.startsOn,
			promisedPencePerHour: row.promised_pence_per_hour,
			deductionsPence: row.deductions_pence,
			accommodation: row.accommodation,
			accommodationChargedPence: row.accommodation_charged_pence,
			note: openOptional(row.note),
			photo:
				row.content_type && row.byte_size !== null && row.added_at
					? { type: row.content_type, byteSize: row.byte_size, addedAt: row.added_at }
					: null
		};
	});
}

/** Rewrites one of the member's shifts with what they corrected. Its client id stays. */
export async function updateShift(
	db: Kysely<Database>,
	actor: Actor,
	shiftId: string,
	shift: ShiftInput
): Promise<void> {
	await inCentre(db, actor.centreId, async (trx) => {
		const timeZone = await centreTimeZone(trx, actor.centreId);
		const employers = await employerNames(trx, actor.centreId);
		const changed = await trx
			.updateTable('diary_shifts')
			.set({ ...shiftColumns(shift, timeZone, employers), updated_at: getPlatform().now() })
			.where('centre_id', '=', actor.centreId)
			.where('account_id', '=', actor.accountId)
			.where('id', '=', shiftId)
			.executeTakeFirst();
		if (Number(changed.numUpdatedRows) === 0) throw new NotFoundError('shift');
		await recordAudit(trx, {
			action: 'casework.diary_shift_changed',
			centreId: actor.centreId,
			actorId: actor.accountId,
			subjectId: shiftId
		});
	});
}

/** Deletes one of the member's shifts, and its photo with it. */
export async function deleteShift(
	db: Kysely<Database>,
	actor: Actor,
	shiftId: string
): Promise<void> {
	await inCentre(db, actor.centreId, async (trx) => {
		const removed = await trx
			.deleteFrom('diary_shifts')
			.where('centre_id', '=', actor.centreId)
			.where('account_id', '=', actor.accountId)
			.where('id', '=', shiftId)
			.executeTakeFirst();
		if (Number(removed.numDeletedRows) === 0) throw new NotFoundError('shift');
		await recordAudit(trx, {
			action: 'casework.diary_shift_deleted',
			centreId: actor.centreId,
			actorId: actor.accountId,
			subjectId: shiftId
		});
	});
}

async function ownShift(trx: Db, actor: Actor, shiftId: string, lock = false): Promise<void> {
	let query = trx
		.selectFrom('diary_shifts')
		.select('id')
		.where('centre_id', '=', actor.centreId)
		.where('account_id', '=', actor.accountId)
		.where('id', '=', shiftId);
	if (lock) query = query.forUpdate();
	if (!(await query.executeTakeFirst())) throw new NotFoundError('shift');
}

/**
 * Keeps a photo of a rota or payslip with a shift, in place of any it had. Its type is read from
 * its first bytes, whatever it claims to be.
 */
export async function attachPhoto(
	db: Kysely<Database>,
	actor: Actor,
	shiftId: string,
	bytes: Buffer
): Promise<void> {
	if (bytes.length === 0) throw new RuleError('diary.photoMissing');
	if (bytes.length > KEPT_FILE_MAX_BYTES) throw new RuleError('diary.photoTooLarge');
	const type = fileType(bytes);
	if (!type) throw new RuleError('diary.photoNotImage');
	await inCentre(db, actor.centreId, async (trx) => {
		await ownShift(trx, actor, shiftId, true);
		await trx
			.deleteFrom('diary_photos')
			.where('centre_id', '=', actor.centreId)
			.where('shift_id', '=', shiftId)
			.execute();
		await trx
			.insertInto('diary_photos')
			.values({
				centre_id: actor.centreId,
				id: uuidv7(),
				shift_id: shiftId,
				content: sealBytes(bytes, key()),
				content_type: type,
				byte_size: bytes.length
			})
			.execute();
		await recordAudit(trx, {
			action: 'casework.diary_photo_added',
			centreId: actor.centreId,
			actorId: actor.accountId,
			subjectId: shiftId
		});
	});
}

/** The photo kept with one of the member's own shifts, or null when there is none. */
export async function shiftPhoto(
	db: Kysely<Database>,
	actor: Actor,
	shiftId: string
): Promise<{ bytes: Buffer; type: KeptFileType } | null> {
	return inCentre(db, actor.centreId, async (trx) => {
		await ownShift(trx, actor, shiftId);
		const row = await trx
			.selectFrom('diary_photos')
			.select(['content', 'content_type'])
			.where('centre_id', '=', actor.centreId)
			.where('shift_id', '=', shiftId)
			.executeTakeFirst();
		return row ? { bytes: openBytes(row.content, key()), type: row.content_type } : null;
	});
}

export async function removePhoto(
	db: Kysely<Database>,
	actor: Actor,
	shiftId: string
): Promise<void> {
	await inCentre(db, actor.centreId, async (trx) => {
		await ownShift(trx, actor, shiftId, true);
		const removed = await trx
			.deleteFrom('diary_photos')
			.where('centre_id', '=', actor.centreId)
			.where('shift_id', '=', shiftId)
			.executeTakeFirst();
		if (Number(removed.numDeletedRows) === 0) return;
		await recordAudit(trx, {
			action: 'casework.diary_photo_removed',
			centreId: actor.centreId,
			actorId: actor.accountId,
			subjectId: shiftId
		});
	});
}

export interface DiarySettings extends DiarySettingsInput {
	/** Whether the member has kept any settings at all. */
	saved: boolean;
}

function settingsFrom(
	row:
		| {
				date_of_birth: string | null;
				apprentice_since: string | null;
				pay_period: PayPeriodKind;
				period_starts_on: string | null;
		  }
		| undefined
): DiarySettings {
	return {
		saved: !!row,
		dateOfBirth: row?.date_of_birth ? open(row.date_of_birth, key()) : null,
		apprenticeSince: row?.apprentice_since ? open(row.apprentice_since, key()) : null,
		payPeriod: row?.pay_period ?? 'week',
		periodStartsOn: row?.period_starts_on ?? null
	};
}

async function settingsRow(trx: Db, centreId: string, memberId: string) {
	return trx
		.selectFrom('diary_settings')
		.select(['date_of_birth', 'apprentice_since', 'pay_period', 'period_starts_on'])
		.where('centre_id', '=', centreId)
		.where('account_id', '=', memberId)
		.executeTakeFirst();
}

export async function readSettings(db: Kysely<Database>, actor: Actor): Promise<DiarySettings> {
	return inCentre(db, actor.centreId, async (trx) =>
		settingsFrom(await settingsRow(trx, actor.centreId, actor.accountId))
	);
}

export async function saveSettings(
	db: Kysely<Database>,
	actor: Actor,
	settings: DiarySettingsInput
): Promise<void> {
	const columns = {
		date_of_birth: settings.dateOfBirth ? seal(settings.dateOfBirth, key()) : null,
		apprentice_since: settings.apprenticeSince ? seal(settings.apprenticeSince, key()) : null,
		pay_period: settings.payPeriod,
		period_starts_on: settings.periodStartsOn,
		updated_at: getPlatform().now()
	};
	await inCentre(db, actor.centreId, async (trx) => {
		await trx
			.insertInto('diary_settings')
			.values({ centre_id: actor.centreId, account_id: actor.accountId, ...columns })
			.onConflict((conflict) => conflict.columns(['centre_id', 'account_id']).doUpdateSet(columns))
			.execute();
		await recordAudit(trx, {
			action: 'casework.diary_settings_saved',
			centreId: actor.centreId,
			actorId: actor.accountId,
			subjectId: actor.accountId
		});
	});
}

/** Forgets every setting: the row goes, not just its values. */
export async function forgetSettings(db: Kysely<Database>, actor: Actor): Promise<void> {
	await inCentre(db, actor.centreId, async (trx) => {
		const removed = await trx
			.deleteFrom('diary_settings')
			.where('centre_id', '=', actor.centreId)
			.where('account_id', '=', actor.accountId)
			.executeTakeFirst();
		if (Number(removed.numDeletedRows) === 0) return;
		await recordAudit(trx, {
			action: 'casework.diary_settings_forgotten',
			centreId: actor.centreId,
			actorId: actor.accountId,
			subjectId: actor.accountId
		});
	});
}

/** The employers in the register that the member's own shifts are linked to, by name. */
export async function diaryEmployers(
	db: Kysely<Database>,
	actor: Actor
): Promise<{ id: string; name: string }[]> {
	return inCentre(db, actor.centreId, async (trx) =>
		trx
			.selectFrom('employers as e')
			.select(['e.id', 'e.name'])
			.where('e.centre_id', '=', actor.centreId)
			.where(({ exists, selectFrom }) =>
				exists(
					selectFrom('diary_shifts as s')
						.select('s.id')
						.whereRef('s.centre_id', '=', 'e.centre_id')
						.whereRef('s.employer_id', '=', 'e.id')
						.where('s.account_id', '=', actor.accountId)
				)
			)
			.orderBy('e.name')
			.execute()
	);
}

function daysBetween(from: string, to: string): number {
	return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

function daysInMonth(year: number, month: number): number {
	return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The first day of a month's pay period: the anchor's day of the month, or its last day. */
function monthPeriodStart(year: number, month: number, anchorDay: number): string {
	const day = Math.min(anchorDay, daysInMonth(year, month));
	return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The pay period holding a day: its first and last (inclusive) days. */
export function payPeriodOf(
	day: string,
	period: PayPeriodKind,
	startsOn: string | null
): { start: string; end: string } {
	if (period === 'month') {
		const anchorDay = startsOn ? Number(startsOn.slice(8, 10)) : 1;
		let year = Number(day.slice(0, 4));
		let month = Number(day.slice(5, 7));
		let start = monthPeriodStart(year, month, anchorDay);
		if (start > day) {
			month -= 1;
			if (month === 0) [year, month] = [year - 1, 12];
			start = monthPeriodStart(year, month, anchorDay);
		}
		const [nextYear, nextMonth] = month === 12 ? [year + 1, 1] : [year, month + 1];
		return { start, end: addDays(monthPeriodStart(nextYear, nextMonth, anchorDay), -1) };
	}
	const length = period === 'fortnight' ? 14 : 7;
	const anchor = startsOn ?? MONDAY;
	const start = addDays(anchor, Math.floor(daysBetween(anchor, day) / length) * length);
	return { start, end: addDays(start, length - 1) };
}

// The member's diary as calculator input for shifts starting from..to (inclusive dates), grouped
// into pay periods by the member's diary settings (week from Monday when not set), optionally only
// shifts for one employer in the register. Null when the member has not given a date of birth.
export async function diaryWageInput(
	trx: Db,
	centreId: string,
	memberId: string,
	range: { from: string; to: string; employerId: string | null },
	timeZone: string,
	asOf: string
): Promise<WageCheckInput | null> {
	const settings = settingsFrom(await settingsRow(trx, centreId, memberId));
	if (!settings.dateOfBirth) return null;
	let query = trx
		.selectFrom('diary_shifts')
		.select([
			'starts_at',
			'ends_at',
			'unpaid_break_minutes',
			'paid_pence',
			'deductions_pence',
			'accommodation',
			'accommodation_charged_pence'
		])
		.where('centre_id', '=', centreId)
		.where('account_id', '=', memberId)
		.where('starts_at', '>=', localToInstant(range.from, '00:00', timeZone))
		.where('starts_at', '<', localToInstant(addDays(range.to, 1), '00:00', timeZone));
	if (range.employerId) query = query.where('employer_id', '=', range.employerId);
	const rows = await query.orderBy('starts_at').orderBy('id').execute();

	interface Gathering {
		period: PayPeriodInput;
		/** Per charge a day (0 when free), the days accommodation was provided. */
		accommodation: Map<number, Set<string>>;
	}
	const periods = new Map<string, Gathering>();
	for (const row of rows) {
		const start = instantToLocal(row.starts_at, timeZone);
		const end = instantToLocal(row.ends_at, timeZone);
		const bounds = payPeriodOf(start.date, settings.payPeriod, settings.periodStartsOn);
		let gathering = periods.get(bounds.start);
		if (!gathering) {
			gathering = {
				period: {
					start: bounds.start,
					end: bounds.end,
					paidPence: 0,
					deductionsForEmployerPence: 0,
					accommodation: [],
					shifts: []
				},
				accommodation: new Map()
			};
			periods.set(bounds.start, gathering);
		}
		const period = gathering.period;
		period.shifts.push({
			start: `${start.date}T${start.time}`,
			end: `${end.date}T${end.time}`,
			unpaidBreakMinutes: row.unpaid_break_minutes
		});
		period.paidPence += row.paid_pence ?? 0;
		period.deductionsForEmployerPence += row.deductions_pence;
		if (row.accommodation !== 'none') {
			const charge = row.accommodation === 'charged' ? row.accommodation_charged_pence : 0;
			const days = gathering.accommodation.get(charge) ?? new Set<string>();
			days.add(start.date);
			gathering.accommodation.set(charge, days);
		}
	}
	const payPeriods = [...periods.values()].map(({ period, accommodation }) => {
		const blocks: AccommodationBlock[] = [...accommodation.entries()]
			.sort(([a], [b]) => a - b)
			.map(([chargedPencePerDay, days]) => ({ daysProvided: days.size, chargedPencePerDay }));
		return { ...period, accommodation: blocks };
	});
	return {
		dateOfBirth: settings.dateOfBirth,
		apprenticeSince: settings.apprenticeSince,
		asOf,
		timeZone,
		payPeriods
	};
}

/**
 * What the member is owed by their own diary: the calculation of `checkWages` over the shifts of
 * the range, or null when they have not given a date of birth (the rate depends on age).
 */
export async function owedByDiary(
	db: Kysely<Database>,
	actor: Actor,
	range: { from: string; to: string; employerId: string | null },
	timeZone: string,
	asOf: string
): Promise<WageCheckResult | null> {
	const input = await inCentre(db, actor.centreId, (trx) =>
		diaryWageInput(trx, actor.centreId, actor.accountId, range, timeZone, asOf)
	);
	if (!input) return null;
	return checkWages(input, await loadRates(db));
}
