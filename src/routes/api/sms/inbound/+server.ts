import { timingSafeEqual } from 'node:crypto';
import { json, type RequestHandler } from '@sveltejs/kit';
import { normalisePhone } from '$lib/server/messages/member-settings';
import { isStopWord, stopTextsFrom } from '$lib/server/messages/stop';
import { getPlatform } from '$lib/server/platform/runtime';

const BODY_MAX = 10_000;

function tokenMatches(header: string | null, token: string | undefined): boolean {
	if (!token || !header?.startsWith('Bearer ')) return false;
	const given = Buffer.from(header.slice(7));
	const expected = Buffer.from(token);
	return given.length === expected.length && timingSafeEqual(given, expected);
}

/**
 * A text message a member sent back, passed on by the gateway (docs/sms-gateway.md). A stop
 * word turns text messages off for every member with that number; anything else is not kept.
 */
export const POST: RequestHandler = async ({ request }) => {
	const { db, secretKey, config } = getPlatform();
	if (!tokenMatches(request.headers.get('authorization'), config.smsInboundToken)) {
		return json({ error: 'unauthorised' }, { status: 401 });
	}
	const raw = await request.text();
	let body: unknown;
	try {
		body = raw.length <= BODY_MAX ? JSON.parse(raw) : null;
	} catch {
		body = null;
	}
	const { from, text } = (body ?? {}) as { from?: unknown; text?: unknown };
	if (typeof from !== 'string' || typeof text !== 'string') {
		return json({ error: 'expected {"from": "+44…", "text": "…"}' }, { status: 400 });
	}
	const number = normalisePhone(from);
	if (!number || !isStopWord(text)) return json({ stopped: 0 });
	return json({ stopped: await stopTextsFrom(db, number, secretKey) });
};
