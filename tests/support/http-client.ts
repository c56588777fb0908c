/** Form fields as a browser sends them: a repeated field (checkboxes) is a list. */
export type Fields = Record<string, string | readonly string[]>;
export type Body = Fields | URLSearchParams | FormData | string;
/** Extra request headers; null leaves out one the client would otherwise send. */
export type ExtraHeaders = Record<string, string | null>;

export interface Answer {
	method: string;
	path: string;
	status: number;
	headers: Headers;
	/** Set-Cookie headers exactly as sent, to check their attributes. */
	setCookies: string[];
	location: string | null;
	body: string;
}

export interface ClientOptions {
	/** Sees every answer, for checks that apply to all of them (no stack traces, say). */
	observe?: (answer: Answer) => void;
}

/** Fields as an HTML form would encode them, a repeated field once per value. */
export function formBody(fields: Fields): URLSearchParams {
	const params = new URLSearchParams();
	for (const [name, value] of Object.entries(fields)) {
		for (const one of typeof value === 'string' ? [value] : value) params.append(name, one);
	}
	return params;
}

/**
 * A browser without JavaScript, as far as Hearth can tell: it asks for HTML, keeps cookies, does
 * not follow redirects on its own (tests look at them), and posts forms from Hearth's own pages.
 */
export class HttpClient {
	readonly cookies = new Map<string, string>();

	constructor(
		readonly base: string,
		private readonly options: ClientOptions = {}
	) {}

	get(path: string, headers: ExtraHeaders = {}): Promise<Answer> {
		return this.send('GET', path, undefined, headers);
	}

	post(path: string, body: Body, headers: ExtraHeaders = {}): Promise<Answer> {
		const sent =
			typeof body === 'string' || body instanceof URLSearchParams || body instanceof FormData
				? body
				: formBody(body);
		const defaults: ExtraHeaders = {
			origin: this.base,
			'sec-fetch-site': 'same-origin',
			// fetch names the type of URLSearchParams and FormData bodies itself, not of plain text.
			...(typeof sent === 'string' ? { 'content-type': 'application/x-www-form-urlencoded' } : {})
		};
		return this.send('POST', path, sent, { ...defaults, ...lowerCased(headers) });
	}

	/** Where a browser goes after a 303: a GET of the Location. Other answers are returned as they are. */
	async follow(answer: Answer): Promise<Answer> {
		if (answer.status !== 303 || !answer.location) return answer;
		const target = new URL(answer.location, this.base + answer.path);
		return this.get(target.pathname + target.search);
	}

	/** The same person on another device would not have these cookies; a copy that has them does. */
	copy(): HttpClient {
		const twin = new HttpClient(this.base, this.options);
		for (const [name, value] of this.cookies) twin.cookies.set(name, value);
		return twin;
	}

	async send(
		method: string,
		path: string,
		body: BodyInit | undefined,
		headers: ExtraHeaders = {}
	): Promise<Answer> {
		const sent = new Headers({ accept: 'text/html' });
		if (this.cookies.size > 0) {
			sent.set('cookie', [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; '));
		}
		for (const [name, value] of Object.entries(lowerCased(headers))) {
			if (value === null) sent.delete(name);
			else sent.set(name, value);
		}
		// A body sent as a stream must say so; the DOM typings do not know the option yet.
		const init: RequestInit & { duplex?: 'half' } = {
			method,
			headers: sent,
			body,
			redirect: 'manual'
		};
		if (body instanceof ReadableStream) init.duplex = 'half';
		const response = await fetch(this.base + path, init);
		const setCookies = response.headers.getSetCookie();
		for (const line of setCookies) this.keep(line);
		const answer: Answer = {
			method,
			path,
			status: response.status,
			headers: response.headers,
			setCookies,
			location: response.headers.get('location'),
			body: await response.text()
		};
		this.options.observe?.(answer);
		return answer;
	}

	private keep(line: string): void {
		const [pair = '', ...attributes] = line.split(';');
		const split = pair.indexOf('=');
		const name = pair.slice(0, split).trim();
		const value = pair.slice(split + 1).trim();
		const expired = attributes.some((attribute) => {
			const [key = '', setting = ''] = attribute.trim().split('=');
			if (key.toLowerCase() === 'max-age') return Number(setting) <= 0;
			if (key.toLowerCase() === 'expires') return Date.parse(setting) <= Date.now();
			return false;
		});
		if (expired || value === '') this.cookies.delete(name);
		else this.cookies.set(name, value);
	}
}

function lowerCased(headers: ExtraHeaders): ExtraHeaders {
	return Object.fromEntries(
		Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value])
	);
}

