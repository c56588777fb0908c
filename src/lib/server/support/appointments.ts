import type { Kysely } from 'kysely';
import { translator } from '../../i18n/translate';
import type { Centre } from '../centres/centres.service';
import { mondayOf } from '../centres/events';
import { writeCalendar } from '../centres/ical';
import { addDays, instantToLocal, localToInstant, type LocalDate } from '../centres/opening-hours';
import { hasRole, requireRole, type Actor } from '../identity/identity.service';
import { recordAudit } from '../platform/audit';
import { open } from '../platform/crypto';
import { inCentre } from '../platform/database';
import { NotFoundError, RuleError } from '../platform/errors';
import { uuidv7 } from '../platform/ids';
import { remindOfAppointment, withdrawAppointmentReminder } from '../organising/reminders';
import type { Database, Db } from '../schema';
import { isCurrentAdviser, pruneNotices } from './advisers';
import type { AppointmentKind, AppointmentMode } from './advisers.tables';
import type { AppointmentInput } from './appointments.schemas';
import { pruneMeetings } from './meetings';
import type { SupportTopic } from './topics';

/**
 * Appointments between a member and an adviser, booked by either. Only the two of them can read
 * one. Nothing records whether anyone came: an appointment whose time has passed offers both of
 * them "find another time", and leaves the lists when another time is booked or after a while.
 * There is no missed, no-show or attendance state anywhere, so nothing can be counted against a
 * member.
 */

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
/** How far ahead an appointment can be booked. */
export const FURTHEST_AHEAD_DAYS = 90;
/** Passed appointments stay on both people's lists this long, to offer another time. */
export const RECENT_DAYS = 14;
/** Past appointments are deleted this long after they end. */
export const KEPT_DAYS = 90;
const LIST_LIMIT = 100;

export interface Appointment {
	id: string;
	kind: AppointmentKind;
	mode: AppointmentMode;
	interpreterLanguage: string | null;
	startsAt: Date;
	endsAt: Date;
	memberId: string;
	memberName: string;
	adviserId: string;
	adviserName: string;
	/** The reader is the adviser of this appointment. */
	asAdviser: boolean;
	passed: boolean;
}

export interface AppointmentDetail extends Appointment {
	/** For an introduction: what the member said they want help with. */
	topic: SupportTopic | null;
	ownWords: string;
	revision: number;
	updatedAt: Date;
}

function appointmentsQuery(trx: Db, centreId: string) {
	return trx
		.selectFrom('appointments as ap')
		.innerJoin('accounts as m', 'm.id', 'ap.member_id')
		.innerJoin('accounts as a', 'a.id', 'ap.adviser_id')
		.select([
			'ap.id',
			'ap.kind',
			'ap.mode',
			'ap.interpreter_language',
			'ap.starts_at',
			'ap.ends_at',
			'ap.member_id',
			'ap.adviser_id',
			'ap.meeting_id',
			'ap.revision',
			'ap.updated_at',
			'm.chosen_name as member_name',
			'a.chosen_name as adviser_name'
		])
		.where('ap.centre_id', '=', centreId);
}

type Row = Awaited<ReturnType<ReturnType<typeof appointmentsQuery>['executeTakeFirstOrThrow']>>;

function summary(row: Row, actor: Actor, now: Date): Appointment {
	return {
		id: row.id,
		kind: row.kind,
		mode: row.mode,
		interpreterLanguage: row.interpreter_language,
		startsAt: row.starts_at,
		endsAt: row.ends_at,
		memberId: row.member_id,
		memberName: row.member_name,
		adviserId: row.adviser_id,
		adviserName: row.adviser_name,
		asAdviser: row.adviser_id === actor.accountId,
		passed: row.ends_at <= now
	};
}

/** Whom the person acting can book with: advisers they chose or met, people who chose them. */
export interface BookingPartners {
	advisers: { accountId: string; name: string }[];
	members: { accountId: string; name: string }[];
}

