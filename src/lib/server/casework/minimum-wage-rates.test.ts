import type { Kysely } from 'kysely';
import { describe, expect, it } from 'vitest';
import { describeEachDatabase } from '../../../../tests/support/database';
import { newCentre } from '../../../../tests/support/fixtures';
import { actorAt, createPerson, type Actor } from '../identity/identity.service';
import type { Role } from '../identity/identity.tables';
import { verifyAuditChain } from '../platform/audit';
import { ForbiddenError } from '../platform/errors';
import type { Database } from '../schema';
import { checkWages } from './wage-calculation';
import { loadRates, ratesFrom, saveRates } from './minimum-wage-rates';
import { parseRatesForm } from './minimum-wage-rates.schemas';

const RATES_2027 = {
	effectiveFrom: '2027-04-01',
	livingWageAge: '21',
	livingWage: '13.20',
	youngAdult: '',
	eighteenToTwenty: '11.50',
	sixteenToSeventeen: '8.75',
	apprentice: '8.75',
	accommodationOffset: ''
};

function formData(fields: Record<string, string>): FormData {
	const form = new FormData();
	for (const [name, value] of Object.entries(fields)) form.set(name, value);
	return form;
}

function parsedRates(fields: Record<string, string>) {
	return parseRatesForm(formData(fields));
}

describe('the rates form', () => {
	it('reads a year’s rates in pounds as exact pence, the offset left empty as not confirmed', () => {
		const form = parsedRates(RATES_2027);
		expect(form.ok && form.data).toEqual({
			effectiveFrom: '2027-04-01',
			livingWageAge: 21,
			livingWagePence: 1320,
			youngAdultPence: null,
			age18To20Pence: 1150,
			age16To17Pence: 875,
			apprenticePence: 875,
			accommodationOffsetPence: null
		});
		const withOffset = parsedRates({ ...RATES_2027, accommodationOffset: '£11.10' });
		expect(withOffset.ok && withOffset.data.accommodationOffsetPence).toBe(1110);
	});

	it('says what is wrong with each field and keeps what was typed', () => {
		const form = parsedRates({
			effectiveFrom: '2027-02-30',
			livingWageAge: '20',
			livingWage: '0',
			youngAdult: '',
			eighteenToTwenty: '-1',
			sixteenToSeventeen: 'eight',
			apprentice: '1000.01',
			accommodationOffset: '-2'
		});
		expect(form.ok).toBe(false);
		if (form.ok) return;
		expect(form.errors).toEqual({
			effectiveFrom: 'wages.errorDate',
			livingWageAge: 'wages.errorLivingWageAge',
			livingWage: 'wages.errorRate',
			eighteenToTwenty: 'wages.errorRate',
			sixteenToSeventeen: 'wages.errorRate',
			apprentice: 'wages.errorRate',
			accommodationOffset: 'wages.errorOffset'
		});
		expect(form.values.sixteenToSeventeen).toBe('eight');
		expect(form.values.effectiveFrom).toBe('2027-02-30');
	});

	it('wants the young adult rate exactly when the living wage starts after 21', () => {
		const missing = parsedRates({ ...RATES_2027, livingWageAge: '23' });
		expect(!missing.ok && missing.errors).toEqual({ youngAdult: 'wages.errorYoungAdultRequired' });
		const unwanted = parsedRates({ ...RATES_2027, youngAdult: '12.00' });
		expect(!unwanted.ok && unwanted.errors).toEqual({
			youngAdult: 'wages.errorYoungAdultNotWanted'
		});
		const withOthers = parsedRates({ ...RATES_2027, livingWageAge: '23', livingWage: '0' });
		expect(!withOthers.ok && withOthers.errors).toEqual({
			livingWage: 'wages.errorRate',
			youngAdult: 'wages.errorYoungAdultRequired'
		});
		const given = parsedRates({ ...RATES_2027, livingWageAge: '23', youngAdult: '12.00' });
		expect(given.ok && given.data.youngAdultPence).toBe(1200);
	});
});

async function person(db: Kysely<Database>, centreId: string, roles: Role[]): Promise<Actor> {
	const id = await createPerson(db, centreId, {
		chosenName: `Person ${roles.join(' ')} ${Math.random()}`,
		passphraseHash: 'not used by these tests',
		roles,
		languages: []
	});
	const actor = await actorAt(db, id, centreId);
	if (!actor) throw new Error('The person does not belong to the centre');
	return actor;
}

describeEachDatabase('minimum wage rates', (database) => {
	it('loads the seeded rates oldest first, 2026’s offset not confirmed', async () => {
		const rates = await loadRates(database().db);
		expect(rates.map((r) => r.effectiveFrom).slice(0, 2)).toEqual(['2016-10-01', '2017-04-01']);
		expect(rates.find((r) => r.effectiveFrom === '2026-04-01')).toEqual({
			effectiveFrom: '2026-04-01',
			livingWageAge: 21,
			livingWagePence: 1271,
			youngAdultPence: null,
			age18To20Pence: 1085,
			age16To17Pence: 800,
			apprenticePence: 800,
			accommodationOffsetPence: null
		});
		const sorted = [...rates].sort((a, b) => (a.effectiveFrom < b.effectiveFrom ? -1 : 1));
		expect(rates).toEqual(sorted);
	});

	it('lets a coordinator add and correct a year, audited, and refuses anyone else', async () => {
		const { db } = database();
		const centre = await newCentre(db, 'Rates Centre');
		const coordinator = await person(db, centre.id, ['member', 'coordinator']);
		const adviser = await person(db, centre.id, ['member', 'adviser']);
		const form = parsedRates(RATES_2027);
		if (!form.ok) throw new Error('The 2027 rates should read');

		await expect(saveRates(db, adviser, form.data)).rejects.toBeInstanceOf(ForbiddenError);
		expect(await ratesFrom(db, '2027-04-01')).toBeNull();

		expect(await saveRates(db, coordinator, form.data)).toEqual({ added: true });
		expect(await ratesFrom(db, '2027-04-01')).toEqual(form.data);
		const corrected = { ...form.data, accommodationOffsetPence: 1125 };
		expect(await saveRates(db, coordinator, corrected)).toEqual({ added: false });
		expect((await ratesFrom(db, '2027-04-01'))?.accommodationOffsetPence).toBe(1125);

		const events = await db
			.selectFrom('audit_events')
			.select(['action', 'actor_id', 'centre_id'])
			.where('action', 'like', 'casework.wage_rates_%')
			.orderBy('seq')
			.execute();
		expect(events).toEqual([
			{
				action: 'casework.wage_rates_added',
				actor_id: coordinator.accountId,
				centre_id: centre.id
			},
			{
				action: 'casework.wage_rates_corrected',
				actor_id: coordinator.accountId,
				centre_id: centre.id
			}
		]);
		expect(await verifyAuditChain(db)).toBeNull();

		// The calculator takes the new year from the table: 10 hours at 21 in May 2027 at 1320p.
		const result = checkWages(
			{
				dateOfBirth: '1990-01-01',
				apprenticeSince: null,
				asOf: '2027-06-01',
				timeZone: 'Europe/London',
				payPeriods: [
					{
						start: '2027-05-03',
						end: '2027-05-09',
						paidPence: 0,
						deductionsForEmployerPence: 0,
						accommodation: [],
						shifts: [{ start: '2027-05-04T08:00', end: '2027-05-04T18:00', unpaidBreakMinutes: 0 }]
					}
				]
			},
			await loadRates(db)
		);
		expect(result.periods[0]).toMatchObject({ ratePence: 1320, minimumDuePence: 13200 });
	});
});
