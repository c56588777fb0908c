import { error } from '@sveltejs/kit';
import { direction } from '$lib/i18n/locales';
import { translator } from '$lib/i18n/translate';
import type { RequestHandler } from './$types';

/**
 * What a phone needs to put the hours diary on its home screen, in the person's language. It
 * names nobody: the diary page it opens asks the person to sign in as any page does.
 */
export const GET: RequestHandler = ({ locals }) => {
	const centre = locals.centre;
	if (!centre) error(404, 'errors.notFound');
	const t = translator(locals.locale);
	const diary = `/c/${centre.slug}/diary`;
	const manifest = {
		name: t('diaryOffline.appName', { centre: centre.name }),
		short_name: t('diaryOffline.appShortName'),
		lang: locals.locale,
		dir: direction(locals.locale),
		// Hearth's addresses have no trailing slash (the diary is /c/<slug>/diary), so the scope
		// is the diary's own address, which also covers every page under it.
		start_url: diary,
		scope: diary,
		display: 'standalone',
		background_color: '#ffffff',
		theme_color: '#8a2a12',
		icons: [{ src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }]
	};
	return new Response(JSON.stringify(manifest), {
		headers: {
			'content-type': 'application/manifest+json; charset=utf-8',
			'content-language': locals.locale,
			vary: 'Cookie, Accept-Language'
		}
	});
};
