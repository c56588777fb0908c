import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { safeReturnPath } from './http';

describe('return paths', () => {
	it('keep paths on this site', () => {
		expect(safeReturnPath('/c/demo?x=1')).toBe('/c/demo?x=1');
	});

	it.each([
		'https://evil.example',
		'//evil.example',
		'/\\evil.example',
		'/\t/evil.example',
		'/\n/x',
		'c/demo',
		42
	])('send %s home instead', (value) => expect(safeReturnPath(value)).toBe('/'));

	it('never return anything but a single-slash path without control characters', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'binary' }), (value) => {
				const path = safeReturnPath(value);
				expect(path.startsWith('/') && !path.startsWith('//')).toBe(true);
				expect(/[\u0000-\u001F\u007F\\]/.test(path)).toBe(false);
			})
		);
	});
});
