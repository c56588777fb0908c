import { error, fail, type RequestEvent } from '@sveltejs/kit';
import { instantToLocal } from '$lib/server/centres/opening-hours';
import { requireCentre } from '$lib/server/http';
import type { FieldErrors, FormValues } from '$lib/server/forms';
import { isUuid } from '$lib/server/platform/ids';
import { RuleError } from '$lib/server/platform/errors';
import { getPlatform } from '$lib/server/platform/runtime';
import type { MessageKey } from '$lib/i18n/messages/en';

/** Helpers shared by the member's case pages and the case team's. */

/** A case id from the address; anything else is a page that does not exist. */
export function caseIdOf(param: string): string {
	if (!isUuid(param)) error(404, 'errors.notFound');
	return param;
}

export function pageOf(event: RequestEvent, name = 'page'): number {
	const page = event.url.searchParams.get(name) ?? '1';
	return /^\d{1,6}$/.test(page) && Number(page) > 0 ? Number(page) : 1;
}

/** Today on the centre's clock, as 'YYYY-MM-DD'. */
export function todayAt(event: RequestEvent): string {
	return instantToLocal(getPlatform().now(), requireCentre(event).timeZone).date;
}

/** A rule of the domain refused the form: its message against the field it is about. */
export function refused(thrown: unknown, values: FormValues, field: string) {
	if (!(thrown instanceof RuleError)) throw thrown;
	const errors: FieldErrors = { [field]: thrown.code as MessageKey };
	return fail(400, { values, errors });
}
