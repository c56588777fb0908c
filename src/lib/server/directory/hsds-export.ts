import { sql, type ExpressionBuilder } from 'kysely';
import { en, type MessageKey } from '../../i18n/messages/en';
import { isUuid } from '../platform/ids';
import type { Database, Db } from '../schema';
import {
	accessTaxonomy,
	accessTerms,
	hearthTaxonomy,
	type AccessCode,
	type CategoryCode
} from './categories';
import type { ServiceStatus } from './directory.tables';
import { derivedId } from './hsds-ids';
import {
	readLocations,
	readOrganizations,
	readServices,
	type LocationRecord,
	type OrganizationRecord,
	type ServiceRecord
} from './records';

/**
 * Hearth's directory as Open Referral's HSDS 3.0 API serves it (docs/hsds.md is the mapping).
 * Only services a coordinator marked public leave Hearth, with the organisations and locations
 * they refer to. The API spans every centre, so queries run on the owner's handle, outside any
 * centre's scope, and each one filters on `is_public` itself.
 */

export const HSDS_VERSION = '3.0';
/** Hearth serves base HSDS 3.0 with no profile of its own. */
export const HSDS_PROFILE = 'https://github.com/openreferral/specification/tree/3.0/schema';
export const HSDS_OPENAPI_URL =
	'https://raw.githubusercontent.com/openreferral/specification/3.0/schema/openapi.json';

export const DEFAULT_PER_PAGE = 50;
export const MAX_PER_PAGE = 200;
const MAX_PAGE = 1_000_000;
const MAX_SEARCH = 200;

// ---------------------------------------------------------------------------------------------
// HSDS objects, as far as Hearth fills them

export interface HsdsRoot {
	version: string;
	profile: string;
	openapi_url: string;
}

export interface HsdsTaxonomy {
	id: string;
	name: string;
	description: string;
	version: string;
}

export interface HsdsTaxonomyTerm {
	id: string;
	code: string;
	name: string;
	description: string;
	taxonomy: string;
	taxonomy_id: string;
	language: string;
}

export interface HsdsAttribute {
	id: string;
	link_id: string;
	link_entity: 'service';
	taxonomy_term_id: string;
	taxonomy_term: HsdsTaxonomyTerm;
}

export interface HsdsPhone {
	id: string;
	service_id?: string;
	organization_id?: string;
	number: string;
}

export interface HsdsSchedule {
	id: string;
	service_id: string;
	freq: 'WEEKLY';
	byday: string;
	opens_at: string;
	closes_at: string;
}

export interface HsdsLanguage {
	id: string;
	service_id: string;
	code: string;
	name: string;
}

export interface HsdsCostOption {
	id: string;
	service_id: string;
	option: string;
	amount?: number;
}

export interface HsdsRequiredDocument {
	id: string;
	service_id: string;
	document: string;
}

export interface HsdsAddress {
	id: string;
	location_id: string;
	address_1: string;
	city: string;
	state_province: string;
	postal_code: string;
	country: string;
	address_type: 'physical';
}

export interface HsdsAccessibility {
	id: string;
	location_id: string;
	description: string;
}

export interface HsdsLocationSummary {
	id: string;
	location_type: 'physical';
	organization_id?: string;
	name?: string;
	transportation?: string;
}

export interface HsdsLocation extends HsdsLocationSummary {
	addresses: HsdsAddress[];
	accessibility: HsdsAccessibility[];
}

export interface HsdsOrganizationSummary {
	id: string;
	name: string;
	description: string;
	email?: string;
	website?: string;
}

export interface HsdsServiceSummary {
	id: string;
	organization_id?: string;
	name: string;
	description?: string;
	url?: string;
	email?: string;
	status: ServiceStatus;
	interpretation_services?: string;
	application_process?: string;
	fees_description?: string;
	eligibility_description?: string;
	last_modified: string;
	organization?: HsdsOrganizationSummary;
}

export interface HsdsOrganization extends HsdsOrganizationSummary {
	phones: HsdsPhone[];
	services?: HsdsServiceSummary[];
}

export interface HsdsServiceAtLocationSummary {
	id: string;
	service_id: string;
	location_id: string;
	location?: HsdsLocationSummary;
	service?: HsdsServiceSummary;
}

