import { redirect } from '@sveltejs/kit';
import { isLocale } from '$lib/i18n/locales';
import { LANGUAGE_COOKIE } from '$lib/server/cookies';
import { safeReturnPath } from '$lib/server/http';
import type { RequestHandler } from './$types';

/** The language chooser: remembered in a cookie, no account needed, no JavaScript needed. */
export const POST: RequestHandler = async ({ request, cookies, url }) => {
	const form = await request.formData().catch(() => new FormData());
	const locale = form.get('locale');
	if (isLocale(locale)) {
		cookies.set(LANGUAGE_COOKIE, locale, {
			path: '/',
			httpOnly: true,
			sameSite: 'lax',
			secure: url.protocol === 'https:',
			maxAge: 60 * 60 * 24 * 365
		});
	}
	redirect(303, safeReturnPath(form.get('return')));
};

export const GET: RequestHandler = () => redirect(303, '/');
