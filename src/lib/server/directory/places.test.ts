import { describe, expect, it } from 'vitest';
import { describeEachDatabase } from '../../../../tests/support/database';
import { newCentre, serviceFields } from '../../../../tests/support/fixtures';
import type { Actor } from '../identity/identity.service';
import { inCentre } from '../platform/database';
import { ForbiddenError, NotFoundError, RuleError } from '../platform/errors';
import { uuidv7 } from '../platform/ids';
import type { Db } from '../schema';
import {
	createLocation,
	createOrganization,
	getLocation,
	getOrganization,
	listLocations,
	listOrganizations,
	organizationChoices,
	PAGE_SIZE,
	removeLocation,
	removeOrganization,
	updateLocation,
	updateOrganization
} from './places';
import { locationSchema, organizationSchema, type LocationInput } from './places.schemas';
import { readService, writeService, type ServiceFields } from './records';

const coordinatorOf = (centreId: string): Actor => ({
	accountId: '00000000-0000-7000-8000-000000000001',
	centreId,
	roles: ['member', 'coordinator']
});

const clinic = {
	name: 'Eastside Clinic',
	description: 'Drop-in health care, no papers asked.',
	email: 'hello@eastside.example',
	website: 'https://eastside.example',
	phone: '020 7946 0000'
};

const hall: LocationInput = {
	name: 'Main hall',
	address1: '1 Kettle Lane',
	city: 'London',
	postalCode: 'E1 1AA',
	country: 'GB',
	transportation: 'Bus 25 to Kettle Lane.',
	accessibility: 'Step-free access and an accessible toilet.',
	organizationId: null
};

async function addService(db: Db, centreId: string, fields: ServiceFields): Promise<void> {
	await inCentre(db, centreId, (trx) => writeService(trx, centreId, fields));
}

async function audited(db: Db, centreId: string, action: string): Promise<(string | null)[]> {
	const rows = await db
		.selectFrom('audit_events')
		.select(['subject_id', 'detail'])
		.where('centre_id', '=', centreId)
		.where('action', '=', action)
		.orderBy('seq')
		.execute();
	for (const row of rows) expect(row.detail).toEqual({});
	return rows.map((row) => row.subject_id);
}

describe('organisation and location forms', () => {
	it('keep a website to http and https addresses', () => {
		const website = (value: string) =>
			organizationSchema.safeParse({ name: 'A', website: value }).success;
		expect(website('https://law.example/advice')).toBe(true);
		expect(website('http://law.example')).toBe(true);
		expect(website('')).toBe(true);
		expect(website('law.example')).toBe(false);
		expect(website('javascript:alert(1)')).toBe(false);
		expect(website('https://not a site')).toBe(false);
		expect(website('ftp://law.example')).toBe(false);
	});

	it('check email, name and lengths with messages of their own', () => {
		const result = organizationSchema.safeParse({
			name: ' ',
			email: 'not an address',
			description: 'x'.repeat(2001)
		});
		expect(result.success).toBe(false);
		const messages = Object.fromEntries(
			(result.error?.issues ?? []).map((issue) => [issue.path[0], issue.message])
		);
		expect(messages).toMatchObject({
			name: 'organizations.nameRequired',
			email: 'organizations.emailInvalid',
			description: 'organizations.descriptionTooLong'
		});
		expect(organizationSchema.safeParse({ name: 'x'.repeat(201) }).error?.issues[0]?.message).toBe(
			'organizations.nameTooLong'
		);
	});

	it('read a country as two capital letters and an empty organisation as none', () => {
		const parsed = locationSchema.parse({ name: 'Hall', country: ' gb ', organizationId: '' });
		expect(parsed).toMatchObject({ country: 'GB', organizationId: null });
		for (const country of ['', 'G', 'GBR', '1A', 'É']) {
			expect(locationSchema.safeParse({ name: 'Hall', country }).error?.issues[0]?.message).toBe(
				'locations.countryInvalid'
			);
		}
		expect(
			locationSchema.safeParse({ name: 'Hall', country: 'GB', organizationId: 'clinic' }).error
				?.issues[0]?.message
		).toBe('locations.organizationUnknown');
	});
});