/** A service with everything that hangs from it: what `/services/{id}` answers. */
export interface HsdsService extends Omit<HsdsServiceSummary, 'organization'> {
	organization?: HsdsOrganization;
	phones: HsdsPhone[];
	schedules: HsdsSchedule[];
	service_at_locations?: (Omit<HsdsServiceAtLocationSummary, 'location' | 'service'> & {
		location?: HsdsLocation;
	})[];
	languages: HsdsLanguage[];
	cost_options: HsdsCostOption[];
	required_documents: HsdsRequiredDocument[];
	attributes: HsdsAttribute[];
}

export interface HsdsServiceAtLocation {
	id: string;
	service_id: string;
	location_id: string;
	location?: HsdsLocation;
	service: Omit<HsdsService, 'service_at_locations'>;
}

/** HSDS's Page: one page of a list and where it stands in the whole. */
export interface HsdsPage<T> {
	total_items: number;
	total_pages: number;
	page_number: number;
	size: number;
	first_page: boolean;
	last_page: boolean;
	empty: boolean;
	contents: T[];
}

/** A category of need as the `taxonomy_terms` table holds it. */
export interface CategoryTerm {
	id: string;
	code: string;
}

// ---------------------------------------------------------------------------------------------
// Pure mapping from Hearth's records

/** Drops the fields left undefined, so an empty field is absent rather than an empty string. */
function compact<T extends object>(value: T): T {
	return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as T;
}

function optional(text: string): string | undefined {
	return text.trim() === '' ? undefined : text;
}

// The characters RFC 3986 allows in a URI; HSDS's `uri` format refuses anything else.
const URI_TEXT = /^[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]+$/;

/**
 * A web address HSDS accepts as a `uri`, or nothing. Coordinators may type "example.org" without
 * a scheme; such an address gets https:// in front rather than being dropped.
 */
export function webAddress(value: string): string | undefined {
	const text = value.trim();
	if (!text) return undefined;
	for (const candidate of /^[a-z][a-z0-9+.-]*:/i.test(text) ? [text] : [`https://${text}`]) {
		let url: URL;
		try {
			url = new URL(candidate);
		} catch {
			continue;
		}
		if ((url.protocol !== 'http:' && url.protocol !== 'https:') || !url.hostname.includes('.')) {
			continue;
		}
		if (URI_TEXT.test(candidate)) return candidate;
		if (URI_TEXT.test(url.href)) return url.href;
	}
	return undefined;
}

// The address form HSDS's `email` format accepts.
const EMAIL =
	/^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i;

export function emailAddress(value: string): string | undefined {
	const text = value.trim();
	return EMAIL.test(text) ? text : undefined;
}

const englishLanguageNames = new Intl.DisplayNames(['en'], { type: 'language' });

function languageName(code: string): string {
	try {
		return englishLanguageNames.of(code) ?? code;
	} catch {
		return code;
	}
}

const BYDAY = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;

const costOptions = {
	free: { option: 'Free', amount: 0 },
	low_cost: { option: 'Low cost', amount: undefined },
	fee: { option: 'Fee', amount: undefined }
} as const;

function categoryName(code: string): string {
	const message = en[`category.${code}` as MessageKey] as unknown;
	return typeof message === 'string' ? message : code;
}

export function toHsdsTaxonomy(
	taxonomy: typeof hearthTaxonomy | typeof accessTaxonomy
): HsdsTaxonomy {
	return {
		id: taxonomy.id,
		name: taxonomy.name,
		description: taxonomy.description,
		version: taxonomy.version
	};
}

export function toHsdsCategoryTerm(term: CategoryTerm): HsdsTaxonomyTerm {
	return {
		id: term.id,
		code: term.code,
		name: categoryName(term.code),
		description: '',
		taxonomy: hearthTaxonomy.name,
		taxonomy_id: hearthTaxonomy.id,
		language: 'en'
	};
}

export function toHsdsAccessTerm(code: AccessCode): HsdsTaxonomyTerm {
	const term = accessTerms[code];
	return {
		id: term.id,
		code,
		name: term.name,
		description: term.description,
		taxonomy: accessTaxonomy.name,
		taxonomy_id: accessTaxonomy.id,
		language: 'en'
	};
}

export function toHsdsOrganizationSummary(
	organization: OrganizationRecord
): HsdsOrganizationSummary {
	return compact({
		id: organization.id,
		name: organization.name,
		description: organization.description,
		email: emailAddress(organization.email),
		website: webAddress(organization.website)
	});
}

