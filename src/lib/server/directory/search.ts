import { sql, type SqlBool } from 'kysely';
import type { Locale } from '../../i18n/locales';
import type { Centre } from '../centres/centres.service';
import {
	addDays,
	describeNext,
	instantToLocal,
	localToInstant,
	openingIntervals,
	openingStatus,
	type OpeningDescription,
	type OpeningException,
	type Weekday,
	type WeeklyOpening
} from '../centres/opening-hours';
import { inCentre } from '../platform/database';
import type { Db } from '../schema';
import { categoryCodes, type CategoryCode } from './categories';
import type { ServiceCost } from './directory.tables';

/** Longest search Hearth reads; longer ones are answered with a message, not cut silently. */
export const SEARCH_MAX_LENGTH = 200;
/** Words beyond this many add nothing a person would notice and cost a condition each. */
const SEARCH_MAX_WORDS = 8;
/** How close a misspelt word must be to one in the text (pg_trgm word similarity, 0 to 1). */
const TYPO_TOLERANCE = 0.45;
export const SEARCH_PAGE_SIZE = 20;
/** A centre's directory is hundreds of services; the filters that need the clock run on these. */
const CANDIDATE_LIMIT = 2000;
/** Tonight runs from 18:00 to 06:00 on the centre's clock. */
const EVENING_STARTS = '18:00';
const NIGHT_ENDS = '06:00';

export interface SearchFilters {
	text: string;
	openNow: boolean;
	openTonight: boolean;
	free: boolean;
	noIdAsked: boolean;
	walkIn: boolean;
	language: string | null;
	category: CategoryCode | null;
	page: number;
}

export type SearchProblem = 'search.tooLong' | 'search.noWords';

export interface FoundService {
	id: string;
	name: string;
	description: string;
	/** True when the service has no text in the reader's language and shows the centre's. */
	inCentreLanguage: boolean;
	organization: string | null;
	cost: ServiceCost;
	noIdAsked: boolean;
	walkIn: boolean;
	languages: string[];
	categories: CategoryCode[];
	status: 'temporarily closed' | 'active';
	open: boolean;
	next: OpeningDescription;
}

export interface SearchAnswer {
	results: FoundService[];
	total: number;
	page: number;
	pages: number;
}

/** The words of a search, or why there are none to look for. */
export function searchWords(text: string): { words: string[] } | { problem: SearchProblem } {
	if (text.length > SEARCH_MAX_LENGTH) return { problem: 'search.tooLong' };
	const words = text.match(/[\p{L}\p{N}][\p{L}\p{M}\p{N}]*/gu) ?? [];
	if (text.trim() !== '' && words.length === 0) return { problem: 'search.noWords' };
	return { words: [...new Set(words)].slice(0, SEARCH_MAX_WORDS) };
}

/**
 * A word matches when the text holds a word starting with it (full-text prefix match) or a word
 * close to it (trigram word similarity, for typos). Both sides are folded by the same function,
 * so accents and case never decide. Both are operators that the text's indexes answer, so only
 * services that may match are read at all.
 */
function wordMatches(word: string) {
	return sql<SqlBool>`(
		services.search_vector @@ to_tsquery('simple'::regconfig, quote_literal(hearth_fold(${word})) || ':*')
		or hearth_fold(${word}) <% services.search_text
	)`;
}

/** The window called "tonight" at `now`: the rest of the night if it is before dawn. */
export function tonight(now: Date, timeZone: string): { from: Date; to: Date } {
	const local = instantToLocal(now, timeZone);
	if (local.time < NIGHT_ENDS)
		return { from: now, to: localToInstant(local.date, NIGHT_ENDS, timeZone) };
	const evening = localToInstant(local.date, EVENING_STARTS, timeZone);
	return {
		from: evening > now ? evening : now,
		to: localToInstant(addDays(local.date, 1), NIGHT_ENDS, timeZone)
	};
}

