import type { Kysely, Transaction } from 'kysely';
import { isLocale, type Locale } from '../../i18n/locales';
import type { Database, Db } from '../schema';
import { recordAudit } from '../platform/audit';
import { inCentre } from '../platform/database';
import { NotFoundError } from '../platform/errors';
import { uuidv7 } from '../platform/ids';
import { listServices, type Service } from '../directory/directory.service';
import { adviserLanguages, requireRole, type Actor } from '../identity/identity.service';
import { createCache } from '../platform/cache';
import * as repo from './centres.repository';
import type { CentreRow } from './centres.tables';
import {
	addDays,
	describeNext,
	instantToLocal,
	openingStatus,
	type OpeningDescription,
	type OpeningException,
	type OpeningStatus,
	type Weekday,
	type WeeklyOpening
} from './opening-hours';

export interface Centre {
	id: string;
	slug: string;
	name: string;
	address: string;
	directions: string;
	timeZone: string;
	defaultLocale: Locale;
	locales: Locale[];
	isDemo: boolean;
}

export interface CentreDetails {
	name: string;
	address: string;
	directions: string;
	timeZone: string;
	defaultLocale: Locale;
	locales: Locale[];
}

export type WeeklyOpeningEntry = WeeklyOpening & { id: string };
export type OpeningExceptionEntry = OpeningException & { id: string; note: string };

export interface CentreHours {
	weekly: WeeklyOpeningEntry[];
	exceptions: OpeningExceptionEntry[];
}

function toCentre(row: CentreRow): Centre {
	const locales = row.locales.filter(isLocale);
	return {
		id: row.id,
		slug: row.slug,
		name: row.name,
		address: row.address,
		directions: row.directions,
		timeZone: row.time_zone,
		defaultLocale: isLocale(row.default_locale) ? row.default_locale : 'en',
		locales: locales.length > 0 ? locales : ['en'],
		isDemo: row.is_demo
	};
}

/** 'HH:MM:SS' from PostgreSQL → 'HH:MM'. */
const wall = (time: string) => time.slice(0, 5);

// Every page of a centre looks it up by its address, and its page is the most visited of all.
const CACHE_MS = 5_000;
const centresBySlug = createCache<Centre | null>(CACHE_MS);
const overviews = createCache<CentreOverview>(CACHE_MS);
const allCentres = createCache<Centre[]>(CACHE_MS);

/**
 * After a change to a centre, forget what was cached about it (in this process). Call it once the
 * change has committed: a centre created inside a longer transaction calls it again after.
 */
export function forgetCentre(centreId?: string): void {
	centresBySlug.forget();
	allCentres.forget();
	overviews.forget(centreId ?? '');
}

export async function listCentres(db: Db): Promise<Centre[]> {
	const known = allCentres.get('all');
	if (known) return known;
	const centres = (await repo.listCentres(db)).map(toCentre);
	allCentres.set('all', centres);
	return centres;
}

export async function findCentre(db: Db, slug: string): Promise<Centre | null> {
	if (!/^[a-z0-9-]{1,80}$/.test(slug)) return null;
	const known = centresBySlug.get(slug);
	if (known !== undefined) return known;
	const row = await repo.findCentreBySlug(db, slug);
	const centre = row ? toCentre(row) : null;
	centresBySlug.set(slug, centre);
	return centre;
}

export function countCentres(db: Db, demo?: boolean): Promise<number> {
	return repo.countCentres(db, demo);
}

/** A readable web address for a centre from its name: 'Centro Obrero Sur' → 'centro-obrero-sur'. */
export function slugFrom(name: string): string {
	const slug = name
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 60)
		.replace(/-+$/g, '');
	return slug || 'centre';
}

/**
 * Creates a centre (network level: set-up, a steward, or the demo); returns it. The caller calls
 * `forgetCentre` once its transaction has committed.
 */
export async function createCentre(
	db: Db,
	details: CentreDetails,
	options: { isDemo?: boolean; slug?: string } = {}
): Promise<Centre> {
	const base = options.slug ?? slugFrom(details.name);
	let slug = base;
	for (let n = 2; await repo.slugExists(db, slug); n++) slug = `${base}-${n}`;
	const id = uuidv7();
	await repo.insertCentre(db, {
		id,
		slug,
		name: details.name,
		address: details.address,
		directions: details.directions,
		time_zone: details.timeZone,
		default_locale: details.defaultLocale,
		locales: details.locales,
		is_demo: options.isDemo ?? false
	});
	return { id, slug, ...details, isDemo: options.isDemo ?? false };
}

export async function updateDetails(
	db: Kysely<Database>,
	actor: Actor,
	details: CentreDetails
): Promise<void> {
	requireRole(actor, 'coordinator');
	await inCentre(db, actor.centreId, async (trx) => {
		await repo.updateCentre(trx, actor.centreId, {
			name: details.name,
			address: details.address,
			directions: details.directions,
			time_zone: details.timeZone,
			default_locale: details.defaultLocale,
			locales: details.locales
		});
		await recordAudit(trx, {
			action: 'centres.details_changed',
			centreId: actor.centreId,
			actorId: actor.accountId
		});
	});
	forgetCentre(actor.centreId);
}

