import { sql, type Kysely } from 'kysely';
import { instantToLocal } from '../centres/opening-hours';
import { requireRole, type Actor } from '../identity/identity.service';
import type { Role } from '../identity/identity.tables';
import { open, seal } from '../platform/crypto';
import { inCentre } from '../platform/database';
import { NotFoundError, RuleError } from '../platform/errors';
import { uuidv7 } from '../platform/ids';
import type { Database, Db } from '../schema';
import { EMPLOYER_PROBLEMS, type EmployerKind, type EmployerProblem } from './casework.tables';
import type { EmployerInput, ReportInput } from './employers.schemas';

/**
 * The employer register and what members report about employers. Staff keep the register;
 * anyone of the centre picks from it to report a problem. A report is kept with its month only,
 * and its reporter only so that they can see and withdraw it: everyone else is shown how many
 * people reported each problem, and a count below REPORTS_SHOWN_FROM only as "fewer than".
 */

export const STAFF: Role[] = ['adviser', 'organiser', 'coordinator'];
export const EMPLOYERS_PER_PAGE = 20;
/** The most register entries offered at once in a list to choose from. */
export const CHOICES_MAX = 100;
/** Counts below this are shown as "fewer than": one or two reporters could be guessed. */
export const REPORTS_SHOWN_FROM = 3;

export interface EmployerSummary {
	id: string;
	name: string;
	kind: EmployerKind;
	tradingNames: string[];
}

export interface EmployerEntry extends EmployerSummary {
	sites: string[];
	behind: EmployerSummary | null;
	/** Register entries this one is the agency or platform behind. */
	fronts: EmployerSummary[];
}

/** How many people reported a problem; null when fewer than REPORTS_SHOWN_FROM. */
export interface ProblemCount {
	problem: EmployerProblem;
	count: number | null;
}

export interface OwnReport {
	id: string;
	employer: { id: string; name: string };
	problem: EmployerProblem;
	/** 'YYYY-MM-01'. */
	month: string;
	words: string;
}

export interface RegisterPage {
	employers: EmployerSummary[];
	query: string;
	page: number;
	pages: number;
	total: number;
}

function summary(row: {
	id: string;
	name: string;
	kind: EmployerKind;
	trading_names: string[];
}): EmployerSummary {
	return { id: row.id, name: row.name, kind: row.kind, tradingNames: row.trading_names };
}

/** Entries whose name or a trading name contains every word of the query, case aside. */
function registerQuery(trx: Db, centreId: string, query: string) {
	let select = trx.selectFrom('employers as e').where('e.centre_id', '=', centreId);
	for (const word of query.trim().split(/\s+/).filter(Boolean).slice(0, 8)) {
		const pattern = `%${word.replace(/[\\%_]/g, (found) => `\\${found}`)}%`;
		select = select.where((eb) =>
			eb.or([
				eb('e.name', 'ilike', pattern),
				eb.exists(
					sql`(select 1 from unnest(e.trading_names) as trading(name) where trading.name ilike ${pattern})`
				)
			])
		);
	}
	return select;
}

/** A page of the register for staff, searched by name and trading names. */
export async function listEmployers(
	db: Kysely<Database>,
	actor: Actor,
	options: { query: string; page: number }
): Promise<RegisterPage> {
	requireRole(actor, ...STAFF);
	return inCentre(db, actor.centreId, async (trx) => {
		const counted = await registerQuery(trx, actor.centreId, options.query)
			.select((eb) => eb.fn.countAll<number>().as('total'))
			.executeTakeFirstOrThrow();
		const total = Number(counted.total);
		const pages = Math.max(1, Math.ceil(total / EMPLOYERS_PER_PAGE));
		const page = Math.min(Math.max(1, options.page), pages);
		const rows = await registerQuery(trx, actor.centreId, options.query)
			.select(['e.id', 'e.name', 'e.kind', 'e.trading_names'])
			.orderBy(sql`lower(e.name)`)
			.orderBy('e.id')
			.limit(EMPLOYERS_PER_PAGE)
			.offset((page - 1) * EMPLOYERS_PER_PAGE)
			.execute();
		return { employers: rows.map(summary), query: options.query, page, pages, total };
	});
}

