import { error, redirect } from '@sveltejs/kit';
import {
	employerChoices,
	makeReport,
	monthOf,
	ownReports,
	withdrawReport
} from '$lib/server/casework/employers';
import { parseReportForm, WORDS_MAX } from '$lib/server/casework/employers.schemas';
import { EMPLOYER_PROBLEMS } from '$lib/server/casework/casework.tables';
import { invalid } from '$lib/server/forms';
import { expose, requireActor, requireCentre } from '$lib/server/http';
import { RuleError } from '$lib/server/platform/errors';
import { isUuid } from '$lib/server/platform/ids';
import { getPlatform } from '$lib/server/platform/runtime';
import type { MessageKey } from '$lib/i18n/messages/en';
import type { Actions, PageServerLoad } from './$types';

const ANYONE = ['member', 'adviser', 'organiser', 'coordinator'] as const;

export const load: PageServerLoad = async (event) => {
	const actor = requireActor(event, ...ANYONE);
	const centre = requireCentre(event);
	const { db, secretKey } = getPlatform();
	const query = (event.url.searchParams.get('q') ?? '').slice(0, 200);
	const { choices, more } = await employerChoices(db, actor, query);
	const reports = await ownReports(db, actor, secretKey);
	const withdrawing = event.url.searchParams.get('withdraw');
	return {
		slug: centre.slug,
		query,
		choices: choices.map((choice) => ({ id: choice.id, name: choice.name })),
		more,
		problems: EMPLOYER_PROBLEMS,
		wordsMax: WORDS_MAX,
		reports,
		withdrawing: reports.find((report) => report.id === withdrawing) ?? null,
		reported: event.url.searchParams.has('reported'),
		withdrawn: event.url.searchParams.has('withdrawn')
	};
};

export const actions: Actions = {
	report: async (event) => {
		const actor = requireActor(event, ...ANYONE);
		const centre = requireCentre(event);
		const form = parseReportForm(await event.request.formData());
		if (!form.ok) return invalid(form.values, form.errors);
		const { db, secretKey, now } = getPlatform();
		try {
			await makeReport(db, actor, form.data, monthOf(now(), centre.timeZone), secretKey);
		} catch (thrown) {
			if (!(thrown instanceof RuleError)) throw thrown;
			return invalid(form.values, { employerId: thrown.code as MessageKey });
		}
		redirect(303, `/c/${centre.slug}/employers/report?reported`);
	},
	withdraw: async (event) => {
		const actor = requireActor(event, ...ANYONE);
		const centre = requireCentre(event);
		const reportId = (await event.request.formData()).get('reportId');
		if (!isUuid(reportId)) error(404, 'errors.notFound');
		await expose(withdrawReport(getPlatform().db, actor, reportId));
		redirect(303, `/c/${centre.slug}/employers/report?withdrawn`);
	}
};
