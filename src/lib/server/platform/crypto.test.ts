import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadSecretKey, open, openBytes, seal, sealBytes } from './crypto';

describe('sealing sensitive fields', () => {
	const key = randomBytes(32);

	it('opens what it sealed, for any text', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'grapheme' }), (text) => {
				const sealed = seal(text, key);
				if (text.length > 3) expect(sealed).not.toContain(text);
				expect(open(sealed, key)).toBe(text);
			})
		);
	});

	it('never seals the same text the same way twice', () => {
		expect(seal('a case note', key)).not.toBe(seal('a case note', key));
	});

	it('refuses a sealed value that was altered, or opened with another key', () => {
		const sealed = seal('a case note', key);
		const altered = sealed.slice(0, -2) + (sealed.endsWith('A') ? 'BB' : 'AA');
		expect(() => open(altered, key)).toThrow();
		expect(() => open(sealed, randomBytes(32))).toThrow();
	});

	it('seals files as bytes, so no run of the file shows through, and refuses an altered one', () => {
		const photo = Buffer.concat([
			Buffer.from('\xff\xd8\xff', 'latin1'),
			Buffer.alloc(4096, 'payslip ')
		]);
		const sealed = sealBytes(photo, key);
		expect(sealed.includes(Buffer.from('payslip'))).toBe(false);
		expect(openBytes(sealed, key).equals(photo)).toBe(true);
		const altered = Buffer.from(sealed);
		altered.writeUInt8(altered.readUInt8(altered.length - 1) ^ 1, altered.length - 1);
		expect(() => openBytes(altered, key)).toThrow();
		expect(() => openBytes(sealed, randomBytes(32))).toThrow();
	});

	it('makes a key once in the data folder, readable only by its owner', () => {
		const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hearth-key-'));
		try {
			const first = loadSecretKey(undefined, dataDir);
			expect(first).toHaveLength(32);
			expect(loadSecretKey(undefined, dataDir).equals(first)).toBe(true);
			expect(fs.statSync(path.join(dataDir, 'secret.key')).mode & 0o077).toBe(0);
			const configured = randomBytes(32);
			expect(loadSecretKey(configured.toString('base64'), dataDir).equals(configured)).toBe(true);
		} finally {
			fs.rmSync(dataDir, { recursive: true, force: true });
		}
	});
});
