import { hash, verify } from '@node-rs/argon2';
import { dictionary } from '@zxcvbn-ts/language-common';

/**
 * Passphrase rules after NIST SP 800-63B: length, not composition. At least 15 characters
 * (the floor for a passphrase that is the only factor), any characters at all, spaces and emoji
 * included, and none of the passphrases people most often choose.
 */
export const PASSPHRASE_MIN = 15;
export const PASSPHRASE_MAX = 256;

export type PassphraseProblem = 'passphraseTooShort' | 'passphraseTooLong' | 'passphraseCommon';

const common = new Set(dictionary['passwords-common'].map((entry) => entry.toLowerCase()));

/** Unicode normalisation (NFKC), so the same passphrase typed on two keyboards matches. */
export function normalisePassphrase(passphrase: string): string {
	return passphrase.normalize('NFKC');
}

function isRepetition(text: string): boolean {
	for (let size = 1; size <= text.length / 2; size++) {
		if (text.length % size === 0 && text.slice(0, size).repeat(text.length / size) === text) {
			return true;
		}
	}
	return false;
}

function isRun(text: string): boolean {
	const codes = [...text].map((c) => c.codePointAt(0) ?? 0);
	const steps = new Set(codes.slice(1).map((code, i) => code - (codes[i] ?? 0)));
	return steps.size === 1 && [...steps].every((step) => Math.abs(step) === 1);
}

// Walks along a keyboard or the digits, which wrap round ('…7890123…', 'qwertyuiopasdf…').
const WALKS = [
	'1234567890',
	'qwertyuiopasdfghjklzxcvbnm',
	'qwertzuiopasdfghjklyxcvbnm',
	'azertyuiopqsdfghjklmwxcvbn'
]
	.flatMap((walk) => [walk, [...walk].reverse().join('')])
	.map((walk) => walk.repeat(Math.ceil(PASSPHRASE_MAX / walk.length) + 1));

function isKeyboardWalk(text: string): boolean {
	return WALKS.some((walk) => walk.includes(text));
}

/** Returns what is wrong with a new passphrase, or null when it may be used. */
export function passphraseProblem(passphrase: string, chosenName = ''): PassphraseProblem | null {
	const normal = normalisePassphrase(passphrase);
	const length = [...normal].length;
	if (length < PASSPHRASE_MIN) return 'passphraseTooShort';
	if (length > PASSPHRASE_MAX) return 'passphraseTooLong';
	const squashed = normal.toLowerCase().replace(/[\s\-_.]+/g, '');
	const name = chosenName
		.normalize('NFKC')
		.toLowerCase()
		.replace(/[\s\-_.]+/g, '');
	if (
		common.has(squashed) ||
		isRepetition(squashed) ||
		isRun(squashed) ||
		isKeyboardWalk(squashed) ||
		(name.length > 0 && squashed.replace(name, '').length < 6)
	) {
		return 'passphraseCommon';
	}
	return null;
}

// OWASP's argon2id settings: 19 MiB of memory, two passes, one lane.
// (The library's Algorithm enum is a const enum that isolated modules cannot read: 2 is Argon2id.)
const ARGON2ID = 2;
const argonOptions = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export function hashPassphrase(passphrase: string): Promise<string> {
	return hash(normalisePassphrase(passphrase), argonOptions);
}

export async function verifyPassphrase(stored: string, passphrase: string): Promise<boolean> {
	try {
		return await verify(stored, normalisePassphrase(passphrase));
	} catch {
		return false;
	}
}

let decoy: Promise<string> | undefined;

/** Verifying against this keeps a sign-in for an unknown name as slow as one for a known name. */
export function decoyHash(): Promise<string> {
	decoy ??= hashPassphrase('a decoy passphrase that is never issued');
	return decoy;
}
