import { createHash } from 'node:crypto';
import { describe, it, expect, beforeAll } from 'vitest';
import { sql, type Kysely } from 'kysely';
import { describeEachDatabase } from '../../../../tests/support/database';
import { newCentre } from '../../../../tests/support/fixtures';
import type { Centre } from '../centres/centres.service';
import { verifyAuditChain } from '../platform/audit';
import { inCentre } from '../platform/database';
import { ForbiddenError, NotFoundError, RuleError } from '../platform/errors';
import type { Database } from '../schema';
import {
	actorAt,
	addPersonToCentre,
	centresOf,
	createCoordinator,
	createPerson,
	enrol,
	getPerson,
	issueResetCard,
	join,
	listPeople,
	newPassphraseHash,
	normaliseCode,
	pruneExpiredSignIns,
	redeemCode,
	resumeSession,
	setRoles,
	signIn,
	signOut,
	signOutEverywhere,
	startSession,
	type Actor,
	type RedeemResult,
	type SignedIn,
	type SignInResult
} from './identity.service';
import type { Role } from './identity.tables';
import { hashPassphrase } from './passphrase';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const PASSPHRASE = 'blue kettle night bus';
const WRONG = 'blue kettle night bun';
const CONSENT =
	'Hearth keeps your chosen name and your roles here, so the centre can help you. You can ask us to remove them.';

// Addresses from the ranges set aside for documentation (RFC 5737); each test takes its own so
// the failures one test records never pause another.
const address = (n: number) => `192.0.2.${n}`;

const CODE = /^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/;

const sha256 = (text: string) => createHash('sha256').update(text).digest();

// One hash of the shared test passphrase serves every person these tests create directly.
let sharedHash: Promise<string> | undefined;

async function newPerson(
	db: Kysely<Database>,
	centreId: string,
	chosenName: string,
	roles: Role[]
): Promise<string> {
	sharedHash ??= hashPassphrase(PASSPHRASE);
	return createPerson(db, centreId, {
		chosenName,
		passphraseHash: await sharedHash,
		roles,
		languages: []
	});
}

function coordinatorHash(chosenName: string): Promise<string> {
	return newPassphraseHash(PASSPHRASE, chosenName);
}

async function actorOf(db: Kysely<Database>, accountId: string, centreId: string): Promise<Actor> {
	const actor = await actorAt(db, accountId, centreId);
	if (!actor) throw new Error('The person does not belong to the centre');
	return actor;
}

async function rolesOf(db: Kysely<Database>, accountId: string, centreId: string) {
	return [...((await actorAt(db, accountId, centreId))?.roles ?? [])].sort();
}

/** The code of the RuleError a promise rejects with, or undefined for any other outcome. */
async function ruleCode(promise: Promise<unknown>): Promise<string | undefined> {
	const error = await promise.then(
		() => undefined,
		(reason: unknown) => reason
	);
	return error instanceof RuleError ? error.code : undefined;
}

/** How many minutes a paused result asks the person to wait; undefined when not paused. */
function pauseMinutes(result: SignInResult | RedeemResult): number | undefined {
	return result.ok || result.reason !== 'paused' ? undefined : result.retryAfterMinutes;
}

async function resumed(
	db: Kysely<Database>,
	token: string,
	policy = { idleMinutes: 30, maxHours: 8 }
): Promise<SignedIn> {
	const session = await resumeSession(db, token, policy);
	if (!session) throw new Error('The session did not resume');
	return session;
}

