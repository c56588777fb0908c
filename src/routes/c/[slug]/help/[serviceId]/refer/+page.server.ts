import { error, fail, redirect } from '@sveltejs/kit';
import type { MessageKey } from '$lib/i18n/messages/en';
import { invalid, parseForm, type FormValues } from '$lib/server/forms';
import { expose, requireActor, requireCentre } from '$lib/server/http';
import { hasRole, type Actor } from '$lib/server/identity/identity.service';
import {
	createReferral,
	prepareReferral,
	referralDraftSchema,
	serviceToRefer,
	type ReferralDraft
} from '$lib/server/directory/referrals';
import { RuleError } from '$lib/server/platform/errors';
import { isUuid } from '$lib/server/platform/ids';
import { getPlatform } from '$lib/server/platform/runtime';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

function serviceId(id: string): string {
	if (!isUuid(id)) error(404, 'errors.notFound');
	return id;
}

function actorHere(event: RequestEvent): Actor {
	return requireActor(event, 'member', 'adviser');
}

export const load: PageServerLoad = async (event) => {
	const actor = actorHere(event);
	const centre = requireCentre(event);
	const locale = event.locals.locale;
	const service = await expose(
		serviceToRefer(getPlatform().db, actor, serviceId(event.params.serviceId), locale)
	);
	const canReferOthers = hasRole(actor, 'adviser');
	return {
		service,
		who: canReferOthers && !event.url.searchParams.has('self') ? 'member' : 'self',
		canReferOthers,
		languages: centre.locales.includes(locale) ? centre.locales : [locale, ...centre.locales],
		pageLocale: locale
	};
};

/** The draft as the consent page needs it, or the problem to show on the first form. */
async function previewOf(event: RequestEvent, actor: Actor, draft: ReferralDraft) {
	return prepareReferral(getPlatform().db, actor, {
		serviceId: serviceId(event.params.serviceId),
		memberName: draft.who === 'member' ? draft.memberName : null,
		contact: draft.contact,
		note: draft.note,
		locale: draft.locale
	});
}

function ruleProblem(thrown: unknown): Partial<Record<string, MessageKey>> | null {
	if (!(thrown instanceof RuleError)) return null;
	if (thrown.code === 'memberNotFound') return { memberName: 'referral.memberNotFound' };
	if (thrown.code === 'noteTooLong') return { note: 'referral.noteTooLong' };
	if (thrown.code === 'contactTooLong') return { contact: 'referral.contactTooLong' };
	return null;
}

type Preview = Awaited<ReturnType<typeof previewOf>>;

/** Only what the consent page shows; identifiers stay on the server. */
function shown(preview: Preview) {
	return {
		memberName: preview.memberName,
		serviceName: preview.serviceName,
		contact: preview.contact,
		note: preview.note,
		consent: preview.consent
	};
}

async function step(
	event: RequestEvent,
	actor: Actor,
	values: FormValues,
	draft: ReferralDraft
): Promise<ReturnType<typeof shown> | ReturnType<typeof invalid>> {
	try {
		return shown(await expose(previewOf(event, actor, draft)));
	} catch (thrown) {
		const problem = ruleProblem(thrown);
		if (problem) return invalid(values, problem);
		throw thrown;
	}
}

export const actions: Actions = {
	/** From the filled-in form to the consent page: nothing is stored. */
	continue: async (event) => {
		const actor = actorHere(event);
		const form = parseForm(await event.request.formData(), referralDraftSchema);
		if (!form.ok) return invalid(form.values, form.errors);
		const preview = await step(event, actor, form.values, form.data);
		if (!('consent' in preview)) return preview;
		return { values: form.values, preview };
	},
	/** Back from the consent page to the form, with everything as it was typed. */
	change: async (event) => {
		actorHere(event);
		const form = parseForm(await event.request.formData(), referralDraftSchema);
		return { values: form.values };
	},
	confirm: async (event) => {
		const actor = actorHere(event);
		const body = await event.request.formData();
		const form = parseForm(body, referralDraftSchema);
		if (!form.ok) return invalid(form.values, form.errors);
		if (body.get('consent') !== 'yes') {
			const preview = await step(event, actor, form.values, form.data);
			if (!('consent' in preview)) return preview;
			return fail(400, {
				values: form.values,
				preview,
				errors: { consent: 'referral.consentRequired' } as Partial<Record<string, MessageKey>>
			});
		}
		let id: string;
		try {
			id = await expose(
				createReferral(
					getPlatform().db,
					actor,
					{
						serviceId: serviceId(event.params.serviceId),
						memberName: form.data.who === 'member' ? form.data.memberName : null,
						contact: form.data.contact,
						note: form.data.note,
						locale: form.data.locale,
						consent: true
					},
					getPlatform().secretKey
				)
			);
		} catch (thrown) {
			const problem = ruleProblem(thrown);
			if (problem) return invalid(form.values, problem);
			throw thrown;
		}
		redirect(303, `/c/${event.params.slug}/referrals/${id}?made`);
	}
};
