import { redirect } from '@sveltejs/kit';
import { mySkills, setMySkills } from '$lib/server/centres/rota';
import { rotaLanguages, skillsSchema } from '$lib/server/centres/rota.schemas';
import { invalid, parseForm } from '$lib/server/forms';
import { expose, requireActor } from '$lib/server/http';
import { roles } from '$lib/server/identity/identity.service';
import { getPlatform } from '$lib/server/platform/runtime';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const actor = requireActor(event, ...roles);
	return {
		skills: await expose(mySkills(getPlatform().db, actor)),
		languages: [...rotaLanguages]
	};
};

export const actions: Actions = {
	default: async (event) => {
		const actor = requireActor(event, ...roles);
		const form = parseForm(await event.request.formData(), skillsSchema);
		if (!form.ok) return invalid(form.values, form.errors);
		await expose(
			setMySkills(getPlatform().db, actor, {
				firstAid: form.data.skills.includes('first_aid'),
				childcare: form.data.skills.includes('childcare'),
				languages: form.data.languages
			})
		);
		redirect(303, `/c/${event.params.slug}/rota?done=skills`);
	}
};
