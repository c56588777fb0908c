import { formats } from '../../i18n/format';
import type { Locale } from '../../i18n/locales';
import type { Translate } from '../../i18n/translate';
import type { AppointmentMode } from '../support/advisers.tables';
import { queueReminder, withdrawReminders, type ReminderTexts } from '../messages/outbox';
import type { Db } from '../schema';

/**
 * Reminders of what a member said they would come to: an action, an appointment, a course's next
 * session. Each goes a day before, through the outbox, on the channels the member chose for the
 * topic 'reminders' and in their language; taking a name off, cancelling or leaving withdraws it.
 * A reminder says what, when and where, never anything about the member.
 */

export const REMINDER_LEAD_MS = 24 * 60 * 60_000;

/** A day before the start, or now if that has passed. */
export function reminderDue(startsAt: Date, now: Date): Date {
	const due = startsAt.getTime() - REMINDER_LEAD_MS;
	return new Date(Math.max(due, now.getTime()));
}

async function centreTimeZone(trx: Db, centreId: string): Promise<string> {
	const centre = await trx
		.selectFrom('centres')
		.select('time_zone')
		.where('id', '=', centreId)
		.executeTakeFirstOrThrow();
	return centre.time_zone;
}

function when(t: Translate, locale: Locale, timeZone: string, startsAt: Date): string {
	const format = formats(locale, timeZone);
	return t('reminders.when', { date: format.date(startsAt), time: format.time(startsAt) });
}

const lines = (...parts: string[]) => parts.filter(Boolean).join('\n');

export interface ActionReminder {
	actionId: string;
	locales: readonly string[];
	texts: Record<string, { title: string }>;
	startsAt: Date;
	place: string;
	meetingPoint: string;
}

/** Queues the reminder of an action for one member who signed up. */
export async function remindOfAction(
	trx: Db,
	centreId: string,
	accountId: string,
	action: ActionReminder,
	now: Date
): Promise<number> {
	const timeZone = await centreTimeZone(trx, centreId);
	const write = (t: Translate, locale: Locale): ReminderTexts => {
		const main = action.locales[0] ?? locale;
		const title = action.texts[locale]?.title ?? action.texts[main]?.title ?? '';
		const at = when(t, locale, timeZone, action.startsAt);
		const point = action.meetingPoint
			? t('reminders.meetingPoint', { point: action.meetingPoint })
			: '';
		return {
			subject: t('reminders.actionSubject', { title, when: at }),
			body: lines(
				t('reminders.actionBody', { title, when: at, place: action.place }),
				point,
				t('reminders.actionTakeNameOff')
			),
			sms: lines(t('reminders.actionSms', { title, when: at, place: action.place }), point)
		};
	};
	return queueReminder(trx, {
		centreId,
		accountId,
		key: actionReminderKey(action.actionId),
		write,
		notBefore: reminderDue(action.startsAt, now)
	});
}

export function actionReminderKey(actionId: string): string {
	return `action:${actionId}`;
}

const MODE_KEYS = {
	in_person: 'appointments.modeInPerson',
	phone: 'appointments.modePhone',
	online: 'appointments.modeOnline'
} as const satisfies Record<AppointmentMode, string>;

export function appointmentReminderKey(appointmentId: string): string {
	return `appointment:${appointmentId}`;
}

/** Queues the reminder of an appointment for its member. */
export async function remindOfAppointment(
	trx: Db,
	centreId: string,
	appointment: {
		id: string;
		memberId: string;
		adviserId: string;
		mode: AppointmentMode;
		startsAt: Date;
	},
	now: Date
): Promise<number> {
	const timeZone = await centreTimeZone(trx, centreId);
	const adviser = await trx
		.selectFrom('accounts')
		.select('chosen_name')
		.where('id', '=', appointment.adviserId)
		.executeTakeFirstOrThrow();
	const write = (t: Translate, locale: Locale): ReminderTexts => {
		const at = when(t, locale, timeZone, appointment.startsAt);
		const params = { adviser: adviser.chosen_name, when: at, mode: t(MODE_KEYS[appointment.mode]) };
		return {
			subject: t('reminders.appointmentSubject', { when: at }),
			body: lines(t('reminders.appointmentBody', params), t('reminders.appointmentAnotherTime')),
			sms: t('reminders.appointmentSms', params)
		};
	};
	return queueReminder(trx, {
		centreId,
		accountId: appointment.memberId,
		key: appointmentReminderKey(appointment.id),
		write,
		notBefore: reminderDue(appointment.startsAt, now)
	});
}

export function withdrawAppointmentReminder(
	trx: Db,
	centreId: string,
	appointmentId: string
): Promise<number> {
	return withdrawReminders(trx, centreId, appointmentReminderKey(appointmentId));
}

export function courseReminderKey(courseId: string, sessionId: string): string {
	return `course:${courseId}:${sessionId}`;
}

/**
 * Queues the reminder of a course's next session (the first, if it has not begun) for a member
 * who has a place; nothing when no session is still to come.
 */
export async function remindOfNextSession(
	trx: Db,
	centreId: string,
	courseId: string,
	accountId: string,
	now: Date
): Promise<number> {
	const session = await trx
		.selectFrom('course_sessions as s')
		.innerJoin('courses as c', (join) =>
			join.onRef('c.centre_id', '=', 's.centre_id').onRef('c.id', '=', 's.course_id')
		)
		.select(['s.id', 's.starts_at', 's.place', 'c.title'])
		.where('s.centre_id', '=', centreId)
		.where('s.course_id', '=', courseId)
		.where('s.starts_at', '>', now)
		.orderBy('s.starts_at')
		.limit(1)
		.executeTakeFirst();
	if (!session) return 0;
	const timeZone = await centreTimeZone(trx, centreId);
	const write = (t: Translate, locale: Locale): ReminderTexts => {
		const at = when(t, locale, timeZone, session.starts_at);
		const place = session.place ? t('reminders.coursePlace', { place: session.place }) : '';
		return {
			subject: t('reminders.courseSubject', { course: session.title, when: at }),
			body: lines(t('reminders.courseBody', { course: session.title, when: at }), place),
			sms: lines(t('reminders.courseSms', { course: session.title, when: at }), place)
		};
	};
	return queueReminder(trx, {
		centreId,
		accountId,
		key: courseReminderKey(courseId, session.id),
		write,
		notBefore: reminderDue(session.starts_at, now)
	});
}

/** Withdraws every reminder of a course's sessions for a member who left it. */
export async function withdrawCourseReminders(
	trx: Db,
	centreId: string,
	courseId: string,
	accountId: string
): Promise<void> {
	const sessions = await trx
		.selectFrom('course_sessions')
		.select('id')
		.where('centre_id', '=', centreId)
		.where('course_id', '=', courseId)
		.execute();
	for (const session of sessions) {
		await withdrawReminders(trx, centreId, courseReminderKey(courseId, session.id), accountId);
	}
}
