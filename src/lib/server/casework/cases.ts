import { sql, type Kysely } from 'kysely';
import type { WageCheckInput, WageCheckResult } from '../../casework/wage-types';
import { hasRole, nameKey, requireRole, type Actor } from '../identity/identity.service';
import { recordAudit } from '../platform/audit';
import { open, seal } from '../platform/crypto';
import { inCentre } from '../platform/database';
import { ForbiddenError, NotFoundError, RuleError } from '../platform/errors';
import { uuidv7 } from '../platform/ids';
import type { Database, Db } from '../schema';
import type { CaseEventKind, CaseKind, CasesTable, EvidenceType } from './casework.tables';
import type {
	ClaimRange,
	DatesInput,
	OpenCaseInput,
	OutcomeInput,
	TaskInput
} from './cases.schemas';
import { diaryWageInput } from './diary';
import { loadRates } from './minimum-wage-rates';
import { timeLimit, type TimeLimit } from './time-limits';
import { checkWages } from './wage-calculation';

/**
 * Cases: a member's, opened by an adviser with them and worked on by a team of advisers. The
 * member reads all of it; the team works on it; nobody else learns the case exists, coordinators
 * included. Every read by the team and every change is in the audit log. Tasks are the team's
 * work, never conditions put on the member, and nothing here scores or flags anyone.
 */

export const CASES_PAGE = 20;
export const TIMELINE_PAGE = 20;
export const MEMBERS_PAGE = 20;

type CaseRow = Pick<
	CasesTable,
	| 'id'
	| 'member_id'
	| 'kind'
	| 'summary'
	| 'employer_id'
	| 'collective_id'
	| 'act_on'
	| 'conciliation_started_on'
	| 'conciliation_certificate_on'
	| 'diary_consent_at'
	| 'outcome'
	| 'recovered_pence'
	| 'opened_by'
	| 'closed_at'
> & { status: 'open' | 'closed'; opened_at: Date };

interface Access {
	row: CaseRow;
	readerIsMember: boolean;
	readerIsTeam: boolean;
}

async function onTeam(trx: Db, actor: Actor, caseId: string): Promise<boolean> {
	if (!hasRole(actor, 'adviser')) return false;
	const row = await trx
		.selectFrom('case_team')
		.select('account_id')
		.where('centre_id', '=', actor.centreId)
		.where('case_id', '=', caseId)
		.where('account_id', '=', actor.accountId)
		.executeTakeFirst();
	return !!row;
}

/**
 * The case for its member or a member of its team. Anyone else is told it does not exist, the
 * same answer as for a case that truly does not, so its existence is not given away.
 */
async function access(trx: Db, actor: Actor, caseId: string, lock = false): Promise<Access> {
	let query = trx
		.selectFrom('cases')
		.select([
			'id',
			'member_id',
			'kind',
			'summary',
			'status',
			'employer_id',
			'collective_id',
			'act_on',
			'conciliation_started_on',
			'conciliation_certificate_on',
			'diary_consent_at',
			'outcome',
			'recovered_pence',
			'opened_by',
			'opened_at',
			'closed_at'
		])
		.where('centre_id', '=', actor.centreId)
		.where('id', '=', caseId);
	if (lock) query = query.forUpdate();
	const row = (await query.executeTakeFirst()) as CaseRow | undefined;
	if (!row) throw new NotFoundError('case');
	const readerIsMember = row.member_id === actor.accountId;
	const readerIsTeam = await onTeam(trx, actor, caseId);
	if (!readerIsMember && !readerIsTeam) throw new NotFoundError('case');
	return { row, readerIsMember, readerIsTeam };
}

/** The case for its team only: the member reads it but the team does the work. */
async function teamAccess(trx: Db, actor: Actor, caseId: string, lock = false): Promise<Access> {
	const found = await access(trx, actor, caseId, lock);
	if (!found.readerIsTeam) throw new ForbiddenError('case team');
	return found;
}

/** What an event's sealed body holds, by kind; any text in it is as its writer wrote it. */
export interface EventDetail {
	text?: string;
	title?: string;
	dueOn?: string | null;
	name?: string;
	owedTodayPence?: number;
	actOn?: string | null;
	startedOn?: string | null;
	certificateOn?: string | null;
	recoveredPence?: number | null;
	added?: string;
	removed?: string;
}

