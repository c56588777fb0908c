import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { log } from './logger';

/**
 * Sensitive fields are sealed with AES-256-GCM under a key from configuration. The stored form
 * is 'v1.' + base64url(iv | tag | ciphertext); the version lets the key or cipher change later.
 */
export function seal(plaintext: string, key: Buffer): string {
	return 'v1.' + encrypt(Buffer.from(plaintext, 'utf8'), key).toString('base64url');
}

export function open(sealed: string, key: Buffer): string {
	if (!sealed.startsWith('v1.')) throw new Error('Unknown sealed format');
	return decrypt(Buffer.from(sealed.slice(3), 'base64url'), key).toString('utf8');
}

/** Files (evidence, payslip photos) are sealed the same way, as bytes: version 1 | iv | tag | ciphertext. */
export function sealBytes(plain: Buffer, key: Buffer): Buffer {
	return Buffer.concat([Buffer.from([1]), encrypt(plain, key)]);
}

export function openBytes(sealed: Buffer, key: Buffer): Buffer {
	if (sealed[0] !== 1) throw new Error('Unknown sealed format');
	return decrypt(sealed.subarray(1), key);
}

function encrypt(plain: Buffer, key: Buffer): Buffer {
	const iv = randomBytes(12);
	const cipher = createCipheriv('aes-256-gcm', key, iv);
	const body = Buffer.concat([cipher.update(plain), cipher.final()]);
	return Buffer.concat([iv, cipher.getAuthTag(), body]);
}

function decrypt(raw: Buffer, key: Buffer): Buffer {
	const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, 12));
	decipher.setAuthTag(raw.subarray(12, 28));
	return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]);
}

/** A SHA-256 digest, for looking up tokens and codes that are stored only as hashes. */
export function digest(value: string): Buffer {
	return createHash('sha256').update(value).digest();
}

/**
 * The key comes from HEARTH_SECRET_KEY; without it, one is made once and kept in the data
 * folder, readable only by Hearth's user. Several app servers must share HEARTH_SECRET_KEY.
 */
export function loadSecretKey(configured: string | undefined, dataDir: string): Buffer {
	if (configured) return Buffer.from(configured, 'base64');
	const file = path.join(dataDir, 'secret.key');
	if (!fs.existsSync(file)) {
		fs.mkdirSync(dataDir, { recursive: true });
		fs.writeFileSync(file, randomBytes(32).toString('base64'), { mode: 0o600, flag: 'wx' });
		log.info('secret_key.created', { file });
	}
	return Buffer.from(fs.readFileSync(file, 'utf8').trim(), 'base64');
}
