import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MessageKey } from '../../src/lib/i18n/messages/en';
import { es } from '../../src/lib/i18n/messages/es';
import {
	checkedValues,
	decodeHtml,
	fieldValue,
	formBody,
	HttpClient,
	showsStackTrace,
	type Answer,
	type Fields,
	setUpCentre
} from '../support/http-client';
import { startHearth, type RunningHearth } from '../support/server';
import { message, title } from '../support/pages';

const SLUG = 'testing-centre';
const CENTRE = `/c/${SLUG}`;
const COORDINATOR = 'Testing Coordinator';
const PASSPHRASE = 'lanterns over the river';
const OTHER_PASSPHRASE = 'a different passphrase entirely';

/** What people paste, by accident or not. Those marked hidden are refused by every text field. */
const HOSTILE: { label: string; value: string; hidden?: true }[] = [
	{ label: 'a script tag', value: '<script>alert(1)</script>' },
	{ label: 'a textarea break-out', value: '</textarea><script>alert(2)</script>' },
	{ label: 'an attribute break-out', value: '" autofocus onfocus="alert(3)' },
	{ label: 'SQL', value: "'; drop table accounts; --" },
	{ label: 'a right-to-left override', value: 'name\u202Eevil', hidden: true },
	{ label: 'a NUL', value: 'before\u0000after', hidden: true },
	{ label: 'emoji', value: 'Warm 🔥 kettle 🏳️‍🌈' },
	// fetch cannot send half a surrogate pair: it becomes U+FFFD on the way, as in a browser.
	{ label: 'a lone surrogate', value: 'half \uD800 pair' }
];
const LONG = 'x'.repeat(10_000);
const MEGABYTE = 'm'.repeat(1_000_000);

interface TextRules {
	required?: MessageKey;
	tooLong?: MessageKey;
	hidden?: MessageKey;
	/** The message for anything that is not what the field expects (a time, a date). */
	other?: MessageKey;
}

/** Each field with a problem, and the message (or one of the messages) it must show. */
type Expected = Record<string, MessageKey | MessageKey[]>;

interface FormSpec {
	title: string;
	path: () => string;
	client: () => HttpClient;
	/** Valid in every field but one, so that any other field may carry harmless oddities. */
	failing: Fields;
	failingErrors: Expected;
	empty: Expected;
	missing: Expected;
	/** Free text, sent back in the form after a problem. */
	text: Record<string, TextRules>;
	/** Fields whose value comes from a list, with the message for anything else. */
	choices?: Record<string, MessageKey>;
	/** Never sent back; the rules give the messages to expect when they have them. */
	secrets?: Record<string, Pick<TextRules, 'required' | 'tooLong'>>;
}

const hiddenCharacters: MessageKey = 'form.hiddenCharacters';

/** The error summary's links: the field each one points to, and its words. */
function summaryLinks(html: string): Map<string, string> {
	const start = html.indexOf('class="error-summary"');
	const links = new Map<string, string>();
	if (start < 0) return links;
	const block = html.slice(start, html.indexOf('</div>', start));
	for (const [, field = '', text = ''] of block.matchAll(
		/<a href="#field-([^"]+)">([^<]*)<\/a>/g
	)) {
		links.set(field, decodeHtml(text).trim());
	}
	return links;
}

function fieldError(html: string, field: string): string | null {
	const found = new RegExp(
		`<p class="error-message" id="field-${field}-error">([\\s\\S]*?)</p>`
	).exec(html);
	return found ? decodeHtml((found[1] ?? '').replace(/<[^>]*>/g, '')) : null;
}

