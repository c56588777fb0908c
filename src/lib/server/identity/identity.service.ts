import { randomBytes, randomInt } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database, Db } from '../schema';
import { recordAudit } from '../platform/audit';
import { digest } from '../platform/crypto';
import { inCentre } from '../platform/database';
import { ForbiddenError, NotFoundError, RuleError } from '../platform/errors';
import { uuidv7 } from '../platform/ids';
import * as repo from './identity.repository';
import type { Role } from './identity.tables';
import { decoyHash, hashPassphrase, passphraseProblem, verifyPassphrase } from './passphrase';

export const roles = [
	'member',
	'adviser',
	'organiser',
	'coordinator'
] as const satisfies readonly Role[];

/** Who is acting, where, and with which roles there. Every service call that needs a role takes one. */
export interface Actor {
	accountId: string;
	centreId: string;
	roles: readonly Role[];
}

export function hasRole(actor: Actor | null | undefined, ...wanted: Role[]): boolean {
	return !!actor && wanted.some((role) => actor.roles.includes(role));
}

export function requireRole(actor: Actor | null | undefined, ...wanted: Role[]): Actor {
	if (!actor || !hasRole(actor, ...wanted)) throw new ForbiddenError(wanted.join(' or '));
	return actor;
}

/** The form of a chosen name used to find it again: case, width and spacing do not matter. */
export function nameKey(chosenName: string): string {
	return chosenName.normalize('NFKC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('und');
}

export async function actorAt(db: Db, accountId: string, centreId: string): Promise<Actor | null> {
	const held = await repo.rolesAt(db, centreId, accountId);
	return held.length > 0 ? { accountId, centreId, roles: held } : null;
}

/** Creates an account with a chosen name; throws RuleError('nameTaken') if someone has it. */
async function createAccount(
	db: Db,
	chosenName: string,
	passphraseHash: string | null,
	extra: { isSteward?: boolean; languages?: string[] } = {}
): Promise<string> {
	const key = nameKey(chosenName);
	if (await repo.findAccountByNameKey(db, key)) throw new RuleError('nameTaken');
	const id = uuidv7();
	try {
		await repo.insertAccount(db, {
			id,
			chosenName: chosenName.trim(),
			nameKey: key,
			passphraseHash,
			...extra
		});
	} catch (error) {
		if ((error as { code?: string }).code === '23505') throw new RuleError('nameTaken');
		throw error;
	}
	return id;
}

async function addToCentre(
	db: Db,
	centreId: string,
	accountId: string,
	held: Role[]
): Promise<void> {
	await repo.insertCentrePerson(db, centreId, accountId);
	for (const role of held) await repo.insertRole(db, centreId, accountId, role);
}

function checkPassphrase(passphrase: string, chosenName: string): void {
	const problem = passphraseProblem(passphrase, chosenName);
	if (problem) throw new RuleError(problem);
}

/** A person joins a centre on their own: a chosen name and a passphrase, nothing else. */
export async function join(
	db: Kysely<Database>,
	centreId: string,
	input: { chosenName: string; passphrase: string }
): Promise<string> {
	checkPassphrase(input.passphrase, input.chosenName);
	const hash = await hashPassphrase(input.passphrase);
	return inCentre(db, centreId, async (trx) => {
		const accountId = await createAccount(trx, input.chosenName, hash);
		await addToCentre(trx, centreId, accountId, ['member']);
		await recordAudit(trx, {
			action: 'identity.joined',
			centreId,
			actorId: accountId,
			subjectId: accountId
		});
		return accountId;
	});
}

/**
 * Checks a new passphrase against the rules and hashes it. Hashing takes a while on purpose, so it
 * is done before any transaction opens, never inside one.
 */
export async function newPassphraseHash(passphrase: string, chosenName: string): Promise<string> {
	checkPassphrase(passphrase, chosenName);
	return hashPassphrase(passphrase);
}

/** The first coordinator of a new centre; also the network steward when it is the first centre. */
export async function createCoordinator(
	db: Db,
	centreId: string,
	input: { chosenName: string; passphraseHash: string; steward: boolean }
): Promise<string> {
	const accountId = await createAccount(db, input.chosenName, input.passphraseHash, {
		isSteward: input.steward
	});
	await addToCentre(db, centreId, accountId, ['member', 'coordinator']);
	await recordAudit(db, {
		action: 'identity.role_granted',
		centreId,
		actorId: accountId,
		subjectId: accountId,
		detail: { role: 'coordinator' }
	});
	return accountId;
}

/** Adds an existing account to another centre with the given roles (a steward opening a centre). */
export async function addPersonToCentre(
	db: Db,
	centreId: string,
	accountId: string,
	held: Role[]
): Promise<void> {
	await addToCentre(db, centreId, accountId, held);
}

// Five wrong tries for one name from one address in fifteen minutes pause that pair only.
const FAILURE_LIMIT = 5;
const FAILURE_WINDOW_MS = 15 * 60_000;

export type SignInResult =
	| { ok: true; accountId: string }
	| { ok: false; reason: 'wrong' | 'paused'; retryAfterMinutes?: number };

function failureKey(kind: string, name: string, address: string): Buffer {
	return digest(`${kind}\u0000${name}\u0000${address}`);
}

async function pausedFor(db: Db, key: Buffer, now: Date): Promise<number | null> {
	const failures = await repo.recentFailures(db, key, new Date(now.getTime() - FAILURE_WINDOW_MS));
	if (failures.length < FAILURE_LIMIT) return null;
	const oldest = failures[failures.length - FAILURE_LIMIT] as Date;
	return Math.max(1, Math.ceil((oldest.getTime() + FAILURE_WINDOW_MS - now.getTime()) / 60_000));
}

export async function signIn(
	db: Kysely<Database>,
	input: { chosenName: string; passphrase: string; address: string },
	now = new Date()
): Promise<SignInResult> {
	const key = nameKey(input.chosenName);
	const throttleKey = failureKey('passphrase', key, input.address);
	const paused = await pausedFor(db, throttleKey, now);
	if (paused !== null) return { ok: false, reason: 'paused', retryAfterMinutes: paused };
	const account = await repo.findAccountByNameKey(db, key);
	const stored = account?.passphrase_hash ?? (await decoyHash());
	const valid = (await verifyPassphrase(stored, input.passphrase)) && !!account?.passphrase_hash;
	if (!valid || !account) {
		await repo.recordFailure(db, throttleKey);
		await recordAudit(db, { action: 'identity.sign_in_failed', subjectId: account?.id ?? null });
		return { ok: false, reason: 'wrong' };
	}
	await repo.clearFailures(db, throttleKey);
	await recordAudit(db, {
		action: 'identity.signed_in',
		actorId: account.id,
		subjectId: account.id
	});
	return { ok: true, accountId: account.id };
}

export interface SessionPolicy {
	idleMinutes: number;
	maxHours: number;
}

export interface SignedIn {
	sessionId: string;
	accountId: string;
	chosenName: string;
	isSteward: boolean;
}

/** Starts a session; returns the token for the cookie. Only its hash is stored. */
export async function startSession(
	db: Db,
	accountId: string,
	policy: SessionPolicy,
	now = new Date()
): Promise<string> {
	const token = randomBytes(32).toString('base64url');
	await repo.insertSession(db, {
		id: uuidv7(),
		tokenHash: digest(token),
		accountId,
		expiresAt: new Date(now.getTime() + policy.maxHours * 3_600_000)
	});
	return token;
}

/** The session a token belongs to, if it has not passed its idle or absolute limit. */
export async function resumeSession(
	db: Db,
	token: string,
	policy: SessionPolicy,
	now = new Date()
): Promise<SignedIn | null> {
	if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return null;
	const session = await repo.findSession(db, digest(token));
	if (!session) return null;
	const idleUntil = session.last_seen_at.getTime() + policy.idleMinutes * 60_000;
	if (session.expires_at <= now || idleUntil <= now.getTime()) {
		await repo.deleteSession(db, session.id);
		return null;
	}
	// Writing on every request would make each page view a write; once a minute is enough.
	if (now.getTime() - session.last_seen_at.getTime() > 60_000) {
		await repo.touchSession(db, session.id, now);
	}
	return {
		sessionId: session.id,
		accountId: session.account_id,
		chosenName: session.chosen_name,
		isSteward: session.is_steward
	};
}

export async function signOut(db: Db, session: SignedIn): Promise<void> {
	await repo.deleteSession(db, session.sessionId);
	await recordAudit(db, {
		action: 'identity.signed_out',
		actorId: session.accountId,
		subjectId: session.accountId
	});
}

export async function signOutEverywhere(db: Db, session: SignedIn): Promise<number> {
	const ended = await repo.deleteSessionsOf(db, session.accountId);
	await recordAudit(db, {
		action: 'identity.signed_out_everywhere',
		actorId: session.accountId,
		subjectId: session.accountId,
		detail: { sessions: ended }
	});
	return ended;
}

// Codes avoid letters and digits that are easily mistaken for each other (0/O, 1/I/L).
const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
const CODE_LENGTH = 12;
export const CODE_LIFETIME_DAYS = 7;

function newCode(): string {
	let code = '';
	for (let i = 0; i < CODE_LENGTH; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
	return code;
}

/** 'abcd efgh-jkmn' → 'ABCDEFGHJKMN': what a person types from a card, as stored. */
export function normaliseCode(typed: string): string {
	return typed.toUpperCase().replace(/[^0-9A-Z]/g, '');
}

export function formatCode(code: string): string {
	return code.match(/.{1,4}/g)?.join('-') ?? code;
}

export interface PrintedCard {
	accountId: string;
	chosenName: string;
	code: string;
	expiresAt: Date;
}

async function issueCode(
	trx: Db,
	actor: Actor,
	accountId: string,
	chosenName: string,
	purpose: 'enrol' | 'reset',
	now: Date
): Promise<PrintedCard> {
	await repo.retireOpenCodes(trx, actor.centreId, accountId);
	const code = newCode();
	const expiresAt = new Date(now.getTime() + CODE_LIFETIME_DAYS * 86_400_000);
	await repo.insertSignInCode(trx, {
		centreId: actor.centreId,
		id: uuidv7(),
		accountId,
		codeHash: digest(code),
		purpose,
		issuedBy: actor.accountId,
		expiresAt
	});
	return { accountId, chosenName, code: formatCode(code), expiresAt };
}

/**
 * Assisted enrolment: an adviser or coordinator, with the person beside them, creates the
 * account, records the consent the person gave in the words shown, and prints a one-time code.
 */
export async function enrol(
	db: Kysely<Database>,
	actor: Actor,
	input: { chosenName: string; consentWords: string },
	now = new Date()
): Promise<PrintedCard> {
	requireRole(actor, 'adviser', 'coordinator');
	return inCentre(db, actor.centreId, async (trx) => {
		const accountId = await createAccount(trx, input.chosenName, null);
		await addToCentre(trx, actor.centreId, accountId, ['member']);
		await repo.insertConsent(trx, {
			centreId: actor.centreId,
			id: uuidv7(),
			accountId,
			purpose: 'assisted_enrolment',
			wordsShown: input.consentWords,
			recordedBy: actor.accountId
		});
		const card = await issueCode(trx, actor, accountId, input.chosenName.trim(), 'enrol', now);
		await recordAudit(trx, {
			action: 'identity.enrolled',
			centreId: actor.centreId,
			actorId: actor.accountId,
			subjectId: accountId
		});
		return card;
	});
}

/** A forgotten passphrase is reset at the centre: a new card, and this centre's older codes stop working. */
export type ResetRefusal = 'resetNeedsCoordinator' | 'resetElsewhere';

/**
 * Why this actor may not print a new card for this person, if they may not. A card sets the
 * account's passphrase everywhere, so it must never hand anyone more than the actor already has:
 * an adviser resets members only, and nobody here resets someone who also helps run another
 * centre or the whole network.
 */
export async function resetRefusal(
	db: Db,
	actor: Actor,
	accountId: string
): Promise<ResetRefusal | null> {
	const { isSteward, staffRoles } = await repo.standing(db, accountId);
	if (isSteward || staffRoles.some((held) => held.centre_id !== actor.centreId))
		return 'resetElsewhere';
	if (staffRoles.length > 0 && !hasRole(actor, 'coordinator')) return 'resetNeedsCoordinator';
	return null;
}

export async function issueResetCard(
	db: Kysely<Database>,
	actor: Actor,
	accountId: string,
	now = new Date()
): Promise<PrintedCard> {
	requireRole(actor, 'adviser', 'coordinator');
	const refusal = await resetRefusal(db, actor, accountId);
	if (refusal) throw new RuleError(refusal);
	return inCentre(db, actor.centreId, async (trx) => {
		const person = await repo.findPersonAt(trx, actor.centreId, accountId);
		if (!person) throw new NotFoundError('person');
		const card = await issueCode(trx, actor, accountId, person.chosen_name, 'reset', now);
		await recordAudit(trx, {
			action: 'identity.reset_code_issued',
			centreId: actor.centreId,
			actorId: actor.accountId,
			subjectId: accountId
		});
		return card;
	});
}

export type RedeemResult =
	| { ok: true; accountId: string }
	| { ok: false; reason: 'wrong' | 'paused'; retryAfterMinutes?: number };

/** The person types the code from their card and chooses a passphrase; the code then stops working. */
export async function redeemCode(
	db: Kysely<Database>,
	input: { code: string; passphrase: string; address: string },
	now = new Date()
): Promise<RedeemResult> {
	const throttleKey = failureKey('code', '', input.address);
	const paused = await pausedFor(db, throttleKey, now);
	if (paused !== null) return { ok: false, reason: 'paused', retryAfterMinutes: paused };
	const codeHash = digest(normaliseCode(input.code));
	const holder = await repo.findCodeHolder(db, codeHash);
	if (holder) checkPassphrase(input.passphrase, holder.chosen_name);
	const hash = await hashPassphrase(input.passphrase);
	const claimed = await db.transaction().execute(async (trx) => {
		const code = await repo.claimSignInCode(trx, codeHash, now);
		if (!code) return null;
		await repo.updatePassphraseHash(trx, code.account_id, hash);
		await repo.deleteSessionsOf(trx, code.account_id);
		await recordAudit(trx, {
			action: 'identity.code_used',
			centreId: code.centre_id,
			actorId: code.account_id,
			subjectId: code.account_id,
			detail: { purpose: code.purpose }
		});
		return code;
	});
	if (!claimed) {
		await repo.recordFailure(db, throttleKey);
		await recordAudit(db, { action: 'identity.code_failed' });
		return { ok: false, reason: 'wrong' };
	}
	await repo.clearFailures(db, throttleKey);
	return { ok: true, accountId: claimed.account_id };
}

export function centresOf(db: Db, accountId: string) {
	return repo.centresOfAccount(db, accountId);
}

export interface PersonSummary {
	id: string;
	chosenName: string;
	joinedAt: Date;
	roles: Role[];
}

export async function listPeople(
	db: Kysely<Database>,
	actor: Actor,
	page: { number: number; size: number }
): Promise<{ people: PersonSummary[]; total: number }> {
	requireRole(actor, 'coordinator', 'adviser');
	return inCentre(db, actor.centreId, async (trx) => {
		const rows = await repo.listPeople(trx, actor.centreId, {
			offset: (page.number - 1) * page.size,
			limit: page.size
		});
		const total = await repo.countPeople(trx, actor.centreId);
		return {
			total,
			people: rows.map((row) => ({
				id: row.id,
				chosenName: row.chosen_name,
				joinedAt: row.joined_at,
				roles: (row.roles ?? []) as Role[]
			}))
		};
	});
}

export async function getPerson(
	db: Kysely<Database>,
	actor: Actor,
	accountId: string
): Promise<PersonSummary & { hasPassphrase: boolean; resetRefusal: ResetRefusal | null }> {
	requireRole(actor, 'coordinator', 'adviser');
	const person = await inCentre(db, actor.centreId, async (trx) => {
		const found = await repo.findPersonAt(trx, actor.centreId, accountId);
		if (!found) throw new NotFoundError('person');
		return {
			id: found.id,
			chosenName: found.chosen_name,
			joinedAt: found.joined_at,
			roles: await repo.rolesAt(trx, actor.centreId, accountId),
			hasPassphrase: found.passphrase_hash !== null
		};
	});
	return { ...person, resetRefusal: await resetRefusal(db, actor, accountId) };
}

/**
 * A coordinator sets which roles a person holds. Everyone keeps 'member'; the last coordinator
 * cannot be removed, so a centre is never left without one.
 */
export async function setRoles(
	db: Kysely<Database>,
	actor: Actor,
	accountId: string,
	wanted: Role[]
): Promise<void> {
	requireRole(actor, 'coordinator');
	const target = new Set<Role>([...wanted, 'member']);
	await inCentre(db, actor.centreId, async (trx) => {
		if (!(await repo.findPersonAt(trx, actor.centreId, accountId)))
			throw new NotFoundError('person');
		const held = new Set(await repo.rolesAt(trx, actor.centreId, accountId));
		if (held.has('coordinator') && !target.has('coordinator')) {
			if ((await repo.lockRoleHolders(trx, actor.centreId, 'coordinator')).length <= 1) {
				throw new RuleError('lastCoordinator');
			}
		}
		for (const role of roles) {
			if (target.has(role) && !held.has(role)) {
				await repo.insertRole(trx, actor.centreId, accountId, role);
				await recordAudit(trx, {
					action: 'identity.role_granted',
					centreId: actor.centreId,
					actorId: actor.accountId,
					subjectId: accountId,
					detail: { role }
				});
			} else if (!target.has(role) && held.has(role)) {
				await repo.deleteRole(trx, actor.centreId, accountId, role);
				await recordAudit(trx, {
					action: 'identity.role_removed',
					centreId: actor.centreId,
					actorId: actor.accountId,
					subjectId: accountId,
					detail: { role }
				});
			}
		}
	});
}

/** The hourly sweep: ended sessions, failures older than a day, codes thirty days past expiry. */
export async function pruneExpiredSignIns(
	db: Db,
	idleMinutes = 24 * 60,
	now = new Date()
): Promise<void> {
	await repo.pruneExpired(
		db,
		now,
		new Date(now.getTime() - idleMinutes * 60_000),
		new Date(now.getTime() - 86_400_000)
	);
	await repo.deleteCodesExpiredBefore(db, new Date(now.getTime() - 30 * 86_400_000));
}

/** Which languages the advisers of a centre speak, for its public page: languages, not names. */
export function adviserLanguages(db: Db, centreId: string): Promise<string[]> {
	return inCentre(db, centreId, (trx) => repo.languagesOfRole(trx, centreId, 'adviser'));
}

/** Creates a person at a centre with the given roles and languages (demo data, tests). */
export async function createPerson(
	db: Db,
	centreId: string,
	input: { chosenName: string; passphraseHash: string; roles: Role[]; languages: string[] }
): Promise<string> {
	const accountId = await createAccount(db, input.chosenName, input.passphraseHash, {
		languages: input.languages
	});
	await addToCentre(db, centreId, accountId, input.roles);
	return accountId;
}
