import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
	hashPassphrase,
	passphraseProblem,
	PASSPHRASE_MAX,
	PASSPHRASE_MIN,
	verifyPassphrase,
	type PassphraseProblem
} from './passphrase';

const problems: (PassphraseProblem | null)[] = [
	null,
	'passphraseTooShort',
	'passphraseTooLong',
	'passphraseCommon'
];

// Each emoji is one code point (no variation selectors) and no two neighbours are consecutive,
// so the only thing these strings test is how length is counted.
const fifteenEmoji = '🍎🚲🌙🔑🎈🐢🌵🍩🎻🚀🧦🪁🦉🍋🌊';

/** Distinct words, so a long passphrase is neither a repetition nor a run. */
function numberedWords(length: number): string {
	return Array.from({ length }, (_, i) => `lamp${i}`)
		.join(' ')
		.slice(0, length);
}

describe('passphraseProblem', () => {
	it('accepts an ordinary passphrase of a few words', () => {
		expect(passphraseProblem('blue kettle night bus')).toBeNull();
		expect(passphraseProblem('blue kettle night bus', 'Maria K')).toBeNull();
	});

	it('refuses fewer than 15 characters', () => {
		expect(PASSPHRASE_MIN).toBe(15);
		expect(passphraseProblem('')).toBe('passphraseTooShort');
		expect(passphraseProblem('blue kettle 12')).toBe('passphraseTooShort');
		expect(passphraseProblem('blue kettle 123')).toBeNull();
	});

	it('counts code points, so 15 emoji are long enough and 14 are not', () => {
		expect([...fifteenEmoji]).toHaveLength(15);
		expect(passphraseProblem(fifteenEmoji)).toBeNull();
		const fourteen = [...fifteenEmoji].slice(0, 14).join('');
		// Fourteen emoji are 28 UTF-16 units: counting units would wrongly let them through.
		expect(fourteen.length).toBeGreaterThan(PASSPHRASE_MIN);
		expect(passphraseProblem(fourteen)).toBe('passphraseTooShort');
	});

	it('counts characters after normalisation', () => {
		// 'e' and a combining accent become one 'é', so twenty code points are ten characters.
		const decomposed = 'e\u0301'.repeat(10);
		expect([...decomposed]).toHaveLength(20);
		expect(passphraseProblem(decomposed)).toBe('passphraseTooShort');
	});

	it('refuses more than 256 characters', () => {
		expect(PASSPHRASE_MAX).toBe(256);
		expect(passphraseProblem(numberedWords(256))).toBeNull();
		expect(passphraseProblem(numberedWords(257))).toBe('passphraseTooLong');
	});

	it('refuses passphrases people often choose', () => {
		expect(passphraseProblem('passwordpassword')).toBe('passphraseCommon');
		expect(passphraseProblem('PASSWORD-password')).toBe('passphraseCommon');
		expect(passphraseProblem('1qaz2wsx3edc4rfv')).toBe('passphraseCommon');
	});

	it('refuses a wrapping digit sequence and a keyboard walk', () => {
		expect(passphraseProblem('123456789012345')).toBe('passphraseCommon');
		expect(passphraseProblem('qwertyuiopasdfgh')).toBe('passphraseCommon');
	});

	it('refuses repeated units and simple runs', () => {
		expect(passphraseProblem('aaaaaaaaaaaaaaaa')).toBe('passphraseCommon');
		expect(passphraseProblem('abcabcabcabcabcabc')).toBe('passphraseCommon');
		expect(passphraseProblem('ab ab ab ab ab ab ab ab')).toBe('passphraseCommon');
		expect(passphraseProblem('abcdefghijklmnopq')).toBe('passphraseCommon');
		expect(passphraseProblem('zyxwvutsrqponmlk')).toBe('passphraseCommon');
	});

	it('refuses a passphrase that is mostly the chosen name', () => {
		expect(passphraseProblem('Maria Kettle 2024!', 'Maria Kettle')).toBe('passphraseCommon');
		expect(passphraseProblem('maria-kettle-maria', 'Maria Kettle')).toBe('passphraseCommon');
		expect(passphraseProblem('ＭＡＲＩＡ ＫＥＴＴＬＥ 2024', 'maria kettle')).toBe(
			'passphraseCommon'
		);
		expect(passphraseProblem('maria kettle sings by the river', 'Maria Kettle')).toBeNull();
	});

	it('treats full-width letters as the letters they stand for', () => {
		expect(passphraseProblem('ｐａｓｓｗｏｒｄｐａｓｓｗｏｒｄ')).toBe('passphraseCommon');
	});

	it('never throws, and answers with a known problem or null', () => {
		fc.assert(
			fc.property(
				fc.string({ unit: 'binary', maxLength: 300 }),
				fc.string({ unit: 'binary', maxLength: 30 }),
				(passphrase, name) => {
					expect(problems).toContain(passphraseProblem(passphrase, name));
				}
			),
			{ numRuns: 500 }
		);
	});

	it('gives the same answer however the passphrase was typed', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (passphrase) => {
				expect(passphraseProblem(passphrase.normalize('NFKC'))).toBe(passphraseProblem(passphrase));
			})
		);
	});
});

describe('hashing', () => {
	const ascii = 'blue kettle night bus';
	// Full-width letters with ideographic spaces, as some phone keyboards type them.
	const fullWidth = 'ｂｌｕｅ\u3000ｋｅｔｔｌｅ\u3000ｎｉｇｈｔ\u3000ｂｕｓ';

	it('stores argon2id with the OWASP settings, and verifies across keyboards', async () => {
		const fromFullWidth = await hashPassphrase(fullWidth);
		expect(fromFullWidth).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
		expect(fromFullWidth).not.toContain(ascii);
		await expect(verifyPassphrase(fromFullWidth, ascii)).resolves.toBe(true);
		await expect(verifyPassphrase(fromFullWidth, fullWidth)).resolves.toBe(true);
		await expect(verifyPassphrase(fromFullWidth, 'blue kettle night bun')).resolves.toBe(false);

		const fromAscii = await hashPassphrase(ascii);
		// A fresh salt each time: equal passphrases do not give equal hashes.
		expect(fromAscii).not.toBe(fromFullWidth);
		await expect(verifyPassphrase(fromAscii, fullWidth)).resolves.toBe(true);
	});

	it('answers false, without throwing, for a stored value that is not a hash', async () => {
		await expect(verifyPassphrase('', ascii)).resolves.toBe(false);
		await expect(verifyPassphrase('$argon2id$broken', ascii)).resolves.toBe(false);
	});
});
