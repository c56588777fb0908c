import { sql } from 'kysely';
import { uuidv7 } from '../platform/ids';
import type { Db } from '../schema';
import { categoryCodes, type CategoryCode } from './categories';
import type { ServiceCost, ServiceStatus } from './directory.tables';
import { refreshSearchText } from './search-text';

/**
 * The directory's records as Hearth models them, one shape for every way in and out: the
 * coordinator's forms, HSDS import and HSDS export all read and write through these functions.
 * Child rows keep their identifiers, so an HSDS document imported and exported again keeps them.
 */
export interface ServiceRecord {
	id: string;
	organizationId: string | null;
	/** In the centre's own language. */
	name: string;
	description: string;
	/** Name and description in other languages. */
	texts: { locale: string; name: string; description: string }[];
	status: ServiceStatus;
	url: string;
	email: string;
	phone: string;
	eligibility: string;
	applicationProcess: string;
	cost: ServiceCost;
	feesDescription: string;
	/** BCP 47 language codes. */
	languages: string[];
	interpretationAvailable: boolean;
	interpretationNotes: string;
	noIdAsked: boolean;
	walkIn: boolean;
	isPublic: boolean;
	documents: { id: string; document: string }[];
	categories: CategoryCode[];
	/** Where it is given: the HSDS service_at_location identifier and the location's. */
	locations: { id: string; locationId: string }[];
	/** Weekly hours; closes at or before opens means the next day. */
	weekly: { id: string; weekday: number; opens: string; closes: string }[];
	exceptions: {
		id: string;
		date: string;
		kind: 'closed' | 'open';
		opens: string | null;
		closes: string | null;
		note: string;
	}[];
	updatedAt: Date;
}

export type ServiceFields = Omit<ServiceRecord, 'updatedAt'>;

export interface OrganizationRecord {
	id: string;
	name: string;
	description: string;
	email: string;
	website: string;
	phone: string;
	isOwn: boolean;
	updatedAt: Date;
}

export type OrganizationFields = Omit<OrganizationRecord, 'updatedAt' | 'isOwn'>;

export interface LocationRecord {
	id: string;
	organizationId: string | null;
	name: string;
	address1: string;
	city: string;
	postalCode: string;
	country: string;
	transportation: string;
	accessibility: string;
	updatedAt: Date;
}

export type LocationFields = Omit<LocationRecord, 'updatedAt'>;

const serviceChildTables = [
	'service_texts',
	'service_documents',
	'service_categories',
	'service_at_locations',
	'service_schedules',
	'service_schedule_exceptions'
] as const;

function trimTime(time: string): string {
	return time.slice(0, 5);
}

