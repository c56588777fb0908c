import { error, redirect, type RequestEvent } from '@sveltejs/kit';
import {
	addNote,
	addTask,
	addToTeam,
	advisersToAdd,
	calculateClaim,
	completeTask,
	readCase,
	recordOutcome,
	removeFromTeam,
	reopenCase,
	setDates,
	setDiaryConsent
} from '$lib/server/casework/cases';
import {
	parseAccountChoice,
	parseClaimRange,
	parseConsent,
	parseDates,
	parseEvidenceName,
	parseNote,
	parseOutcome,
	parseTask
} from '$lib/server/casework/cases.schemas';
import { addEvidence, evidenceName } from '$lib/server/casework/evidence';
import { addDays } from '$lib/server/centres/opening-hours';
import { invalid } from '$lib/server/forms';
import { expose, requireActor, requireCentre } from '$lib/server/http';
import { isUuid } from '$lib/server/platform/ids';
import { getPlatform } from '$lib/server/platform/runtime';
import { caseIdOf, pageOf, refused, todayAt } from '../../../cases/case-pages.server';
import type { Actions, PageServerLoad } from './$types';

const CLAIM_DEFAULT_DAYS = 91;

// Any staff role may ask; only the case team is answered, and everyone else is told the case
// does not exist, the same as for an id that matches nothing.
const STAFF = ['adviser', 'organiser', 'coordinator'] as const;

export const load: PageServerLoad = async (event) => {
	const actor = requireActor(event, ...STAFF);
	const slug = requireCentre(event).slug;
	const id = caseIdOf(event.params.id);
	const { db, secretKey } = getPlatform();
	const view = await expose(readCase(db, actor, id, secretKey, pageOf(event)));
	// An adviser whose own case this is reads it as its member, not as its team.
	if (!view.readerIsTeam) redirect(303, `/c/${slug}/cases/${id}`);
	const advisers = await expose(advisersToAdd(db, actor, id));
	const removing = event.url.searchParams.get('remove');
	const today = todayAt(event);
	return {
		slug,
		view,
		advisers,
		today,
		removing: view.team.find((person) => person.id === removing) ?? null,
		claimFrom: view.claim?.from ?? addDays(today, -CLAIM_DEFAULT_DAYS),
		claimTo: view.claim?.to ?? today,
		done: event.url.searchParams.get('done')
	};
};

function context(event: RequestEvent) {
	const actor = requireActor(event, ...STAFF);
	const id = caseIdOf(event.params.id ?? '');
	const path = `/c/${requireCentre(event).slug}/manage/cases/${id}`;
	return { actor, id, path, ...getPlatform() };
}

