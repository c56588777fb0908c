import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { uuidv7 } from './ids';

const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('identifiers', () => {
	it('are UUIDv7 carrying the time they were made', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2100, 0, 1) }),
				(millis) => {
					const id = uuidv7(millis);
					expect(id).toMatch(UUID_V7);
					expect(parseInt(id.replace(/-/g, '').slice(0, 12), 16)).toBeGreaterThanOrEqual(millis);
				}
			)
		);
	});

	it('sort in the order they were made, even many in one millisecond', () => {
		const ids = Array.from({ length: 5000 }, () => uuidv7());
		expect([...ids].sort()).toEqual(ids);
		expect(new Set(ids).size).toBe(ids.length);
	});
});