export async function bookingPartners(
	db: Kysely<Database>,
	actor: Actor
): Promise<BookingPartners> {
	return inCentre(db, actor.centreId, async (trx) => {
		const advisers = await trx
			.selectFrom('accounts as a')
			.innerJoin('centre_roles as r', (join) =>
				join.onRef('r.account_id', '=', 'a.id').on('r.centre_id', '=', actor.centreId)
			)
			.select(['a.id', 'a.chosen_name'])
			.where('r.role', '=', 'adviser')
			.where('a.id', '!=', actor.accountId)
			.where((eb) =>
				eb.or([
					eb.exists(
						eb
							.selectFrom('adviser_choices as c')
							.whereRef('c.adviser_id', '=', 'a.id')
							.where('c.centre_id', '=', actor.centreId)
							.where('c.member_id', '=', actor.accountId)
							.where('c.ended_at', 'is', null)
							.select('c.id')
					),
					eb.exists(
						eb
							.selectFrom('adviser_meeting_advisers as ma')
							.innerJoin('adviser_meetings as mt', (join) =>
								join.onRef('mt.centre_id', '=', 'ma.centre_id').onRef('mt.id', '=', 'ma.meeting_id')
							)
							.whereRef('ma.adviser_id', '=', 'a.id')
							.where('ma.centre_id', '=', actor.centreId)
							.where('mt.member_id', '=', actor.accountId)
							.select('ma.adviser_id')
					)
				])
			)
			.orderBy('a.chosen_name')
			.execute();
		const members = hasRole(actor, 'adviser')
			? await trx
					.selectFrom('adviser_choices as c')
					.innerJoin('accounts as a', 'a.id', 'c.member_id')
					.select(['a.id', 'a.chosen_name'])
					.where('c.centre_id', '=', actor.centreId)
					.where('c.adviser_id', '=', actor.accountId)
					.where('c.ended_at', 'is', null)
					.orderBy('a.chosen_name')
					.execute()
			: [];
		return {
			advisers: advisers.map((row) => ({ accountId: row.id, name: row.chosen_name })),
			members: members.map((row) => ({ accountId: row.id, name: row.chosen_name }))
		};
	});
}

/** Who is the member and who the adviser when `actor` books with `otherId`, or a refusal. */
async function sides(
	trx: Db,
	actor: Actor,
	otherId: string
): Promise<{ memberId: string; adviserId: string }> {
	if (
		hasRole(actor, 'adviser') &&
		(await isCurrentAdviser(trx, actor.centreId, otherId, actor.accountId))
	) {
		return { memberId: otherId, adviserId: actor.accountId };
	}
	const isAdviser = await trx
		.selectFrom('centre_roles')
		.select('account_id')
		.where('centre_id', '=', actor.centreId)
		.where('account_id', '=', otherId)
		.where('role', '=', 'adviser')
		.executeTakeFirst();
	if (isAdviser && otherId !== actor.accountId) {
		if (await isCurrentAdviser(trx, actor.centreId, actor.accountId, otherId)) {
			return { memberId: actor.accountId, adviserId: otherId };
		}
		const met = await trx
			.selectFrom('adviser_meeting_advisers as ma')
			.innerJoin('adviser_meetings as mt', (join) =>
				join.onRef('mt.centre_id', '=', 'ma.centre_id').onRef('mt.id', '=', 'ma.meeting_id')
			)
			.select('ma.adviser_id')
			.where('ma.centre_id', '=', actor.centreId)
			.where('ma.adviser_id', '=', otherId)
			.where('mt.member_id', '=', actor.accountId)
			.executeTakeFirst();
		if (met) return { memberId: actor.accountId, adviserId: otherId };
	}
	throw new RuleError('appointments.withUnknown');
}

async function clashes(
	trx: Db,
	centreId: string,
	column: 'adviser_id' | 'member_id',
	accountId: string,
	startsAt: Date,
	endsAt: Date
): Promise<boolean> {
	const row = await trx
		.selectFrom('appointments')
		.select('id')
		.where('centre_id', '=', centreId)
		.where(column, '=', accountId)
		.where('starts_at', '<', endsAt)
		.where('ends_at', '>', startsAt)
		.executeTakeFirst();
	return !!row;
}

/**
 * Books an appointment between the person acting and a member who chose them, or an adviser they
 * chose or met. When it is another time for an earlier appointment of the same two people, that
 * one goes. The exclusion constraints keep one adviser (and one member) to one appointment at a
 * time even when two people book the same minute at once.
 */