export function toHsdsOrganization(
	organization: OrganizationRecord,
	services?: readonly ServiceRecord[]
): HsdsOrganization {
	const phone = organization.phone.trim();
	return compact({
		...toHsdsOrganizationSummary(organization),
		phones: phone
			? [
					{
						id: derivedId(organization.id, 'phone'),
						organization_id: organization.id,
						number: phone
					}
				]
			: [],
		services: services?.map((service) => toHsdsServiceSummary(service, null))
	});
}

export function toHsdsLocationSummary(location: LocationRecord): HsdsLocationSummary {
	return compact({
		id: location.id,
		location_type: 'physical' as const,
		organization_id: location.organizationId ?? undefined,
		name: optional(location.name),
		transportation: optional(location.transportation)
	});
}

export function toHsdsLocation(location: LocationRecord): HsdsLocation {
	const hasAddress = [location.address1, location.city, location.postalCode, location.country].some(
		(part) => part.trim() !== ''
	);
	return {
		...toHsdsLocationSummary(location),
		addresses: hasAddress
			? [
					{
						id: derivedId(location.id, 'address'),
						location_id: location.id,
						address_1: location.address1,
						city: location.city,
						state_province: '',
						postal_code: location.postalCode,
						country: location.country,
						address_type: 'physical'
					}
				]
			: [],
		accessibility: location.accessibility.trim()
			? [
					{
						id: derivedId(location.id, 'accessibility'),
						location_id: location.id,
						description: location.accessibility
					}
				]
			: []
	};
}

/** The one-to-one fields of a service: a `/services` list item. */
export function toHsdsServiceSummary(
	service: ServiceRecord,
	organization: OrganizationRecord | null
): HsdsServiceSummary {
	return compact({
		id: service.id,
		organization_id: service.organizationId ?? undefined,
		name: service.name,
		description: optional(service.description),
		url: webAddress(service.url),
		email: emailAddress(service.email),
		status: service.status,
		interpretation_services: optional(service.interpretationNotes),
		application_process: optional(service.applicationProcess),
		fees_description: optional(service.feesDescription),
		eligibility_description: optional(service.eligibility),
		last_modified: service.updatedAt.toISOString(),
		organization: organization ? toHsdsOrganizationSummary(organization) : undefined
	});
}

function attributesOf(service: ServiceRecord, terms: readonly CategoryTerm[]): HsdsAttribute[] {
	const attribute = (kind: string, term: HsdsTaxonomyTerm): HsdsAttribute => ({
		id: derivedId(service.id, `attribute/${kind}`),
		link_id: service.id,
		link_entity: 'service',
		taxonomy_term_id: term.id,
		taxonomy_term: term
	});
	const categories = service.categories.flatMap((code: CategoryCode) => {
		const term = terms.find((candidate) => candidate.code === code);
		return term ? [attribute(code, toHsdsCategoryTerm(term))] : [];
	});
	const access = (
		[
			['no-id-asked', service.noIdAsked],
			['walk-in', service.walkIn],
			['interpretation-available', service.interpretationAvailable]
		] as const
	).flatMap(([code, holds]) => (holds ? [attribute(code, toHsdsAccessTerm(code))] : []));
	return [...categories, ...access];
}

/** Everything HSDS nests under a service except the places it is given. */
function serviceBody(
	service: ServiceRecord,
	organization: OrganizationRecord | null,
	terms: readonly CategoryTerm[]
): Omit<HsdsService, 'service_at_locations'> {
	const phone = service.phone.trim();
	const cost = costOptions[service.cost];
	const summary: Omit<HsdsServiceSummary, 'organization'> = toHsdsServiceSummary(service, null);
	return {
		...summary,
		...(organization ? { organization: toHsdsOrganization(organization) } : {}),
		phones: phone
			? [{ id: derivedId(service.id, 'phone'), service_id: service.id, number: phone }]
			: [],
		schedules: service.weekly.map((opening) => ({
			id: opening.id,
			service_id: service.id,
			freq: 'WEEKLY',
			byday: BYDAY[opening.weekday - 1] ?? 'MO',
			opens_at: opening.opens,
			closes_at: opening.closes
		})),
		languages: service.languages.map((code) => ({
			id: derivedId(service.id, `language/${code}`),
			service_id: service.id,
			code,
			name: languageName(code)
		})),
		cost_options: [
			compact({
				id: derivedId(service.id, 'cost-option'),
				service_id: service.id,
				option: cost.option,
				amount: cost.amount
			})
		],
		required_documents: service.documents.map((document) => ({
			id: document.id,
			service_id: service.id,
			document: document.document
		})),
		attributes: attributesOf(service, terms)
	};
}

