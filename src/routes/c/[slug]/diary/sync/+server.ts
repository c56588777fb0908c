import { json } from '@sveltejs/kit';
import { translator, type Translate } from '$lib/i18n/translate';
import type { MessageKey } from '$lib/i18n/messages/en';
import { recordShifts } from '$lib/server/casework/diary';
import { parseShiftValues, type ShiftInput } from '$lib/server/casework/diary.schemas';
import type { FormValues } from '$lib/server/forms';
import { expose } from '$lib/server/http';
import { hasRole, type Actor } from '$lib/server/identity/identity.service';
import { RuleError } from '$lib/server/platform/errors';
import { getPlatform } from '$lib/server/platform/runtime';
import type { RequestHandler } from './$types';

// More than a phone could keep between two connections: a larger batch is not the diary's script.
const MOST_SHIFTS = 500;

/** Problems by client id, then by field, in the member's language. */
type Refusals = Record<string, Record<string, string>>;

/** A shift as the script sends it: the add-shift form's fields, every one a string. */
function fieldsOf(shift: unknown): FormValues | null {
	if (typeof shift !== 'object' || shift === null || Array.isArray(shift)) return null;
	return Object.fromEntries(
		Object.entries(shift).filter((entry): entry is [string, string] => typeof entry[1] === 'string')
	);
}

/**
 * Stores the shifts in one go; when the clock refuses one (a night stretched past a day by the
 * clocks changing, which the form cannot see), one by one, so that the others are not held back.
 */
async function recordEach(
	actor: Actor,
	shifts: ShiftInput[],
	refused: Refusals,
	t: Translate
): Promise<string[]> {
	const { db } = getPlatform();
	try {
		return (await recordShifts(db, actor, shifts)).saved;
	} catch (thrown) {
		if (!(thrown instanceof RuleError)) throw thrown;
	}
	const saved: string[] = [];
	for (const shift of shifts) {
		try {
			saved.push(...(await recordShifts(db, actor, [shift])).saved);
		} catch (thrown) {
			if (!(thrown instanceof RuleError)) throw thrown;
			refused[shift.clientId] = { endTime: t(thrown.code as MessageKey) };
		}
	}
	return saved;
}

/**
 * Shifts kept on the member's phone while offline, sent when the connection comes back. Each is
 * checked as the add-shift form checks it; the valid ones are stored (once per client id, so a
 * batch sent again changes nothing and is answered as saved), and each refused one is answered
 * with its problems in the member's language, to show beside it on the phone.
 */
export const POST: RequestHandler = async ({ locals, request }) => {
	const t = translator(locals.locale);
	if (!locals.centre) return json({ error: t('errors.notFound') }, { status: 404 });
	if (!locals.session) return json({ error: t('diaryOffline.signIn') }, { status: 401 });
	const actor = locals.actor;
	if (!actor || !hasRole(actor, 'member')) {
		return json({ error: t('errors.forbidden') }, { status: 403 });
	}

	const badRequest = () => json({ error: t('diaryOffline.badRequest') }, { status: 400 });
	// Read whole first: a body over Hearth's limit fails here, as the 413 it is, not as bad JSON.
	const text = await request.text();
	let body: unknown;
	try {
		body = JSON.parse(text);
	} catch {
		return badRequest();
	}
	const sent = (body as { shifts?: unknown } | null)?.shifts;
	if (!Array.isArray(sent) || sent.length > MOST_SHIFTS) return badRequest();

	const valid: ShiftInput[] = [];
	const refused: Refusals = {};
	for (const shift of sent) {
		const values = fieldsOf(shift);
		if (!values) return badRequest();
		const parsed = parseShiftValues(values);
		if (parsed.ok) {
			valid.push(parsed.data);
			continue;
		}
		refused[typeof values.clientId === 'string' ? values.clientId : ''] = Object.fromEntries(
			Object.entries(parsed.errors).map(([field, key]) => [field, t(key as MessageKey)])
		);
	}

	const saved = await expose(recordEach(actor, valid, refused, t));
	return json({ saved, refused });
};
