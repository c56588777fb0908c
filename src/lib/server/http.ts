import { error, redirect, type RequestEvent } from '@sveltejs/kit';
import type { Centre } from './centres/centres.service';
import type { Actor, SignedIn } from './identity/identity.service';
import type { Role } from './identity/identity.tables';
import { ForbiddenError, NotFoundError } from './platform/errors';

/** The one place where a service's named errors become HTTP answers. */
export async function expose<T>(work: Promise<T>): Promise<T> {
	try {
		return await work;
	} catch (thrown) {
		if (thrown instanceof NotFoundError) error(404, 'errors.notFound');
		if (thrown instanceof ForbiddenError) error(403, 'errors.forbidden');
		throw thrown;
	}
}

/** Sends a person who is not signed in to sign in, and back here afterwards. */
export function requireSession(event: Pick<RequestEvent, 'locals' | 'url'>): SignedIn {
	const session = event.locals.session;
	if (!session)
		redirect(303, `/sign-in?next=${encodeURIComponent(event.url.pathname + event.url.search)}`);
	return session;
}

export function requireCentre(event: Pick<RequestEvent, 'locals'>): Centre {
	const centre = event.locals.centre;
	if (!centre) error(404, 'errors.notFound');
	return centre;
}

/** The signed-in person acting at this centre with one of the roles, or a 403. */
export function requireActor(
	event: Pick<RequestEvent, 'locals' | 'url'>,
	...wanted: Role[]
): Actor {
	requireSession(event);
	const actor = event.locals.actor;
	if (!actor || !wanted.some((role) => actor.roles.includes(role))) error(403, 'errors.forbidden');
	return actor;
}

/** A path inside this site to return to, or the fallback: never another host. */
export function safeReturnPath(value: unknown, fallback = '/'): string {
	// Browsers drop tabs and line breaks from addresses, so '/\t/evil.example' would become
	// '//evil.example', another site; and a line break cannot go in a header at all.
	if (
		typeof value !== 'string' ||
		!value.startsWith('/') ||
		value.startsWith('//') ||
		value.includes('\\') ||
		/[\u0000-\u001F\u007F]/.test(value)
	) {
		return fallback;
	}
	return value.length > 500 ? fallback : value;
}