/** The weekly hours and the exceptions from yesterday on, in the centre's time zone. */
export async function getHours(
	db: Kysely<Database>,
	centre: Centre,
	now = new Date()
): Promise<CentreHours> {
	const yesterday = addDays(instantToLocal(now, centre.timeZone).date, -1);
	return inCentre(db, centre.id, async (trx) => {
		const weekly = await repo.weeklyHours(trx, centre.id);
		const exceptions = await repo.exceptionsFrom(trx, centre.id, yesterday);
		return {
			weekly: weekly.map((row) => ({
				id: row.id,
				weekday: row.weekday as Weekday,
				opens: wall(row.opens),
				closes: wall(row.closes)
			})),
			exceptions: exceptions.map((row) =>
				row.kind === 'closed'
					? { id: row.id, note: row.note, date: row.on_date, kind: 'closed' as const }
					: {
							id: row.id,
							note: row.note,
							date: row.on_date,
							kind: 'open' as const,
							opens: wall(row.opens ?? '00:00'),
							closes: wall(row.closes ?? '00:00')
						}
			)
		};
	});
}

export interface CentreOverview {
	hours: CentreHours;
	services: Service[];
	adviserLanguages: string[];
}

/** What the centre's public page shows, read in one transaction and kept for a few seconds. */
export async function centreOverview(
	db: Kysely<Database>,
	centre: Centre,
	now = new Date()
): Promise<CentreOverview> {
	const key = `${centre.id}|${instantToLocal(now, centre.timeZone).date}`;
	const known = overviews.get(key);
	if (known) return known;
	const overview = await inCentre(db, centre.id, async (trx) => ({
		hours: await getHours(trx, centre, now),
		services: await listServices(trx, centre.id),
		adviserLanguages: await adviserLanguages(trx, centre.id)
	}));
	overviews.set(key, overview);
	return overview;
}

export interface CentreStatus {
	status: OpeningStatus;
	description: OpeningDescription;
}

// Openings start and end on whole minutes, so the status is the same for every instant of a
// minute; working it out takes many time-zone conversions, so it is kept for the minute.
const statusMemo = new Map<string, CentreStatus>();
const STATUS_MEMO_LIMIT = 1000;

/** Whether the centre is open now and when that changes, told truthfully in its time zone. */
export function centreStatus(centre: Centre, hours: CentreHours, now = new Date()): CentreStatus {
	const minute = Math.floor(now.getTime() / 60_000);
	const key = `${minute}|${centre.timeZone}|${JSON.stringify(hours)}`;
	const known = statusMemo.get(key);
	if (known) return known;
	const status = openingStatus(hours.weekly, hours.exceptions, now, centre.timeZone);
	const found = { status, description: describeNext(status, now, centre.timeZone) };
	if (statusMemo.size >= STATUS_MEMO_LIMIT) statusMemo.clear();
	statusMemo.set(key, found);
	return found;
}

/** Every change to the hours: by a coordinator, in the centre's scope, audited, then shown at once. */
async function changeHours(
	db: Kysely<Database>,
	actor: Actor,
	change: (trx: Transaction<Database>) => Promise<void>
): Promise<void> {
	requireRole(actor, 'coordinator');
	await inCentre(db, actor.centreId, async (trx) => {
		await change(trx);
		await recordAudit(trx, {
			action: 'centres.hours_changed',
			centreId: actor.centreId,
			actorId: actor.accountId
		});
	});
	forgetCentre(actor.centreId);
}

export function addOpening(
	db: Kysely<Database>,
	actor: Actor,
	opening: WeeklyOpening
): Promise<void> {
	return changeHours(db, actor, (trx) =>
		repo.insertOpening(trx, { centreId: actor.centreId, id: uuidv7(), ...opening })
	);
}

export function removeOpening(
	db: Kysely<Database>,
	actor: Actor,
	openingId: string
): Promise<void> {
	return changeHours(db, actor, async (trx) => {
		if (!(await repo.deleteOpening(trx, actor.centreId, openingId)))
			throw new NotFoundError('opening');
	});
}

export function addException(
	db: Kysely<Database>,
	actor: Actor,
	exception: OpeningException & { note: string }
): Promise<void> {
	return changeHours(db, actor, (trx) =>
		repo.insertException(trx, {
			centreId: actor.centreId,
			id: uuidv7(),
			onDate: exception.date,
			kind: exception.kind,
			opens: exception.kind === 'open' ? exception.opens : null,
			closes: exception.kind === 'open' ? exception.closes : null,
			note: exception.note
		})
	);
}

export function removeException(
	db: Kysely<Database>,
	actor: Actor,
	exceptionId: string
): Promise<void> {
	return changeHours(db, actor, async (trx) => {
		if (!(await repo.deleteException(trx, actor.centreId, exceptionId))) {
			throw new NotFoundError('exception');
		}
	});
}
