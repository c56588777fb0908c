import { randomUUID } from 'node:crypto';
import { promisify } from 'node:util';
import { brotliCompress, constants as zlib, gzip } from 'node:zlib';
import type { Handle, HandleServerError, ServerInit } from '@sveltejs/kit';
import { direction, locales, negotiateLocale, type Locale } from '$lib/i18n/locales';
import { translator } from '$lib/i18n/translate';
import { findCentre, listCentres } from '$lib/server/centres/centres.service';
import { seedDemo } from '$lib/server/demo/demo.service';
import { actorAt, resumeSession } from '$lib/server/identity/identity.service';
import { ConfigError, loadConfig } from '$lib/server/platform/config';
import { describeError, log, setLogLevel } from '$lib/server/platform/logger';
import { migrationsFrom } from '$lib/server/platform/migrations';
import { getPlatform, hasPlatform, setPlatform, startPlatform } from '$lib/server/platform/runtime';
import { LANGUAGE_COOKIE, SESSION_COOKIE } from '$lib/server/cookies';
import { isSameOriginWrite } from '$lib/server/csrf';
import { crontab, taskList } from '$lib/server/tasks';

const migrationFiles = import.meta.glob<string>('/migrations/*.sql', {
	query: '?raw',
	import: 'default',
	eager: true
});

export const init: ServerInit = async () => {
	if (hasPlatform()) return;
	try {
		const config = loadConfig();
		setLogLevel(config.logLevel);
		const platform = await startPlatform({
			config,
			migrations: migrationsFrom(migrationFiles),
			jobs: config.jobs === 'in-process' ? { tasks: taskList, crontab } : undefined
		});
		setPlatform(platform);
		if (config.demo) await seedDemo(platform.db, platform.now());
		process.once('sveltekit:shutdown', () => {
			void platform.stop().then(() => setPlatform(undefined));
		});
		log.info('hearth.ready', {
			port: config.port,
			database: config.databaseUrl ? 'external' : 'embedded'
		});
	} catch (error) {
		const sentence =
			error instanceof ConfigError || (error as Error).name === 'MigrationError'
				? (error as Error).message
				: `Hearth could not start: ${(error as Error).message}`;
		process.stderr.write(`${sentence}\n`);
		log.error('hearth.start_failed', describeError(error));
		process.exit(1);
	}
};

const SECURITY_HEADERS: Record<string, string> = {
	'content-security-policy': [
		"default-src 'none'",
		"script-src 'self'",
		"style-src 'self'",
		"img-src 'self' data:",
		"connect-src 'self'",
		"manifest-src 'self'",
		"form-action 'self'",
		"frame-ancestors 'none'",
		"base-uri 'none'"
	].join('; '),
	'x-content-type-options': 'nosniff',
	'referrer-policy': 'no-referrer',
	'permissions-policy':
		'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()',
	'x-frame-options': 'DENY',
	'cross-origin-opener-policy': 'same-origin',
	'cross-origin-resource-policy': 'same-origin'
};

const COMPRESSIBLE = /^(text\/html|application\/json|text\/plain|text\/calendar)/;
const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** Pages are small; compressing them here spares a phone on a slow signal most of the bytes. */
async function compress(request: Request, response: Response): Promise<Response> {
	const type = response.headers.get('content-type') ?? '';
	const accepted = request.headers.get('accept-encoding') ?? '';
	if (!response.body || !COMPRESSIBLE.test(type) || response.headers.has('content-encoding')) {
		return response;
	}
	const encoding = /\bbr\b/.test(accepted) ? 'br' : /\bgzip\b/.test(accepted) ? 'gzip' : null;
	if (!encoding) return response;
	const body = Buffer.from(await response.arrayBuffer());
	const packed =
		encoding === 'br'
			? await brotli(body, { params: { [zlib.BROTLI_PARAM_QUALITY]: 5 } })
			: await gzipAsync(body, { level: 6 });
	const headers = new Headers(response.headers);
	headers.set('content-encoding', encoding);
	headers.set('content-length', String(packed.length));
	headers.append('vary', 'Accept-Encoding');
	return new Response(packed, {
		status: response.status,
		statusText: response.statusText,
		headers
	});
}

