import { error, fail, redirect } from '@sveltejs/kit';
import type { MessageKey } from '$lib/i18n/messages/en';
import { parseForm } from '$lib/server/forms';
import { expose, requireActor, requireCentre } from '$lib/server/http';
import { hasRole } from '$lib/server/identity/identity.service';
import {
	addSession,
	courseForStaff,
	removeSession,
	setFinished,
	updateCourse
} from '$lib/server/learning/courses';
import {
	courseKinds,
	courseSchema,
	esolLevels,
	sessionSchema
} from '$lib/server/learning/courses.schemas';
import { RuleError } from '$lib/server/platform/errors';
import { isUuid } from '$lib/server/platform/ids';
import { getPlatform } from '$lib/server/platform/runtime';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

function courseId(event: { params: { id: string } }): string {
	const id = event.params.id;
	if (!isUuid(id)) error(404, 'errors.notFound');
	return id;
}

const NOTICES = ['created', 'saved', 'sessionAdded', 'sessionRemoved', 'finished', 'unfinished'];

export const load: PageServerLoad = async (event) => {
	const actor = requireActor(event, 'adviser', 'coordinator');
	const centre = requireCentre(event);
	const { db, now } = getPlatform();
	const page = await expose(courseForStaff(db, actor, courseId(event), now()));
	const { course } = page;
	return {
		...page,
		slug: centre.slug,
		kinds: courseKinds,
		levels: esolLevels,
		canPlan: hasRole(actor, 'coordinator'),
		details: {
			kind: course.kind,
			level: course.level ?? '',
			title: course.title,
			description: course.description,
			places: String(course.places)
		},
		notice: NOTICES.find((name) => event.url.searchParams.has(name)) ?? null
	};
};

async function idFrom(form: FormData, name: string): Promise<string> {
	const id = form.get(name);
	if (!isUuid(id)) error(404, 'errors.notFound');
	return id;
}

export const actions: Actions = {
	save: async (event) => {
		const actor = requireActor(event, 'coordinator');
		const form = parseForm(await event.request.formData(), courseSchema);
		if (!form.ok) return fail(400, { which: 'details', values: form.values, errors: form.errors });
		await expose(updateCourse(getPlatform().db, actor, courseId(event), form.data));
		redirect(303, `${event.url.pathname}?saved`);
	},
	addSession: async (event) => {
		const actor = requireActor(event, 'coordinator');
		const centre = requireCentre(event);
		const form = parseForm(await event.request.formData(), sessionSchema);
		if (!form.ok) return fail(400, { which: 'session', values: form.values, errors: form.errors });
		try {
			await expose(
				addSession(getPlatform().db, actor, courseId(event), form.data, centre.timeZone)
			);
		} catch (thrown) {
			if (thrown instanceof RuleError && thrown.code === 'courses.endsBeforeStarts') {
				return fail(400, {
					which: 'session',
					values: form.values,
					errors: { ends: 'courses.endsBeforeStarts' as MessageKey }
				});
			}
			throw thrown;
		}
		redirect(303, `${event.url.pathname}?sessionAdded`);
	},
	removeSession: async (event) => {
		const actor = requireActor(event, 'coordinator');
		const session = await idFrom(await event.request.formData(), 'session');
		await expose(removeSession(getPlatform().db, actor, courseId(event), session));
		redirect(303, `${event.url.pathname}?sessionRemoved`);
	},
	finish: async (event) => finishing(event, true),
	unfinish: async (event) => finishing(event, false)
};

async function finishing(event: RequestEvent, finished: boolean) {
	const actor = requireActor(event, 'adviser', 'coordinator');
	const person = await idFrom(await event.request.formData(), 'person');
	const { db, now } = getPlatform();
	try {
		await expose(setFinished(db, actor, courseId(event), person, finished, now()));
	} catch (thrown) {
		if (thrown instanceof RuleError && thrown.code === 'courses.personUnknown') {
			return fail(400, { which: 'people', problem: 'courses.personUnknown' as MessageKey });
		}
		throw thrown;
	}
	redirect(303, `${event.url.pathname}?${finished ? 'finished' : 'unfinished'}`);
}