/** Reads whole services, children included, in the order asked. Missing ones are left out. */
export async function readServices(
	trx: Db,
	centreId: string,
	ids: readonly string[]
): Promise<ServiceRecord[]> {
	if (ids.length === 0) return [];
	const [rows, texts, documents, categories, locations, weekly, exceptions] = await Promise.all([
		trx
			.selectFrom('services')
			.selectAll()
			.where('centre_id', '=', centreId)
			.where('id', 'in', ids)
			.execute(),
		trx
			.selectFrom('service_texts')
			.selectAll()
			.where('centre_id', '=', centreId)
			.where('service_id', 'in', ids)
			.orderBy('locale')
			.execute(),
		trx
			.selectFrom('service_documents')
			.selectAll()
			.where('centre_id', '=', centreId)
			.where('service_id', 'in', ids)
			.orderBy('position')
			.execute(),
		trx
			.selectFrom('service_categories')
			.innerJoin('taxonomy_terms', 'taxonomy_terms.id', 'service_categories.term_id')
			.select(['service_categories.centre_id', 'service_categories.service_id', 'code'])
			.where('service_categories.centre_id', '=', centreId)
			.where('service_categories.service_id', 'in', ids)
			.orderBy('taxonomy_terms.position')
			.execute(),
		trx
			.selectFrom('service_at_locations')
			.selectAll()
			.where('centre_id', '=', centreId)
			.where('service_id', 'in', ids)
			.orderBy('id')
			.execute(),
		trx
			.selectFrom('service_schedules')
			.selectAll()
			.where('centre_id', '=', centreId)
			.where('service_id', 'in', ids)
			.orderBy('weekday')
			.orderBy('opens')
			.execute(),
		trx
			.selectFrom('service_schedule_exceptions')
			.selectAll()
			.where('centre_id', '=', centreId)
			.where('service_id', 'in', ids)
			.orderBy('on_date')
			.orderBy('opens')
			.execute()
	]);
	const byId = new Map(
		rows.map((row): [string, ServiceRecord] => [
			row.id,
			{
				id: row.id,
				organizationId: row.organization_id,
				name: row.name,
				description: row.description,
				texts: [],
				status: row.status,
				url: row.url,
				email: row.email,
				phone: row.phone,
				eligibility: row.eligibility,
				applicationProcess: row.application_process,
				cost: row.cost,
				feesDescription: row.fees_description,
				languages: row.languages,
				interpretationAvailable: row.interpretation_available,
				interpretationNotes: row.interpretation_notes,
				noIdAsked: row.no_id_asked,
				walkIn: row.walk_in,
				isPublic: row.is_public,
				documents: [],
				categories: [],
				locations: [],
				weekly: [],
				exceptions: [],
				updatedAt: row.updated_at
			}
		])
	);
	for (const text of texts) {
		byId.get(text.service_id)?.texts.push({
			locale: text.locale,
			name: text.name,
			description: text.description
		});
	}
	for (const document of documents) {
		byId.get(document.service_id)?.documents.push({ id: document.id, document: document.document });
	}
	for (const category of categories) {
		if ((categoryCodes as readonly string[]).includes(category.code)) {
			byId.get(category.service_id)?.categories.push(category.code as CategoryCode);
		}
	}
	for (const place of locations) {
		byId.get(place.service_id)?.locations.push({ id: place.id, locationId: place.location_id });
	}
	for (const opening of weekly) {
		byId.get(opening.service_id)?.weekly.push({
			id: opening.id,
			weekday: opening.weekday,
			opens: trimTime(opening.opens),
			closes: trimTime(opening.closes)
		});
	}
	for (const exception of exceptions) {
		byId.get(exception.service_id)?.exceptions.push({
			id: exception.id,
			date: exception.on_date,
			kind: exception.kind,
			opens: exception.opens && trimTime(exception.opens),
			closes: exception.closes && trimTime(exception.closes),
			note: exception.note
		});
	}
	return ids.flatMap((id) => byId.get(id) ?? []);
}

export async function readService(
	trx: Db,
	centreId: string,
	id: string
): Promise<ServiceRecord | null> {
	const [service] = await readServices(trx, centreId, [id]);
	return service ?? null;
}

/**
 * Creates or replaces a whole service, its children included, and its search text. Run it in
 * the transaction (scoped to the centre) that makes the change.
 */
export async function writeService(
	trx: Db,
	centreId: string,
	service: ServiceFields
): Promise<void> {
	const row = {
		organization_id: service.organizationId,
		name: service.name,
		description: service.description,
		status: service.status,
		url: service.url,
		email: service.email,
		phone: service.phone,
		eligibility: service.eligibility,
		application_process: service.applicationProcess,
		cost: service.cost,
		fees_description: service.feesDescription,
		languages: service.languages,
		interpretation_available: service.interpretationAvailable,
		interpretation_notes: service.interpretationNotes,
		no_id_asked: service.noIdAsked,
		walk_in: service.walkIn,
		is_public: service.isPublic,
		updated_at: new Date()
	};
	await trx
		.insertInto('services')
		.values({ centre_id: centreId, id: service.id, ...row })
		.onConflict((conflict) => conflict.columns(['centre_id', 'id']).doUpdateSet(row))
		.execute();
	for (const table of serviceChildTables) {
		await trx
			.deleteFrom(table)
			.where('centre_id', '=', centreId)
			.where('service_id', '=', service.id)
			.execute();
	}
	const serviceId = service.id;
	if (service.texts.length > 0) {
		await trx
			.insertInto('service_texts')
			.values(
				service.texts.map((text) => ({ centre_id: centreId, service_id: serviceId, ...text }))
			)
			.execute();
	}
	if (service.documents.length > 0) {
		await trx
			.insertInto('service_documents')
			.values(
				service.documents.map((document, position) => ({
					centre_id: centreId,
					id: document.id,
					service_id: serviceId,
					document: document.document,
					position
				}))
			)
			.execute();
	}
	if (service.categories.length > 0) {
		const terms = await trx
			.selectFrom('taxonomy_terms')
			.select('id')
			.where('code', 'in', service.categories)
			.execute();
		await trx
			.insertInto('service_categories')
			.values(
				terms.map((term) => ({ centre_id: centreId, service_id: serviceId, term_id: term.id }))
			)
			.execute();
	}
	if (service.locations.length > 0) {
		await trx
			.insertInto('service_at_locations')
			.values(
				service.locations.map((place) => ({
					centre_id: centreId,
					id: place.id,
					service_id: serviceId,
					location_id: place.locationId
				}))
			)
			.execute();
	}
	if (service.weekly.length > 0) {
		await trx
			.insertInto('service_schedules')
			.values(
				service.weekly.map((opening) => ({
					centre_id: centreId,
					service_id: serviceId,
					...opening
				}))
			)
			.execute();
	}
	if (service.exceptions.length > 0) {
		await trx
			.insertInto('service_schedule_exceptions')
			.values(
				service.exceptions.map((exception) => ({
					centre_id: centreId,
					id: exception.id,
					service_id: serviceId,
					on_date: exception.date,
					kind: exception.kind,
					opens: exception.opens,
					closes: exception.closes,
					note: exception.note
				}))
			)
			.execute();
	}
	await refreshSearchText(trx, centreId, [service.id]);
}

