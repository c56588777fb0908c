// npm run bench:collective: what a collective case of 200 workers costs. One employer, 200
// workers each with a month of shifts in their hours diary (a date of birth given, so the
// calculator can find their rate), a wage case against the employer with its claim worked out from
// the diary, and one collective case holding all 200 claims, on a PostgreSQL server
// (BENCH_DATABASE_URL, in a database made for the run and dropped after). Figures: (a) working out
// one claim again from its diary (reading the shifts, then the calculation), and all 200 in turn;
// (b) reading the collective case's combined total. Progress goes to stderr, the figures to stdout.
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { sql } from 'kysely';
import { createCentre } from '../src/lib/server/centres/centres.service';
import { openCase, calculateClaim } from '../src/lib/server/casework/cases';
import {
	collectiveTotals,
	createCollective,
	readCollective
} from '../src/lib/server/casework/collective';
import { diaryWageInput, recordShifts, saveSettings } from '../src/lib/server/casework/diary';
import type { ShiftInput } from '../src/lib/server/casework/diary.schemas';
import { addEmployer } from '../src/lib/server/casework/employers';
import { loadRates } from '../src/lib/server/casework/minimum-wage-rates';
import { checkWages } from '../src/lib/server/casework/wage-calculation';
import { createPerson, type Actor } from '../src/lib/server/identity/identity.service';
import type { Role } from '../src/lib/server/identity/identity.tables';
import { inCentre } from '../src/lib/server/platform/database';
import { uuidv7 } from '../src/lib/server/platform/ids';
import { setLogLevel } from '../src/lib/server/platform/logger';
import { setPlatform } from '../src/lib/server/platform/runtime';
import { progress, seededRandom, summarise, withBenchPlatform } from './support/bench-kit';

const WORKERS = 200;
const FROM = '2025-03-01';
const TO = '2025-03-31';
const TODAY = '2026-11-22';
const TIME_ZONE = 'Europe/London';
const TOTAL_RUNS = 50;

setLogLevel('warn');

/** A night shift on each of the month's working days, some paid short, as a rider's diary might. */
function monthOfShifts(random: () => number, employerName: string): ShiftInput[] {
	const shifts: ShiftInput[] = [];
	for (let day = 1; day <= 31; day += 1) {
		if (random() < 0.3) continue;
		const startsOn = `2025-03-${String(day).padStart(2, '0')}`;
		shifts.push({
			clientId: uuidv7(),
			startsOn,
			startTime: '22:00',
			endsNextDay: true,
			endTime: `0${5 + Math.floor(random() * 3)}:00`,
			unpaidBreakMinutes: 30,
			employerName,
			site: '',
			promisedPencePerHour: 1100,
			paidPence: 6000 + Math.floor(random() * 3000),
			deductionsPence: random() < 0.1 ? 1500 : 0,
			accommodation: 'none',
			accommodationChargedPence: 0,
			note: ''
		});
	}
	return shifts;
}