/**
 * A whole service as HSDS nests it: its organisation, where it is given, its weekly hours (one
 * schedule per row; closes_at at or before opens_at means the next morning), languages,
 * documents, cost, and its categories and access facts as attributes.
 */
export function toHsdsService(
	service: ServiceRecord,
	organization: OrganizationRecord | null,
	locations: readonly LocationRecord[],
	terms: readonly CategoryTerm[]
): HsdsService {
	return {
		...serviceBody(service, organization, terms),
		service_at_locations: service.locations.map((place) => {
			const location = locations.find((candidate) => candidate.id === place.locationId);
			return compact({
				id: place.id,
				service_id: service.id,
				location_id: place.locationId,
				location: location ? toHsdsLocation(location) : undefined
			});
		})
	};
}

export function toHsdsServiceAtLocationSummary(
	place: { id: string; locationId: string },
	service: ServiceRecord,
	organization: OrganizationRecord | null,
	location: LocationRecord | null
): HsdsServiceAtLocationSummary {
	return compact({
		id: place.id,
		service_id: service.id,
		location_id: place.locationId,
		location: location ? toHsdsLocationSummary(location) : undefined,
		service: toHsdsServiceSummary(service, organization)
	});
}

export function toHsdsServiceAtLocation(
	place: { id: string; locationId: string },
	service: ServiceRecord,
	organization: OrganizationRecord | null,
	location: LocationRecord | null,
	terms: readonly CategoryTerm[]
): HsdsServiceAtLocation {
	return compact({
		id: place.id,
		service_id: service.id,
		location_id: place.locationId,
		location: location ? toHsdsLocation(location) : undefined,
		// The service's other places belong to the service, not to this one.
		service: serviceBody(service, organization, terms)
	});
}

// ---------------------------------------------------------------------------------------------
// Query parameters

/** A request the API cannot answer as asked; the message is a plain English sentence. */
export class HsdsRequestError extends Error {
	override name = 'HsdsRequestError';
}

export interface ListQuery {
	page: number;
	perPage: number;
	/** Words that must all appear, as typed. */
	search: string[];
	modifiedAfter: Date | null;
	taxonomyTermId: string | null;
	taxonomyId: string | null;
}

function single(params: URLSearchParams, name: string): string | null {
	const values = params.getAll(name);
	if (values.length > 1) throw new HsdsRequestError(`Give ${name} only once.`);
	const value = values[0]?.trim();
	return value ? value : null;
}

function wholeNumber(params: URLSearchParams, name: string, fallback: number, max: number): number {
	const text = single(params, name);
	if (text === null) return fallback;
	const value = /^\d{1,9}$/.test(text) ? Number(text) : NaN;
	if (!(value >= 1 && value <= max)) {
		throw new HsdsRequestError(`${name} must be a whole number from 1 to ${max}.`);
	}
	return value;
}

const DATE_TIME =
	/^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?$/i;

/**
 * An ISO 8601 date, or date and time. A time without an offset is taken as UTC, and a space
 * before the offset as the '+' that an unencoded query string turns into a space.
 */
export function parseDateTime(text: string): Date | null {
	const repaired = text.replace(/(\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?) (\d{2}:?\d{2})$/, '$1+$2');
	const match = DATE_TIME.exec(repaired);
	if (!match) return null;
	const [, year, month, day, hour = '00', minute = '00', second = '00', fraction = '', zone] =
		match;
	const offset =
		!zone || zone.toUpperCase() === 'Z' ? 'Z' : zone.replace(/^([+-]\d{2}):?(\d{2})$/, '$1:$2');
	if (Number(hour) > 23 || Number(minute) > 59 || Number(second) > 59) return null;
	if (offset !== 'Z' && (Number(offset.slice(1, 3)) > 23 || Number(offset.slice(4)) > 59))
		return null;
	// 2024-02-31 is not a date, though Date would roll it over into March.
	const calendar = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
	if (
		calendar.getUTCFullYear() !== Number(year) ||
		calendar.getUTCMonth() !== Number(month) - 1 ||
		calendar.getUTCDate() !== Number(day)
	) {
		return null;
	}
	const date = new Date(
		`${year}-${month}-${day}T${hour}:${minute}:${second}${fraction.slice(0, 4)}${offset}`
	);
	return Number.isNaN(date.getTime()) ? null : date;
}

