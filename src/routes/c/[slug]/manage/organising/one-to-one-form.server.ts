import { error } from '@sveltejs/kit';
import type { Centre } from '$lib/server/centres/centres.service';
import { instantToLocal } from '$lib/server/centres/opening-hours';
import { isUuid } from '$lib/server/platform/ids';
import { getPlatform } from '$lib/server/platform/runtime';

/** An id from the address, or a 404: a malformed id names nothing. */
export function idParam(id: string): string {
	if (!isUuid(id)) error(404, 'errors.notFound');
	return id;
}

/** Today on the centre's clock: no conversation or step can be dated after it. */
export function centreToday(centre: Centre): string {
	return instantToLocal(getPlatform().now(), centre.timeZone).date;
}
