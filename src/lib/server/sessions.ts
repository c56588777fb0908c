import type { Cookies } from '@sveltejs/kit';
import { SESSION_COOKIE, sessionCookieOptions } from './cookies';
import { startSession } from './identity/identity.service';
import { getPlatform } from './platform/runtime';

/** Starts a session for the account and hands its token to the browser. */
export async function signInBrowser(cookies: Cookies, url: URL, accountId: string): Promise<void> {
	const { db, config } = getPlatform();
	const token = await startSession(db, accountId, {
		idleMinutes: config.sessionIdleMinutes,
		maxHours: config.sessionMaxHours
	});
	cookies.set(SESSION_COOKIE, token, sessionCookieOptions(url));
}
