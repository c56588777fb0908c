import { createHash } from 'node:crypto';

/**
 * Hearth's own namespace for name-based identifiers. Fixed for good: changing it would give every
 * exported phone, address and attribute a new identifier, and directories that harvested Hearth
 * would see them all as new records.
 */
export const HEARTH_HSDS_NAMESPACE = 'b4ca1e6c-3b30-45f8-844c-a177c8b24030';

/** A name-based UUID (RFC 9562 version 5, SHA-1): the same name in a namespace gives the same id. */
export function uuidv5(name: string, namespace: string): string {
	const space = Buffer.from(namespace.replace(/-/g, ''), 'hex');
	if (space.length !== 16) throw new Error('The namespace is not a UUID');
	const bytes = createHash('sha1').update(space).update(name, 'utf8').digest().subarray(0, 16);
	bytes[6] = 0x50 | ((bytes[6] ?? 0) & 0x0f);
	bytes[8] = 0x80 | ((bytes[8] ?? 0) & 0x3f);
	const hex = bytes.toString('hex');
	return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * The identifier of a child object Hearth keeps no row for (a service's phone, a location's
 * address, an attribute): derived from the parent's identifier and the kind of child, so the same
 * record exports the same document every time and an import can recognise it.
 */
export function derivedId(parentId: string, kind: string): string {
	return uuidv5(`${parentId.toLowerCase()}/${kind}`, HEARTH_HSDS_NAMESPACE);
}