export const actions: Actions = {
	note: async (event) => {
		const { actor, id, path, db, secretKey } = context(event);
		const form = parseNote(await event.request.formData());
		if (!form.ok) return invalid({ ...form.values, form: 'note' }, form.errors);
		await expose(addNote(db, actor, id, form.data.note, secretKey));
		redirect(303, `${path}?done=note#timeline`);
	},
	task: async (event) => {
		const { actor, id, path, db, secretKey } = context(event);
		const form = parseTask(await event.request.formData());
		if (!form.ok) return invalid({ ...form.values, form: 'task' }, form.errors);
		await expose(addTask(db, actor, id, form.data, secretKey));
		redirect(303, `${path}?done=task#tasks`);
	},
	taskDone: async (event) => {
		const { actor, id, path, db, secretKey, now } = context(event);
		const task = (await event.request.formData()).get('taskId');
		if (!isUuid(task)) error(404, 'errors.notFound');
		await expose(completeTask(db, actor, id, task, secretKey, now()));
		redirect(303, `${path}?done=taskDone#tasks`);
	},
	dates: async (event) => {
		const { actor, id, path, db, secretKey } = context(event);
		const form = parseDates(await event.request.formData());
		if (!form.ok) return invalid({ ...form.values, form: 'dates' }, form.errors);
		try {
			await expose(setDates(db, actor, id, form.data, secretKey));
		} catch (thrown) {
			return refused(thrown, { ...form.values, form: 'dates' }, 'actOn');
		}
		redirect(303, `${path}?done=dates#time-limit-title`);
	},
	consent: async (event) => {
		const { actor, id, path, db, now } = context(event);
		const form = parseConsent(await event.request.formData());
		if (!form.ok) return invalid({ ...form.values, form: 'consent' }, form.errors);
		await expose(setDiaryConsent(db, actor, id, form.data.agreed === 'yes', now()));
		redirect(303, `${path}?done=consent#claim-title`);
	},
	claim: async (event) => {
		const { actor, id, path, db, secretKey } = context(event);
		const form = parseClaimRange(await event.request.formData());
		if (!form.ok) return invalid({ ...form.values, form: 'claim' }, form.errors);
		const centre = requireCentre(event);
		try {
			await expose(
				calculateClaim(db, actor, id, form.data, centre.timeZone, todayAt(event), secretKey)
			);
		} catch (thrown) {
			return refused(thrown, { ...form.values, form: 'claim' }, 'from');
		}
		redirect(303, `${path}?done=claim#claim-title`);
	},
	// The upload form holds only the file and a short name: a body too large for Hearth is refused
	// before this runs, and nothing else typed would be lost with it.
	evidence: async (event) => {
		const { actor, id, path, db, secretKey } = context(event);
		const data = await event.request.formData();
		const named = parseEvidenceName(data);
		if (!named.ok) return invalid({ ...named.values, form: 'evidence' }, named.errors);
		const file = data.get('file');
		const bytes =
			file instanceof File && file.size > 0 ? Buffer.from(await file.arrayBuffer()) : null;
		if (!bytes) return invalid({ form: 'evidence' }, { file: 'cases.fileMissing' });
		const name = evidenceName(
			named.data.name,
			file instanceof File ? file.name : '',
			todayAt(event)
		);
		try {
			await expose(addEvidence(db, actor, id, { bytes, name }, secretKey));
		} catch (thrown) {
			return refused(thrown, { ...named.values, form: 'evidence' }, 'file');
		}
		redirect(303, `${path}?done=evidence#evidence-title`);
	},
	outcome: async (event) => {
		const { actor, id, path, db, secretKey, now } = context(event);
		const form = parseOutcome(await event.request.formData());
		if (!form.ok) return invalid({ ...form.values, form: 'outcome' }, form.errors);
		try {
			await expose(recordOutcome(db, actor, id, form.data, secretKey, now()));
		} catch (thrown) {
			return refused(thrown, { ...form.values, form: 'outcome' }, 'outcome');
		}
		redirect(303, `${path}?done=closed`);
	},
	reopen: async (event) => {
		const { actor, id, path, db, secretKey } = context(event);
		await expose(reopenCase(db, actor, id, secretKey));
		redirect(303, `${path}?done=reopened`);
	},
	teamAdd: async (event) => {
		const { actor, id, path, db, secretKey } = context(event);
		const form = parseAccountChoice(await event.request.formData());
		if (!form.ok) return invalid({ ...form.values, form: 'team' }, form.errors);
		try {
			await expose(addToTeam(db, actor, id, form.data.accountId, secretKey));
		} catch (thrown) {
			return refused(thrown, { ...form.values, form: 'team' }, 'accountId');
		}
		redirect(303, `${path}?done=teamAdded#team-title`);
	},
	teamRemove: async (event) => {
		const { actor, id, path, db, secretKey } = context(event);
		const form = parseAccountChoice(await event.request.formData());
		if (!form.ok) error(404, 'errors.notFound');
		try {
			await expose(removeFromTeam(db, actor, id, form.data.accountId, secretKey));
		} catch (thrown) {
			return refused(thrown, { form: 'team' }, 'accountId');
		}
		// Someone who took themselves off the team no longer reads the case.
		redirect(
			303,
			form.data.accountId === actor.accountId
				? `/c/${requireCentre(event).slug}/manage/cases?done=left`
				: `${path}?done=teamRemoved#team-title`
		);
	}
};