const PROBES = new Set(['/healthz', '/readyz']);
/**
 * Partners' apps call these from their own servers and pages. They read no session cookie and
 * store nothing, so where a request comes from does not matter, and it never acts as anyone.
 */
const OPEN_APIS = new Set(['/api/wages/check', '/api/sms/inbound']);
// Stop links carry their own signed token, not a cookie, and mail programs post to them from
// their own servers (one-click unsubscribe, RFC 8058): they take a post from anywhere.
const OPEN_PREFIXES = ['/stop/'];

/**
 * A page may ask to be kept in the person's own browser, so that it can be read again with no
 * connection (the rights guides do): it says `cache-control: private, max-age=…` and varies by
 * cookie and language itself. Only a plain, successful GET that sets no cookie is believed;
 * everything else follows the rules below.
 */
function keptPrivatelyOnRequest(method: string, response: Response): boolean {
	return (
		method === 'GET' &&
		response.status === 200 &&
		!response.headers.has('set-cookie') &&
		/^private,\s*max-age=\d+/.test(response.headers.get('cache-control') ?? '')
	);
}

async function singleCentreLocale(db: Parameters<typeof listCentres>[0]): Promise<Locale> {
	const all = await listCentres(db);
	return all.length === 1 ? (all[0]?.defaultLocale ?? 'en') : 'en';
}

export const handle: Handle = async ({ event, resolve }) => {
	if (PROBES.has(event.url.pathname)) return resolve(event);
	const openApi =
		OPEN_APIS.has(event.url.pathname) ||
		OPEN_PREFIXES.some((prefix) => event.url.pathname.startsWith(prefix));
	if (!openApi && !isSameOriginWrite(event.request, event.url.origin)) {
		const locale = negotiateLocale(
			event.cookies.get(LANGUAGE_COOKIE),
			event.request.headers.get('accept-language'),
			locales,
			'en'
		);
		return new Response(translator(locale)('errors.crossSite'), {
			status: 403,
			headers: { 'content-type': 'text/plain; charset=utf-8', ...SECURITY_HEADERS }
		});
	}
	const { db, config } = getPlatform();
	const policy = { idleMinutes: config.sessionIdleMinutes, maxHours: config.sessionMaxHours };

	const token = openApi ? undefined : event.cookies.get(SESSION_COOKIE);
	event.locals.session = token ? await resumeSession(db, token, policy) : null;
	if (token && !event.locals.session) event.cookies.delete(SESSION_COOKIE, { path: '/' });

	const slug = event.params.slug;
	event.locals.centre = slug ? await findCentre(db, slug) : null;
	// Outside a centre's pages, a deployment with a single centre speaks its language by default.
	const fallback =
		event.locals.centre?.defaultLocale ?? (slug ? 'en' : await singleCentreLocale(db));
	event.locals.locale = negotiateLocale(
		event.cookies.get(LANGUAGE_COOKIE),
		event.request.headers.get('accept-language'),
		locales,
		fallback
	);
	event.locals.actor =
		event.locals.session && event.locals.centre
			? await actorAt(db, event.locals.session.accountId, event.locals.centre.id)
			: null;

	const locale = event.locals.locale;
	const response = await resolve(event, {
		transformPageChunk: ({ html }) =>
			html.replace('%lang%', locale).replace('%dir%', direction(locale))
	});
	for (const [name, value] of Object.entries(SECURITY_HEADERS)) response.headers.set(name, value);
	const keptPrivately = keptPrivatelyOnRequest(event.request.method, response);
	if (!keptPrivately && (event.locals.session || response.headers.has('set-cookie'))) {
		// Personal pages are never kept: after sign-out the back button shows nothing.
		response.headers.set('cache-control', 'no-store');
	} else if (!response.headers.has('cache-control')) {
		response.headers.set('cache-control', 'no-cache');
	}
	return compress(event.request, response);
};

export const handleError: HandleServerError = ({ error, event, status }) => {
	const reference = randomUUID().slice(0, 8);
	if (status >= 500) {
		log.error('request.failed', {
			reference,
			route: event.route.id,
			status,
			...describeError(error)
		});
		return { message: 'errors.server', reference };
	}
	const messages: Record<number, string> = {
		404: 'errors.notFound',
		405: 'errors.notAllowed',
		413: 'errors.tooLarge'
	};
	return { message: messages[status] ?? 'errors.badRequest' };
};
