import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = ({ locals, url }) => {
	const { centre, session, actor } = locals;
	return {
		locale: locals.locale,
		timeZone: centre?.timeZone ?? 'UTC',
		here: url.pathname + url.search,
		account: session ? { chosenName: session.chosenName, isSteward: session.isSteward } : null,
		centre: centre
			? { slug: centre.slug, name: centre.name, locales: centre.locales, isDemo: centre.isDemo }
			: null,
		belongs: !!actor,
		canManage: !!actor && actor.roles.some((role) => role !== 'member')
	};
};