/** Register entries to choose from, for anyone of the centre: the first CHOICES_MAX that match. */
export async function employerChoices(
	db: Kysely<Database>,
	actor: Actor,
	query: string
): Promise<{ choices: EmployerSummary[]; more: boolean }> {
	return inCentre(db, actor.centreId, async (trx) => {
		const rows = await registerQuery(trx, actor.centreId, query)
			.select(['e.id', 'e.name', 'e.kind', 'e.trading_names'])
			.orderBy(sql`lower(e.name)`)
			.orderBy('e.id')
			.limit(CHOICES_MAX + 1)
			.execute();
		return { choices: rows.slice(0, CHOICES_MAX).map(summary), more: rows.length > CHOICES_MAX };
	});
}

async function entryRow(trx: Db, centreId: string, id: string, lock = false) {
	let select = trx
		.selectFrom('employers')
		.select(['id', 'name', 'kind', 'trading_names', 'sites', 'behind_id'])
		.where('centre_id', '=', centreId)
		.where('id', '=', id);
	if (lock) select = select.forUpdate();
	return select.executeTakeFirst();
}

/** One register entry with what is behind it and what it is behind. */
export async function readEmployer(
	db: Kysely<Database>,
	actor: Actor,
	id: string
): Promise<EmployerEntry> {
	requireRole(actor, ...STAFF);
	return inCentre(db, actor.centreId, (trx) => employerEntry(trx, actor.centreId, id));
}

export async function employerEntry(trx: Db, centreId: string, id: string): Promise<EmployerEntry> {
	const row = await entryRow(trx, centreId, id);
	if (!row) throw new NotFoundError('employer');
	const behind = row.behind_id ? await entryRow(trx, centreId, row.behind_id) : undefined;
	const fronts = await trx
		.selectFrom('employers')
		.select(['id', 'name', 'kind', 'trading_names'])
		.where('centre_id', '=', centreId)
		.where('behind_id', '=', id)
		.orderBy(sql`lower(name)`)
		.limit(CHOICES_MAX)
		.execute();
	return {
		...summary(row),
		sites: row.sites,
		behind: behind ? summary(behind) : null,
		fronts: fronts.map(summary)
	};
}

/**
 * Refuses a "behind" that is not in the register, or that would make a loop (A behind B behind
 * A): the register would then never say who is at the end of the chain.
 */
async function checkBehind(
	trx: Db,
	centreId: string,
	id: string | null,
	behindId: string | null
): Promise<void> {
	const seen = new Set<string>(id ? [id] : []);
	let next = behindId;
	while (next) {
		if (seen.has(next)) throw new RuleError('employers.behindLoop');
		seen.add(next);
		const row = await entryRow(trx, centreId, next);
		if (!row) throw new RuleError('employers.behindUnknown');
		next = row.behind_id;
	}
}

async function nameTaken(trx: Db, centreId: string, name: string, except: string | null) {
	let select = trx
		.selectFrom('employers')
		.select('id')
		.where('centre_id', '=', centreId)
		.where(sql<boolean>`lower(name) = lower(${name})`);
	if (except) select = select.where('id', '<>', except);
	return !!(await select.executeTakeFirst());
}

function isUniqueViolation(error: unknown): boolean {
	return typeof error === 'object' && error !== null && 'code' in error && error.code === '23505';
}

/** Adds an entry; RuleError('employers.nameTaken') when the name is in the register already. */
export async function addEmployer(
	db: Kysely<Database>,
	actor: Actor,
	input: EmployerInput
): Promise<string> {
	requireRole(actor, ...STAFF);
	const id = uuidv7();
	try {
		await inCentre(db, actor.centreId, async (trx) => {
			if (await nameTaken(trx, actor.centreId, input.name, null)) {
				throw new RuleError('employers.nameTaken');
			}
			await checkBehind(trx, actor.centreId, null, input.behindId);
			await trx
				.insertInto('employers')
				.values({
					centre_id: actor.centreId,
					id,
					name: input.name,
					trading_names: input.tradingNames,
					sites: input.sites,
					kind: input.kind,
					behind_id: input.behindId
				})
				.execute();
		});
	} catch (error) {
		// Two people adding the same name at once: the index decides, with the same message.
		if (isUniqueViolation(error)) throw new RuleError('employers.nameTaken');
		throw error;
	}
	return id;
}

export async function updateEmployer(
	db: Kysely<Database>,
	actor: Actor,
	id: string,
	input: EmployerInput
): Promise<void> {
	requireRole(actor, ...STAFF);
	try {
		await inCentre(db, actor.centreId, async (trx) => {
			if (!(await entryRow(trx, actor.centreId, id, true))) throw new NotFoundError('employer');
			if (await nameTaken(trx, actor.centreId, input.name, id)) {
				throw new RuleError('employers.nameTaken');
			}
			await checkBehind(trx, actor.centreId, id, input.behindId);
			await trx
				.updateTable('employers')
				.set({
					name: input.name,
					trading_names: input.tradingNames,
					sites: input.sites,
					kind: input.kind,
					behind_id: input.behindId
				})
				.where('centre_id', '=', actor.centreId)
				.where('id', '=', id)
				.execute();
		});
	} catch (error) {
		if (isUniqueViolation(error)) throw new RuleError('employers.nameTaken');
		throw error;
	}
}

