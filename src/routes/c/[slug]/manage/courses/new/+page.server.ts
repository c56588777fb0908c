import { redirect } from '@sveltejs/kit';
import { invalid, parseForm } from '$lib/server/forms';
import { expose, requireActor, requireCentre } from '$lib/server/http';
import { createCourse } from '$lib/server/learning/courses';
import { courseKinds, courseSchema, esolLevels } from '$lib/server/learning/courses.schemas';
import { getPlatform } from '$lib/server/platform/runtime';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	requireActor(event, 'coordinator');
	const centre = requireCentre(event);
	return { slug: centre.slug, kinds: courseKinds, levels: esolLevels };
};

export const actions: Actions = {
	default: async (event) => {
		const actor = requireActor(event, 'coordinator');
		const centre = requireCentre(event);
		const form = parseForm(await event.request.formData(), courseSchema);
		if (!form.ok) return invalid(form.values, form.errors);
		const id = await expose(createCourse(getPlatform().db, actor, form.data));
		redirect(303, `/c/${centre.slug}/manage/courses/${id}?created`);
	}
};
