import { describe, expect, it } from 'vitest';
import { derivedId, uuidv5 } from './hsds-ids';

const UUID_V5 = /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('derived identifiers', () => {
	it('follow RFC 9562 version 5', () => {
		// The RFC's own example: www.example.com in the DNS namespace.
		expect(uuidv5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe(
			'2ed6657d-e927-568b-95e1-2665a8aea6a2'
		);
	});

	it('are valid UUIDs, the same every time for one parent and kind', () => {
		const parent = '0196a3c0-1234-7000-8000-00000000abcd';
		const phone = derivedId(parent, 'phone');
		expect(phone).toMatch(UUID_V5);
		expect(derivedId(parent, 'phone')).toBe(phone);
		expect(derivedId(parent.toUpperCase(), 'phone')).toBe(phone);
	});

	it('differ by kind and by parent', () => {
		const parent = '0196a3c0-1234-7000-8000-00000000abcd';
		const kinds = [
			'phone',
			'cost-option',
			'address',
			'accessibility',
			'language/en',
			'language/es'
		];
		const ids = kinds.map((kind) => derivedId(parent, kind));
		expect(new Set(ids).size).toBe(kinds.length);
		expect(derivedId('0196a3c0-1234-7000-8000-00000000abce', 'phone')).not.toBe(ids[0]);
	});
});
