import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll } from 'vitest';
import {
	getPlatform,
	hasPlatform,
	setPlatform,
	type Platform
} from '../../src/lib/server/platform/runtime';

/**
 * Gives the tests of a `describe` a platform with a secret key and a clock, for services that
 * read them (the outbox seals reminders with the key), and puts back what was there after.
 */
export function useTestPlatform(options: { secretKey?: Buffer; now?: () => Date } = {}): void {
	let earlier: Platform | undefined;
	beforeAll(() => {
		earlier = hasPlatform() ? getPlatform() : undefined;
		setPlatform({
			secretKey: options.secretKey ?? randomBytes(32),
			now: options.now ?? (() => new Date())
		} as Platform);
	});
	afterAll(() => setPlatform(earlier));
}