async function addEvent(
	trx: Db,
	actor: Actor,
	caseId: string,
	kind: CaseEventKind,
	detail: EventDetail,
	key: Buffer
): Promise<void> {
	await trx
		.insertInto('case_events')
		.values({
			centre_id: actor.centreId,
			id: uuidv7(),
			case_id: caseId,
			kind,
			body: Object.keys(detail).length > 0 ? seal(JSON.stringify(detail), key) : null,
			author_id: actor.accountId
		})
		.execute();
}

async function audit(
	trx: Db,
	actor: Actor,
	action: string,
	caseId: string,
	detail: Record<string, string | number | boolean | null> = {}
): Promise<void> {
	await recordAudit(trx, {
		action: `casework.${action}`,
		centreId: actor.centreId,
		actorId: actor.accountId,
		subjectId: caseId,
		detail
	});
}

async function requireMemberHere(trx: Db, centreId: string, accountId: string): Promise<void> {
	const row = await trx
		.selectFrom('centre_people')
		.select('account_id')
		.where('centre_id', '=', centreId)
		.where('account_id', '=', accountId)
		.executeTakeFirst();
	if (!row) throw new RuleError('cases.memberMissing');
}

async function requireEmployerHere(trx: Db, centreId: string, employerId: string): Promise<void> {
	const row = await trx
		.selectFrom('employers')
		.select('id')
		.where('centre_id', '=', centreId)
		.where('id', '=', employerId)
		.executeTakeFirst();
	if (!row) throw new RuleError('cases.employerMissing');
}

export interface MemberChoice {
	id: string;
	name: string;
}

/**
 * People of the centre an adviser can open a case with, found by chosen name so a long list is
 * never sent whole; empty search lists everyone, a page at a time, by name.
 */
