import { error, fail, redirect, type RequestEvent } from '@sveltejs/kit';
import { isLocale, localeNames, nativeLanguageName, type Locale } from '$lib/i18n/locales';
import { formats } from '$lib/i18n/format';
import { translator } from '$lib/i18n/translate';
import { instantToLocal } from '$lib/server/centres/opening-hours';
import { formEntries, invalid, type FieldErrors } from '$lib/server/forms';
import { expose, requireCentre } from '$lib/server/http';
import type { Actor } from '$lib/server/identity/identity.service';
import { RuleError } from '$lib/server/platform/errors';
import { getPlatform } from '$lib/server/platform/runtime';
import {
	headingLocale,
	planAsText,
	planHistory,
	readPlan,
	readPlanVersion,
	savePlan
} from '$lib/server/support/plans';
import { parsePlanForm, planFormValues, planLanguages } from '$lib/server/support/plans.schemas';

/**
 * The pages of one plan, shared by the member's own pages (/c/[slug]/plan/…) and the adviser's
 * (/c/[slug]/manage/support/plans/[member]/…): the same rules, reached from two places.
 */

/** A language named in itself, as the person choosing it would recognise it. */
export function languageName(code: string): string {
	return isLocale(code) ? localeNames[code] : nativeLanguageName(code);
}

function languageOptions(centreLocales: readonly string[]) {
	return planLanguages(centreLocales).map((code) => ({ value: code, label: languageName(code) }));
}

function today(event: RequestEvent): string {
	return instantToLocal(getPlatform().now(), requireCentre(event).timeZone).date;
}

export async function planPage(event: RequestEvent, actor: Actor, memberId: string) {
	const { db, secretKey } = getPlatform();
	const plan = await expose(readPlan(db, actor, memberId, secretKey));
	return {
		slug: requireCentre(event).slug,
		plan,
		today: today(event),
		languageName: plan.latest ? languageName(plan.latest.language) : '',
		done: event.url.searchParams.get('done')
	};
}

export async function editPage(event: RequestEvent, actor: Actor, memberId: string) {
	const { db, secretKey } = getPlatform();
	const plan = await expose(readPlan(db, actor, memberId, secretKey));
	return {
		slug: requireCentre(event).slug,
		memberId,
		memberName: plan.memberName,
		readerIsMember: plan.readerIsMember,
		isNew: plan.latest === null,
		values: planFormValues(plan.latest, event.locals.locale),
		languages: languageOptions(requireCentre(event).locales)
	};
}

/**
 * Saves the form as a new version and goes back to the plan. When someone saved in between, the
 * writer's text comes back with a notice and the newer version to look at; saving again then
 * replaces it, since it has been seen.
 */
export async function saveAction(
	event: RequestEvent,
	actor: Actor,
	memberId: string,
	planPath: string
) {
	const centre = requireCentre(event);
	const values = formEntries(await event.request.formData());
	const form = parsePlanForm(values, planLanguages(centre.locales));
	if (!form.ok) return invalid(form.values, form.errors);
	const { db, secretKey, now } = getPlatform();
	try {
		await expose(savePlan(db, actor, memberId, form.data, secretKey, now()));
	} catch (thrown) {
		if (thrown instanceof RuleError && thrown.code === 'plan.changedMeanwhile') {
			const latest = await expose(readPlan(db, actor, memberId, secretKey));
			const version = latest.latest?.version ?? 0;
			return fail(409, {
				values: { ...form.values, basedOn: String(version) },
				errors: {} as FieldErrors,
				newerVersion: version
			});
		}
		throw thrown;
	}
	redirect(303, `${planPath}?done=saved`);
}

function pageNumber(event: RequestEvent): number {
	const page = event.url.searchParams.get('page') ?? '1';
	return /^\d{1,6}$/.test(page) ? Number(page) : 1;
}

export async function historyPage(event: RequestEvent, actor: Actor, memberId: string) {
	const history = await expose(planHistory(getPlatform().db, actor, memberId, pageNumber(event)));
	return {
		slug: requireCentre(event).slug,
		...history,
		versions: history.versions.map((version) => ({
			...version,
			languageName: languageName(version.language)
		}))
	};
}

function versionNumber(param: string): number {
	if (!/^\d{1,9}$/.test(param) || Number(param) < 1) error(404, 'errors.notFound');
	return Number(param);
}

export async function versionPage(
	event: RequestEvent,
	actor: Actor,
	memberId: string,
	param: string
) {
	const { db, secretKey } = getPlatform();
	const version = await expose(
		readPlanVersion(db, actor, memberId, versionNumber(param), secretKey)
	);
	return {
		slug: requireCentre(event).slug,
		version,
		today: today(event),
		languageName: languageName(version.language)
	};
}

/** The latest version as a plain-text file, headings in the plan's language where Hearth has it. */
export async function planFile(
	event: RequestEvent,
	actor: Actor,
	memberId: string
): Promise<Response> {
	const centre = requireCentre(event);
	const { db, secretKey } = getPlatform();
	const plan = await expose(readPlan(db, actor, memberId, secretKey));
	if (!plan.latest) error(404, 'errors.notFound');
	const locale: Locale = headingLocale(plan.latest.language, event.locals.locale);
	const body = planAsText(
		{ ...plan.latest, memberName: plan.memberName, centreName: centre.name },
		translator(locale),
		formats(locale, centre.timeZone),
		languageName(plan.latest.language)
	);
	return new Response(body, {
		headers: {
			'content-type': 'text/plain; charset=utf-8',
			'content-disposition': `attachment; filename="plan-${plan.latest.version}.txt"`,
			'cache-control': 'no-store'
		}
	});
}