function identifier(params: URLSearchParams, name: string, listing: string): string | null {
	const text = single(params, name);
	if (text === null) return null;
	const id = text.toLowerCase();
	if (!isUuid(id)) {
		throw new HsdsRequestError(`${name} must be the id of one of those listed at ${listing}.`);
	}
	return id;
}

/** Reads and checks the query parameters of a list; anything wrong is an HsdsRequestError. */
export function parseListQuery(params: URLSearchParams): ListQuery {
	const page = wholeNumber(params, 'page', 1, MAX_PAGE);
	const perPage = wholeNumber(params, 'per_page', DEFAULT_PER_PAGE, MAX_PER_PAGE);
	const search = single(params, 'search') ?? '';
	if (search.length > MAX_SEARCH) {
		throw new HsdsRequestError(`search must be at most ${MAX_SEARCH} characters long.`);
	}
	const modifiedText = single(params, 'modified_after');
	const modifiedAfter = modifiedText === null ? null : parseDateTime(modifiedText);
	if (modifiedText !== null && !modifiedAfter) {
		throw new HsdsRequestError(
			'modified_after must be a date, or a date and time, such as 2024-05-01T09:30:00Z.'
		);
	}
	return {
		page,
		perPage,
		search: search.split(/\s+/).filter(Boolean),
		modifiedAfter,
		taxonomyTermId: identifier(params, 'taxonomy_term_id', '/api/hsds/taxonomy_terms'),
		taxonomyId: identifier(params, 'taxonomy_id', '/api/hsds/taxonomies')
	};
}

// ---------------------------------------------------------------------------------------------
// Queries

function toPage<T>(contents: T[], total: number, query: ListQuery): HsdsPage<T> {
	const totalPages = Math.ceil(total / query.perPage);
	return {
		total_items: total,
		total_pages: totalPages,
		page_number: query.page,
		size: contents.length,
		first_page: query.page === 1,
		last_page: query.page >= totalPages,
		empty: contents.length === 0,
		contents
	};
}

/** The words of a search as LIKE patterns: `%` and `_` typed by someone match only themselves. */
function likeWords(words: readonly string[]): string[] {
	return words.map((word) => word.replace(/[\\%_]/g, '\\$&'));
}