interface Hours {
	weekly: WeeklyOpening[];
	exceptions: OpeningException[];
}

async function hoursOf(trx: Db, centreId: string, ids: string[]): Promise<Map<string, Hours>> {
	const hours = new Map<string, Hours>(ids.map((id) => [id, { weekly: [], exceptions: [] }]));
	if (ids.length === 0) return hours;
	const [weekly, exceptions] = await Promise.all([
		trx
			.selectFrom('service_schedules')
			.select(['service_id', 'weekday', 'opens', 'closes'])
			.where('centre_id', '=', centreId)
			.where('service_id', 'in', ids)
			.execute(),
		trx
			.selectFrom('service_schedule_exceptions')
			.select(['service_id', 'on_date', 'kind', 'opens', 'closes'])
			.where('centre_id', '=', centreId)
			.where('service_id', 'in', ids)
			.execute()
	]);
	for (const row of weekly) {
		hours.get(row.service_id)?.weekly.push({
			weekday: row.weekday as Weekday,
			opens: row.opens.slice(0, 5),
			closes: row.closes.slice(0, 5)
		});
	}
	for (const row of exceptions) {
		hours.get(row.service_id)?.exceptions.push(
			row.kind === 'closed'
				? { date: row.on_date, kind: 'closed' }
				: {
						date: row.on_date,
						kind: 'open',
						opens: row.opens!.slice(0, 5),
						closes: row.closes!.slice(0, 5)
					}
		);
	}
	return hours;
}

/**
 * Finds a centre's services for a person looking for help: by words in any language Hearth speaks
 * (accents and small typos forgiven) and by the filters, each result saying whether it is open
 * now and when it next opens. Open services come first; with words, the closest matches do.
 */
