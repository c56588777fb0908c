export const SESSION_COOKIE = 'hearth_session';
export const LANGUAGE_COOKIE = 'hearth_lang';

/** Cookie options for the session: HttpOnly and SameSite=Lax always, Secure behind HTTPS. */
export function sessionCookieOptions(url: URL) {
	return {
		path: '/',
		httpOnly: true,
		sameSite: 'lax' as const,
		secure: url.protocol === 'https:'
	};
}
