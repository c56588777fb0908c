import { beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../../../../tests/support/database';
import { newCentre } from '../../../../tests/support/fixtures';
import type { Centre } from '../centres/centres.service';
import { createPerson, type Actor } from '../identity/identity.service';
import type { Role } from '../identity/identity.tables';
import { inCentre } from '../platform/database';
import { ForbiddenError, NotFoundError } from '../platform/errors';
import { createCampaign, link } from './campaigns';
import {
	addPartner,
	deletePartner,
	listPartners,
	PARTNERS_PER_PAGE,
	readPartner,
	updatePartner
} from './partners';
import { parsePartnerForm } from './partners.schemas';

function form(fields: Record<string, string>): FormData {
	const data = new FormData();
	for (const [name, value] of Object.entries(fields)) data.append(name, value);
	return data;
}

it('reads a partner, and says what is wrong with one', () => {
	const parsed = parsePartnerForm(
		form({
			name: '  Couriers Union ',
			kind: 'union',
			contact: 'Office: 020 7946 0000\nAsk for Sam'
		})
	);
	expect(parsed.ok && parsed.data).toEqual({
		name: 'Couriers Union',
		kind: 'union',
		contact: 'Office: 020 7946 0000\nAsk for Sam'
	});
	const bad = parsePartnerForm(form({ name: '', kind: 'church', contact: 'x'.repeat(501) }));
	expect(!bad.ok && bad.errors).toEqual({
		name: 'partners.nameRequired',
		kind: 'partners.kindRequired',
		contact: 'partners.contactTooLong'
	});
});

describeEachDatabase('partners', (database) => {
	let centre: Centre;
	let other: Centre;
	let organiser: Actor;
	let coordinator: Actor;
	let adviser: Actor;
	let stranger: Actor;

	async function person(at: Centre, name: string, roles: Role[]): Promise<Actor> {
		const accountId = await createPerson(database().db, at.id, {
			chosenName: name,
			passphraseHash: 'x',
			roles,
			languages: []
		});
		return { accountId, centreId: at.id, roles };
	}

	beforeAll(async () => {
		const { db } = database();
		centre = await newCentre(db, 'Partners centre');
		other = await newCentre(db, 'Another centre');
		organiser = await person(centre, 'Organiser P', ['member', 'organiser']);
		coordinator = await person(centre, 'Coordinator P', ['member', 'coordinator']);
		adviser = await person(centre, 'Adviser P', ['member', 'adviser']);
		stranger = await person(other, 'Organiser elsewhere', ['member', 'organiser']);
	});

	it('keeps, changes and deletes a partner, auditing ids only', async () => {
		const { db, pool } = database();
		const id = await addPartner(db, organiser, {
			name: 'Riders Union',
			kind: 'union',
			contact: 'Office phone 020 7946 0001'
		});
		await updatePartner(db, coordinator, id, {
			name: 'Riders and Couriers Union',
			kind: 'union',
			contact: 'Office phone 020 7946 0002'
		});
		const read = await readPartner(db, organiser, id, 'en');
		expect(read).toMatchObject({ name: 'Riders and Couriers Union', campaigns: [] });

		const campaign = await createCampaign(db, organiser, {
			locales: ['en'],
			texts: { en: { title: 'Pay for waiting time', goal: '', story: '' } },
			targetKind: 'platform',
			targetName: 'QuickDrop',
			employerId: null,
			startedOn: '2026-11-01',
			state: 'active'
		});
		await link(db, organiser, campaign, 'partner', id);
		expect((await readPartner(db, organiser, id, 'en')).campaigns).toEqual([
			{ id: campaign, title: 'Pay for waiting time' }
		]);

		await deletePartner(db, organiser, id);
		await expect(readPartner(db, organiser, id, 'en')).rejects.toBeInstanceOf(NotFoundError);
		// The campaign it supported stays.
		const { rows: campaigns } = await pool.query('select id from campaigns where id = $1', [
			campaign
		]);
		expect(campaigns).toHaveLength(1);
		const { rows } = await pool.query<{ action: string; detail: unknown }>(
			`select action, detail from audit_events where subject_id = $1 order by seq`,
			[id]
		);
		expect(rows.map((row) => row.action)).toEqual([
			'partners.added',
			'partners.changed',
			'partners.deleted'
		]);
		expect(JSON.stringify(rows)).not.toContain('020 7946');
	});

	it('pages the list by name', async () => {
		const { db } = database();
		for (let index = 0; index < PARTNERS_PER_PAGE + 3; index += 1) {
			await addPartner(db, organiser, {
				name: `Group ${String(index).padStart(2, '0')}`,
				kind: 'community',
				contact: ''
			});
		}
		const second = await listPartners(db, organiser, 2);
		expect(second).toMatchObject({ page: 2, pages: 2, total: PARTNERS_PER_PAGE + 3 });
		expect(second.partners.map((partner) => partner.name)).toEqual([
			'Group 20',
			'Group 21',
			'Group 22'
		]);
		// A page past the end shows the last one.
		expect((await listPartners(db, organiser, 99)).page).toBe(2);
	});

	it('is for organisers and coordinators of the centre only', async () => {
		const { db } = database();
		const id = await addPartner(db, organiser, {
			name: 'Tenants group',
			kind: 'community',
			contact: ''
		});
		await expect(listPartners(db, adviser, 1)).rejects.toBeInstanceOf(ForbiddenError);
		await expect(
			addPartner(db, adviser, { name: 'Nope', kind: 'other', contact: '' })
		).rejects.toBeInstanceOf(ForbiddenError);
		await expect(readPartner(db, stranger, id, 'en')).rejects.toBeInstanceOf(NotFoundError);
		await expect(deletePartner(db, stranger, id)).rejects.toBeInstanceOf(NotFoundError);
		// Row-level security: another centre's scope sees no partner of this one, filter or not.
		const seen = await inCentre(db, other.id, (trx) =>
			trx.selectFrom('partners').select('id').execute()
		);
		expect(seen).toEqual([]);
	});
});
