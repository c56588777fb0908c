import { randomBytes } from 'node:crypto';

let lastMillis = 0;
let sequence = 0;

/**
 * A UUIDv7 (RFC 9562): 48 bits of Unix milliseconds, then a 12-bit counter that keeps ids
 * made in the same millisecond in order, then random bits. Sortable and safe on any node.
 */
export function uuidv7(now: number = Date.now()): string {
	if (now <= lastMillis) {
		sequence = (sequence + 1) & 0xfff;
		if (sequence === 0) lastMillis += 1;
		now = lastMillis;
	} else {
		lastMillis = now;
		sequence = randomBytes(2).readUInt16BE(0) & 0x7ff;
	}
	const bytes = randomBytes(16);
	bytes.writeUIntBE(now, 0, 6);
	bytes[6] = 0x70 | (sequence >> 8);
	bytes[7] = sequence & 0xff;
	bytes[8] = 0x80 | ((bytes[8] ?? 0) & 0x3f);
	const hex = bytes.toString('hex');
	return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Whether text from an address or a form can be an identifier at all (before any query). */
export function isUuid(text: unknown): text is string {
	return typeof text === 'string' && UUID.test(text);
}
