import type { Kysely } from 'kysely';
import type { Centre } from '../centres/centres.service';
import { addDays, instantToLocal } from '../centres/opening-hours';
import type { Actor } from '../identity/identity.service';
import { getPlatform, hasPlatform } from '../platform/runtime';
import type { Database, Db } from '../schema';
import { calculateClaim, openCase } from '../casework/cases';
import { createCollective } from '../casework/collective';
import { recordShifts, saveSettings } from '../casework/diary';
import type { ShiftInput } from '../casework/diary.schemas';
import { addEmployer, makeReport, monthOf } from '../casework/employers';

async function actorOf(
	db: Db,
	centre: Centre,
	chosenName: string,
	roles: Actor['roles']
): Promise<Actor | undefined> {
	const row = await db
		.selectFrom('accounts as a')
		.innerJoin('centre_people as p', 'p.account_id', 'a.id')
		.select('a.id')
		.where('p.centre_id', '=', centre.id)
		.where('a.chosen_name', '=', chosenName)
		.executeTakeFirst();
	return row && { accountId: row.id, centreId: centre.id, roles };
}

/** Seven nights cleaning offices, 22:00 to 06:00 with half an hour unpaid, paid £70 a night. */
function nightsOfCleaning(firstNight: string, member: string): ShiftInput[] {
	return Array.from({ length: 7 }, (_, night) => ({
		clientId: crypto.randomUUID(),
		startsOn: addDays(firstNight, night),
		startTime: '22:00',
		endsNextDay: true,
		endTime: '06:00',
		unpaidBreakMinutes: 30,
		employerName: 'Brightway Cleaning',
		site: 'Canary Wharf offices',
		promisedPencePerHour: 1300,
		paidPence: 7000,
		deductionsPence: night === 0 ? 1500 : 0,
		accommodation: 'none',
		accommodationChargedPence: 0,
		note: night === 0 ? `${member}: £15 taken for the tabard` : ''
	}));
}

/**
 * The demo's employer register; three night cleaners who kept hours diaries, each with a wage
 * case that Amira opened with them and a claim worked out from the diary; the three claims taken
 * up together as a collective case; and their reports about the employer, which staff see only
 * as a count. Sealed with the running Hearth's key, so seeded only when Hearth is running.
 */
export async function seedDemoCasework(db: Db, centre: Centre, now: Date): Promise<void> {
	if (!hasPlatform()) return;
	const key = getPlatform().secretKey;
	const handle = db as Kysely<Database>;
	const amira = await actorOf(db, centre, 'Amira (demo)', ['member', 'adviser']);
	const lucia = await actorOf(db, centre, 'Lucía (demo)', ['member', 'adviser', 'organiser']);
	const cleaners = [
		{ name: 'Mihai (demo)', bornOn: '2004-06-12' },
		{ name: 'Grace (demo)', bornOn: '1988-02-03' },
		{ name: 'Joana (demo)', bornOn: '1999-10-21' }
	];
	if (!amira || !lucia) return;

	const agency = await addEmployer(handle, lucia, {
		name: 'StaffLink Agency',
		tradingNames: ['StaffLink'],
		sites: [],
		kind: 'agency',
		behindId: null
	});
	const brightway = await addEmployer(handle, lucia, {
		name: 'Brightway Cleaning Ltd',
		tradingNames: ['Brightway Cleaning', 'Brightway'],
		sites: ['Canary Wharf offices', 'Stratford'],
		kind: 'employer',
		behindId: agency
	});
	await addEmployer(handle, lucia, {
		name: 'Swift Bites',
		tradingNames: [],
		sites: [],
		kind: 'platform',
		behindId: null
	});

	const today = instantToLocal(now, centre.timeZone).date;
	const caseIds: string[] = [];
	for (const cleaner of cleaners) {
		const member = await actorOf(db, centre, cleaner.name, ['member']);
		if (!member) continue;
		await saveSettings(handle, member, {
			dateOfBirth: cleaner.bornOn,
			apprenticeSince: null,
			payPeriod: 'week',
			periodStartsOn: null
		});
		await recordShifts(handle, member, nightsOfCleaning(addDays(today, -21), cleaner.name));
		await makeReport(
			handle,
			member,
			{ employerId: brightway, problem: 'below_minimum_wage', words: '' },
			monthOf(now, centre.timeZone),
			key
		);
		const caseId = await openCase(
			handle,
			amira,
			{
				memberId: member.accountId,
				kind: 'unpaid_wages',
				summary: 'Paid £70 for a night of seven and a half hours, below the minimum wage.',
				employerId: brightway,
				actOn: addDays(today, -14),
				diaryConsent: true
			},
			key,
			now
		);
		await calculateClaim(
			handle,
			amira,
			caseId,
			{ from: addDays(today, -28), to: addDays(today, -1) },
			centre.timeZone,
			today,
			key
		);
		caseIds.push(caseId);
	}
	if (caseIds.length > 0) {
		await createCollective(handle, lucia, brightway, {
			title: 'Brightway night cleaners: unpaid wages',
			caseIds
		});
	}
}
