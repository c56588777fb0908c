import { requireRole, type Actor } from '../identity/identity.service';
import { inCentre } from '../platform/database';
import { NotFoundError, RuleError } from '../platform/errors';
import { uuidv7 } from '../platform/ids';
import type { Db } from '../schema';
import { changeDirectory } from './changes';
import type { LocationInput, OrganizationInput } from './places.schemas';
import {
	countServices,
	deleteLocation,
	deleteOrganization,
	ownOrganizationId,
	readLocationPage,
	readLocations,
	readOrganizationPage,
	readOrganizations,
	writeLocation,
	writeOrganization,
	type LocationRecord,
	type OrganizationRecord,
	type RecordPage
} from './records';

/**
 * The directory's organisations (the centre itself and its partners) and locations (where
 * services are given), as a coordinator keeps them.
 */

export const PAGE_SIZE = 25;

export interface Paged<T> {
	items: T[];
	total: number;
	/** The page shown, from 1; a page past the end shows the last one. */
	page: number;
	pages: number;
}

async function paged<T>(
	requested: number,
	read: (page: { offset: number; limit: number }) => Promise<RecordPage<T>>
): Promise<Paged<T>> {
	const wanted = Number.isInteger(requested) && requested > 0 ? requested : 1;
	let page = wanted;
	let result = await read({ offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE });
	const pages = Math.max(1, Math.ceil(result.total / PAGE_SIZE));
	if (page > pages) {
		page = pages;
		result = await read({ offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE });
	}
	return { items: result.records, total: result.total, page, pages };
}

export interface OrganizationList extends Paged<OrganizationRecord> {
	/** Organisations other than the centre itself. */
	partners: number;
}

/** The centre's own organisation first (made on first need), then its partners by name. */
export async function listOrganizations(
	db: Db,
	actor: Actor,
	page: number
): Promise<OrganizationList> {
	requireRole(actor, 'coordinator');
	return inCentre(db, actor.centreId, async (trx) => {
		await ownOrganizationId(trx, actor.centreId);
		const list = await paged(page, (range) => readOrganizationPage(trx, actor.centreId, range));
		return { ...list, partners: Math.max(0, list.total - 1) };
	});
}

/** An organisation and how many services it gives (they lose it if it is removed). */
export async function getOrganization(
	db: Db,
	actor: Actor,
	id: string
): Promise<{ organization: OrganizationRecord; services: number }> {
	requireRole(actor, 'coordinator');
	return inCentre(db, actor.centreId, async (trx) => {
		const [organization] = await readOrganizations(trx, actor.centreId, [id]);
		if (!organization) throw new NotFoundError('organization');
		return {
			organization,
			services: await countServices(trx, actor.centreId, { organizationId: id })
		};
	});
}

export async function createOrganization(
	db: Db,
	actor: Actor,
	input: OrganizationInput
): Promise<string> {
	const id = uuidv7();
	await changeDirectory(
		db,
		actor,
		{ action: 'directory.organization_saved', subjectId: id },
		(trx) => writeOrganization(trx, actor.centreId, { id, ...input })
	);
	return id;
}

export async function updateOrganization(
	db: Db,
	actor: Actor,
	id: string,
	input: OrganizationInput
): Promise<void> {
	await changeDirectory(
		db,
		actor,
		{ action: 'directory.organization_saved', subjectId: id },
		async (trx) => {
			const [existing] = await readOrganizations(trx, actor.centreId, [id]);
			if (!existing) throw new NotFoundError('organization');
			await writeOrganization(trx, actor.centreId, { id, ...input });
		}
	);
}

/**
 * Removes a partner. Its services and locations stay, without an organisation. The centre's own
 * organisation stands for the centre and is never removed.
 */
export async function removeOrganization(db: Db, actor: Actor, id: string): Promise<void> {
	await changeDirectory(
		db,
		actor,
		{ action: 'directory.organization_removed', subjectId: id },
		async (trx) => {
			const [existing] = await readOrganizations(trx, actor.centreId, [id]);
			if (!existing) throw new NotFoundError('organization');
			if (existing.isOwn) throw new RuleError('organizations.ownNotRemovable');
			await deleteOrganization(trx, actor.centreId, id);
		}
	);
}