export async function deleteService(trx: Db, centreId: string, id: string): Promise<boolean> {
	const deleted = await trx
		.deleteFrom('services')
		.where('centre_id', '=', centreId)
		.where('id', '=', id)
		.executeTakeFirst();
	return deleted.numDeletedRows > 0n;
}

export async function readOrganizations(
	trx: Db,
	centreId: string,
	ids?: readonly string[]
): Promise<OrganizationRecord[]> {
	if (ids && ids.length === 0) return [];
	let query = trx
		.selectFrom('organizations')
		.selectAll()
		.where('centre_id', '=', centreId)
		.orderBy('is_own', 'desc')
		.orderBy('name');
	if (ids) query = query.where('id', 'in', ids);
	const rows = await query.execute();
	return rows.map((row) => ({
		id: row.id,
		name: row.name,
		description: row.description,
		email: row.email,
		website: row.website,
		phone: row.phone,
		isOwn: row.is_own,
		updatedAt: row.updated_at
	}));
}

/** Creates or replaces an organisation; renaming one rewrites its services' search text. */
export async function writeOrganization(
	trx: Db,
	centreId: string,
	organization: OrganizationFields
): Promise<void> {
	const row = {
		name: organization.name,
		description: organization.description,
		email: organization.email,
		website: organization.website,
		phone: organization.phone,
		updated_at: new Date()
	};
	await trx
		.insertInto('organizations')
		.values({ centre_id: centreId, id: organization.id, ...row })
		.onConflict((conflict) => conflict.columns(['centre_id', 'id']).doUpdateSet(row))
		.execute();
	const services = await trx
		.selectFrom('services')
		.select('id')
		.where('centre_id', '=', centreId)
		.where('organization_id', '=', organization.id)
		.execute();
	await refreshSearchText(
		trx,
		centreId,
		services.map((service) => service.id)
	);
}

/** The organisation that stands for the centre itself, made on first need from its name. */
export async function ownOrganizationId(trx: Db, centreId: string): Promise<string> {
	const existing = await trx
		.selectFrom('organizations')
		.select('id')
		.where('centre_id', '=', centreId)
		.where('is_own', '=', true)
		.executeTakeFirst();
	if (existing) return existing.id;
	const centre = await trx
		.selectFrom('centres')
		.select('name')
		.where('id', '=', centreId)
		.executeTakeFirstOrThrow();
	const id = uuidv7();
	await trx
		.insertInto('organizations')
		.values({ centre_id: centreId, id, name: centre.name, is_own: true })
		.execute();
	return id;
}

export async function readLocations(
	trx: Db,
	centreId: string,
	ids?: readonly string[]
): Promise<LocationRecord[]> {
	if (ids && ids.length === 0) return [];
	let query = trx
		.selectFrom('locations')
		.selectAll()
		.where('centre_id', '=', centreId)
		.orderBy('name');
	if (ids) query = query.where('id', 'in', ids);
	const rows = await query.execute();
	return rows.map((row) => ({
		id: row.id,
		organizationId: row.organization_id,
		name: row.name,
		address1: row.address_1,
		city: row.city,
		postalCode: row.postal_code,
		country: row.country,
		transportation: row.transportation,
		accessibility: row.accessibility,
		updatedAt: row.updated_at
	}));
}