/** A Set-Cookie header's attributes by lower-cased name (a flag such as HttpOnly maps to ''). */
export function cookieAttributes(line: string): Map<string, string> {
	const attributes = new Map<string, string>();
	for (const part of line.split(';').slice(1)) {
		const [key = '', ...rest] = part.trim().split('=');
		attributes.set(key.toLowerCase(), rest.join('='));
	}
	return attributes;
}

const STACK_FRAME = /\bat\s+(?:\S+\s+)?\(?(?:file:\/\/)?\/[^\s()]+:\d+:\d+/;

/** Whether a body shows a server stack trace or names installed packages. */
export function showsStackTrace(body: string): boolean {
	return STACK_FRAME.test(body) || body.includes('node_modules');
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** HTML text as a person would read it: character references decoded. */
export function decodeHtml(html: string): string {
	return html.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
		if (name.startsWith('#x') || name.startsWith('#X'))
			return String.fromCodePoint(parseInt(name.slice(2), 16));
		if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
		return ENTITIES[name.toLowerCase()] ?? whole;
	});
}

// Svelte quotes every attribute with double quotes and leaves '>' unescaped inside them, so a
// tag is read attribute by attribute rather than up to the first '>'.
const TAG = /<(input|textarea|select)((?:\s+[^\s"'>/=]+(?:="[^"]*")?)*)\s*\/?>/g;
const ATTRIBUTE = /([^\s"'>/=]+)(?:="([^"]*)")?/g;

export interface Control {
	tag: 'input' | 'textarea' | 'select';
	attributes: Map<string, string>;
	/** Where the opening tag ends in the page, to read a textarea's content. */
	end: number;
}

/** Every form control of a page, with its attributes decoded. */
export function controls(html: string): Control[] {
	const found: Control[] = [];
	for (const match of html.matchAll(TAG)) {
		const attributes = new Map<string, string>();
		for (const [, name = '', value = ''] of (match[2] ?? '').matchAll(ATTRIBUTE)) {
			attributes.set(name.toLowerCase(), decodeHtml(value));
		}
		const tag = match[1] as Control['tag'];
		found.push({ tag, attributes, end: (match.index ?? 0) + match[0].length });
	}
	return found;
}

/**
 * What a text field shows when the page loads: the value of an input, the content of a textarea,
 * decoded. Null when the page has no such field.
 */
export function fieldValue(html: string, name: string): string | null {
	const control = controls(html).find((each) => each.attributes.get('name') === name);
	if (!control || control.tag === 'select') return null;
	if (control.tag === 'input') return control.attributes.get('value') ?? '';
	const close = html.indexOf('</textarea>', control.end);
	return decodeHtml(html.slice(control.end, close));
}

/** The values of the checked boxes or radio buttons with this name. */
export function checkedValues(html: string, name: string): string[] {
	return controls(html)
		.filter((each) => each.attributes.get('name') === name && each.attributes.has('checked'))
		.map((each) => each.attributes.get('value') ?? '');
}

/** Sets up the first centre as its first coordinator would, through the set-up form. */
export function setUpCentre(
	client: HttpClient,
	fields: { name: string; chosenName: string; passphrase: string } & Fields,
	headers: ExtraHeaders = {}
): Promise<Answer> {
	const { passphrase, ...rest } = fields;
	return client.post(
		'/setup',
		{
			timeZone: 'Europe/London',
			locales: 'en',
			defaultLocale: 'en',
			...rest,
			passphrase,
			passphraseAgain: passphrase
		},
		headers
	);
}

/** Signs a person in on this client, checks that it worked, and gives the client back. */
export async function signedInAs(
	client: HttpClient,
	chosenName: string,
	passphrase: string
): Promise<HttpClient> {
	const answer = await client.post('/sign-in', { chosenName, passphrase });
	if (answer.status !== 303) {
		throw new Error(`${chosenName} could not sign in: answered ${answer.status}`);
	}
	return client;
}