/** Folded like the directory folds: lower case, accents gone. */
function foldText(text: string): string {
	return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

export function readCategoryTerms(db: Db): Promise<CategoryTerm[]> {
	return db.selectFrom('taxonomy_terms').select(['id', 'code']).orderBy('position').execute();
}

const accessColumns = {
	'no-id-asked': 'no_id_asked',
	'walk-in': 'walk_in',
	'interpretation-available': 'interpretation_available'
} as const satisfies Record<AccessCode, string>;

type ServicesScope = ExpressionBuilder<Database, 'services'>;

/** The conditions a list of services is filtered by, as one expression. */
async function serviceFilter(db: Db, query: ListQuery) {
	let term: { category: string } | { access: AccessCode } | null = null;
	if (query.taxonomyTermId) {
		const id = query.taxonomyTermId;
		const access = (Object.keys(accessTerms) as AccessCode[]).find(
			(code) => accessTerms[code].id === id
		);
		if (access) term = { access };
		else {
			const category = await db
				.selectFrom('taxonomy_terms')
				.select('id')
				.where('id', '=', id)
				.executeTakeFirst();
			if (!category) {
				throw new HsdsRequestError(
					'taxonomy_term_id must be the id of one of those listed at /api/hsds/taxonomy_terms.'
				);
			}
			term = { category: category.id };
		}
	}
	if (
		query.taxonomyId &&
		query.taxonomyId !== hearthTaxonomy.id &&
		query.taxonomyId !== accessTaxonomy.id
	) {
		throw new HsdsRequestError(
			'taxonomy_id must be the id of one of those listed at /api/hsds/taxonomies.'
		);
	}
	const patterns = likeWords(query.search);
	return (eb: ServicesScope) => {
		const conditions = [eb('services.is_public', '=', true)];
		if (query.modifiedAfter) {
			conditions.push(eb('services.updated_at', '>=', query.modifiedAfter));
		}
		for (const pattern of patterns) {
			conditions.push(
				eb(
					sql<string>`services.search_text`,
					'like',
					sql<string>`'%' || hearth_fold(${pattern}) || '%'`
				)
			);
		}
		const categoryOf = (termId?: string) => {
			let sub = eb
				.selectFrom('service_categories')
				.select(sql<number>`1`.as('one'))
				.whereRef('service_categories.centre_id', '=', 'services.centre_id')
				.whereRef('service_categories.service_id', '=', 'services.id');
			if (termId) sub = sub.where('service_categories.term_id', '=', termId);
			return eb.exists(sub);
		};
		if (term && 'category' in term) conditions.push(categoryOf(term.category));
		if (term && 'access' in term) {
			conditions.push(eb(`services.${accessColumns[term.access]}`, '=', true));
		}
		if (query.taxonomyId === hearthTaxonomy.id) conditions.push(categoryOf());
		if (query.taxonomyId === accessTaxonomy.id) {
			conditions.push(
				eb.or([
					eb('services.no_id_asked', '=', true),
					eb('services.walk_in', '=', true),
					eb('services.interpretation_available', '=', true)
				])
			);
		}
		return eb.and(conditions);
	};
}

interface LoadedService {
	service: ServiceRecord;
	organization: OrganizationRecord | null;
	locations: LocationRecord[];
}

/**
 * Reads whole public services, centre by centre (the directory's own reader is per centre), in
 * the order given, with their organisations and, when asked, their locations.
 */
async function loadServices(
	db: Db,
	rows: readonly { centre_id: string; id: string }[],
	withLocations: boolean
): Promise<LoadedService[]> {
	const byCentre = new Map<string, string[]>();
	for (const row of rows)
		byCentre.set(row.centre_id, [...(byCentre.get(row.centre_id) ?? []), row.id]);
	const loaded = new Map<string, LoadedService>();
	for (const [centreId, ids] of byCentre) {
		const services = (await readServices(db, centreId, ids)).filter((service) => service.isPublic);
		const organizationIds = [
			...new Set(services.flatMap((service) => service.organizationId ?? []))
		];
		const locationIds = withLocations
			? [
					...new Set(
						services.flatMap((service) => service.locations.map((place) => place.locationId))
					)
				]
			: [];
		const [organizations, locations] = await Promise.all([
			readOrganizations(db, centreId, organizationIds),
			readLocations(db, centreId, locationIds)
		]);
		for (const service of services) {
			loaded.set(service.id, {
				service,
				organization:
					organizations.find((organization) => organization.id === service.organizationId) ?? null,
				locations: locations.filter((location) =>
					service.locations.some((place) => place.locationId === location.id)
				)
			});
		}
	}
	return rows.flatMap((row) => loaded.get(row.id) ?? []);
}

export async function listServices(
	db: Db,
	query: ListQuery
): Promise<HsdsPage<HsdsServiceSummary>> {
	const filter = await serviceFilter(db, query);
	const [count, rows] = await Promise.all([
		db
			.selectFrom('services')
			.where(filter)
			.select((eb) => eb.fn.countAll<number>().as('total'))
			.executeTakeFirstOrThrow(),
		db
			.selectFrom('services')
			.where(filter)
			.select(['services.centre_id', 'services.id'])
			.orderBy('services.updated_at')
			.orderBy('services.id')
			.limit(query.perPage)
			.offset((query.page - 1) * query.perPage)
			.execute()
	]);
	const loaded = await loadServices(db, rows, false);
	return toPage(
		loaded.map(({ service, organization }) => toHsdsServiceSummary(service, organization)),
		Number(count.total),
		query
	);
}

/** A public service, whole; null when no public service has that id. */
export async function exportService(db: Db, id: string): Promise<HsdsService | null> {
	const key = id.toLowerCase();
	if (!isUuid(key)) return null;
	const row = await db
		.selectFrom('services')
		.select(['centre_id', 'id'])
		.where('id', '=', key)
		.where('is_public', '=', true)
		.executeTakeFirst();
	if (!row) return null;
	const [[loaded], terms] = await Promise.all([
		loadServices(db, [row], true),
		readCategoryTerms(db)
	]);
	if (!loaded) return null;
	return toHsdsService(loaded.service, loaded.organization, loaded.locations, terms);
}

/** Only organisations with at least one public service exist for the API. */
function hasPublicService(eb: ExpressionBuilder<Database, 'organizations'>) {
	return eb.exists(
		eb
			.selectFrom('services')
			.select(sql<number>`1`.as('one'))
			.whereRef('services.centre_id', '=', 'organizations.centre_id')
			.whereRef('services.organization_id', '=', 'organizations.id')
			.where('services.is_public', '=', true)
	);
}

async function loadOrganizations(
	db: Db,
	rows: readonly { centre_id: string; id: string }[]
): Promise<OrganizationRecord[]> {
	const byCentre = new Map<string, string[]>();
	for (const row of rows)
		byCentre.set(row.centre_id, [...(byCentre.get(row.centre_id) ?? []), row.id]);
	const loaded = new Map<string, OrganizationRecord>();
	for (const [centreId, ids] of byCentre) {
		for (const organization of await readOrganizations(db, centreId, ids)) {
			loaded.set(organization.id, organization);
		}
	}
	return rows.flatMap((row) => loaded.get(row.id) ?? []);
}

export async function listOrganizations(
	db: Db,
	query: ListQuery
): Promise<HsdsPage<HsdsOrganizationSummary>> {
	const patterns = likeWords(query.search);
	const filter = (eb: ExpressionBuilder<Database, 'organizations'>) =>
		eb.and([
			hasPublicService(eb),
			...patterns.map((pattern) =>
				eb(
					sql<string>`hearth_fold(organizations.name || ' ' || organizations.description)`,
					'like',
					sql<string>`'%' || hearth_fold(${pattern}) || '%'`
				)
			)
		]);
	const [count, rows] = await Promise.all([
		db
			.selectFrom('organizations')
			.where(filter)
			.select((eb) => eb.fn.countAll<number>().as('total'))
			.executeTakeFirstOrThrow(),
		db
			.selectFrom('organizations')
			.where(filter)
			.select(['organizations.centre_id', 'organizations.id'])
			.orderBy('organizations.name')
			.orderBy('organizations.id')
			.limit(query.perPage)
			.offset((query.page - 1) * query.perPage)
			.execute()
	]);
	const organizations = await loadOrganizations(db, rows);
	return toPage(organizations.map(toHsdsOrganizationSummary), Number(count.total), query);
}

/** An organisation with its public services; null unless it has at least one. */
export async function exportOrganization(db: Db, id: string): Promise<HsdsOrganization | null> {
	const key = id.toLowerCase();
	if (!isUuid(key)) return null;
	const row = await db
		.selectFrom('organizations')
		.select(['centre_id', 'id'])
		.where('id', '=', key)
		.where(hasPublicService)
		.executeTakeFirst();
	if (!row) return null;
	const [[organization], serviceRows] = await Promise.all([
		loadOrganizations(db, [row]),
		db
			.selectFrom('services')
			.select(['centre_id', 'id'])
			.where('centre_id', '=', row.centre_id)
			.where('organization_id', '=', row.id)
			.where('is_public', '=', true)
			.orderBy('name')
			.orderBy('id')
			.execute()
	]);
	if (!organization) return null;
	const services = await readServices(
		db,
		row.centre_id,
		serviceRows.map((service) => service.id)
	);
	return toHsdsOrganization(
		organization,
		services.filter((service) => service.isPublic)
	);
}

interface PlaceRow {
	centre_id: string;
	id: string;
	service_id: string;
	location_id: string;
}

function placesOfPublicServices(db: Db) {
	return db
		.selectFrom('service_at_locations')
		.innerJoin('services', (join) =>
			join
				.onRef('services.centre_id', '=', 'service_at_locations.centre_id')
				.onRef('services.id', '=', 'service_at_locations.service_id')
		);
}

const placeColumns = [
	'service_at_locations.centre_id',
	'service_at_locations.id',
	'service_at_locations.service_id',
	'service_at_locations.location_id'
] as const;

export async function listServiceAtLocations(
	db: Db,
	query: ListQuery
): Promise<HsdsPage<HsdsServiceAtLocationSummary>> {
	const filter = await serviceFilter(db, query);
	const [count, rows] = await Promise.all([
		placesOfPublicServices(db)
			.where(filter)
			.select((eb) => eb.fn.countAll<number>().as('total'))
			.executeTakeFirstOrThrow(),
		placesOfPublicServices(db)
			.where(filter)
			.select(placeColumns)
			.orderBy('services.updated_at')
			.orderBy('services.id')
			.orderBy('service_at_locations.id')
			.limit(query.perPage)
			.offset((query.page - 1) * query.perPage)
			.execute()
	]);
	const contents = await placesFrom(db, rows, (place, loaded, location) =>
		toHsdsServiceAtLocationSummary(place, loaded.service, loaded.organization, location)
	);
	return toPage(contents, Number(count.total), query);
}

async function placesFrom<T>(
	db: Db,
	rows: readonly PlaceRow[],
	build: (
		place: { id: string; locationId: string },
		loaded: LoadedService,
		location: LocationRecord | null
	) => T
): Promise<T[]> {
	const services = await loadServices(
		db,
		rows.map((row) => ({ centre_id: row.centre_id, id: row.service_id })),
		true
	);
	return rows.flatMap((row) => {
		const loaded = services.find((candidate) => candidate.service.id === row.service_id);
		if (!loaded) return [];
		const location = loaded.locations.find((candidate) => candidate.id === row.location_id);
		return [build({ id: row.id, locationId: row.location_id }, loaded, location ?? null)];
	});
}

/** A place where a public service is given, with the location and the whole service. */
export async function exportServiceAtLocation(
	db: Db,
	id: string
): Promise<HsdsServiceAtLocation | null> {
	const key = id.toLowerCase();
	if (!isUuid(key)) return null;
	const row = await placesOfPublicServices(db)
		.select(placeColumns)
		.where('service_at_locations.id', '=', key)
		.where('services.is_public', '=', true)
		.executeTakeFirst();
	if (!row) return null;
	const terms = await readCategoryTerms(db);
	const [place] = await placesFrom(db, [row], (place, loaded, location) =>
		toHsdsServiceAtLocation(place, loaded.service, loaded.organization, location, terms)
	);
	return place ?? null;
}

const taxonomies = [hearthTaxonomy, accessTaxonomy].map(toHsdsTaxonomy);

function matches(words: readonly string[], ...texts: string[]): boolean {
	const haystack = foldText(texts.join(' '));
	return words.every((word) => haystack.includes(foldText(word)));
}

function slice<T>(items: T[], query: ListQuery): HsdsPage<T> {
	const start = (query.page - 1) * query.perPage;
	return toPage(items.slice(start, start + query.perPage), items.length, query);
}

export function listTaxonomies(query: ListQuery): HsdsPage<HsdsTaxonomy> {
	return slice(
		taxonomies.filter((taxonomy) => matches(query.search, taxonomy.name, taxonomy.description)),
		query
	);
}

export function exportTaxonomy(id: string): HsdsTaxonomy | null {
	return taxonomies.find((taxonomy) => taxonomy.id === id.toLowerCase()) ?? null;
}

async function allTerms(db: Db): Promise<HsdsTaxonomyTerm[]> {
	const categories = await readCategoryTerms(db);
	return [
		...categories.map(toHsdsCategoryTerm),
		...(Object.keys(accessTerms) as AccessCode[]).map(toHsdsAccessTerm)
	];
}

export async function listTaxonomyTerms(
	db: Db,
	query: ListQuery
): Promise<HsdsPage<HsdsTaxonomyTerm>> {
	if (query.taxonomyId && !exportTaxonomy(query.taxonomyId)) {
		throw new HsdsRequestError(
			'taxonomy_id must be the id of one of those listed at /api/hsds/taxonomies.'
		);
	}
	const terms = (await allTerms(db)).filter(
		(term) =>
			(!query.taxonomyId || term.taxonomy_id === query.taxonomyId) &&
			matches(query.search, term.name, term.code, term.description)
	);
	return slice(terms, query);
}

export async function exportTaxonomyTerm(db: Db, id: string): Promise<HsdsTaxonomyTerm | null> {
	const key = id.toLowerCase();
	return (await allTerms(db)).find((term) => term.id === key) ?? null;
}

export function hsdsRoot(): HsdsRoot {
	return { version: HSDS_VERSION, profile: HSDS_PROFILE, openapi_url: HSDS_OPENAPI_URL };
}