export async function writeLocation(
	trx: Db,
	centreId: string,
	location: LocationFields
): Promise<void> {
	const row = {
		organization_id: location.organizationId,
		name: location.name,
		address_1: location.address1,
		city: location.city,
		postal_code: location.postalCode,
		country: location.country,
		transportation: location.transportation,
		accessibility: location.accessibility,
		updated_at: new Date()
	};
	await trx
		.insertInto('locations')
		.values({ centre_id: centreId, id: location.id, ...row })
		.onConflict((conflict) => conflict.columns(['centre_id', 'id']).doUpdateSet(row))
		.execute();
}

export interface RecordPage<T> {
	records: T[];
	total: number;
}

/**
 * A page of a centre's organisations or locations, in the order their readers list them (the
 * centre's own organisation first, then by name), and how many there are in all.
 */
async function readPage<T extends { id: string }>(
	trx: Db,
	centreId: string,
	table: 'organizations' | 'locations',
	page: { offset: number; limit: number },
	read: (ids: string[]) => Promise<T[]>
): Promise<RecordPage<T>> {
	const ownFirst = table === 'organizations' ? sql`is_own desc, ` : sql``;
	const [rows, count] = await Promise.all([
		trx
			.selectFrom(table)
			.select('id')
			.where('centre_id', '=', centreId)
			.orderBy(sql`${ownFirst}name, id`)
			.offset(page.offset)
			.limit(page.limit)
			.execute(),
		trx
			.selectFrom(table)
			.select((eb) => eb.fn.countAll<number>().as('total'))
			.where('centre_id', '=', centreId)
			.executeTakeFirstOrThrow()
	]);
	const ids = rows.map((row) => row.id);
	const byId = new Map((await read(ids)).map((record) => [record.id, record]));
	return { records: ids.flatMap((id) => byId.get(id) ?? []), total: Number(count.total) };
}

export function readOrganizationPage(
	trx: Db,
	centreId: string,
	page: { offset: number; limit: number }
): Promise<RecordPage<OrganizationRecord>> {
	return readPage(trx, centreId, 'organizations', page, (ids) =>
		readOrganizations(trx, centreId, ids)
	);
}

export function readLocationPage(
	trx: Db,
	centreId: string,
	page: { offset: number; limit: number }
): Promise<RecordPage<LocationRecord>> {
	return readPage(trx, centreId, 'locations', page, (ids) => readLocations(trx, centreId, ids));
}

/** How many services an organisation gives, or are given at a location. */
export async function countServices(
	trx: Db,
	centreId: string,
	of: { organizationId: string } | { locationId: string }
): Promise<number> {
	const row =
		'organizationId' in of
			? await trx
					.selectFrom('services')
					.select((eb) => eb.fn.countAll<number>().as('total'))
					.where('centre_id', '=', centreId)
					.where('organization_id', '=', of.organizationId)
					.executeTakeFirstOrThrow()
			: await trx
					.selectFrom('service_at_locations')
					.select((eb) => eb.fn.countAll<number>().as('total'))
					.where('centre_id', '=', centreId)
					.where('location_id', '=', of.locationId)
					.executeTakeFirstOrThrow();
	return Number(row.total);
}

/**
 * Deletes an organisation. Its services and locations stay, without an organisation (the
 * foreign keys set it to null), and the services' search text forgets its name.
 */
export async function deleteOrganization(trx: Db, centreId: string, id: string): Promise<boolean> {
	const services = await trx
		.selectFrom('services')
		.select('id')
		.where('centre_id', '=', centreId)
		.where('organization_id', '=', id)
		.execute();
	const deleted = await trx
		.deleteFrom('organizations')
		.where('centre_id', '=', centreId)
		.where('id', '=', id)
		.executeTakeFirst();
	await refreshSearchText(
		trx,
		centreId,
		services.map((service) => service.id)
	);
	return deleted.numDeletedRows > 0n;
}

/** Deletes a location; the services given there stay, given there no longer. */
export async function deleteLocation(trx: Db, centreId: string, id: string): Promise<boolean> {
	const deleted = await trx
		.deleteFrom('locations')
		.where('centre_id', '=', centreId)
		.where('id', '=', id)
		.executeTakeFirst();
	return deleted.numDeletedRows > 0n;
}