describeEachDatabase('directory organisations and locations', (database) => {
	it('list the centre itself first, then partners by name, for coordinators only', async () => {
		const { db } = database();
		const centre = await newCentre(db, 'Kettle Centre');
		const coordinator = coordinatorOf(centre.id);
		const adviser: Actor = { ...coordinator, roles: ['member', 'adviser'] };

		const empty = await listOrganizations(db, coordinator, 1);
		expect(empty.items.map((organization) => [organization.name, organization.isOwn])).toEqual([
			['Kettle Centre', true]
		]);
		expect(empty.partners).toBe(0);

		await createOrganization(db, coordinator, { ...clinic, name: 'Zed Union' });
		const id = await createOrganization(db, coordinator, clinic);
		const list = await listOrganizations(db, coordinator, 1);
		expect(list.items.map((organization) => organization.name)).toEqual([
			'Kettle Centre',
			'Eastside Clinic',
			'Zed Union'
		]);
		expect(list.partners).toBe(2);
		expect((await getOrganization(db, coordinator, id)).organization).toMatchObject(clinic);

		await expect(listOrganizations(db, adviser, 1)).rejects.toThrow(ForbiddenError);
		await expect(createOrganization(db, adviser, clinic)).rejects.toThrow(ForbiddenError);
		await expect(removeOrganization(db, adviser, id)).rejects.toThrow(ForbiddenError);
		await expect(listLocations(db, adviser, 1)).rejects.toThrow(ForbiddenError);
		await expect(createLocation(db, adviser, hall)).rejects.toThrow(ForbiddenError);
	});

	it('change an organisation, and record who saved it, by ids only', async () => {
		const { db } = database();
		const centre = await newCentre(db, 'Saving Centre');
		const coordinator = coordinatorOf(centre.id);
		const id = await createOrganization(db, coordinator, clinic);
		await updateOrganization(db, coordinator, id, {
			...clinic,
			name: 'Eastside Health',
			website: ''
		});
		const { organization } = await getOrganization(db, coordinator, id);
		expect(organization).toMatchObject({ name: 'Eastside Health', website: '', isOwn: false });
		expect(await audited(db, centre.id, 'directory.organization_saved')).toEqual([id, id]);
		await expect(updateOrganization(db, coordinator, uuidv7(), clinic)).rejects.toThrow(
			NotFoundError
		);
	});

	it('never remove the centre’s own organisation', async () => {
		const { db } = database();
		const centre = await newCentre(db, 'Own Centre');
		const coordinator = coordinatorOf(centre.id);
		const [own] = (await listOrganizations(db, coordinator, 1)).items;
		await expect(removeOrganization(db, coordinator, own?.id as string)).rejects.toThrow(
			new RuleError('organizations.ownNotRemovable')
		);
		expect((await getOrganization(db, coordinator, own?.id as string)).organization.isOwn).toBe(
			true
		);
	});

	it('leave a removed partner’s services and locations without an organisation', async () => {
		const { db } = database();
		const centre = await newCentre(db, 'Removing Centre');
		const coordinator = coordinatorOf(centre.id);
		const id = await createOrganization(db, coordinator, { ...clinic, name: 'Riverside Law' });
		const advice = serviceFields({ name: 'Tenancy advice', organizationId: id });
		await addService(db, centre.id, advice);
		await addService(db, centre.id, serviceFields({ name: 'Wage claims', organizationId: id }));
		await addService(db, centre.id, serviceFields({ name: 'Breakfast' }));
		const placeId = await createLocation(db, coordinator, { ...hall, organizationId: id });
		expect((await getOrganization(db, coordinator, id)).services).toBe(2);
		const searchText = () =>
			db
				.selectFrom('services')
				.select('search_text')
				.where('id', '=', advice.id)
				.executeTakeFirstOrThrow();
		expect((await searchText()).search_text).toContain('riverside law');

		await removeOrganization(db, coordinator, id);
		await expect(getOrganization(db, coordinator, id)).rejects.toThrow(NotFoundError);
		const kept = await inCentre(db, centre.id, (trx) => readService(trx, centre.id, advice.id));
		expect(kept).toMatchObject({ name: 'Tenancy advice', organizationId: null });
		expect((await searchText()).search_text).not.toContain('riverside');
		expect((await getLocation(db, coordinator, placeId)).location.organizationId).toBeNull();
		expect(await audited(db, centre.id, 'directory.organization_removed')).toEqual([id]);
		await expect(removeOrganization(db, coordinator, id)).rejects.toThrow(NotFoundError);
	});

	it('keep locations, with their organisation, and remove them from services given there', async () => {
		const { db } = database();
		const centre = await newCentre(db, 'Places Centre');
		const coordinator = coordinatorOf(centre.id);
		const partner = await createOrganization(db, coordinator, clinic);
		const choices = await organizationChoices(db, coordinator);
		expect(choices.map((choice) => [choice.name, choice.isOwn])).toEqual([
			['Places Centre', true],
			['Eastside Clinic', false]
		]);

		const id = await createLocation(db, coordinator, { ...hall, organizationId: partner });
		await createLocation(db, coordinator, { ...hall, name: 'Annexe' });
		const list = await listLocations(db, coordinator, 1);
		expect(list.items.map((place) => [place.name, place.organizationName])).toEqual([
			['Annexe', null],
			['Main hall', 'Eastside Clinic']
		]);
		await expect(
			createLocation(db, coordinator, { ...hall, organizationId: uuidv7() })
		).rejects.toThrow(new RuleError('locations.organizationUnknown'));

		await updateLocation(db, coordinator, id, {
			...hall,
			accessibility: 'Step-free access, a hearing loop.',
			organizationId: null
		});
		expect((await getLocation(db, coordinator, id)).location).toMatchObject({
			accessibility: 'Step-free access, a hearing loop.',
			organizationId: null
		});

		const given = serviceFields({
			name: 'Night clinic',
			locations: [{ id: uuidv7(), locationId: id }]
		});
		await addService(db, centre.id, given);
		expect((await getLocation(db, coordinator, id)).services).toBe(1);
		await removeLocation(db, coordinator, id);
		await expect(getLocation(db, coordinator, id)).rejects.toThrow(NotFoundError);
		const kept = await inCentre(db, centre.id, (trx) => readService(trx, centre.id, given.id));
		expect(kept).toMatchObject({ name: 'Night clinic', locations: [] });
		expect(await audited(db, centre.id, 'directory.location_saved')).toHaveLength(3);
		expect(await audited(db, centre.id, 'directory.location_removed')).toEqual([id]);
		await expect(removeLocation(db, coordinator, id)).rejects.toThrow(NotFoundError);
	});

	it('keep each centre’s organisations and locations to itself', async () => {
		const { db } = database();
		const mine = await newCentre(db, 'Mine');
		const theirs = await newCentre(db, 'Theirs');
		const theirOrganization = await createOrganization(db, coordinatorOf(theirs.id), clinic);
		const theirLocation = await createLocation(db, coordinatorOf(theirs.id), hall);
		const me = coordinatorOf(mine.id);
		await expect(getOrganization(db, me, theirOrganization)).rejects.toThrow(NotFoundError);
		await expect(updateOrganization(db, me, theirOrganization, clinic)).rejects.toThrow(
			NotFoundError
		);
		await expect(removeOrganization(db, me, theirOrganization)).rejects.toThrow(NotFoundError);
		await expect(getLocation(db, me, theirLocation)).rejects.toThrow(NotFoundError);
		await expect(removeLocation(db, me, theirLocation)).rejects.toThrow(NotFoundError);
		await expect(
			createLocation(db, me, { ...hall, organizationId: theirOrganization })
		).rejects.toThrow(RuleError);
		expect((await listLocations(db, me, 1)).total).toBe(0);
		expect((await listOrganizations(db, me, 1)).partners).toBe(0);
	});

	it('show 25 a page, and the last page for a page past the end', async () => {
		const { db } = database();
		const centre = await newCentre(db, 'Busy Centre');
		const coordinator = coordinatorOf(centre.id);
		for (let n = 1; n <= 30; n++) {
			const name = `Partner ${String(n).padStart(2, '0')}`;
			await createOrganization(db, coordinator, { ...clinic, name });
			await createLocation(db, coordinator, {
				...hall,
				name: `Place ${String(n).padStart(2, '0')}`
			});
		}
		const first = await listOrganizations(db, coordinator, 1);
		expect(first).toMatchObject({ total: 31, partners: 30, page: 1, pages: 2 });
		expect(first.items).toHaveLength(PAGE_SIZE);
		expect(first.items[0]?.isOwn).toBe(true);
		const second = await listOrganizations(db, coordinator, 2);
		expect(second.items.map((organization) => organization.name)).toEqual([
			'Partner 25',
			'Partner 26',
			'Partner 27',
			'Partner 28',
			'Partner 29',
			'Partner 30'
		]);
		expect((await listOrganizations(db, coordinator, 99)).page).toBe(2);
		expect((await listOrganizations(db, coordinator, Number.NaN)).page).toBe(1);

		const places = await listLocations(db, coordinator, 2);
		expect(places).toMatchObject({ total: 30, page: 2, pages: 2 });
		expect(places.items.map((place) => place.name)).toEqual([
			'Place 26',
			'Place 27',
			'Place 28',
			'Place 29',
			'Place 30'
		]);
	});
});
