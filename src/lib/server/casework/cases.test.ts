import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../../../../tests/support/database';
import { newCentre } from '../../../../tests/support/fixtures';
import type { Centre } from '../centres/centres.service';
import { actorAt, createPerson, type Actor } from '../identity/identity.service';
import type { Role } from '../identity/identity.tables';
import { verifyAuditChain } from '../platform/audit';
import { open } from '../platform/crypto';
import { inCentre } from '../platform/database';
import { ForbiddenError, NotFoundError, RuleError } from '../platform/errors';
import { uuidv7 } from '../platform/ids';
import { getPlatform, hasPlatform, setPlatform, type Platform } from '../platform/runtime';
import {
	addNote,
	addTask,
	addToTeam,
	calculateClaim,
	completeTask,
	findMembers,
	memberCases,
	openCase,
	readCase,
	readLetter,
	recordOutcome,
	removeFromTeam,
	reopenCase,
	setDates,
	setDiaryConsent,
	teamCases
} from './cases';
import { parseClaimRange, parseDates, parseNote, parseOutcome } from './cases.schemas';
import { recordShifts, saveSettings } from './diary';
import type { ShiftInput } from './diary.schemas';
import { addEvidence, readEvidence } from './evidence';

// A key made for these tests only: what is sealed with it opens with nothing else.
const KEY = randomBytes(32);
const NOW = new Date('2026-11-20T10:00:00Z');
const TODAY = '2026-11-20';
const SUMMARY = 'Paid £50 for eight-hour shifts at the kitchen since October.';

/** A real, tiny PNG: one transparent pixel. */
const PNG = Buffer.from(
	'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
	'base64'
);

function form(fields: Record<string, string>): FormData {
	const data = new FormData();
	for (const [name, value] of Object.entries(fields)) data.append(name, value);
	return data;
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
	return promise.then(
		() => undefined,
		(reason: unknown) => reason
	);
}

async function ruleCode(promise: Promise<unknown>): Promise<string | undefined> {
	const error = await rejection(promise);
	return error instanceof RuleError ? error.code : undefined;
}

function shift(startsOn: string): ShiftInput {
	return {
		clientId: uuidv7(),
		startsOn,
		startTime: '10:00',
		endsNextDay: false,
		endTime: '18:00',
		unpaidBreakMinutes: 0,
		employerName: 'Harbour Kitchen Ltd',
		site: '',
		promisedPencePerHour: null,
		paidPence: 5000,
		deductionsPence: 0,
		accommodation: 'none',
		accommodationChargedPence: 0,
		note: ''
	};
}

/** Every file under a folder, read whole, searched for the bytes. */
async function filesHolding(folder: string, wanted: Buffer): Promise<string[]> {
	const found: string[] = [];
	const entries = await fs.readdir(folder, { withFileTypes: true, recursive: true });
	for (const entry of entries) {
		if (!entry.isFile()) continue;
		const file = path.join(entry.parentPath, entry.name);
		const bytes = await fs.readFile(file).catch(() => null);
		if (bytes && bytes.includes(wanted)) found.push(file);
	}
	return found;
}

