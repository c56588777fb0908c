import type { Kysely } from 'kysely';
import { requireRole, type Actor } from '../identity/identity.service';
import { inCentre } from '../platform/database';
import { NotFoundError, RuleError } from '../platform/errors';
import { uuidv7 } from '../platform/ids';
import type { Database, Db } from '../schema';
import { changeDirectory } from './changes';
import type { ServiceStatus } from './directory.tables';
import { checkOrganization } from './places';
import {
	deleteService,
	ownOrganizationId,
	readLocations,
	readOrganizations,
	readService,
	writeService,
	type ServiceRecord
} from './records';
import { languagesOf, type ServiceInput } from './services.schemas';

export const MANAGE_PAGE_SIZE = 25;

export interface ServiceListItem {
	id: string;
	name: string;
	status: ServiceStatus;
	isPublic: boolean;
	noIdAsked: boolean;
	organization: string | null;
}

/** A page of the centre's services for the coordinator, by name. */
export async function listServicesPage(
	db: Kysely<Database>,
	actor: Actor,
	page: number
): Promise<{ services: ServiceListItem[]; total: number; page: number; pages: number }> {
	requireRole(actor, 'coordinator');
	return inCentre(db, actor.centreId, async (trx) => {
		const { total } = await trx
			.selectFrom('services')
			.select((eb) => eb.fn.countAll<string>().as('total'))
			.where('centre_id', '=', actor.centreId)
			.executeTakeFirstOrThrow();
		const count = Number(total);
		const pages = Math.max(1, Math.ceil(count / MANAGE_PAGE_SIZE));
		const current = Math.min(Math.max(1, page), pages);
		const rows = await trx
			.selectFrom('services')
			.leftJoin('organizations', (join) =>
				join
					.onRef('organizations.centre_id', '=', 'services.centre_id')
					.onRef('organizations.id', '=', 'services.organization_id')
			)
			.select([
				'services.id',
				'services.name',
				'services.status',
				'services.is_public',
				'services.no_id_asked',
				'organizations.name as organization'
			])
			.where('services.centre_id', '=', actor.centreId)
			.orderBy('services.name')
			.orderBy('services.id')
			.offset((current - 1) * MANAGE_PAGE_SIZE)
			.limit(MANAGE_PAGE_SIZE)
			.execute();
		return {
			services: rows.map((row) => ({
				id: row.id,
				name: row.name,
				status: row.status,
				isPublic: row.is_public,
				noIdAsked: row.no_id_asked,
				organization: row.organization
			})),
			total: count,
			page: current,
			pages
		};
	});
}

export interface ServiceFormChoices {
	organizations: { id: string; name: string; isOwn: boolean }[];
	locations: { id: string; name: string }[];
}

/** What the service form offers to choose from; the centre's own organisation made if missing. */
export async function serviceFormChoices(
	db: Kysely<Database>,
	actor: Actor
): Promise<ServiceFormChoices> {
	requireRole(actor, 'coordinator');
	return inCentre(db, actor.centreId, async (trx) => {
		await ownOrganizationId(trx, actor.centreId);
		const [organizations, locations] = await Promise.all([
			readOrganizations(trx, actor.centreId),
			readLocations(trx, actor.centreId)
		]);
		return {
			organizations: organizations.map(({ id, name, isOwn }) => ({ id, name, isOwn })),
			locations: locations.map((place) => ({
				id: place.id,
				name: place.name || place.address1 || place.postalCode
			}))
		};
	});
}

export async function serviceForEditing(
	db: Kysely<Database>,
	actor: Actor,
	id: string
): Promise<ServiceRecord> {
	requireRole(actor, 'coordinator');
	const service = await inCentre(db, actor.centreId, (trx) => readService(trx, actor.centreId, id));
	if (!service) throw new NotFoundError();
	return service;
}

/**
 * Saves a service from the coordinator's form: a new one when `id` is null. The organisation and
 * place chosen must be this centre's. Identifiers of rows kept from before stay the same, so an
 * HSDS copy elsewhere still matches them.
 */