async function main(): Promise<void> {
	await withBenchPlatform('collective', async (platform, url) => {
		const { db, secretKey } = platform;
		// The diary reads the centre's key and clock from the running platform, as in the app.
		setPlatform(platform);
		const random = seededRandom(5);
		const centre = await createCentre(db, {
			name: 'Bench centre',
			address: '',
			directions: '',
			timeZone: TIME_ZONE,
			defaultLocale: 'en',
			locales: ['en']
		});
		const person = async (chosenName: string, roles: Role[]): Promise<Actor> => ({
			accountId: await createPerson(db, centre.id, {
				chosenName,
				passphraseHash: 'x',
				roles,
				languages: []
			}),
			centreId: centre.id,
			roles
		});
		const adviser = await person('Bench adviser', ['member', 'adviser', 'organiser']);
		const employerName = 'Bench Deliveries Ltd';
		const employerId = await addEmployer(db, adviser, {
			name: employerName,
			tradingNames: [],
			sites: [],
			kind: 'platform',
			behindId: null
		});

		progress(`seeding ${WORKERS} workers, their diaries, cases and claims…`);
		const cases: { caseId: string; memberId: string }[] = [];
		for (let index = 0; index < WORKERS; index += 1) {
			const worker = await person(`Bench worker ${index}`, ['member']);
			const year = 1970 + Math.floor(random() * 35);
			await saveSettings(db, worker, {
				dateOfBirth: `${year}-0${1 + Math.floor(random() * 9)}-15`,
				apprenticeSince: null,
				payPeriod: 'week',
				periodStartsOn: null
			});
			await recordShifts(db, worker, monthOfShifts(random, employerName));
			const caseId = await openCase(
				db,
				adviser,
				{
					memberId: worker.accountId,
					kind: 'unpaid_wages',
					summary: 'Nights paid short',
					employerId,
					actOn: TO,
					diaryConsent: true
				},
				secretKey,
				new Date()
			);
			await calculateClaim(
				db,
				adviser,
				caseId,
				{ from: FROM, to: TO },
				TIME_ZONE,
				TODAY,
				secretKey
			);
			cases.push({ caseId, memberId: worker.accountId });
			if ((index + 1) % 50 === 0) progress(`${index + 1} workers`);
		}
		const collectiveId = await createCollective(db, adviser, employerId, {
			title: 'Bench back pay',
			caseIds: cases.map((each) => each.caseId)
		});
		// As autovacuum would have done by the time anyone reads the case.
		await sql`analyze`.execute(db);

		progress(`working out all ${WORKERS} claims again from their diaries…`);
		const rates = await loadRates(db);
		const claimTimes: number[] = [];
		let owedPence = 0;
		const allStart = performance.now();
		for (const { memberId } of cases) {
			const start = performance.now();
			const input = await inCentre(db, centre.id, (trx) =>
				diaryWageInput(
					trx,
					centre.id,
					memberId,
					{ from: FROM, to: TO, employerId },
					TIME_ZONE,
					TODAY
				)
			);
			if (!input) throw new Error('A worker has no date of birth');
			owedPence += checkWages(input, rates).owedPence;
			claimTimes.push(performance.now() - start);
		}
		const all = performance.now() - allStart;

		progress(`reading the combined total ${TOTAL_RUNS} times…`);
		const totalTimes: number[] = [];
		let totals = await collectiveTotals(db, centre.id, collectiveId);
		for (let run = 0; run < TOTAL_RUNS; run += 1) {
			const start = performance.now();
			totals = await inCentre(db, centre.id, (trx) =>
				collectiveTotals(trx, centre.id, collectiveId)
			);
			totalTimes.push(performance.now() - start);
		}
		if (totals.owedPence !== owedPence) {
			throw new Error(`The stored total ${totals.owedPence} is not the recalculated ${owedPence}`);
		}
		const pageTimes: number[] = [];
		for (let run = 0; run < TOTAL_RUNS; run += 1) {
			const start = performance.now();
			await readCollective(db, adviser, collectiveId);
			pageTimes.push(performance.now() - start);
		}

		const cpus = os.availableParallelism?.() ?? os.cpus().length;
		process.stdout.write(
			[
				`Hearth collective case benchmark (Node ${process.version}, ${cpus} CPUs, ${url.host})`,
				`${WORKERS} workers, a month of night shifts each, one collective case of ${totals.claims} claims`,
				`(a) one claim from its diary (read + calculate): ${summarise(claimTimes)}`,
				`(a) all ${WORKERS} claims in turn: ${all.toFixed(2)} ms`,
				`(b) the combined total (${totals.workers} workers, ${totals.owedPence} pence owed): ${summarise(totalTimes)}`,
				`(b) the whole collective case page's data: ${summarise(pageTimes)}`,
				''
			].join('\n')
		);
	});
}

await main();