/** What a person sees after a form with problems, checked the same way for every form. */
function expectProblem(
	answer: Answer,
	expected: { errors?: Expected; kept?: Record<string, string>; secrets?: string[] } = {}
): void {
	const where = `${answer.method} ${answer.path}`;
	expect(answer.status, where).toBe(400);
	expect(answer.headers.get('content-type'), where).toMatch(/^text\/html/);
	expect(title(answer.body), where).toMatch(/^Error: /);
	expect(answer.body, where).toContain('class="error-summary"');
	expect(answer.body, where).not.toMatch(/<script/i);
	const links = summaryLinks(answer.body);
	expect(links.size, `${where}: the summary links to a field`).toBeGreaterThan(0);
	for (const field of links.keys()) {
		expect(answer.body, `${where}: the summary's link target exists`).toContain(
			`id="field-${field}"`
		);
	}
	for (const [field, keys] of Object.entries(expected.errors ?? {})) {
		const allowed = (Array.isArray(keys) ? keys : [keys]).map(message);
		expect(allowed, `${where}: summary link to ${field}`).toContain(links.get(field));
		const beside = fieldError(answer.body, field) ?? '';
		expect(
			allowed.some((text) => beside.includes(text)),
			`${where}: message beside ${field}, got "${beside}"`
		).toBe(true);
	}
	for (const [field, value] of Object.entries(expected.kept ?? {})) {
		expect(fieldValue(answer.body, field), `${where}: ${field} kept`).toBe(value);
	}
	const read = decodeHtml(answer.body);
	for (const secret of expected.secrets ?? []) {
		expect(read.includes(secret), `${where}: a secret was sent back`).toBe(false);
	}
	for (const field of ['passphrase', 'passphraseAgain']) {
		expect(fieldValue(answer.body, field) ?? '', `${where}: ${field} is empty`).toBe('');
	}
}

/** Runs independent requests a few at a time, as several people using Hearth at once would. */
async function together(tasks: (() => Promise<void>)[], width = 8): Promise<void> {
	const queue = [...tasks];
	const worker = async () => {
		for (let task = queue.shift(); task; task = queue.shift()) await task();
	};
	await Promise.all(Array.from({ length: width }, worker));
}

/** As a browser would send the text: half a surrogate pair cannot be encoded. */
const asSent = (value: string) => value.toWellFormed();

function multipart(fields: Fields, files: string[] = []): FormData {
	const form = new FormData();
	for (const [name, value] of Object.entries(fields)) {
		for (const one of typeof value === 'string' ? [value] : value) form.append(name, one);
	}
	for (const name of files) {
		form.append(
			name,
			new Blob(['<script>alert("file")</script>'], { type: 'text/html' }),
			'x.html'
		);
	}
	return form;
}

function without(fields: Fields, name: string): Fields {
	return Object.fromEntries(Object.entries(fields).filter(([key]) => key !== name));
}

function emptied(fields: Fields): Fields {
	return Object.fromEntries(Object.keys(fields).map((key) => [key, '']));
}

