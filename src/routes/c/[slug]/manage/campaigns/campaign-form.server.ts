import type { RequestEvent } from '@sveltejs/kit';
import type { MessageKey } from '$lib/i18n/messages/en';
import type { Centre } from '$lib/server/centres/centres.service';
import { formEntries, invalid } from '$lib/server/forms';
import { parseCampaignForm } from '$lib/server/organising/campaigns.schemas';
import { RuleError } from '$lib/server/platform/errors';

/** Reads the campaign form of the centre, or gives the answer that sends it back. */
export async function readCampaignForm(event: RequestEvent, centre: Centre) {
	const values = formEntries(await event.request.formData());
	return parseCampaignForm(values, { centreLocales: centre.locales, main: centre.defaultLocale });
}

/** Runs a save; a rule broken by the input (an employer of no register) goes back to its field. */
export async function saveOrExplain(
	values: Parameters<typeof invalid>[0],
	save: () => Promise<unknown>
) {
	try {
		await save();
		return null;
	} catch (thrown) {
		if (!(thrown instanceof RuleError)) throw thrown;
		return invalid(values, { employerId: thrown.code as MessageKey });
	}
}