export async function saveService(
	db: Kysely<Database>,
	actor: Actor,
	id: string | null,
	input: ServiceInput
): Promise<string> {
	const serviceId = id ?? uuidv7();
	const audit = {
		action: 'directory.service_saved',
		subjectId: serviceId,
		detail: { created: !id }
	};
	return changeDirectory(db, actor, audit, async (trx) => {
		const before = id ? await readService(trx, actor.centreId, id) : null;
		if (id && !before) throw new NotFoundError();
		await checkOrganization(
			trx,
			actor.centreId,
			input.organizationId,
			'service.organizationUnknown'
		);
		if (
			input.locationId &&
			(await readLocations(trx, actor.centreId, [input.locationId])).length === 0
		) {
			throw new RuleError('service.locationUnknown');
		}
		const keptPlace = before?.locations.find((place) => place.locationId === input.locationId);
		const keptIds = (list: { id: string }[] | undefined) =>
			new Set((list ?? []).map((row) => row.id));
		const weeklyIds = keptIds(before?.weekly);
		const exceptionIds = keptIds(before?.exceptions);
		const documents = input.documents
			.split('\n')
			.map((line) => line.trim())
			.filter(Boolean);
		await writeService(trx, actor.centreId, {
			id: serviceId,
			organizationId: input.organizationId,
			name: input.name,
			description: input.description,
			texts: input.texts,
			status: input.status,
			url: input.url,
			email: input.email,
			phone: input.phone,
			eligibility: input.eligibility,
			applicationProcess: input.applicationProcess,
			cost: input.cost,
			feesDescription: input.feesDescription,
			languages: languagesOf(input),
			interpretationAvailable: input.interpretationAvailable,
			interpretationNotes: input.interpretationNotes,
			noIdAsked: input.noIdAsked,
			walkIn: input.walkIn,
			isPublic: input.isPublic,
			documents: documents.map(
				(document) =>
					before?.documents.find((kept) => kept.document === document) ?? {
						id: uuidv7(),
						document
					}
			),
			categories: input.categories,
			locations: input.locationId
				? [{ id: keptPlace?.id ?? uuidv7(), locationId: input.locationId }]
				: [],
			weekly: input.weekly.map((opening) => ({
				...opening,
				id: opening.id && weeklyIds.has(opening.id) ? opening.id : uuidv7()
			})),
			exceptions: input.exceptions.map((exception) => ({
				...exception,
				id: exception.id && exceptionIds.has(exception.id) ? exception.id : uuidv7()
			}))
		});
		return serviceId;
	});
}

/**
 * Removes a service and its hours, texts and documents. A service someone was referred to stays,
 * because the referral is the member's record: it can be marked as no longer running instead.
 */
export async function removeService(db: Kysely<Database>, actor: Actor, id: string): Promise<void> {
	await changeDirectory(
		db,
		actor,
		{ action: 'directory.service_removed', subjectId: id },
		async (trx) => {
			if ((await countReferrals(trx, actor.centreId, id)) > 0) {
				throw new RuleError('service.hasReferrals');
			}
			if (!(await deleteService(trx, actor.centreId, id))) throw new NotFoundError();
		}
	);
}

async function countReferrals(trx: Db, centreId: string, serviceId: string): Promise<number> {
	const { count } = await trx
		.selectFrom('referrals')
		.select((eb) => eb.fn.countAll<string>().as('count'))
		.where('centre_id', '=', centreId)
		.where('service_id', '=', serviceId)
		.executeTakeFirstOrThrow();
	return Number(count);
}

/** How many referrals point to a service: while any do, it cannot be removed. */
export async function referralsOfService(
	db: Kysely<Database>,
	actor: Actor,
	id: string
): Promise<number> {
	requireRole(actor, 'coordinator');
	return inCentre(db, actor.centreId, (trx) => countReferrals(trx, actor.centreId, id));
}