/** The same checks for every form that validates what it is sent. */
function describeForm(spec: FormSpec): void {
	describe(spec.title, () => {
		const post = (body: Fields | FormData | string) => spec.client().post(spec.path(), body);
		const textFields = Object.entries(spec.text);
		const secretNames = Object.keys(spec.secrets ?? {});

		it('answers every field empty with a message for each required field', async () => {
			expectProblem(await post(emptied(spec.failing)), { errors: spec.empty });
		});

		it('answers a submission with no fields at all', async () => {
			expectProblem(await post(''), { errors: spec.missing });
		});

		it('answers each field left out, and keeps the rest', async () => {
			for (const [name, rules] of textFields) {
				const kept = Object.fromEntries(
					textFields
						.filter(([other]) => other !== name)
						.map(([other]) => [other, String(spec.failing[other] ?? '')])
				);
				expectProblem(await post(without(spec.failing, name)), {
					errors: rules.required ? { [name]: rules.required } : spec.failingErrors,
					kept
				});
			}
		});

		it('answers the form as it fails, keeping the text and dropping secrets', async () => {
			const secrets = secretNames.map((name) => String(spec.failing[name]));
			const kept = Object.fromEntries(
				textFields.map(([name]) => [name, String(spec.failing[name] ?? '')])
			);
			expectProblem(await post(spec.failing), { errors: spec.failingErrors, kept, secrets });
			// The same form sent as multipart/form-data is read the same way.
			expectProblem(await post(multipart(spec.failing)), {
				errors: spec.failingErrors,
				kept,
				secrets
			});
		});

		it('answers 10,000 and 1,000,000 characters in each field, keeping the text', async () => {
			const tasks = [LONG, MEGABYTE].flatMap((value) => [
				...textFields.map(([name, rules]) => async () => {
					expectProblem(await post({ ...spec.failing, [name]: value }), {
						errors: rules.tooLong ? { [name]: rules.tooLong } : spec.failingErrors,
						kept: { [name]: value }
					});
				}),
				...Object.entries(spec.secrets ?? {}).map(([name, rules]) => async () => {
					expectProblem(await post({ ...spec.failing, [name]: value }), {
						errors: rules.tooLong ? { [name]: rules.tooLong } : {}
					});
				}),
				...Object.entries(spec.choices ?? {}).map(([name, key]) => async () => {
					expectProblem(await post({ ...spec.failing, [name]: value }), {
						errors: { [name]: key }
					});
				})
			]);
			await together(tasks, 4);
		});

		it('answers a text field sent twice as one left empty, keeping the first', async () => {
			for (const [name, rules] of textFields) {
				expectProblem(await post({ ...spec.failing, [name]: ['First value', 'Second value'] }), {
					errors: rules.required ? { [name]: rules.required } : spec.failingErrors,
					kept: { [name]: 'First value' }
				});
			}
		});

		it('answers a file where text belongs as a field left empty', async () => {
			for (const [name, rules] of [...textFields, ...Object.entries(spec.secrets ?? {})]) {
				const answer = await post(multipart(without(spec.failing, name), [name]));
				expectProblem(answer, {
					errors: rules.required ? { [name]: rules.required } : spec.failingErrors,
					secrets: ['alert("file")']
				});
				if (name in spec.text) expect(fieldValue(answer.body, name)).toBe('');
			}
		});

		it('keeps hostile text harmless: escaped, refused when hidden, never run', async () => {
			const tasks = HOSTILE.flatMap(({ label, value, hidden }) => [
				...textFields.map(([name, rules]) => async () => {
					const problem = hidden ? (rules.hidden ?? rules.other) : rules.other;
					const answer = await post({ ...spec.failing, [name]: value });
					expectProblem(answer, {
						errors: problem ? { [name]: problem } : spec.failingErrors,
						kept: { [name]: asSent(value) }
					});
					if (value.includes('<script>')) expect(answer.body, label).toContain('&lt;script');
				}),
				...secretNames.map((name) => async () => {
					const secret = `${value} only I know this`;
					expectProblem(await post({ ...spec.failing, [name]: secret }), {
						secrets: ['only I know this']
					});
				}),
				...Object.entries(spec.choices ?? {}).map(([name, key]) => async () => {
					expectProblem(await post({ ...spec.failing, [name]: value }), {
						errors: { [name]: key }
					});
				})
			]);
			await together(tasks);
		});

		it('reads bytes that are not UTF-8 as replacement characters', async () => {
			const [name] = textFields[0] ?? [];
			if (!name) return;
			const body = formBody(without(spec.failing, name));
			const answer = await post(`${body}&${name}=ab%ED%A0%80%FFcd`);
			expect(answer.status).toBe(400);
			expect(fieldValue(answer.body, name)).toMatch(/^ab\uFFFD+cd$/);
		});

		it('ignores field names that clash with what every object has', async () => {
			const body = formBody(spec.failing);
			for (const name of ['__proto__', '__proto__', 'constructor', 'toString', 'hasOwnProperty']) {
				body.append(name, 'polluted');
			}
			expectProblem(await post(body.toString()), { errors: spec.failingErrors });
		});
	});
}