describeEachDatabase('identity', (database) => {
	describe('joining', () => {
		let centre: Centre;
		beforeAll(async () => {
			centre = await newCentre(database().db, 'Joining Centre');
		});

		it('creates a member with only an argon2id hash of the passphrase', async () => {
			const { db } = database();
			const passphrase = 'lanterns over the quiet river';
			const id = await join(db, centre.id, { chosenName: '  MARIA  k', passphrase });

			expect(await rolesOf(db, id, centre.id)).toEqual(['member']);
			const account = await db
				.selectFrom('accounts')
				.selectAll()
				.where('id', '=', id)
				.executeTakeFirstOrThrow();
			expect(account.chosen_name).toBe('MARIA  k');
			expect(account.name_key).toBe('maria k');
			expect(account.passphrase_hash).toMatch(/^\$argon2id\$/);
			expect(account.passphrase_hash).not.toContain(passphrase);
			expect(await signIn(db, { chosenName: 'maria k', passphrase, address: address(1) })).toEqual({
				ok: true,
				accountId: id
			});
			expect(await ruleCode(join(db, centre.id, { chosenName: 'maria k', passphrase }))).toBe(
				'nameTaken'
			);
		});

		it('refuses a chosen name that is taken, whatever its case, width or spacing', async () => {
			const { db } = database();
			await join(db, centre.id, { chosenName: 'Noor Taken', passphrase: PASSPHRASE });
			const input = { passphrase: 'another quiet passphrase' };
			expect(await ruleCode(join(db, centre.id, { ...input, chosenName: 'noor taken' }))).toBe(
				'nameTaken'
			);
			expect(await ruleCode(join(db, centre.id, { ...input, chosenName: '  NOOR   TAKEN ' }))).toBe(
				'nameTaken'
			);
			// At another centre the first account is hidden by row-level security, so this one is
			// refused by the unique key instead of the lookup.
			const elsewhere = await newCentre(db, 'Joining Centre Elsewhere');
			expect(
				await ruleCode(join(db, elsewhere.id, { ...input, chosenName: 'ＮＯＯＲ\u3000ｔａｋｅｎ' }))
			).toBe('nameTaken');

			const accounts = await db
				.selectFrom('accounts')
				.select('id')
				.where('name_key', '=', 'noor taken')
				.execute();
			expect(accounts).toHaveLength(1);
			const atElsewhere = await db
				.selectFrom('centre_people')
				.select('account_id')
				.where('centre_id', '=', elsewhere.id)
				.execute();
			expect(atElsewhere).toEqual([]);
		});

		it('refuses a passphrase that is too short or too common', async () => {
			const { db } = database();
			expect(
				await ruleCode(join(db, centre.id, { chosenName: 'Omar Short', passphrase: 'kettle' }))
			).toBe('passphraseTooShort');
			expect(
				await ruleCode(
					join(db, centre.id, { chosenName: 'Omar Short', passphrase: 'passwordpassword' })
				)
			).toBe('passphraseCommon');
			expect(
				await ruleCode(
					join(db, centre.id, { chosenName: 'Omar Short', passphrase: 'Omar Short 1234' })
				)
			).toBe('passphraseCommon');
			const account = await db
				.selectFrom('accounts')
				.select('id')
				.where('name_key', '=', 'omar short')
				.executeTakeFirst();
			expect(account).toBeUndefined();
		});
	});

	describe('signing in', () => {
		let centre: Centre;
		beforeAll(async () => {
			centre = await newCentre(database().db, 'Signing In Centre');
		});

		it('signs in with the right passphrase and only with it', async () => {
			const { db } = database();
			const id = await join(db, centre.id, { chosenName: 'Ana Sign', passphrase: PASSPHRASE });
			const at = address(10);
			expect(
				await signIn(db, { chosenName: 'ana sign', passphrase: PASSPHRASE, address: at })
			).toEqual({ ok: true, accountId: id });
			expect(await signIn(db, { chosenName: 'Ana Sign', passphrase: WRONG, address: at })).toEqual({
				ok: false,
				reason: 'wrong'
			});
			expect(
				await signIn(db, { chosenName: 'Nobody By This Name', passphrase: PASSPHRASE, address: at })
			).toEqual({ ok: false, reason: 'wrong' });
		});

		it('pauses one name from one address after five wrong tries, and nothing else', async () => {
			const { db } = database();
			const bea = await join(db, centre.id, { chosenName: 'Bea Paused', passphrase: PASSPHRASE });
			const cai = await join(db, centre.id, { chosenName: 'Cai Nearby', passphrase: PASSPHRASE });
			const [wifi, elsewhere] = [address(20), address(21)];
			const right = { chosenName: 'Bea Paused', passphrase: PASSPHRASE };

			for (let i = 0; i < 5; i++) {
				expect(await signIn(db, { ...right, passphrase: WRONG, address: wifi })).toEqual({
					ok: false,
					reason: 'wrong'
				});
			}
			const sixth = await signIn(db, { ...right, address: wifi });
			expect(sixth).toMatchObject({ ok: false, reason: 'paused' });
			expect(pauseMinutes(sixth)).toBeGreaterThanOrEqual(1);
			expect(pauseMinutes(sixth)).toBeLessThanOrEqual(15);

			// Someone elsewhere typing Bea's name cannot lock her out…
			expect(await signIn(db, { ...right, address: elsewhere })).toEqual({
				ok: true,
				accountId: bea
			});
			// …and one person's mistakes on the centre's Wi-Fi do not lock out everyone on it.
			expect(
				await signIn(db, { chosenName: 'Cai Nearby', passphrase: PASSPHRASE, address: wifi })
			).toEqual({ ok: true, accountId: cai });

			const later = new Date(Date.now() + 16 * MINUTE);
			expect(await signIn(db, { ...right, address: wifi }, later)).toEqual({
				ok: true,
				accountId: bea
			});
		});

		it('tells how long the pause has left', async () => {
			const { db } = database();
			await join(db, centre.id, { chosenName: 'Dan Waiting', passphrase: PASSPHRASE });
			const input = { chosenName: 'Dan Waiting', passphrase: WRONG, address: address(22) };
			for (let i = 0; i < 5; i++) await signIn(db, input);
			const tenMinutesOn = new Date(Date.now() + 10 * MINUTE);
			const paused = await signIn(db, { ...input, passphrase: PASSPHRASE }, tenMinutesOn);
			expect(paused).toMatchObject({ ok: false, reason: 'paused' });
			expect(pauseMinutes(paused)).toBeGreaterThanOrEqual(4);
			expect(pauseMinutes(paused)).toBeLessThanOrEqual(6);
		});

		it('forgets the wrong tries of a name and address once the person signs in', async () => {
			const { db } = database();
			const id = await join(db, centre.id, { chosenName: 'Eva Clears', passphrase: PASSPHRASE });
			const at = address(23);
			const wrong = { chosenName: 'Eva Clears', passphrase: WRONG, address: at };
			const right = { ...wrong, passphrase: PASSPHRASE };
			for (let i = 0; i < 4; i++) await signIn(db, wrong);
			expect(await signIn(db, right)).toEqual({ ok: true, accountId: id });
			for (let i = 0; i < 4; i++) await signIn(db, wrong);
			// Eight wrong tries in all, but never five since the last success.
			expect(await signIn(db, right)).toEqual({ ok: true, accountId: id });
		});
	});

	describe('sessions', () => {
		const policy = { idleMinutes: 30, maxHours: 8 };
		let centre: Centre;
		beforeAll(async () => {
			centre = await newCentre(database().db, 'Sessions Centre');
		});

		it('keeps only the SHA-256 hash of a token', async () => {
			const { db } = database();
			const id = await newPerson(db, centre.id, 'Fay Token', ['member']);
			const token = await startSession(db, id, policy);
			expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
			expect(await resumeSession(db, token, policy)).toMatchObject({
				accountId: id,
				chosenName: 'Fay Token',
				isSteward: false
			});

			const mine = await db
				.selectFrom('sessions')
				.select('token_hash')
				.where('account_id', '=', id)
				.execute();
			expect(mine.map((row) => row.token_hash.toString('hex'))).toEqual([
				sha256(token).toString('hex')
			]);
			const raw = Buffer.from(token, 'base64url');
			const all = await db.selectFrom('sessions').select('token_hash').execute();
			for (const row of all) {
				expect(row.token_hash.equals(raw)).toBe(false);
				expect(row.token_hash.equals(Buffer.from(token))).toBe(false);
			}
			const { rows } = await sql<{
				content: string;
			}>`select s::text as content from sessions s`.execute(db);
			for (const row of rows) {
				expect(row.content).not.toContain(token);
				expect(row.content).not.toContain(raw.toString('hex'));
			}
		});

		it('ends a session left idle, and keeps one in use', async () => {
			const { db } = database();
			const id = await newPerson(db, centre.id, 'Gil Idle', ['member']);
			const start = new Date();
			const token = await startSession(db, id, policy, start);
			const at = (minutes: number) => new Date(start.getTime() + minutes * MINUTE);

			expect(await resumeSession(db, token, policy, at(29))).not.toBeNull();
			// Seen at 29 minutes, so it lasts until 59.
			expect(await resumeSession(db, token, policy, at(58))).not.toBeNull();
			expect(await resumeSession(db, token, policy, at(89))).toBeNull();
			expect(
				await db.selectFrom('sessions').select('id').where('account_id', '=', id).execute()
			).toEqual([]);
			expect(await resumeSession(db, token, policy, at(1))).toBeNull();
		});

		it('ends a session at its absolute limit, however busy', async () => {
			const { db } = database();
			const id = await newPerson(db, centre.id, 'Hal Busy', ['member']);
			const busy = { idleMinutes: 30, maxHours: 2 };
			const start = new Date();
			const token = await startSession(db, id, busy, start);
			for (let minutes = 5; minutes < 120; minutes += 5) {
				const now = new Date(start.getTime() + minutes * MINUTE);
				expect(await resumeSession(db, token, busy, now)).not.toBeNull();
			}
			expect(await resumeSession(db, token, busy, new Date(start.getTime() + 2 * HOUR))).toBeNull();
			expect(
				await db.selectFrom('sessions').select('id').where('account_id', '=', id).execute()
			).toEqual([]);
		});

		it('finds nothing for a malformed or unknown token', async () => {
			const { db } = database();
			const id = await newPerson(db, centre.id, 'Ida Malformed', ['member']);
			const token = await startSession(db, id, policy);
			for (const bad of [
				'',
				'abc',
				`${token}=`,
				`${token}A`,
				token.slice(1),
				`${token.slice(0, 42)}!`,
				`${token.slice(0, 42)}\u00e9`,
				'A'.repeat(43)
			]) {
				expect(await resumeSession(db, bad, policy)).toBeNull();
			}
			expect(await resumeSession(db, token, policy)).not.toBeNull();
		});

		it("signs out of one session, or of all of a person's sessions only", async () => {
			const { db } = database();
			const jo = await newPerson(db, centre.id, 'Jo Everywhere', ['member']);
			const kai = await newPerson(db, centre.id, 'Kai Untouched', ['member']);
			const [phone, library, home] = [
				await startSession(db, jo, policy),
				await startSession(db, jo, policy),
				await startSession(db, jo, policy)
			];
			const other = await startSession(db, kai, policy);

			await signOut(db, await resumed(db, phone));
			expect(await resumeSession(db, phone, policy)).toBeNull();
			expect(await resumeSession(db, library, policy)).not.toBeNull();

			expect(await signOutEverywhere(db, await resumed(db, library))).toBe(2);
			expect(await resumeSession(db, library, policy)).toBeNull();
			expect(await resumeSession(db, home, policy)).toBeNull();
			expect(await resumeSession(db, other, policy)).toMatchObject({ accountId: kai });
		});
	});

	describe('assisted enrolment', () => {
		let centre: Centre;
		let adviser: Actor;
		beforeAll(async () => {
			const { db } = database();
			centre = await newCentre(db, 'Enrolment Centre');
			const id = await newPerson(db, centre.id, 'Lea Adviser', ['member', 'adviser']);
			adviser = await actorOf(db, id, centre.id);
		});

		it('needs an adviser or a coordinator', async () => {
			const { db } = database();
			const id = await newPerson(db, centre.id, 'Max Member', ['member']);
			const member = await actorOf(db, id, centre.id);
			await expect(
				enrol(db, member, { chosenName: 'Nia Never', consentWords: CONSENT })
			).rejects.toBeInstanceOf(ForbiddenError);
			await expect(issueResetCard(db, member, id)).rejects.toBeInstanceOf(ForbiddenError);
			expect(
				await db.selectFrom('accounts').select('id').where('name_key', '=', 'nia never').execute()
			).toEqual([]);
		});

		it('creates an account with no passphrase, keeps the consent, and prints a card', async () => {
			const { db } = database();
			const now = new Date();
			const card = await enrol(
				db,
				adviser,
				{ chosenName: '  Ola Card ', consentWords: CONSENT },
				now
			);

			expect(card.chosenName).toBe('Ola Card');
			expect(card.code).toMatch(CODE);
			expect(card.expiresAt).toEqual(new Date(now.getTime() + 7 * DAY));
			expect(await rolesOf(db, card.accountId, centre.id)).toEqual(['member']);
			const account = await db
				.selectFrom('accounts')
				.select('passphrase_hash')
				.where('id', '=', card.accountId)
				.executeTakeFirstOrThrow();
			expect(account.passphrase_hash).toBeNull();

			const consents = await db
				.selectFrom('consents')
				.selectAll()
				.where('account_id', '=', card.accountId)
				.execute();
			expect(consents).toEqual([
				expect.objectContaining({
					centre_id: centre.id,
					purpose: 'assisted_enrolment',
					words_shown: CONSENT,
					recorded_by: adviser.accountId
				})
			]);

			const codes = await db
				.selectFrom('sign_in_codes')
				.selectAll()
				.where('account_id', '=', card.accountId)
				.execute();
			expect(codes).toHaveLength(1);
			expect(codes[0]?.code_hash.equals(sha256(normaliseCode(card.code)))).toBe(true);
			expect(codes[0]?.purpose).toBe('enrol');
			expect(codes[0]?.issued_by).toBe(adviser.accountId);
			const { rows } = await sql<{
				content: string;
			}>`select c::text as content from sign_in_codes c`.execute(db);
			for (const row of rows) expect(row.content).not.toContain(normaliseCode(card.code));

			// With no passphrase yet, nothing signs the person in.
			expect(
				await signIn(db, { chosenName: 'Ola Card', passphrase: PASSPHRASE, address: address(30) })
			).toEqual({ ok: false, reason: 'wrong' });
		});

		it('lets a card be used once, however it is typed', async () => {
			const { db } = database();
			const card = await enrol(db, adviser, { chosenName: 'Pia Once', consentWords: CONSENT });
			const typed = ` ${card.code.toLowerCase().replace(/-/g, ' ')} `;
			const chosen = 'seven paper boats at dawn';
			const at = address(31);

			expect(await redeemCode(db, { code: typed, passphrase: chosen, address: at })).toEqual({
				ok: true,
				accountId: card.accountId
			});
			expect(await signIn(db, { chosenName: 'Pia Once', passphrase: chosen, address: at })).toEqual(
				{ ok: true, accountId: card.accountId }
			);

			expect(
				await redeemCode(db, { code: card.code, passphrase: 'a different river song', address: at })
			).toEqual({ ok: false, reason: 'wrong' });
			expect(
				await signIn(db, { chosenName: 'Pia Once', passphrase: chosen, address: at })
			).toMatchObject({ ok: true });
		});

		it('keeps a card usable when the chosen passphrase is refused', async () => {
			const { db } = database();
			const card = await enrol(db, adviser, { chosenName: 'Quin Retry', consentWords: CONSENT });
			const at = address(32);
			expect(
				await ruleCode(
					redeemCode(db, { code: card.code, passphrase: 'Quin Retry 12345', address: at })
				)
			).toBe('passphraseCommon');
			expect(
				await redeemCode(db, { code: card.code, passphrase: PASSPHRASE, address: at })
			).toMatchObject({ ok: true });
		});

		it('refuses a card after seven days', async () => {
			const { db } = database();
			const card = await enrol(db, adviser, { chosenName: 'Rui Late', consentWords: CONSENT });
			const input = { code: card.code, passphrase: PASSPHRASE, address: address(33) };
			expect(await redeemCode(db, input, new Date(Date.now() + 8 * DAY))).toEqual({
				ok: false,
				reason: 'wrong'
			});
			const account = await db
				.selectFrom('accounts')
				.select('passphrase_hash')
				.where('id', '=', card.accountId)
				.executeTakeFirstOrThrow();
			expect(account.passphrase_hash).toBeNull();
		});

		it('stops older cards working when a reset card is printed', async () => {
			const { db } = database();
			const at = address(34);
			const first = await enrol(db, adviser, { chosenName: 'Sol Reset', consentWords: CONSENT });
			const second = await issueResetCard(db, adviser, first.accountId);
			expect(second.code).toMatch(CODE);
			expect(second.code).not.toBe(first.code);
			expect(second.chosenName).toBe('Sol Reset');
			expect(
				await redeemCode(db, { code: first.code, passphrase: PASSPHRASE, address: at })
			).toEqual({ ok: false, reason: 'wrong' });
			expect(
				await redeemCode(db, { code: second.code, passphrase: PASSPHRASE, address: at })
			).toEqual({ ok: true, accountId: first.accountId });

			// A forgotten passphrase: a new card, a new passphrase, and every old session ends.
			const token = await startSession(db, first.accountId, { idleMinutes: 30, maxHours: 8 });
			const third = await issueResetCard(db, adviser, first.accountId);
			const renewed = 'a brand new lantern song';
			expect(await redeemCode(db, { code: third.code, passphrase: renewed, address: at })).toEqual({
				ok: true,
				accountId: first.accountId
			});
			expect(await resumeSession(db, token, { idleMinutes: 30, maxHours: 8 })).toBeNull();
			expect(
				await signIn(db, { chosenName: 'Sol Reset', passphrase: PASSPHRASE, address: at })
			).toEqual({ ok: false, reason: 'wrong' });
			expect(
				await signIn(db, { chosenName: 'Sol Reset', passphrase: renewed, address: at })
			).toMatchObject({ ok: true });
		});

		it('will not print a reset card for someone from another centre', async () => {
			const { db } = database();
			const other = await newCentre(db, 'Enrolment Centre Elsewhere');
			const stranger = await newPerson(db, other.id, 'Tam Stranger', ['member']);
			await expect(issueResetCard(db, adviser, stranger)).rejects.toBeInstanceOf(NotFoundError);
		});

		it('never lets a card hand anyone more than the person printing it already has', async () => {
			const { db } = database();
			const coordinatorId = await newPerson(db, centre.id, 'Ola Coordinator', [
				'member',
				'coordinator'
			]);
			const coordinator = await actorOf(db, coordinatorId, centre.id);
			const fellowAdviser = await newPerson(db, centre.id, 'Pia Adviser', ['member', 'adviser']);

			// An adviser cannot take over a colleague (or a coordinator) by resetting them.
			for (const target of [fellowAdviser, coordinatorId]) {
				await expect(issueResetCard(db, adviser, target)).rejects.toMatchObject({
					code: 'resetNeedsCoordinator'
				});
				expect((await getPerson(db, adviser, target)).resetRefusal).toBe('resetNeedsCoordinator');
			}
			expect((await getPerson(db, coordinator, fellowAdviser)).resetRefusal).toBeNull();
			await expect(issueResetCard(db, coordinator, fellowAdviser)).resolves.toMatchObject({
				accountId: fellowAdviser
			});

			// Someone who also runs another centre cannot be reset from here, even by a coordinator.
			const other = await newCentre(db, 'Enrolment Centre Two');
			const both = await newPerson(db, other.id, 'Quin Both', ['member', 'coordinator']);
			await addPersonToCentre(db, centre.id, both, ['member']);
			await expect(issueResetCard(db, coordinator, both)).rejects.toMatchObject({
				code: 'resetElsewhere'
			});
			await expect(issueResetCard(db, adviser, both)).rejects.toBeInstanceOf(RuleError);
		});

		it('pauses an address after five wrong codes', async () => {
			const { db } = database();
			const card = await enrol(db, adviser, { chosenName: 'Uma Guessed', consentWords: CONSENT });
			const guesser = address(35);
			for (let i = 0; i < 5; i++) {
				expect(
					await redeemCode(db, { code: 'XXXX-XXXX-XXXX', passphrase: PASSPHRASE, address: guesser })
				).toEqual({ ok: false, reason: 'wrong' });
			}
			const paused = await redeemCode(db, {
				code: card.code,
				passphrase: PASSPHRASE,
				address: guesser
			});
			expect(paused).toMatchObject({ ok: false, reason: 'paused' });
			expect(pauseMinutes(paused)).toBeGreaterThanOrEqual(1);
			expect(pauseMinutes(paused)).toBeLessThanOrEqual(15);
			// The pause did not use up the card: from another address it still works.
			expect(
				await redeemCode(db, { code: card.code, passphrase: PASSPHRASE, address: address(36) })
			).toEqual({ ok: true, accountId: card.accountId });
		});
	});

	describe('roles and the audit log', () => {
		let centre: Centre;
		let coordinator: Actor;
		beforeAll(async () => {
			const { db } = database();
			centre = await newCentre(db, 'Roles Centre');
			const id = await createCoordinator(db, centre.id, {
				chosenName: 'Vic Coordinator',
				passphraseHash: await coordinatorHash('Vic Coordinator'),
				steward: false
			});
			coordinator = await actorOf(db, id, centre.id);
		});

		it('needs a coordinator to change roles', async () => {
			const { db } = database();
			const adviserId = await newPerson(db, centre.id, 'Wes Adviser', ['member', 'adviser']);
			const memberId = await newPerson(db, centre.id, 'Xan Member', ['member']);
			const adviser = await actorOf(db, adviserId, centre.id);
			await expect(setRoles(db, adviser, memberId, ['adviser'])).rejects.toBeInstanceOf(
				ForbiddenError
			);
			await expect(setRoles(db, adviser, adviserId, ['coordinator'])).rejects.toBeInstanceOf(
				ForbiddenError
			);
			expect(await rolesOf(db, memberId, centre.id)).toEqual(['member']);
			expect(await rolesOf(db, adviserId, centre.id)).toEqual(['adviser', 'member']);
		});

		it('grants and removes roles, and everyone stays a member', async () => {
			const { db } = database();
			const id = await newPerson(db, centre.id, 'Yara Roles', ['member']);
			await setRoles(db, coordinator, id, ['adviser', 'organiser']);
			expect(await rolesOf(db, id, centre.id)).toEqual(['adviser', 'member', 'organiser']);
			await setRoles(db, coordinator, id, ['organiser']);
			expect(await rolesOf(db, id, centre.id)).toEqual(['member', 'organiser']);
			await setRoles(db, coordinator, id, []);
			expect(await rolesOf(db, id, centre.id)).toEqual(['member']);
		});

		it('will not set the roles of someone from another centre', async () => {
			const { db } = database();
			const other = await newCentre(db, 'Roles Centre Elsewhere');
			const stranger = await newPerson(db, other.id, 'Zed Stranger', ['member']);
			await expect(setRoles(db, coordinator, stranger, ['adviser'])).rejects.toBeInstanceOf(
				NotFoundError
			);
			expect(await rolesOf(db, stranger, other.id)).toEqual(['member']);
		});

		it('never leaves a centre without a coordinator', async () => {
			const { db } = database();
			const small = await newCentre(db, 'Roles Centre Small');
			const firstId = await createCoordinator(db, small.id, {
				chosenName: 'Abe First',
				passphraseHash: await coordinatorHash('Abe First'),
				steward: false
			});
			const first = await actorOf(db, firstId, small.id);
			expect(await ruleCode(setRoles(db, first, firstId, ['adviser']))).toBe('lastCoordinator');
			expect(await rolesOf(db, firstId, small.id)).toEqual(['coordinator', 'member']);

			const nextId = await newPerson(db, small.id, 'Bo Next', ['member']);
			await setRoles(db, first, nextId, ['coordinator']);
			await setRoles(db, first, firstId, []);
			expect(await rolesOf(db, firstId, small.id)).toEqual(['member']);
			const next = await actorOf(db, nextId, small.id);
			expect(await ruleCode(setRoles(db, next, nextId, []))).toBe('lastCoordinator');
			expect(await rolesOf(db, nextId, small.id)).toEqual(['coordinator', 'member']);
		});

		it('keeps a coordinator when two remove each other at the same moment', async () => {
			const { db } = database();
			const pair = await newCentre(db, 'Roles Centre Pair');
			const cleoId = await createCoordinator(db, pair.id, {
				chosenName: 'Cleo Pair',
				passphraseHash: await coordinatorHash('Cleo Pair'),
				steward: false
			});
			const daraId = await newPerson(db, pair.id, 'Dara Pair', ['member', 'coordinator']);
			const cleo = await actorOf(db, cleoId, pair.id);
			const dara = await actorOf(db, daraId, pair.id);

			// Open the pool's connections first, so neither change waits for one and both overlap.
			await Promise.all([1, 2, 3, 4].map(() => sql`select pg_sleep(0.05)`.execute(db)));
			const outcomes = await Promise.allSettled([
				setRoles(db, cleo, daraId, []),
				setRoles(db, dara, cleoId, [])
			]);
			expect(outcomes.map((outcome) => outcome.status).sort()).toEqual(['fulfilled', 'rejected']);
			const refused = outcomes.find(
				(outcome): outcome is PromiseRejectedResult => outcome.status === 'rejected'
			);
			expect(refused?.reason).toBeInstanceOf(RuleError);
			expect(refused?.reason).toHaveProperty('code', 'lastCoordinator');
			const left = await db
				.selectFrom('centre_roles')
				.select('account_id')
				.where('centre_id', '=', pair.id)
				.where('role', '=', 'coordinator')
				.execute();
			expect(left).toHaveLength(1);
		});

		it('audits what happened to an account, without its secrets', async () => {
			const { db } = database();
			const at = address(40);
			const chosen = 'cinnamon tram at midnight';
			const card = await enrol(db, coordinator, {
				chosenName: 'Cy Audited',
				consentWords: CONSENT
			});
			const id = card.accountId;
			await redeemCode(db, { code: card.code, passphrase: chosen, address: at });
			await signIn(db, { chosenName: 'Cy Audited', passphrase: WRONG, address: at });
			await signIn(db, { chosenName: 'Cy Audited', passphrase: chosen, address: at });
			const token = await startSession(db, id, { idleMinutes: 30, maxHours: 8 });
			await signOut(db, await resumed(db, token));
			await setRoles(db, coordinator, id, ['adviser']);
			await setRoles(db, coordinator, id, []);
			const joined = await join(db, centre.id, { chosenName: 'Di Joined', passphrase: chosen });

			const events = await db
				.selectFrom('audit_events')
				.select(['action', 'centre_id', 'actor_id', 'detail'])
				.where('subject_id', '=', id)
				.orderBy('seq')
				.execute();
			expect(events.map((event) => event.action)).toEqual([
				'identity.enrolled',
				'identity.code_used',
				'identity.sign_in_failed',
				'identity.signed_in',
				'identity.signed_out',
				'identity.role_granted',
				'identity.role_removed'
			]);
			expect(events[0]).toMatchObject({ centre_id: centre.id, actor_id: coordinator.accountId });
			expect(events.slice(5)).toEqual([
				{
					action: 'identity.role_granted',
					centre_id: centre.id,
					actor_id: coordinator.accountId,
					detail: { role: 'adviser' }
				},
				{
					action: 'identity.role_removed',
					centre_id: centre.id,
					actor_id: coordinator.accountId,
					detail: { role: 'adviser' }
				}
			]);
			const joinedEvents = await db
				.selectFrom('audit_events')
				.select(['action', 'actor_id'])
				.where('subject_id', '=', joined)
				.execute();
			expect(joinedEvents).toEqual([{ action: 'identity.joined', actor_id: joined }]);

			const { rows } = await sql<{
				content: string;
			}>`select e::text as content from audit_events e`.execute(db);
			for (const secret of [chosen, WRONG, card.code, normaliseCode(card.code), token]) {
				for (const row of rows) expect(row.content).not.toContain(secret);
			}
			expect(await verifyAuditChain(db)).toBeNull();
		});
	});

	describe('the centre boundary', () => {
		let north: Centre;
		let south: Centre;
		let northCoordinator: Actor;
		let ivy: string;
		let jon: string;
		beforeAll(async () => {
			const { db } = database();
			north = await newCentre(db, 'North Boundary Centre');
			south = await newCentre(db, 'South Boundary Centre');
			const coordinatorId = await createCoordinator(db, north.id, {
				chosenName: 'Eli North',
				passphraseHash: await coordinatorHash('Eli North'),
				steward: false
			});
			northCoordinator = await actorOf(db, coordinatorId, north.id);
			await createCoordinator(db, south.id, {
				chosenName: 'Fox South',
				passphraseHash: await coordinatorHash('Fox South'),
				steward: false
			});
			ivy = await join(db, north.id, { chosenName: 'Ivy Both', passphrase: PASSPHRASE });
			jon = await join(db, south.id, { chosenName: 'Jon South', passphrase: PASSPHRASE });
		});

		it("lists only the people of the actor's centre", async () => {
			const { db } = database();
			const { people, total } = await listPeople(db, northCoordinator, { number: 1, size: 50 });
			expect(people.map((person) => person.chosenName)).toEqual(['Eli North', 'Ivy Both']);
			expect(total).toBe(2);
			expect(people[0]?.roles).toEqual(['coordinator', 'member']);
		});

		it('does not find a person of another centre', async () => {
			const { db } = database();
			await expect(getPerson(db, northCoordinator, jon)).rejects.toBeInstanceOf(NotFoundError);
			expect(await getPerson(db, northCoordinator, ivy)).toMatchObject({
				id: ivy,
				chosenName: 'Ivy Both',
				roles: ['member'],
				hasPassphrase: true
			});
		});

		it("hides another centre's rows even from a query that forgets to filter", async () => {
			const { db } = database();
			const everywhere = await db.selectFrom('centre_people').select('centre_id').execute();
			expect(everywhere.some((row) => row.centre_id === south.id)).toBe(true);

			const { people, accounts } = await inCentre(db, north.id, async (trx) => ({
				people: await trx.selectFrom('centre_people').selectAll().execute(),
				accounts: await trx.selectFrom('accounts').select('id').execute()
			}));
			expect(people.length).toBeGreaterThan(0);
			expect(people.filter((row) => row.centre_id !== north.id)).toEqual([]);
			expect(accounts.map((row) => row.id)).not.toContain(jon);
			expect(accounts.map((row) => row.id)).toContain(ivy);
		});

		it("refuses to write a row into another centre's tables", async () => {
			const { db } = database();
			await expect(
				inCentre(db, north.id, (trx) =>
					trx
						.insertInto('centre_roles')
						.values({ centre_id: south.id, account_id: jon, role: 'coordinator' })
						.execute()
				)
			).rejects.toThrow(/row-level security/);
			expect(await rolesOf(db, jon, south.id)).toEqual(['member']);
		});

		it('lets one person hold different roles at two centres', async () => {
			const { db } = database();
			await addPersonToCentre(db, south.id, ivy, ['member', 'adviser']);
			expect(await rolesOf(db, ivy, north.id)).toEqual(['member']);
			expect(await rolesOf(db, ivy, south.id)).toEqual(['adviser', 'member']);
			expect(await centresOf(db, ivy)).toEqual([
				expect.objectContaining({ id: north.id, roles: ['member'] }),
				expect.objectContaining({ id: south.id, roles: ['adviser', 'member'] })
			]);
			const atNorth = await listPeople(db, northCoordinator, { number: 1, size: 50 });
			expect(atNorth.people.find((person) => person.id === ivy)?.roles).toEqual(['member']);
		});
	});

	// Pruning removes rows across the whole database, so it runs after everything else.
	describe('pruning', () => {
		it('removes ended sessions and old failures, and keeps live ones', async () => {
			const { db } = database();
			const centre = await newCentre(db, 'Pruning Centre');
			const id = await newPerson(db, centre.id, 'Gus Pruned', ['member']);
			const start = new Date();
			const at = (hours: number) => new Date(start.getTime() + hours * HOUR);
			// This one reaches its absolute limit after an hour.
			await startSession(db, id, { idleMinutes: 30, maxHours: 1 }, start);
			const long = await startSession(db, id, { idleMinutes: 30, maxHours: 48 }, start);
			await signIn(db, { chosenName: 'Gus Pruned', passphrase: WRONG, address: address(50) });
			const sessionsLeft = async () => {
				const rows = await db
					.selectFrom('sessions')
					.select('token_hash')
					.where('account_id', '=', id)
					.execute();
				return rows.map((row) => row.token_hash.toString('hex'));
			};
			const failuresLeft = async () =>
				(await db.selectFrom('sign_in_failures').select('failed_at').execute()).length;
			const failures = await failuresLeft();
			expect(failures).toBeGreaterThan(0);

			await pruneExpiredSignIns(db, 24 * 60, at(2));
			expect(await sessionsLeft()).toEqual([sha256(long).toString('hex')]);
			expect(await failuresLeft()).toBe(failures);

			// Used a day later, so still live; the failures are a day old by then.
			const patient = { idleMinutes: 48 * 60, maxHours: 48 };
			expect(await resumeSession(db, long, patient, at(24.5))).not.toBeNull();
			await pruneExpiredSignIns(db, 24 * 60, at(25));
			expect(await sessionsLeft()).toEqual([sha256(long).toString('hex')]);
			expect(await failuresLeft()).toBe(0);

			await pruneExpiredSignIns(db, 60, at(27));
			expect(await sessionsLeft()).toEqual([]);
		});
	});
});
