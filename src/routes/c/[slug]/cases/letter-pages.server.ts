import type { RequestEvent } from '@sveltejs/kit';
import { isLocale, type Locale } from '$lib/i18n/locales';
import { readLetter } from '$lib/server/casework/cases';
import { addDays } from '$lib/server/centres/opening-hours';
import type { Actor } from '$lib/server/identity/identity.service';
import { expose, requireCentre } from '$lib/server/http';
import { getPlatform } from '$lib/server/platform/runtime';
import { caseIdOf, todayAt } from './case-pages.server';

/** How long the letter gives the employer to pay. */
export const PAY_WITHIN_DAYS = 14;

/**
 * The letter for a case: the English one that is sent and, for the member's copy, the first of
 * the member's own languages that Hearth speaks; else the page's when the member reads it, else
 * the centre's.
 */
export async function letterPage(event: RequestEvent, actor: Actor) {
	const centre = requireCentre(event);
	const { db, secretKey } = getPlatform();
	const letter = await expose(readLetter(db, actor, caseIdOf(event.params.id ?? ''), secretKey));
	const today = todayAt(event);
	const memberLocale: Locale =
		letter.memberLanguages.find(isLocale) ??
		(letter.readerIsMember ? event.locals.locale : centre.defaultLocale);
	return {
		slug: centre.slug,
		timeZone: centre.timeZone,
		letter,
		memberLocale,
		writtenOn: today,
		payBy: addDays(today, PAY_WITHIN_DAYS)
	};
}