describeEachDatabase('cases', (database) => {
	let earlier: Platform | undefined;
	let centre: Centre;
	let member: Actor;
	let adviser: Actor;
	let colleague: Actor;
	let otherAdviser: Actor;
	let coordinator: Actor;
	let organiser: Actor;
	let otherMember: Actor;
	let employerId: string;
	let caseId: string;

	async function person(chosenName: string, roles: Role[]): Promise<Actor> {
		const { db } = database();
		const id = await createPerson(db, centre.id, {
			chosenName,
			passphraseHash: 'not used by these tests',
			roles,
			languages: roles.includes('adviser') ? [] : ['pl']
		});
		const actor = await actorAt(db, id, centre.id);
		if (!actor) throw new Error('The person does not belong to the centre');
		return actor;
	}

	async function auditCount(action: string, actor: Actor): Promise<number> {
		const row = await database()
			.db.selectFrom('audit_events')
			.select((eb) => eb.fn.countAll<number>().as('n'))
			.where('action', '=', action)
			.where('actor_id', '=', actor.accountId)
			.executeTakeFirstOrThrow();
		return Number(row.n);
	}

	beforeAll(async () => {
		earlier = hasPlatform() ? getPlatform() : undefined;
		setPlatform({ secretKey: KEY, now: () => NOW } as Platform);
		const { db } = database();
		centre = await newCentre(db, 'Cases centre');
		member = await person('Marta K', ['member']);
		adviser = await person('Adviser Ayo', ['member', 'adviser']);
		colleague = await person('Adviser Bea', ['member', 'adviser']);
		otherAdviser = await person('Adviser Cy', ['member', 'adviser']);
		coordinator = await person('Coordinator Di', ['member', 'coordinator']);
		organiser = await person('Organiser Ed', ['member', 'organiser']);
		otherMember = await person('Someone Else', ['member']);
		employerId = uuidv7();
		await inCentre(db, centre.id, (trx) =>
			trx
				.insertInto('employers')
				.values({ centre_id: centre.id, id: employerId, name: 'Harbour Kitchen Ltd' })
				.execute()
		);
		caseId = await openCase(
			db,
			adviser,
			{
				memberId: member.accountId,
				kind: 'unpaid_wages',
				summary: SUMMARY,
				employerId,
				actOn: '2026-10-31',
				diaryConsent: true
			},
			KEY,
			NOW
		);
	});

	afterAll(() => setPlatform(earlier));

	it('opens a case with the member, its summary sealed and its opener on the team', async () => {
		const { db } = database();
		const row = await db
			.selectFrom('cases')
			.selectAll()
			.where('id', '=', caseId)
			.executeTakeFirstOrThrow();
		expect(row.summary).not.toContain('kitchen');
		expect(open(row.summary, KEY)).toBe(SUMMARY);
		expect(row.diary_consent_at?.toISOString()).toBe(NOW.toISOString());
		const view = await readCase(db, member, caseId, KEY);
		expect(view.team.map((person) => person.id)).toEqual([adviser.accountId]);
		expect(view.timeline.map((event) => event.kind)).toEqual(['opened']);
		expect(view.timeLimit).toEqual({
			state: 'running',
			lastDay: '2027-01-30',
			conciliationLate: false
		});
	});

	it('finds members by chosen name, a page at a time, and never the adviser themselves', async () => {
		const { db } = database();
		const found = await findMembers(db, adviser, 'marta', 1);
		expect(found.members.map((person) => person.name)).toEqual(['Marta K']);
		const everyone = await findMembers(db, adviser, '', 1);
		expect(everyone.members.map((person) => person.id)).not.toContain(adviser.accountId);
		expect(await findMembers(db, adviser, '%', 1)).toMatchObject({ total: 0 });
		expect(await rejection(findMembers(db, member, '', 1))).toBeInstanceOf(ForbiddenError);
	});

	it('lets only the member and the team read the case, notes and evidence', async () => {
		const { db } = database();
		await addNote(db, adviser, caseId, 'Called the kitchen manager; no answer.', KEY);
		const evidenceId = await addEvidence(
			db,
			adviser,
			caseId,
			{ bytes: PNG, name: 'Payslip October' },
			KEY
		);
		const asMember = await readCase(db, member, caseId, KEY);
		expect(asMember.readerIsMember).toBe(true);
		expect(asMember.timeline[0]?.kind).toBe('evidence_added');
		expect(asMember.timeline[1]?.detail.text).toBe('Called the kitchen manager; no answer.');
		expect(asMember.evidence.map((item) => item.name)).toEqual(['Payslip October']);
		expect((await readEvidence(db, member, caseId, evidenceId, KEY)).bytes.equals(PNG)).toBe(true);
		expect((await readCase(db, adviser, caseId, KEY)).readerIsTeam).toBe(true);
		for (const outsider of [otherAdviser, coordinator, organiser, otherMember]) {
			expect(await rejection(readCase(db, outsider, caseId, KEY))).toBeInstanceOf(NotFoundError);
			expect(await rejection(readEvidence(db, outsider, caseId, evidenceId, KEY))).toBeInstanceOf(
				NotFoundError
			);
			expect(await rejection(readLetter(db, outsider, caseId, KEY))).toBeInstanceOf(NotFoundError);
			expect(await rejection(addNote(db, outsider, caseId, 'x', KEY))).toBeInstanceOf(
				NotFoundError
			);
		}
		// A case that does not exist gets the same answer as one that is not theirs.
		expect(await rejection(readCase(db, otherAdviser, uuidv7(), KEY))).toBeInstanceOf(
			NotFoundError
		);
		expect((await teamCases(db, otherAdviser, 1)).total).toBe(0);
		expect((await memberCases(db, otherMember, 1)).total).toBe(0);
		expect((await memberCases(db, member, 1)).cases.map((item) => item.id)).toEqual([caseId]);
		// The member reads; they do not work the case.
		expect(await rejection(addNote(db, member, caseId, 'x', KEY))).toBeInstanceOf(ForbiddenError);
	});

	it('audits every read by the team, and none of the member’s own', async () => {
		const { db } = database();
		const evidenceId = await addEvidence(db, adviser, caseId, { bytes: PNG, name: 'Rota' }, KEY);
		const reads = await auditCount('casework.case_read', adviser);
		const evidenceReads = await auditCount('casework.evidence_read', adviser);
		await readCase(db, adviser, caseId, KEY);
		await readEvidence(db, adviser, caseId, evidenceId, KEY);
		expect(await auditCount('casework.case_read', adviser)).toBe(reads + 1);
		expect(await auditCount('casework.evidence_read', adviser)).toBe(evidenceReads + 1);
		const memberReads = await auditCount('casework.case_read', member);
		await readCase(db, member, caseId, KEY);
		await readEvidence(db, member, caseId, evidenceId, KEY);
		expect(await auditCount('casework.case_read', member)).toBe(memberReads);
		expect(await auditCount('casework.evidence_read', member)).toBe(0);
		expect(await verifyAuditChain(db)).toBeNull();
	});

	it('keeps the team: adds, removes with the last one staying, and a removed adviser loses it', async () => {
		const { db } = database();
		await addToTeam(db, adviser, caseId, colleague.accountId, KEY);
		expect((await readCase(db, colleague, caseId, KEY)).readerIsTeam).toBe(true);
		expect(await ruleCode(addToTeam(db, adviser, caseId, member.accountId, KEY))).toBe(
			'cases.adviserMissing'
		);
		expect(await ruleCode(addToTeam(db, adviser, caseId, coordinator.accountId, KEY))).toBe(
			'cases.adviserMissing'
		);
		await removeFromTeam(db, adviser, caseId, colleague.accountId, KEY);
		expect(await rejection(readCase(db, colleague, caseId, KEY))).toBeInstanceOf(NotFoundError);
		expect(await ruleCode(removeFromTeam(db, adviser, caseId, adviser.accountId, KEY))).toBe(
			'cases.lastOnTeam'
		);
		const view = await readCase(db, member, caseId, KEY);
		const changes = view.timeline.filter((event) => event.kind === 'team_changed');
		expect(changes.map((event) => event.detail)).toEqual([
			{ removed: colleague.accountId },
			{ added: colleague.accountId }
		]);
		expect(view.names[colleague.accountId]).toBe('Adviser Bea');
	});

	it('keeps tasks as the team’s work and marks them done once', async () => {
		const { db } = database();
		await addTask(db, adviser, caseId, { title: 'Ring ACAS', dueOn: '2026-11-27' }, KEY);
		const task = (await readCase(db, member, caseId, KEY)).tasks[0];
		expect(task).toMatchObject({ title: 'Ring ACAS', dueOn: '2026-11-27', doneAt: null });
		expect((await teamCases(db, adviser, 1)).cases[0]?.nextTaskDue).toBe('2026-11-27');
		await completeTask(db, adviser, caseId, task!.id, KEY, NOW);
		await completeTask(db, adviser, caseId, task!.id, KEY, NOW);
		const view = await readCase(db, member, caseId, KEY);
		expect(view.timeline.filter((event) => event.kind === 'task_done')).toHaveLength(1);
		expect(view.tasks[0]?.doneAt?.toISOString()).toBe(NOW.toISOString());
	});

	it('moves the time limit with conciliation', async () => {
		const { db } = database();
		await setDates(
			db,
			adviser,
			caseId,
			{
				actOn: '2026-10-31',
				conciliationStartedOn: '2026-11-10',
				conciliationCertificateOn: null
			},
			KEY
		);
		expect((await readCase(db, member, caseId, KEY)).timeLimit.state).toBe('paused');
		await setDates(
			db,
			adviser,
			caseId,
			{
				actOn: '2026-10-31',
				conciliationStartedOn: '2026-11-10',
				conciliationCertificateOn: '2026-11-18'
			},
			KEY
		);
		// 30 Jan 2027 moved on by 8 days: 7 Feb, more than a month after 18 Nov.
		expect((await readCase(db, member, caseId, KEY)).timeLimit).toEqual({
			state: 'running',
			lastDay: '2027-02-07',
			conciliationLate: false
		});
	});

	it('works out the claim from the diary only with the member’s agreement, audited', async () => {
		const { db } = database();
		await recordShifts(db, member, [shift('2026-11-02'), shift('2026-11-03')]);
		await saveSettings(db, member, {
			dateOfBirth: '1990-05-01',
			apprenticeSince: null,
			payPeriod: 'week',
			periodStartsOn: null
		});
		await setDiaryConsent(db, member, caseId, false, NOW);
		const range = { from: '2026-11-01', to: '2026-11-15' };
		expect(
			await ruleCode(calculateClaim(db, adviser, caseId, range, 'Europe/London', TODAY, KEY))
		).toBe('cases.claimNeedsConsent');
		// The member can withdraw; only the team records agreement they gave.
		expect(await rejection(setDiaryConsent(db, member, caseId, true, NOW))).toBeInstanceOf(
			ForbiddenError
		);
		await setDiaryConsent(db, adviser, caseId, true, NOW);
		const diaryReads = await auditCount('casework.diary_read', adviser);
		const claim = await calculateClaim(db, adviser, caseId, range, 'Europe/London', TODAY, KEY);
		expect(await auditCount('casework.diary_read', adviser)).toBe(diaryReads + 1);
		// Two 8-hour shifts at £12.71 is £203.36, less the £100 paid.
		expect(claim.owedPence).toBe(10336);
		expect(claim.owedTodayPence).toBeGreaterThanOrEqual(claim.owedPence);
		await calculateClaim(db, adviser, caseId, range, 'Europe/London', TODAY, KEY);
		const rows = await db
			.selectFrom('case_wage_claims')
			.selectAll()
			.where('case_id', '=', caseId)
			.execute();
		expect(rows).toHaveLength(1);
		expect(rows[0]?.calculation).not.toContain('owedPence');
		const letter = await readLetter(db, member, caseId, KEY);
		expect(letter).toMatchObject({ employerName: 'Harbour Kitchen Ltd', readerIsMember: true });
		expect(letter.claim?.result.periods.length).toBeGreaterThan(0);
		expect(letter.memberLanguages).toEqual(['pl']);
	});

	it('refuses a claim on a case that is not about wages', async () => {
		const { db } = database();
		const housing = await openCase(
			db,
			adviser,
			{
				memberId: member.accountId,
				kind: 'housing',
				summary: 'Landlord kept the deposit.',
				employerId: null,
				actOn: null,
				diaryConsent: true
			},
			KEY,
			NOW
		);
		expect(
			await ruleCode(
				calculateClaim(
					db,
					adviser,
					housing,
					{ from: '2026-11-01', to: '2026-11-15' },
					'Europe/London',
					TODAY,
					KEY
				)
			)
		).toBe('cases.claimNotWages');
		expect((await readCase(db, member, housing, KEY)).timeLimit).toEqual({ state: 'none' });
	});

	it('records an outcome, closing the case, and reopens it', async () => {
		const { db } = database();
		await recordOutcome(
			db,
			adviser,
			caseId,
			{ outcome: 'Paid in full after the letter.', recoveredPence: 10336 },
			KEY,
			NOW
		);
		const closed = await readCase(db, member, caseId, KEY);
		expect(closed).toMatchObject({
			status: 'closed',
			outcome: 'Paid in full after the letter.',
			recoveredPence: 10336
		});
		expect(closed.timeline.slice(0, 2).map((event) => event.kind)).toEqual(['closed', 'outcome']);
		expect(
			await ruleCode(
				recordOutcome(db, adviser, caseId, { outcome: 'again', recoveredPence: null }, KEY, NOW)
			)
		).toBe('cases.alreadyClosed');
		await reopenCase(db, adviser, caseId, KEY);
		expect((await readCase(db, member, caseId, KEY)).status).toBe('open');
	});

	it('refuses evidence by its content and size, not its name', async () => {
		const { db } = database();
		const text = Buffer.from('just some words, not a photo at all');
		expect(
			await ruleCode(addEvidence(db, adviser, caseId, { bytes: text, name: 'photo.jpg' }, KEY))
		).toBe('cases.fileType');
		const large = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff]), Buffer.alloc(1_600_000)]);
		expect(
			await ruleCode(addEvidence(db, adviser, caseId, { bytes: large, name: 'big.jpg' }, KEY))
		).toBe('cases.fileTooLarge');
		expect(
			await ruleCode(
				addEvidence(db, adviser, caseId, { bytes: Buffer.alloc(0), name: 'empty' }, KEY)
			)
		).toBe('cases.fileMissing');
	});

	it('keeps no stored file readable on disk', async () => {
		const { db } = database();
		const marker = Buffer.from(`hearth-evidence-marker-${randomBytes(8).toString('hex')}`);
		const control = Buffer.from(`hearth-control-marker-${randomBytes(8).toString('hex')}`);
		// Random bytes do not compress, so a file kept unsealed would sit on disk as it was sent;
		// the marker comes again and again so a page or chunk boundary cannot hide every copy.
		const parts: Buffer[] = [PNG];
		for (let index = 0; index < 40; index += 1) parts.push(randomBytes(400), marker);
		await addEvidence(
			db,
			adviser,
			caseId,
			{ bytes: Buffer.concat(parts), name: marker.toString() },
			KEY
		);
		// The same search must find a marker that is stored plainly, or it proves nothing.
		await sql`create table disk_search_control (content bytea)`.execute(db);
		await sql`insert into disk_search_control values (${Buffer.concat([randomBytes(400), control, randomBytes(400)])})`.execute(
			db
		);
		await sql`checkpoint`.execute(db);
		const { rows } = await sql<{ folder: string }>`
			select current_setting('data_directory') as folder`.execute(db);
		const folder = rows[0]!.folder;
		expect(await filesHolding(folder, control)).not.toEqual([]);
		expect(await filesHolding(folder, marker)).toEqual([]);
	});

	it('reads forms: an empty note, a negative sum, backwards dates', () => {
		const note = parseNote(form({ note: '   ' }));
		expect(note.ok ? null : note.errors).toEqual({ note: 'cases.noteMissing' });
		const outcome = parseOutcome(form({ outcome: 'Settled', recovered: '-5' }));
		expect(outcome.ok ? null : outcome.errors).toEqual({ recovered: 'cases.recoveredInvalid' });
		expect(parseOutcome(form({ outcome: 'Settled', recovered: '£1,234.56' }))).toMatchObject({
			ok: true,
			data: { recoveredPence: 123456 }
		});
		expect(parseOutcome(form({ outcome: 'Settled', recovered: '' }))).toMatchObject({
			ok: true,
			data: { recoveredPence: null }
		});
		const dates = parseDates(
			form({
				actOn: '2026-10-01',
				conciliationStartedOn: '',
				conciliationCertificateOn: '2026-11-01'
			})
		);
		expect(dates.ok ? null : dates.errors).toEqual({
			conciliationStartedOn: 'cases.certificateWithoutStart'
		});
		const range = parseClaimRange(form({ from: '2026-11-10', to: '2026-11-01' }));
		expect(range.ok ? null : range.errors).toEqual({ to: 'cases.rangeBackwards' });
	});
});