export async function bookAppointment(
	db: Kysely<Database>,
	actor: Actor,
	input: AppointmentInput,
	now: Date
): Promise<string> {
	const endsAt = new Date(input.startsAt.getTime() + input.minutes * MINUTE_MS);
	if (input.startsAt.getTime() < Math.floor(now.getTime() / MINUTE_MS) * MINUTE_MS) {
		throw new RuleError('appointments.inThePast');
	}
	if (input.startsAt.getTime() - now.getTime() > FURTHEST_AHEAD_DAYS * DAY_MS) {
		throw new RuleError('appointments.tooFarAhead');
	}
	const id = uuidv7(now.getTime());
	try {
		await inCentre(db, actor.centreId, async (trx) => {
			const { memberId, adviserId } = await sides(trx, actor, input.with);
			if (input.replaces) {
				const replaced = await trx
					.deleteFrom('appointments')
					.where('centre_id', '=', actor.centreId)
					.where('id', '=', input.replaces)
					.where('member_id', '=', memberId)
					.where('adviser_id', '=', adviserId)
					.executeTakeFirst();
				if (Number(replaced.numDeletedRows) > 0) {
					await withdrawAppointmentReminder(trx, actor.centreId, input.replaces);
				}
			}
			if (await clashes(trx, actor.centreId, 'adviser_id', adviserId, input.startsAt, endsAt)) {
				throw new RuleError('appointments.adviserBusy');
			}
			if (await clashes(trx, actor.centreId, 'member_id', memberId, input.startsAt, endsAt)) {
				throw new RuleError('appointments.memberBusy');
			}
			await trx
				.insertInto('appointments')
				.values({
					centre_id: actor.centreId,
					id,
					member_id: memberId,
					adviser_id: adviserId,
					kind: 'appointment',
					mode: input.mode,
					interpreter_language: input.interpreter,
					starts_at: input.startsAt,
					ends_at: endsAt,
					meeting_id: null,
					booked_by: actor.accountId,
					created_at: now,
					updated_at: now
				})
				.execute();
			await remindOfAppointment(
				trx,
				actor.centreId,
				{ id, memberId, adviserId, mode: input.mode, startsAt: input.startsAt },
				now
			);
			await recordAudit(trx, {
				action: 'support.appointment_booked',
				centreId: actor.centreId,
				actorId: actor.accountId,
				subjectId: id
			});
		});
	} catch (thrown) {
		// Someone else booked the same minutes between our look and our insert.
		const failure = thrown as { code?: string; constraint?: string };
		if (failure.code === '23P01') {
			throw new RuleError(
				failure.constraint === 'appointments_member_no_overlap'
					? 'appointments.memberBusy'
					: 'appointments.adviserBusy'
			);
		}
		throw thrown;
	}
	return id;
}

export interface MyAppointments {
	upcoming: Appointment[];
	/** Passed within the last fortnight: each offers another time, and says nothing else. */
	recent: Appointment[];
}

/** The person's own appointments, as member or as adviser. */
export async function myAppointments(
	db: Kysely<Database>,
	actor: Actor,
	now: Date
): Promise<MyAppointments> {
	const rows = await inCentre(db, actor.centreId, (trx) =>
		appointmentsQuery(trx, actor.centreId)
			.where((eb) =>
				eb.or([eb('ap.member_id', '=', actor.accountId), eb('ap.adviser_id', '=', actor.accountId)])
			)
			.where('ap.ends_at', '>', new Date(now.getTime() - RECENT_DAYS * DAY_MS))
			.orderBy('ap.starts_at')
			.orderBy('ap.id')
			.limit(LIST_LIMIT)
			.execute()
	);
	const all = rows.map((row) => summary(row, actor, now));
	return {
		upcoming: all.filter((appointment) => !appointment.passed),
		recent: all.filter((appointment) => appointment.passed).reverse()
	};
}

/**
 * One appointment, for its member or its adviser only: to anyone else it does not exist. An
 * introduction's adviser reads what the member wrote about what they want help with, recorded.
 */
export async function readAppointment(
	db: Kysely<Database>,
	actor: Actor,
	id: string,
	key: Buffer,
	now: Date
): Promise<AppointmentDetail> {
	return inCentre(db, actor.centreId, async (trx) => {
		const row = await appointmentsQuery(trx, actor.centreId)
			.where('ap.id', '=', id)
			.executeTakeFirst();
		if (!row || (row.member_id !== actor.accountId && row.adviser_id !== actor.accountId)) {
			throw new NotFoundError('appointment');
		}
		let topic: SupportTopic | null = null;
		let ownWords = '';
		if (row.meeting_id) {
			const meeting = await trx
				.selectFrom('adviser_meetings')
				.select(['topic', 'own_words_sealed'])
				.where('centre_id', '=', actor.centreId)
				.where('id', '=', row.meeting_id)
				.executeTakeFirst();
			topic = meeting?.topic ?? null;
			if (meeting?.own_words_sealed) {
				ownWords = open(meeting.own_words_sealed, key);
				await recordAudit(trx, {
					action: 'support.meeting_read',
					centreId: actor.centreId,
					actorId: actor.accountId,
					subjectId: row.meeting_id
				});
			}
		}
		return {
			...summary(row, actor, now),
			topic,
			ownWords,
			revision: row.revision,
			updatedAt: row.updated_at
		};
	});
}

