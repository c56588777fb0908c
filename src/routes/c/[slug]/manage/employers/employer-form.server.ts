import { employerChoices } from '$lib/server/casework/employers';
import type { Actor } from '$lib/server/identity/identity.service';
import { getPlatform } from '$lib/server/platform/runtime';

/** Register entries that could be behind this one: agencies and platforms first, then the rest. */
export async function behindOptions(
	actor: Actor,
	exceptId: string | null
): Promise<{ id: string; name: string }[]> {
	const { choices } = await employerChoices(getPlatform().db, actor, '');
	const others = choices.filter((choice) => choice.id !== exceptId);
	return [
		...others.filter((choice) => choice.kind !== 'employer'),
		...others.filter((choice) => choice.kind === 'employer')
	].map((choice) => ({ id: choice.id, name: choice.name }));
}