export interface LocationEntry extends LocationRecord {
	organizationName: string | null;
}

/** Locations by name, each with the name of its organisation. */
export async function listLocations(
	db: Db,
	actor: Actor,
	page: number
): Promise<Paged<LocationEntry>> {
	requireRole(actor, 'coordinator');
	return inCentre(db, actor.centreId, async (trx) => {
		const list = await paged(page, (range) => readLocationPage(trx, actor.centreId, range));
		const organizationIds = [
			...new Set(list.items.flatMap((location) => location.organizationId ?? []))
		];
		const names = new Map(
			(await readOrganizations(trx, actor.centreId, organizationIds)).map((organization) => [
				organization.id,
				organization.name
			])
		);
		return {
			...list,
			items: list.items.map((location) => ({
				...location,
				organizationName: location.organizationId
					? (names.get(location.organizationId) ?? null)
					: null
			}))
		};
	});
}

/** A location and how many services are given there (they lose it if it is removed). */
export async function getLocation(
	db: Db,
	actor: Actor,
	id: string
): Promise<{ location: LocationRecord; services: number }> {
	requireRole(actor, 'coordinator');
	return inCentre(db, actor.centreId, async (trx) => {
		const [location] = await readLocations(trx, actor.centreId, [id]);
		if (!location) throw new NotFoundError('location');
		return {
			location,
			services: await countServices(trx, actor.centreId, { locationId: id })
		};
	});
}

/** The organisations a location may belong to, the centre's own first. */
export async function organizationChoices(
	db: Db,
	actor: Actor
): Promise<{ id: string; name: string; isOwn: boolean }[]> {
	requireRole(actor, 'coordinator');
	return inCentre(db, actor.centreId, async (trx) => {
		await ownOrganizationId(trx, actor.centreId);
		return (await readOrganizations(trx, actor.centreId)).map(({ id, name, isOwn }) => ({
			id,
			name,
			isOwn
		}));
	});
}

/** A place or service may only belong to one of this centre's organisations. */
export async function checkOrganization(
	trx: Db,
	centreId: string,
	organizationId: string | null,
	problem:
		| 'locations.organizationUnknown'
		| 'service.organizationUnknown' = 'locations.organizationUnknown'
) {
	if (organizationId === null) return;
	const [organization] = await readOrganizations(trx, centreId, [organizationId]);
	if (!organization) throw new RuleError(problem);
}

export async function createLocation(db: Db, actor: Actor, input: LocationInput): Promise<string> {
	const id = uuidv7();
	await changeDirectory(
		db,
		actor,
		{ action: 'directory.location_saved', subjectId: id },
		async (trx) => {
			await checkOrganization(trx, actor.centreId, input.organizationId);
			await writeLocation(trx, actor.centreId, { id, ...input });
		}
	);
	return id;
}

export async function updateLocation(
	db: Db,
	actor: Actor,
	id: string,
	input: LocationInput
): Promise<void> {
	await changeDirectory(
		db,
		actor,
		{ action: 'directory.location_saved', subjectId: id },
		async (trx) => {
			const [existing] = await readLocations(trx, actor.centreId, [id]);
			if (!existing) throw new NotFoundError('location');
			await checkOrganization(trx, actor.centreId, input.organizationId);
			await writeLocation(trx, actor.centreId, { id, ...input });
		}
	);
}

/** Removes a location; the services given there stay, given there no longer. */
export async function removeLocation(db: Db, actor: Actor, id: string): Promise<void> {
	await changeDirectory(
		db,
		actor,
		{ action: 'directory.location_removed', subjectId: id },
		async (trx) => {
			if (!(await deleteLocation(trx, actor.centreId, id))) throw new NotFoundError('location');
		}
	);
}