/** Either person cancels; the row goes, and nothing is kept of it. */
export async function cancelAppointment(
	db: Kysely<Database>,
	actor: Actor,
	id: string
): Promise<void> {
	await inCentre(db, actor.centreId, async (trx) => {
		const removed = await trx
			.deleteFrom('appointments')
			.where('centre_id', '=', actor.centreId)
			.where('id', '=', id)
			.where((eb) =>
				eb.or([eb('member_id', '=', actor.accountId), eb('adviser_id', '=', actor.accountId)])
			)
			.executeTakeFirst();
		if (Number(removed.numDeletedRows) === 0) throw new NotFoundError('appointment');
		await withdrawAppointmentReminder(trx, actor.centreId, id);
		await recordAudit(trx, {
			action: 'support.appointment_cancelled',
			centreId: actor.centreId,
			actorId: actor.accountId,
			subjectId: id
		});
	});
}

export interface AdviserWeek {
	weekStart: LocalDate;
	previous: LocalDate;
	next: LocalDate;
	today: LocalDate;
	days: { date: LocalDate; appointments: Appointment[] }[];
}

/** The adviser's own calendar, a week at a time, each appointment under the day it starts. */
export async function adviserWeek(
	db: Kysely<Database>,
	centre: Centre,
	actor: Actor,
	week: LocalDate | null,
	now: Date
): Promise<AdviserWeek> {
	requireRole(actor, 'adviser');
	const today = instantToLocal(now, centre.timeZone).date;
	const weekStart = mondayOf(week ?? today);
	const from = localToInstant(weekStart, '00:00', centre.timeZone);
	const to = localToInstant(addDays(weekStart, 7), '00:00', centre.timeZone);
	const rows = await inCentre(db, centre.id, (trx) =>
		appointmentsQuery(trx, centre.id)
			.where('ap.adviser_id', '=', actor.accountId)
			.where('ap.starts_at', '>=', from)
			.where('ap.starts_at', '<', to)
			.orderBy('ap.starts_at')
			.orderBy('ap.id')
			.execute()
	);
	const days = Array.from({ length: 7 }, (_, index) => ({
		date: addDays(weekStart, index),
		appointments: [] as Appointment[]
	}));
	for (const row of rows) {
		const date = instantToLocal(row.starts_at, centre.timeZone).date;
		days.find((day) => day.date === date)?.appointments.push(summary(row, actor, now));
	}
	return { weekStart, previous: addDays(weekStart, -7), next: addDays(weekStart, 7), today, days };
}

const MODE_KEYS = {
	in_person: 'appointments.modeInPerson',
	phone: 'appointments.modePhone',
	online: 'appointments.modeOnline'
} as const satisfies Record<AppointmentMode, string>;

/** One appointment as an iCalendar file, for its member or adviser. */
export async function appointmentCalendar(
	db: Kysely<Database>,
	centre: Centre,
	actor: Actor,
	id: string,
	origin: string,
	key: Buffer,
	now: Date
): Promise<string> {
	const appointment = await readAppointment(db, actor, id, key, now);
	const t = translator(centre.defaultLocale);
	const other = appointment.asAdviser ? appointment.memberName : appointment.adviserName;
	return writeCalendar({
		name: centre.name,
		entries: [
			{
				uid: `appointment-${appointment.id}@hearth`,
				summary: t(
					appointment.kind === 'introduction'
						? 'appointments.feedIntroduction'
						: 'appointments.feedSummary',
					{ name: other }
				),
				description: t(MODE_KEYS[appointment.mode]),
				location: appointment.mode === 'in_person' ? centre.name : undefined,
				start: appointment.startsAt,
				end: appointment.endsAt,
				status: 'CONFIRMED',
				sequence: appointment.revision,
				lastModified: appointment.updatedAt,
				url: `${origin}/c/${centre.slug}/appointments/${appointment.id}`
			}
		],
		now
	});
}

/** Deletes appointments that ended long ago, at every centre. For a daily job. */
export async function prunePastAppointments(db: Db, now: Date): Promise<number> {
	const result = await db
		.deleteFrom('appointments')
		.where('ends_at', '<', new Date(now.getTime() - KEPT_DAYS * DAY_MS))
		.executeTakeFirst();
	return Number(result.numDeletedRows);
}

/**
 * The daily sweep of the support module: past appointments, old requests to meet, and notices
 * that a member moved on, so none of them becomes a long record of who saw whom.
 */
export async function pruneSupport(db: Db, now: Date): Promise<void> {
	await prunePastAppointments(db, now);
	await pruneMeetings(db, now);
	await pruneNotices(db, now);
}