describe('bad input answers a calm 400, never a 500', () => {
	let hearth: RunningHearth;
	let visitor: HttpClient;
	let coordinator: HttpClient;
	const traces: string[] = [];
	const observe = (answer: Answer) => {
		if (showsStackTrace(answer.body)) traces.push(`${answer.method} ${answer.path}`);
	};
	const client = () => new HttpClient(hearth.url, { observe });

	beforeAll(async () => {
		hearth = await startHearth();
		visitor = client();
	});
	afterAll(() => hearth?.stop());

	const centreText = {
		name: {
			required: 'centres.nameRequired',
			tooLong: 'centres.nameTooLong',
			hidden: hiddenCharacters
		},
		address: { tooLong: 'centres.addressTooLong', hidden: hiddenCharacters },
		directions: { tooLong: 'centres.directionsTooLong', hidden: hiddenCharacters }
	} satisfies Record<string, TextRules>;
	const centreChoices = {
		timeZone: 'centres.timeZoneUnknown',
		locales: 'centres.languageUnknown',
		defaultLocale: 'centres.defaultLanguageRequired'
	} satisfies Record<string, MessageKey>;
	const centreEmpty = {
		name: 'centres.nameRequired',
		timeZone: 'centres.timeZoneUnknown',
		locales: 'centres.languageUnknown',
		defaultLocale: 'centres.defaultLanguageRequired'
	} satisfies Expected;
	const centreMissing = { ...centreEmpty, locales: 'centres.languagesRequired' } satisfies Expected;
	const centre: Fields = {
		name: 'Testing Centre',
		address: '1 Long Road\r\nLeeds',
		directions: 'The blue door',
		timeZone: 'Europe/London',
		locales: ['en', 'es'],
		defaultLocale: 'en'
	};
	const chosenNameRules = {
		required: 'identity.nameRequired',
		tooLong: 'identity.nameTooLong',
		hidden: hiddenCharacters
	} satisfies TextRules;
	const newPassphrase = {
		passphrase: { required: 'identity.passphraseRequired', tooLong: 'identity.passphraseTooLong' },
		passphraseAgain: {}
	} satisfies FormSpec['secrets'];

	describe('before the first centre exists', () => {
		it('opens the demo centre whatever else the request carries', async () => {
			for (const body of ['', `junk=${'x'.repeat(10_000)}`, multipart({}, ['demo'])]) {
				const answer = await visitor.post('/?/demo', body);
				expect(answer.status).toBe(303);
				expect(answer.location).toBe('/c/demo');
			}
		});

		describeForm({
			title: 'setting up the first centre',
			path: () => '/setup',
			client: () => visitor,
			failing: {
				...centre,
				chosenName: COORDINATOR,
				passphrase: PASSPHRASE,
				passphraseAgain: OTHER_PASSPHRASE
			},
			failingErrors: { passphraseAgain: 'identity.passphrasesDiffer' },
			empty: {
				...centreEmpty,
				chosenName: 'identity.nameRequired',
				passphrase: 'identity.passphraseRequired'
			},
			missing: {
				...centreMissing,
				chosenName: 'identity.nameRequired',
				passphrase: 'identity.passphraseRequired'
			},
			text: { ...centreText, chosenName: chosenNameRules },
			choices: centreChoices,
			secrets: newPassphrase
		});
	});

	describe('once a centre exists', () => {
		let personId: string;

		beforeAll(async () => {
			coordinator = client();
			const setUp = await setUpCentre(coordinator, {
				name: 'Testing Centre',
				chosenName: COORDINATOR,
				passphrase: PASSPHRASE
			});
			expect(setUp.status).toBe(303);
			expect(setUp.location).toBe(`${CENTRE}/manage`);
			const enrolled = await coordinator.post(`${CENTRE}/manage/enrol`, {
				chosenName: 'Enrolled Person',
				consent: 'yes'
			});
			expect(enrolled.status).toBe(200);
			const people = await coordinator.get(`${CENTRE}/manage/people`);
			const link =
				/href="\/c\/testing-centre\/manage\/people\/([0-9a-f-]{36})"[^>]*>Enrolled Person</.exec(
					people.body
				);
			personId = link?.[1] ?? '';
			expect(personId).not.toBe('');
		});

		it('sends any further set-up home, whatever it contains', async () => {
			for (const body of ['', 'name=', `name=${'x'.repeat(10_000)}&timeZone=%00`]) {
				const answer = await visitor.post('/setup', body);
				expect(answer.status).toBe(303);
				expect(answer.location).toBe('/');
			}
		});

		describeForm({
			title: 'signing in',
			path: () => '/sign-in',
			client: () => visitor,
			failing: { chosenName: 'Nobody By This Name', passphrase: 'not anybody’s passphrase' },
			// Repeated tries with one name are paused after five; both answers are on the passphrase.
			failingErrors: { passphrase: ['identity.signInWrong', 'identity.signInPaused'] },
			empty: { chosenName: 'identity.nameRequired', passphrase: 'identity.passphraseRequired' },
			missing: { chosenName: 'identity.nameRequired', passphrase: 'identity.passphraseRequired' },
			text: { chosenName: chosenNameRules },
			secrets: {
				passphrase: {
					required: 'identity.passphraseRequired',
					tooLong: 'identity.passphraseTooLong'
				}
			}
		});

		describeForm({
			title: 'using a sign-in code',
			path: () => '/sign-in/code',
			client: () => visitor,
			failing: {
				code: 'ABCD-EFGH-JKMN',
				passphrase: PASSPHRASE,
				passphraseAgain: OTHER_PASSPHRASE
			},
			failingErrors: { passphraseAgain: 'identity.passphrasesDiffer' },
			empty: { code: 'identity.codeRequired', passphrase: 'identity.passphraseRequired' },
			missing: { code: 'identity.codeRequired', passphrase: 'identity.passphraseRequired' },
			text: {
				code: {
					required: 'identity.codeRequired',
					tooLong: 'identity.codeWrong',
					hidden: hiddenCharacters
				}
			},
			secrets: newPassphrase
		});

		describeForm({
			title: 'joining a centre',
			path: () => `${CENTRE}/join`,
			client: () => visitor,
			failing: {
				chosenName: 'New Member',
				passphrase: PASSPHRASE,
				passphraseAgain: OTHER_PASSPHRASE
			},
			failingErrors: { passphraseAgain: 'identity.passphrasesDiffer' },
			empty: { chosenName: 'identity.nameRequired', passphrase: 'identity.passphraseRequired' },
			missing: { chosenName: 'identity.nameRequired', passphrase: 'identity.passphraseRequired' },
			text: { chosenName: chosenNameRules },
			secrets: newPassphrase
		});

		describeForm({
			title: 'enrolling someone',
			path: () => `${CENTRE}/manage/enrol`,
			client: () => coordinator,
			failing: { chosenName: 'Someone To Enrol' },
			failingErrors: { consent: 'identity.consentRequired' },
			empty: { chosenName: 'identity.nameRequired', consent: 'identity.consentRequired' },
			missing: { chosenName: 'identity.nameRequired', consent: 'identity.consentRequired' },
			text: { chosenName: chosenNameRules },
			choices: { consent: 'identity.consentRequired' }
		});

		describeForm({
			title: 'changing the centre’s details',
			path: () => `${CENTRE}/manage/details`,
			client: () => coordinator,
			failing: { ...centre, locales: 'en', defaultLocale: 'es' },
			failingErrors: { defaultLocale: 'centres.defaultLanguageNotOffered' },
			empty: centreEmpty,
			missing: centreMissing,
			text: centreText,
			choices: centreChoices
		});

		describeForm({
			title: 'adding a weekly opening',
			path: () => `${CENTRE}/manage/hours?/addOpening`,
			client: () => coordinator,
			failing: { weekday: '8', opens: '09:00', closes: '17:00' },
			failingErrors: { weekday: 'centres.weekdayRequired' },
			empty: {
				weekday: 'centres.weekdayRequired',
				opens: 'centres.opensInvalid',
				closes: 'centres.closesInvalid'
			},
			missing: {
				weekday: 'centres.weekdayRequired',
				opens: 'centres.opensInvalid',
				closes: 'centres.closesInvalid'
			},
			text: {
				opens: {
					required: 'centres.opensInvalid',
					tooLong: 'centres.opensInvalid',
					other: 'centres.opensInvalid'
				},
				closes: {
					required: 'centres.closesInvalid',
					tooLong: 'centres.closesInvalid',
					other: 'centres.closesInvalid'
				}
			},
			choices: { weekday: 'centres.weekdayRequired' }
		});

		describeForm({
			title: 'adding a change for one day',
			path: () => `${CENTRE}/manage/hours?/addException`,
			client: () => coordinator,
			failing: {
				date: '2026-02-30',
				kind: 'closed',
				exceptionOpens: '',
				exceptionCloses: '',
				note: 'Bank holiday'
			},
			failingErrors: { date: 'centres.dateInvalid' },
			empty: { date: 'centres.dateInvalid', kind: 'centres.exceptionKindRequired' },
			missing: { date: 'centres.dateInvalid', kind: 'centres.exceptionKindRequired' },
			text: {
				date: {
					required: 'centres.dateInvalid',
					tooLong: 'centres.dateInvalid',
					other: 'centres.dateInvalid'
				},
				// On a closed day the times are not read, so nothing is wrong with them.
				exceptionOpens: {},
				exceptionCloses: {},
				note: { tooLong: 'centres.noteTooLong', hidden: hiddenCharacters }
			},
			choices: { kind: 'centres.exceptionKindRequired' }
		});

		it('asks for both times when a day opens at extra hours', async () => {
			const answer = await coordinator.post(`${CENTRE}/manage/hours?/addException`, {
				date: '2026-12-24',
				kind: 'open',
				exceptionOpens: 'late',
				exceptionCloses: ''
			});
			expectProblem(answer, {
				errors: {
					exceptionOpens: 'centres.opensInvalid',
					exceptionCloses: 'centres.closesInvalid'
				},
				kept: { exceptionOpens: 'late', date: '2026-12-24' }
			});
		});

		it('answers an unknown opening or change to remove as not found', async () => {
			for (const action of ['removeOpening', 'removeException']) {
				for (const body of [
					'',
					'id=',
					'id=a&id=b',
					`id=${encodeURIComponent(HOSTILE[0]?.value ?? '')}`,
					`id=${'f'.repeat(1_000_000)}`,
					multipart({}, ['id']),
					'id=00000000-0000-0000-0000-00000000000%00'
				]) {
					const answer = await coordinator.post(`${CENTRE}/manage/hours?/${action}`, body);
					expect(answer.status, `${action} ${String(body).slice(0, 40)}`).toBe(404);
					expect(answer.body).toContain(`<h1>${message('errors.notFound')}</h1>`);
				}
			}
		});

		describe('changing roles', () => {
			const path = () => `${CENTRE}/manage/people/${personId}?/roles`;

			it('refuses roles not on the list and keeps the ticked ones ticked', async () => {
				const values = ['', LONG, MEGABYTE, 'steward', ...HOSTILE.map((hostile) => hostile.value)];
				for (const value of values) {
					const answer = await coordinator.post(path(), { roles: ['adviser', value] });
					expectProblem(answer, { errors: { roles: 'identity.roleUnknown' } });
					expect(checkedValues(answer.body, 'roles')).toEqual(['adviser']);
				}
				const asFile = await coordinator.post(path(), multipart({ roles: 'boss' }, ['roles']));
				expectProblem(asFile, { errors: { roles: 'identity.roleUnknown' } });
			});

			it('reads no role ticked as a member only, as a browser sends it', async () => {
				for (const body of ['', multipart({}, ['roles'])]) {
					const answer = await coordinator.post(path(), body);
					expect(answer.status).toBe(303);
					expect(answer.location).toBe(`${CENTRE}/manage/people/${personId}?saved=1`);
				}
			});

			it('refuses to leave the centre without a coordinator', async () => {
				const people = await coordinator.get(`${CENTRE}/manage/people`);
				const own = new RegExp(
					`href="/c/${SLUG}/manage/people/([0-9a-f-]{36})"[^>]*>${COORDINATOR}<`
				).exec(people.body)?.[1];
				const answer = await coordinator.post(`${CENTRE}/manage/people/${own}?/roles`, {
					roles: 'adviser'
				});
				expectProblem(answer, { errors: { roles: 'identity.lastCoordinator' } });
			});

			it('answers a person who is not there as not found', async () => {
				for (const id of ['not-a-uuid', '00000000-0000-0000-0000-000000000000']) {
					const answer = await coordinator.post(`${CENTRE}/manage/people/${id}?/roles`, {
						roles: 'adviser'
					});
					expect(answer.status).toBe(404);
				}
			});
		});

		it('prints a new card whatever else the request carries', async () => {
			const path = () => `${CENTRE}/manage/people/${personId}?/card`;
			for (const body of [
				{ junk: HOSTILE[0]?.value ?? '', code: LONG },
				multipart({ x: 'y' }, ['card'])
			]) {
				const answer = await coordinator.post(path(), body);
				expect(answer.status).toBe(200);
				expect(answer.body).toContain('class="sign-in-card"');
				expect(answer.body).not.toMatch(/<script/i);
			}
		});

		it('no longer opens a demo centre on a Hearth that has a real one', async () => {
			const answer = await visitor.post('/?/demo', '');
			expect(answer.status).toBe(403);
		});

		describe('choosing a language', () => {
			const chooser = () => client();

			it('ignores a language Hearth does not have and returns to the page', async () => {
				for (const locale of ['', 'xx', 'EN', 'en-GB', LONG, ...HOSTILE.map((h) => h.value)]) {
					const answer = await chooser().post('/language', { locale, return: '/sign-in' });
					expect(answer.status).toBe(303);
					expect(answer.location).toBe('/sign-in');
					expect(answer.setCookies.join()).not.toContain('hearth_lang');
				}
				const file = await chooser().post(
					'/language',
					multipart({ return: '/sign-in' }, ['locale'])
				);
				expect(file.status).toBe(303);
				expect(file.setCookies.join()).not.toContain('hearth_lang');
			});

			it('takes the first of two languages', async () => {
				const answer = await chooser().post('/language', { locale: ['es', 'pl'], return: '/' });
				expect(answer.status).toBe(303);
				expect(answer.setCookies.join()).toContain('hearth_lang=es');
			});

			it.each([
				'',
				'https://evil.example',
				'//evil.example',
				'/\\evil.example',
				'sign-in',
				'/' + 'a'.repeat(1_000),
				// Browsers drop tabs and line breaks from a URL: '/\t/evil.example' is '//evil.example'.
				'/\t/evil.example',
				'/\n/evil.example',
				'/\r\n/evil.example',
				...HOSTILE.map((hostile) => hostile.value)
			])('returns home from the return address %j, not a path on this site', async (target) => {
				const answer = await chooser().post('/language', { locale: 'es', return: target });
				expect(answer.status).toBe(303);
				expect(answer.location).toBe('/');
			});

			it('ignores a body it cannot read', async () => {
				const answer = await chooser().post('/language', '%%%\u0000', {
					'content-type': 'multipart/form-data; boundary=nothing'
				});
				expect(answer.status).toBe(303);
				expect(answer.location).toBe('/');
			});
		});

		it('signs out whatever else the request carries', async () => {
			for (const action of ['signOut', 'signOutEverywhere']) {
				// Someone new: signing the coordinator out everywhere would end the other tests' session.
				const person = client();
				const joined = await person.post(`${CENTRE}/join`, {
					chosenName: `Leaving by ${action}`,
					passphrase: PASSPHRASE,
					passphraseAgain: PASSPHRASE
				});
				expect(joined.status).toBe(303);
				const answer = await person.post(`/account?/${action}`, {
					session: 'someone else’s',
					junk: LONG
				});
				expect(answer.status).toBe(303);
				expect(answer.location).toMatch(/^\/signed-out/);
				expect((await person.get('/account')).status).toBe(303);
				// Without a session there is nothing to end, and nothing goes wrong.
				const again = await person.post(`/account?/${action}`, multipart({}, ['x']));
				expect(again.status).toBe(303);
			}
		});

		it('answers a body over 2 MB with the calm “too large” page, in the person’s language', async () => {
			const huge = 'h'.repeat(2_500_000);
			for (const [who, path] of [
				[visitor, '/sign-in'],
				[visitor, `${CENTRE}/join`],
				[coordinator, `${CENTRE}/manage/enrol`],
				[coordinator, `${CENTRE}/manage/hours?/addOpening`]
			] as const) {
				const answer = await who.post(path, { chosenName: huge, opens: '09:00' });
				expect(answer.status, path).toBe(413);
				expect(answer.headers.get('content-type')).toMatch(/^text\/html/);
				expect(title(answer.body)).toContain(message('errors.tooLarge'));
				expect(answer.body).toContain(message('errors.tooLargeHelp'));
			}
			const spanish = await visitor.post(
				'/sign-in',
				{ chosenName: huge },
				{ 'accept-language': 'es' }
			);
			expect(spanish.status).toBe(413);
			expect(title(spanish.body)).toContain(es['errors.tooLarge']);

			// A body sent in chunks has no length to check first; it is cut off as it arrives.
			const chunk = new TextEncoder().encode(`chosenName=${'c'.repeat(100_000)}`);
			let sent = 0;
			const stream = new ReadableStream<Uint8Array>({
				pull(controller) {
					if (sent > 3_000_000) return controller.close();
					sent += chunk.length;
					controller.enqueue(chunk);
				}
			});
			const chunked = await visitor.send('POST', '/sign-in', stream, {
				origin: hearth.url,
				'sec-fetch-site': 'same-origin',
				'content-type': 'application/x-www-form-urlencoded'
			});
			expect(chunked.status).toBe(413);
			expect(chunked.body).toContain(message('errors.tooLarge'));
		});

		it('never fails on arbitrary text in the sign-in and join forms', async () => {
			const text = fc.oneof(
				fc.string({ unit: 'binary', maxLength: 80 }),
				fc.string({ unit: 'grapheme', maxLength: 40 }),
				fc.string({
					unit: fc.constantFrom('\u0000', '\u202E', '\uD800', '<', '&', '"', ' ', '\n', 'é', '🔥'),
					maxLength: 30
				})
			);
			await fc.assert(
				fc.asyncProperty(text, text, async (chosenName, passphrase) => {
					const person = client();
					const signIn = await person.post('/sign-in', { chosenName, passphrase });
					expect([400, 303]).toContain(signIn.status);
					const join = await person.post(`${CENTRE}/join`, {
						chosenName,
						passphrase,
						passphraseAgain: passphrase
					});
					expect([400, 303]).toContain(join.status);
					for (const answer of [signIn, join]) expect(answer.body).not.toMatch(/<script/i);
				}),
				{ numRuns: 30 }
			);
		});

		it('still has its accounts table and its coordinator after all that', async () => {
			const answer = await client().post('/sign-in', {
				chosenName: COORDINATOR,
				passphrase: PASSPHRASE
			});
			expect(answer.status).toBe(303);
		});
	});

	it('never showed a stack trace and logged no failure with status 500', () => {
		expect(traces).toEqual([]);
		const failures = hearth.output
			.join('')
			.split('\n')
			.filter((line) => line.includes('"request.failed"') && line.includes('"status":500'))
			.map((line) => {
				const { route, message: said } = JSON.parse(line) as { route: string; message: string };
				return `${route}: ${said}`;
			});
		expect(failures).toEqual([]);
	});
});