export async function searchServices(
	db: Db,
	centre: Centre,
	filters: SearchFilters,
	locale: Locale,
	now: Date
): Promise<SearchAnswer | { problem: SearchProblem }> {
	const parsed = searchWords(filters.text);
	if ('problem' in parsed) return parsed;
	const { words } = parsed;
	return inCentre(db, centre.id, async (trx) => {
		if (words.length > 0) {
			await sql`select set_config('pg_trgm.word_similarity_threshold', ${String(TYPO_TOLERANCE)}, true)`.execute(
				trx
			);
		}
		let query = trx
			.selectFrom('services')
			.leftJoin('service_texts', (join) =>
				join
					.onRef('service_texts.centre_id', '=', 'services.centre_id')
					.onRef('service_texts.service_id', '=', 'services.id')
					.on('service_texts.locale', '=', locale)
			)
			.leftJoin('organizations', (join) =>
				join
					.onRef('organizations.centre_id', '=', 'services.centre_id')
					.onRef('organizations.id', '=', 'services.organization_id')
			)
			.select([
				'services.id',
				'services.name',
				'services.description',
				'service_texts.name as localName',
				'service_texts.description as localDescription',
				'organizations.name as organization',
				'services.cost',
				'services.no_id_asked',
				'services.walk_in',
				'services.languages',
				'services.status',
				sql<string[]>`array(
					select taxonomy_terms.code from service_categories
					join taxonomy_terms on taxonomy_terms.id = service_categories.term_id
					where service_categories.centre_id = services.centre_id
						and service_categories.service_id = services.id
					order by taxonomy_terms.position
				)`.as('categories'),
				words.length > 0
					? sql<number>`${sql.join(
							words.map((word) => sql`word_similarity(hearth_fold(${word}), services.search_text)`),
							sql` + `
						)}`.as('rank')
					: sql<number>`0`.as('rank')
			])
			.where('services.centre_id', '=', centre.id)
			.where('services.status', 'in', ['active', 'temporarily closed']);
		for (const word of words) query = query.where(wordMatches(word));
		if (filters.free) query = query.where('services.cost', '=', 'free');
		if (filters.noIdAsked) query = query.where('services.no_id_asked', '=', true);
		if (filters.walkIn) query = query.where('services.walk_in', '=', true);
		if (filters.language) {
			query = query.where(sql<SqlBool>`${filters.language} = any(services.languages)`);
		}
		if (filters.category) {
			const category = filters.category;
			query = query.where(({ exists, selectFrom }) =>
				exists(
					selectFrom('service_categories')
						.innerJoin('taxonomy_terms', 'taxonomy_terms.id', 'service_categories.term_id')
						.select(sql`1`.as('one'))
						.whereRef('service_categories.centre_id', '=', 'services.centre_id')
						.whereRef('service_categories.service_id', '=', 'services.id')
						.where('taxonomy_terms.code', '=', category)
				)
			);
		}
		const rows = await query
			.orderBy('rank', 'desc')
			.orderBy(sql`coalesce(service_texts.name, services.name)`)
			.limit(CANDIDATE_LIMIT)
			.execute();

		const describe = (row: (typeof rows)[number], hours: Hours): FoundService => {
			const closed = row.status === 'temporarily closed';
			const status = closed
				? ({ open: false, opensAt: null } as const)
				: openingStatus(hours.weekly, hours.exceptions, now, centre.timeZone);
			return {
				id: row.id,
				name: row.localName ?? row.name,
				description: row.localName ? (row.localDescription ?? '') : row.description,
				inCentreLanguage: row.localName === null && locale !== centre.defaultLocale,
				organization: row.organization,
				cost: row.cost,
				noIdAsked: row.no_id_asked,
				walkIn: row.walk_in,
				languages: row.languages,
				categories: row.categories.filter((code): code is CategoryCode =>
					(categoryCodes as readonly string[]).includes(code)
				),
				status: closed ? 'temporarily closed' : 'active',
				open: status.open,
				next: describeNext(status, now, centre.timeZone)
			};
		};
		const pageOf = <T>(list: T[]) => {
			const pages = Math.max(1, Math.ceil(list.length / SEARCH_PAGE_SIZE));
			const page = Math.min(Math.max(1, filters.page), pages);
			const from = (page - 1) * SEARCH_PAGE_SIZE;
			return { shown: list.slice(from, from + SEARCH_PAGE_SIZE), total: list.length, page, pages };
		};

		// A search by words alone is ordered by closeness, so only the page shown needs its hours.
		if (words.length > 0 && !filters.openNow && !filters.openTonight) {
			const { shown, ...place } = pageOf(rows);
			const hours = await hoursOf(
				trx,
				centre.id,
				shown.map((row) => row.id)
			);
			return { results: shown.map((row) => describe(row, hours.get(row.id) as Hours)), ...place };
		}

		const hours = await hoursOf(
			trx,
			centre.id,
			rows.map((row) => row.id)
		);
		const night = tonight(now, centre.timeZone);
		const found: FoundService[] = [];
		for (const row of rows) {
			const own = hours.get(row.id) as Hours;
			const result = describe(row, own);
			if (filters.openNow && !result.open) continue;
			if (
				filters.openTonight &&
				(result.status === 'temporarily closed' ||
					openingIntervals(own.weekly, own.exceptions, night.from, night.to, centre.timeZone)
						.length === 0)
			) {
				continue;
			}
			found.push(result);
		}
		// Open services first; sorting is stable, so relevance and name still order each part.
		if (words.length === 0) found.sort((a, b) => Number(b.open) - Number(a.open));
		const { shown, ...place } = pageOf(found);
		return { results: shown, ...place };
	});
}

/** The languages a centre's services speak, for the language filter. */
export async function spokenLanguages(db: Db, centreId: string): Promise<string[]> {
	return inCentre(db, centreId, async (trx) => {
		const rows = await trx
			.selectFrom('services')
			.select(sql<string>`distinct unnest(languages)`.as('language'))
			.where('centre_id', '=', centreId)
			.execute();
		return rows.map((row) => row.language).sort();
	});
}