/**
 * How many people reported each problem about an employer, counting each reporter once per
 * problem, for anyone who is not the reporter. No total is given: with a count hidden, a total
 * would give it away by subtraction.
 */
export async function reportCounts(
	trx: Db,
	centreId: string,
	employerId: string
): Promise<ProblemCount[]> {
	const rows = await trx
		.selectFrom('employer_reports')
		.select(['problem', (eb) => eb.fn.count<number>('reporter_id').distinct().as('reporters')])
		.where('centre_id', '=', centreId)
		.where('employer_id', '=', employerId)
		.groupBy('problem')
		.execute();
	const counts = new Map(rows.map((row) => [row.problem, Number(row.reporters)]));
	return EMPLOYER_PROBLEMS.filter((problem) => (counts.get(problem) ?? 0) > 0).map((problem) => {
		const count = counts.get(problem) ?? 0;
		return { problem, count: count >= REPORTS_SHOWN_FROM ? count : null };
	});
}

/** The counts of reports about an employer, for staff. */
export async function employerReportCounts(
	db: Kysely<Database>,
	actor: Actor,
	employerId: string
): Promise<ProblemCount[]> {
	requireRole(actor, ...STAFF);
	return inCentre(db, actor.centreId, async (trx) => {
		if (!(await entryRow(trx, actor.centreId, employerId))) throw new NotFoundError('employer');
		return reportCounts(trx, actor.centreId, employerId);
	});
}

/** The first day of the month that `now` falls in on the centre's clock. */
export function monthOf(now: Date, timeZone: string): string {
	return `${instantToLocal(now, timeZone).date.slice(0, 7)}-01`;
}

/**
 * A member's report about an employer in the register. It is not written to the audit log: a
 * log line naming the reporter and the employer would be the very record the report avoids.
 */
export async function makeReport(
	db: Kysely<Database>,
	actor: Actor,
	input: ReportInput,
	month: string,
	key: Buffer
): Promise<string> {
	const id = uuidv7();
	await inCentre(db, actor.centreId, async (trx) => {
		if (!(await entryRow(trx, actor.centreId, input.employerId))) {
			throw new RuleError('employers.employerRequired');
		}
		await trx
			.insertInto('employer_reports')
			.values({
				centre_id: actor.centreId,
				id,
				employer_id: input.employerId,
				reporter_id: actor.accountId,
				problem: input.problem,
				reported_month: month,
				words: input.words ? seal(input.words, key) : null
			})
			.execute();
	});
	return id;
}

/** The reports this person made, newest month first, with their own words. */
export async function ownReports(
	db: Kysely<Database>,
	actor: Actor,
	key: Buffer
): Promise<OwnReport[]> {
	return inCentre(db, actor.centreId, async (trx) => {
		const rows = await trx
			.selectFrom('employer_reports as r')
			.innerJoin('employers as e', (join) =>
				join.onRef('e.centre_id', '=', 'r.centre_id').onRef('e.id', '=', 'r.employer_id')
			)
			.select(['r.id', 'r.problem', 'r.reported_month', 'r.words', 'e.id as employer_id', 'e.name'])
			.where('r.centre_id', '=', actor.centreId)
			.where('r.reporter_id', '=', actor.accountId)
			.orderBy('r.reported_month', 'desc')
			.orderBy('r.id', 'desc')
			.execute();
		return rows.map((row) => ({
			id: row.id,
			employer: { id: row.employer_id, name: row.name },
			problem: row.problem,
			month: row.reported_month,
			words: row.words ? open(row.words, key) : ''
		}));
	});
}

/** Deletes one of the person's own reports; another's is not found, whoever asks. */
export async function withdrawReport(
	db: Kysely<Database>,
	actor: Actor,
	reportId: string
): Promise<void> {
	await inCentre(db, actor.centreId, async (trx) => {
		const deleted = await trx
			.deleteFrom('employer_reports')
			.where('centre_id', '=', actor.centreId)
			.where('id', '=', reportId)
			.where('reporter_id', '=', actor.accountId)
			.executeTakeFirst();
		if (Number(deleted.numDeletedRows) === 0) throw new NotFoundError('report');
	});
}