export async function findMembers(
	db: Kysely<Database>,
	actor: Actor,
	search: string,
	page: number
): Promise<{ members: MemberChoice[]; total: number; pages: number }> {
	requireRole(actor, 'adviser');
	const wanted = nameKey(search);
	return inCentre(db, actor.centreId, async (trx) => {
		let query = trx
			.selectFrom('centre_people as p')
			.innerJoin('accounts as a', 'a.id', 'p.account_id')
			.where('p.centre_id', '=', actor.centreId)
			.where('p.account_id', '<>', actor.accountId);
		if (wanted) {
			const pattern = `%${wanted.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
			query = query.where('a.name_key', 'like', pattern);
		}
		const counted = await query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst();
		const total = Number(counted?.n ?? 0);
		const rows = await query
			.select(['a.id', 'a.chosen_name'])
			.orderBy('a.name_key')
			.orderBy('a.id')
			.offset((page - 1) * MEMBERS_PAGE)
			.limit(MEMBERS_PAGE)
			.execute();
		return {
			members: rows.map((row) => ({ id: row.id, name: row.chosen_name })),
			total,
			pages: Math.max(1, Math.ceil(total / MEMBERS_PAGE))
		};
	});
}

/** A member of the centre by id, for the form that opens a case with them. */
export async function memberChoice(
	db: Kysely<Database>,
	actor: Actor,
	memberId: string
): Promise<MemberChoice> {
	requireRole(actor, 'adviser');
	return inCentre(db, actor.centreId, async (trx) => {
		const row = await trx
			.selectFrom('centre_people as p')
			.innerJoin('accounts as a', 'a.id', 'p.account_id')
			.select(['a.id', 'a.chosen_name'])
			.where('p.centre_id', '=', actor.centreId)
			.where('p.account_id', '=', memberId)
			.executeTakeFirst();
		if (!row || row.id === actor.accountId) throw new NotFoundError('member');
		return { id: row.id, name: row.chosen_name };
	});
}

/** An adviser opens a case with a member, and is its first team member. */
export async function openCase(
	db: Kysely<Database>,
	actor: Actor,
	input: OpenCaseInput,
	key: Buffer,
	now: Date
): Promise<string> {
	requireRole(actor, 'adviser');
	if (input.memberId === actor.accountId) throw new RuleError('cases.memberMissing');
	return inCentre(db, actor.centreId, async (trx) => {
		await requireMemberHere(trx, actor.centreId, input.memberId);
		const employerId = input.kind === 'immigration_referral' ? null : input.employerId;
		if (employerId) await requireEmployerHere(trx, actor.centreId, employerId);
		const id = uuidv7();
		await trx
			.insertInto('cases')
			.values({
				centre_id: actor.centreId,
				id,
				member_id: input.memberId,
				kind: input.kind,
				summary: seal(input.summary, key),
				employer_id: employerId,
				act_on: input.kind === 'immigration_referral' ? null : input.actOn,
				diary_consent_at: input.diaryConsent ? now : null,
				opened_by: actor.accountId,
				opened_at: now
			})
			.execute();
		await trx
			.insertInto('case_team')
			.values({ centre_id: actor.centreId, case_id: id, account_id: actor.accountId })
			.execute();
		await addEvent(trx, actor, id, 'opened', {}, key);
		await audit(trx, actor, 'case_opened', id, {
			kind: input.kind,
			diaryConsent: input.diaryConsent
		});
		return id;
	});
}

export interface CaseSummary {
	id: string;
	kind: CaseKind;
	status: 'open' | 'closed';
	openedAt: Date;
	memberName: string;
	employerName: string | null;
	timeLimit: TimeLimit;
	/** The soonest due date of a task not yet done. */
	nextTaskDue: string | null;
}

function casesQuery(trx: Db, centreId: string) {
	return trx
		.selectFrom('cases as c')
		.innerJoin('accounts as m', 'm.id', 'c.member_id')
		.leftJoin('employers as e', (join) =>
			join.onRef('e.centre_id', '=', 'c.centre_id').onRef('e.id', '=', 'c.employer_id')
		)
		.where('c.centre_id', '=', centreId);
}

async function summaries(query: ReturnType<typeof casesQuery>): Promise<CaseSummary[]> {
	const rows = await query
		.select([
			'c.id',
			'c.kind',
			'c.status',
			'c.opened_at',
			'c.act_on',
			'c.conciliation_started_on',
			'c.conciliation_certificate_on',
			'm.chosen_name as member_name',
			'e.name as employer_name'
		])
		.select((eb) =>
			eb
				.selectFrom('case_tasks as t')
				.select((inner) => inner.fn.min('t.due_on').as('due'))
				.whereRef('t.centre_id', '=', 'c.centre_id')
				.whereRef('t.case_id', '=', 'c.id')
				.where('t.done_at', 'is', null)
				.as('next_task_due')
		)
		.orderBy(sql`c.status = 'closed'`)
		.orderBy('c.opened_at', 'desc')
		.orderBy('c.id')
		.execute();
	return rows.map((row): CaseSummary => ({
		id: row.id,
		kind: row.kind,
		status: row.status,
		openedAt: row.opened_at,
		memberName: row.member_name,
		employerName: row.employer_name,
		timeLimit: timeLimit({
			kind: row.kind,
			actOn: row.act_on,
			conciliationStartedOn: row.conciliation_started_on,
			conciliationCertificateOn: row.conciliation_certificate_on
		}),
		nextTaskDue: (row.next_task_due as string | null) ?? null
	}));
}

/** The cases an adviser is on the team of, open ones first, a page at a time. */
export async function teamCases(
	db: Kysely<Database>,
	actor: Actor,
	page: number
): Promise<{ cases: CaseSummary[]; total: number; pages: number }> {
	requireRole(actor, 'adviser');
	return inCentre(db, actor.centreId, async (trx) => {
		const mine = casesQuery(trx, actor.centreId).where(({ exists, selectFrom }) =>
			exists(
				selectFrom('case_team as t')
					.select('t.account_id')
					.whereRef('t.centre_id', '=', 'c.centre_id')
					.whereRef('t.case_id', '=', 'c.id')
					.where('t.account_id', '=', actor.accountId)
			)
		);
		const counted = await mine.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst();
		const total = Number(counted?.n ?? 0);
		const cases = await summaries(mine.offset((page - 1) * CASES_PAGE).limit(CASES_PAGE));
		return { cases, total, pages: Math.max(1, Math.ceil(total / CASES_PAGE)) };
	});
}

/** A member's own cases, a page at a time. */
export async function memberCases(
	db: Kysely<Database>,
	actor: Actor,
	page: number
): Promise<{ cases: CaseSummary[]; total: number; pages: number }> {
	return inCentre(db, actor.centreId, async (trx) => {
		const mine = casesQuery(trx, actor.centreId).where('c.member_id', '=', actor.accountId);
		const counted = await mine.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst();
		const total = Number(counted?.n ?? 0);
		const cases = await summaries(mine.offset((page - 1) * CASES_PAGE).limit(CASES_PAGE));
		return { cases, total, pages: Math.max(1, Math.ceil(total / CASES_PAGE)) };
	});
}

export interface Person {
	id: string;
	/** Null when they no longer belong to the centre. */
	name: string | null;
}

export interface TimelineEvent {
	id: string;
	kind: CaseEventKind;
	detail: EventDetail;
	author: Person;
	at: Date;
}

export interface CaseTask {
	id: string;
	title: string;
	dueOn: string | null;
	doneAt: Date | null;
}

export interface EvidenceItem {
	id: string;
	name: string;
	contentType: EvidenceType;
	byteSize: number;
	addedAt: Date;
}

export interface WageClaim {
	from: string;
	to: string;
	owedPence: number;
	owedTodayPence: number;
	calculatedAt: Date;
	result: WageCheckResult;
}

export interface CaseView {
	id: string;
	kind: CaseKind;
	status: 'open' | 'closed';
	summary: string;
	member: Person;
	employer: { id: string; name: string } | null;
	collectiveId: string | null;
	actOn: string | null;
	conciliationStartedOn: string | null;
	conciliationCertificateOn: string | null;
	timeLimit: TimeLimit;
	diaryConsentAt: Date | null;
	outcome: string | null;
	recoveredPence: number | null;
	openedAt: Date;
	closedAt: Date | null;
	readerIsMember: boolean;
	readerIsTeam: boolean;
	team: Person[];
	tasks: CaseTask[];
	evidence: EvidenceItem[];
	claim: WageClaim | null;
	timeline: TimelineEvent[];
	/** Chosen names of the people the timeline's team changes were about, by account id. */
	names: Record<string, string>;
	timelinePage: number;
	timelinePages: number;
}

function eventDetail(body: string | null, key: Buffer): EventDetail {
	if (!body) return {};
	try {
		const parsed = JSON.parse(open(body, key)) as unknown;
		return typeof parsed === 'object' && parsed !== null ? (parsed as EventDetail) : {};
	} catch {
		// A body written as plain sealed text (not JSON) still reads as its text.
		try {
			return { text: open(body, key) };
		} catch {
			return {};
		}
	}
}

async function personName(trx: Db, centreId: string, accountId: string): Promise<string | null> {
	const row = await trx
		.selectFrom('accounts as a')
		.innerJoin('centre_people as p', 'p.account_id', 'a.id')
		.select('a.chosen_name')
		.where('p.centre_id', '=', centreId)
		.where('a.id', '=', accountId)
		.executeTakeFirst();
	return row?.chosen_name ?? null;
}

async function claimOf(
	trx: Db,
	centreId: string,
	caseId: string,
	key: Buffer
): Promise<WageClaim | null> {
	const row = await trx
		.selectFrom('case_wage_claims')
		.select([
			'period_from',
			'period_to',
			'calculation',
			'owed_pence',
			'owed_today_pence',
			'calculated_at'
		])
		.where('centre_id', '=', centreId)
		.where('case_id', '=', caseId)
		.executeTakeFirst();
	if (!row) return null;
	const stored = JSON.parse(open(row.calculation, key)) as { result: WageCheckResult };
	return {
		from: row.period_from,
		to: row.period_to,
		owedPence: row.owed_pence,
		owedTodayPence: row.owed_today_pence,
		calculatedAt: row.calculated_at,
		result: stored.result
	};
}

/**
 * A case as its member or team member sees it, with one page of its timeline, newest first. A
 * team member's read is audited; the member's own is not.
 */
export async function readCase(
	db: Kysely<Database>,
	actor: Actor,
	caseId: string,
	key: Buffer,
	timelinePage = 1
): Promise<CaseView> {
	return inCentre(db, actor.centreId, async (trx) => {
		const { row, readerIsMember, readerIsTeam } = await access(trx, actor, caseId);
		const employer = row.employer_id
			? await trx
					.selectFrom('employers')
					.select(['id', 'name'])
					.where('centre_id', '=', actor.centreId)
					.where('id', '=', row.employer_id)
					.executeTakeFirst()
			: undefined;
		const team = await trx
			.selectFrom('case_team as t')
			.innerJoin('accounts as a', 'a.id', 't.account_id')
			.select(['a.id', 'a.chosen_name'])
			.where('t.centre_id', '=', actor.centreId)
			.where('t.case_id', '=', caseId)
			.orderBy('t.added_at')
			.execute();
		const tasks = await trx
			.selectFrom('case_tasks')
			.select(['id', 'title', 'due_on', 'done_at'])
			.where('centre_id', '=', actor.centreId)
			.where('case_id', '=', caseId)
			.orderBy(sql`done_at is not null`)
			.orderBy(sql`due_on nulls last`)
			.orderBy('created_at')
			.execute();
		const evidence = await trx
			.selectFrom('case_evidence')
			.select(['id', 'name', 'content_type', 'byte_size', 'added_at'])
			.where('centre_id', '=', actor.centreId)
			.where('case_id', '=', caseId)
			.orderBy('added_at', 'desc')
			.execute();
		const counted = await trx
			.selectFrom('case_events')
			.select((eb) => eb.fn.countAll<number>().as('n'))
			.where('centre_id', '=', actor.centreId)
			.where('case_id', '=', caseId)
			.executeTakeFirst();
		const timelinePages = Math.max(1, Math.ceil(Number(counted?.n ?? 0) / TIMELINE_PAGE));
		const page = Math.min(Math.max(1, timelinePage), timelinePages);
		const events = await trx
			.selectFrom('case_events as e')
			.leftJoin('centre_people as p', (join) =>
				join.onRef('p.centre_id', '=', 'e.centre_id').onRef('p.account_id', '=', 'e.author_id')
			)
			.leftJoin('accounts as a', 'a.id', 'p.account_id')
			.select(['e.id', 'e.kind', 'e.body', 'e.author_id', 'e.at', 'a.chosen_name'])
			.where('e.centre_id', '=', actor.centreId)
			.where('e.case_id', '=', caseId)
			// Ids are made in time order, finer than the clock: two events of one change keep theirs.
			.orderBy('e.id', 'desc')
			.offset((page - 1) * TIMELINE_PAGE)
			.limit(TIMELINE_PAGE)
			.execute();
		if (!readerIsMember) await audit(trx, actor, 'case_read', caseId, { timelinePage: page });
		const timeline = events.map((event) => ({
			id: event.id,
			kind: event.kind,
			detail: eventDetail(event.body, key),
			author: { id: event.author_id, name: event.chosen_name },
			at: event.at
		}));
		const mentioned = [
			...new Set(
				timeline.flatMap((event) =>
					[event.detail.added, event.detail.removed].filter(
						(id): id is string => typeof id === 'string'
					)
				)
			)
		];
		const named =
			mentioned.length === 0
				? []
				: await trx
						.selectFrom('accounts as a')
						.innerJoin('centre_people as p', 'p.account_id', 'a.id')
						.select(['a.id', 'a.chosen_name'])
						.where('p.centre_id', '=', actor.centreId)
						.where('a.id', 'in', mentioned)
						.execute();
		return {
			id: row.id,
			kind: row.kind,
			status: row.status,
			summary: open(row.summary, key),
			member: { id: row.member_id, name: await personName(trx, actor.centreId, row.member_id) },
			employer: employer ?? null,
			collectiveId: row.collective_id,
			actOn: row.act_on,
			conciliationStartedOn: row.conciliation_started_on,
			conciliationCertificateOn: row.conciliation_certificate_on,
			timeLimit: timeLimit({
				kind: row.kind,
				actOn: row.act_on,
				conciliationStartedOn: row.conciliation_started_on,
				conciliationCertificateOn: row.conciliation_certificate_on
			}),
			diaryConsentAt: row.diary_consent_at,
			outcome: row.outcome ? open(row.outcome, key) : null,
			recoveredPence: row.recovered_pence,
			openedAt: row.opened_at,
			closedAt: row.closed_at,
			readerIsMember,
			readerIsTeam,
			team: team.map((person) => ({ id: person.id, name: person.chosen_name })),
			tasks: tasks.map((task) => ({
				id: task.id,
				title: open(task.title, key),
				dueOn: task.due_on,
				doneAt: task.done_at
			})),
			evidence: evidence.map((item) => ({
				id: item.id,
				name: open(item.name, key),
				contentType: item.content_type,
				byteSize: item.byte_size,
				addedAt: item.added_at
			})),
			claim: await claimOf(trx, actor.centreId, caseId, key),
			timeline,
			names: Object.fromEntries(named.map((person) => [person.id, person.chosen_name])),
			timelinePage: page,
			timelinePages
		};
	});
}

export async function addNote(
	db: Kysely<Database>,
	actor: Actor,
	caseId: string,
	note: string,
	key: Buffer
): Promise<void> {
	await inCentre(db, actor.centreId, async (trx) => {
		await teamAccess(trx, actor, caseId);
		await addEvent(trx, actor, caseId, 'note', { text: note }, key);
		await audit(trx, actor, 'note_added', caseId);
	});
}

export async function addTask(
	db: Kysely<Database>,
	actor: Actor,
	caseId: string,
	task: TaskInput,
	key: Buffer
): Promise<void> {
	await inCentre(db, actor.centreId, async (trx) => {
		await teamAccess(trx, actor, caseId);
		const id = uuidv7();
		await trx
			.insertInto('case_tasks')
			.values({
				centre_id: actor.centreId,
				id,
				case_id: caseId,
				title: seal(task.title, key),
				due_on: task.dueOn,
				created_by: actor.accountId
			})
			.execute();
		await addEvent(trx, actor, caseId, 'task_added', { title: task.title, dueOn: task.dueOn }, key);
		await audit(trx, actor, 'task_added', caseId, { task: id });
	});
}

export async function completeTask(
	db: Kysely<Database>,
	actor: Actor,
	caseId: string,
	taskId: string,
	key: Buffer,
	now: Date
): Promise<void> {
	await inCentre(db, actor.centreId, async (trx) => {
		await teamAccess(trx, actor, caseId);
		const task = await trx
			.updateTable('case_tasks')
			.set({ done_at: now })
			.where('centre_id', '=', actor.centreId)
			.where('case_id', '=', caseId)
			.where('id', '=', taskId)
			.where('done_at', 'is', null)
			.returning('title')
			.executeTakeFirst();
		// Marking a task done twice (a form sent again) changes nothing.
		if (!task) return;
		await addEvent(trx, actor, caseId, 'task_done', { title: open(task.title, key) }, key);
		await audit(trx, actor, 'task_done', caseId, { task: taskId });
	});
}

/** The day of the act and the conciliation dates, from which the time limit is worked out. */
export async function setDates(
	db: Kysely<Database>,
	actor: Actor,
	caseId: string,
	dates: DatesInput,
	key: Buffer
): Promise<void> {
	await inCentre(db, actor.centreId, async (trx) => {
		const { row } = await teamAccess(trx, actor, caseId, true);
		if (row.kind === 'immigration_referral') throw new RuleError('cases.noDatesForReferral');
		const unchanged =
			row.act_on === dates.actOn &&
			row.conciliation_started_on === dates.conciliationStartedOn &&
			row.conciliation_certificate_on === dates.conciliationCertificateOn;
		if (unchanged) return;
		await trx
			.updateTable('cases')
			.set({
				act_on: dates.actOn,
				conciliation_started_on: dates.conciliationStartedOn,
				conciliation_certificate_on: dates.conciliationCertificateOn
			})
			.where('centre_id', '=', actor.centreId)
			.where('id', '=', caseId)
			.execute();
		await addEvent(
			trx,
			actor,
			caseId,
			'conciliation',
			{
				actOn: dates.actOn,
				startedOn: dates.conciliationStartedOn,
				certificateOn: dates.conciliationCertificateOn
			},
			key
		);
		await audit(trx, actor, 'dates_changed', caseId);
	});
}

/**
 * Whether the team may read the member's diary for this claim. The team records the agreement
 * the member gave them; the member can withdraw it from their own case page at any time.
 */
export async function setDiaryConsent(
	db: Kysely<Database>,
	actor: Actor,
	caseId: string,
	agreed: boolean,
	now: Date
): Promise<void> {
	await inCentre(db, actor.centreId, async (trx) => {
		const { readerIsTeam } = await access(trx, actor, caseId, true);
		if (agreed && !readerIsTeam) throw new ForbiddenError('case team');
		await trx
			.updateTable('cases')
			.set({ diary_consent_at: agreed ? now : null })
			.where('centre_id', '=', actor.centreId)
			.where('id', '=', caseId)
			.execute();
		await audit(trx, actor, agreed ? 'diary_consent_given' : 'diary_consent_withdrawn', caseId);
	});
}

/** What happened and any money recovered; recording it closes the case. */
export async function recordOutcome(
	db: Kysely<Database>,
	actor: Actor,
	caseId: string,
	input: OutcomeInput,
	key: Buffer,
	now: Date
): Promise<void> {
	await inCentre(db, actor.centreId, async (trx) => {
		const { row } = await teamAccess(trx, actor, caseId, true);
		if (row.status === 'closed') throw new RuleError('cases.alreadyClosed');
		await trx
			.updateTable('cases')
			.set({
				outcome: seal(input.outcome, key),
				recovered_pence: input.recoveredPence,
				status: 'closed',
				closed_at: now
			})
			.where('centre_id', '=', actor.centreId)
			.where('id', '=', caseId)
			.execute();
		await addEvent(
			trx,
			actor,
			caseId,
			'outcome',
			{ text: input.outcome, recoveredPence: input.recoveredPence },
			key
		);
		await addEvent(trx, actor, caseId, 'closed', {}, key);
		await audit(trx, actor, 'case_closed', caseId, {
			recoveredPence: input.recoveredPence ?? null
		});
	});
}

export async function reopenCase(
	db: Kysely<Database>,
	actor: Actor,
	caseId: string,
	key: Buffer
): Promise<void> {
	await inCentre(db, actor.centreId, async (trx) => {
		const { row } = await teamAccess(trx, actor, caseId, true);
		if (row.status === 'open') return;
		await trx
			.updateTable('cases')
			.set({ status: 'open', closed_at: null })
			.where('centre_id', '=', actor.centreId)
			.where('id', '=', caseId)
			.execute();
		await addEvent(trx, actor, caseId, 'reopened', {}, key);
		await audit(trx, actor, 'case_reopened', caseId);
	});
}

/** Advisers of the centre not yet on the case's team, to add. */
export async function advisersToAdd(
	db: Kysely<Database>,
	actor: Actor,
	caseId: string
): Promise<Person[]> {
	return inCentre(db, actor.centreId, async (trx) => {
		const { row } = await teamAccess(trx, actor, caseId);
		const rows = await trx
			.selectFrom('centre_roles as r')
			.innerJoin('accounts as a', 'a.id', 'r.account_id')
			.select(['a.id', 'a.chosen_name'])
			.where('r.centre_id', '=', actor.centreId)
			.where('r.role', '=', 'adviser')
			.where('a.id', '<>', row.member_id)
			.where(({ not, exists, selectFrom }) =>
				not(
					exists(
						selectFrom('case_team as t')
							.select('t.account_id')
							.where('t.centre_id', '=', actor.centreId)
							.where('t.case_id', '=', caseId)
							.whereRef('t.account_id', '=', 'a.id')
					)
				)
			)
			.orderBy('a.name_key')
			.execute();
		return rows.map((person) => ({ id: person.id, name: person.chosen_name }));
	});
}

export async function addToTeam(
	db: Kysely<Database>,
	actor: Actor,
	caseId: string,
	accountId: string,
	key: Buffer
): Promise<void> {
	await inCentre(db, actor.centreId, async (trx) => {
		const { row } = await teamAccess(trx, actor, caseId, true);
		if (accountId === row.member_id) throw new RuleError('cases.adviserMissing');
		const adviser = await trx
			.selectFrom('centre_roles')
			.select('account_id')
			.where('centre_id', '=', actor.centreId)
			.where('account_id', '=', accountId)
			.where('role', '=', 'adviser')
			.executeTakeFirst();
		if (!adviser) throw new RuleError('cases.adviserMissing');
		const added = await trx
			.insertInto('case_team')
			.values({ centre_id: actor.centreId, case_id: caseId, account_id: accountId })
			.onConflict((conflict) => conflict.doNothing())
			.returning('account_id')
			.executeTakeFirst();
		if (!added) return;
		await addEvent(trx, actor, caseId, 'team_changed', { added: accountId }, key);
		await audit(trx, actor, 'team_added', caseId, { adviser: accountId });
	});
}

/** Takes someone off the team; the last one always stays, so the case is never left unworked. */
export async function removeFromTeam(
	db: Kysely<Database>,
	actor: Actor,
	caseId: string,
	accountId: string,
	key: Buffer
): Promise<void> {
	await inCentre(db, actor.centreId, async (trx) => {
		await teamAccess(trx, actor, caseId, true);
		const team = await trx
			.selectFrom('case_team')
			.select('account_id')
			.where('centre_id', '=', actor.centreId)
			.where('case_id', '=', caseId)
			.execute();
		if (!team.some((person) => person.account_id === accountId)) return;
		if (team.length <= 1) throw new RuleError('cases.lastOnTeam');
		await trx
			.deleteFrom('case_team')
			.where('centre_id', '=', actor.centreId)
			.where('case_id', '=', caseId)
			.where('account_id', '=', accountId)
			.execute();
		await addEvent(trx, actor, caseId, 'team_changed', { removed: accountId }, key);
		await audit(trx, actor, 'team_removed', caseId, { adviser: accountId });
	});
}

/**
 * Works out an unpaid-wages claim from the member's diary, with their agreement, for the case's
 * employer if it has one; the calculation replaces any earlier one. Reading the diary is audited.
 */
export async function calculateClaim(
	db: Kysely<Database>,
	actor: Actor,
	caseId: string,
	range: ClaimRange,
	timeZone: string,
	today: string,
	key: Buffer
): Promise<WageClaim> {
	return inCentre(db, actor.centreId, async (trx) => {
		const { row } = await teamAccess(trx, actor, caseId, true);
		if (row.kind !== 'unpaid_wages') throw new RuleError('cases.claimNotWages');
		if (!row.diary_consent_at) throw new RuleError('cases.claimNeedsConsent');
		const input: WageCheckInput | null = await diaryWageInput(
			trx,
			actor.centreId,
			row.member_id,
			{ from: range.from, to: range.to, employerId: row.employer_id },
			timeZone,
			today
		);
		await audit(trx, actor, 'diary_read', caseId, {
			member: row.member_id,
			from: range.from,
			to: range.to
		});
		if (!input) throw new RuleError('cases.claimNeedsBirthDate');
		if (input.payPeriods.length === 0) throw new RuleError('cases.claimNoShifts');
		const result = checkWages(input, await loadRates(trx));
		const calculation = seal(JSON.stringify({ input, result }), key);
		const values = {
			period_from: range.from,
			period_to: range.to,
			calculation,
			owed_pence: result.owedPence,
			owed_today_pence: Math.max(result.owedPence, result.owedAtTodaysRatesPence),
			calculated_at: new Date()
		};
		await trx
			.insertInto('case_wage_claims')
			.values({ centre_id: actor.centreId, case_id: caseId, ...values })
			.onConflict((conflict) => conflict.columns(['centre_id', 'case_id']).doUpdateSet(values))
			.execute();
		await addEvent(
			trx,
			actor,
			caseId,
			'claim_calculated',
			{ owedTodayPence: values.owed_today_pence },
			key
		);
		await audit(trx, actor, 'claim_calculated', caseId, {
			owedTodayPence: values.owed_today_pence
		});
		return {
			from: range.from,
			to: range.to,
			owedPence: values.owed_pence,
			owedTodayPence: values.owed_today_pence,
			calculatedAt: values.calculated_at,
			result
		};
	});
}

export interface LetterView {
	caseId: string;
	kind: CaseKind;
	employerName: string | null;
	claim: WageClaim | null;
	readerIsMember: boolean;
	/** The member's languages from their account, most preferred first. */
	memberLanguages: string[];
}

/** What a demand letter needs: the employer's register name and the stored calculation. */
export async function readLetter(
	db: Kysely<Database>,
	actor: Actor,
	caseId: string,
	key: Buffer
): Promise<LetterView> {
	return inCentre(db, actor.centreId, async (trx) => {
		const { row, readerIsMember } = await access(trx, actor, caseId);
		const employer = row.employer_id
			? await trx
					.selectFrom('employers')
					.select('name')
					.where('centre_id', '=', actor.centreId)
					.where('id', '=', row.employer_id)
					.executeTakeFirst()
			: undefined;
		const member = await trx
			.selectFrom('accounts')
			.select('languages')
			.where('id', '=', row.member_id)
			.executeTakeFirst();
		const claim = await claimOf(trx, actor.centreId, caseId, key);
		if (!readerIsMember) await audit(trx, actor, 'letter_read', caseId);
		return {
			caseId,
			kind: row.kind,
			employerName: employer?.name ?? null,
			claim,
			readerIsMember,
			memberLanguages: member?.languages ?? []
		};
	});
}

/** For evidence.ts: the same access rule, inside its transaction. */
export {
	access as caseAccess,
	teamAccess as caseTeamAccess,
	addEvent as addCaseEvent,
	audit as auditCase
};
