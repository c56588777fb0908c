import { z } from 'zod';
import type { MessageKey } from '../../i18n/messages/en';
import { recordAudit } from '../platform/audit';
import { inCentre } from '../platform/database';
import { ForbiddenError, NotFoundError, RuleError } from '../platform/errors';
import { isUuid, uuidv7 } from '../platform/ids';
import type { Db } from '../schema';
import {
	accessTaxonomy,
	accessTerms,
	categoryCodes,
	hearthTaxonomy,
	isCategoryCode,
	type AccessCode,
	type CategoryCode
} from './categories';
import type { ServiceCost, ServiceStatus } from './directory.tables';
import { derivedId } from './hsds-ids';
import {
	readLocations,
	readOrganizations,
	readServices,
	writeLocation,
	writeOrganization,
	writeService,
	type LocationFields,
	type OrganizationFields,
	type ServiceFields
} from './records';
import { isWebAddress } from './web-address';

/**
 * Importing an HSDS 3.0 document into a centre's directory, the inverse of the export
 * (docs/hsds.md has the mapping). A coordinator uploads a file; it is read and checked here
 * record by record, staged in `directory_imports`, previewed, and applied in one transaction when
 * they confirm. Only fields Hearth models are kept; the preview names the others.
 */

/** 1 MB: a council's whole directory fits; anything larger is split. */
export const MAX_FILE_BYTES = 1024 * 1024;
/** Services (and, separately, organisations and locations) one file may hold. */
export const MAX_RECORDS = 1000;
// HSDS nests a phone's languages inside a contact inside a location inside a service inside an
// organisation: about ten levels. Far deeper is not HSDS, and would only exhaust the stack.
const MAX_DEPTH = 40;
const NAME_MAX = 200;
const TEXT_MAX = 2000;
const SHORT_MAX = 200;
const EMAIL_MAX = 254;

export type RecordKind = 'service' | 'organization' | 'location';

/** A problem with a record, in plain words: a catalogue key and what fills it in. */
export interface Problem {
	key: MessageKey;
	params: Record<string, string | number>;
}

export interface InvalidRecord {
	kind: RecordKind;
	/** Its place among the file's records of its kind, from 0. */
	index: number;
	id?: string;
	name?: string;
	problems: Problem[];
}

export interface ParsedService {
	index: number;
	/**
	 * The service as the file says it. `organizationId` and `locations` still name what the file
	 * refers to, which the preview checks against the directory; texts in other languages,
	 * publishing and date exceptions are Hearth's own and come from the existing service.
	 */
	fields: ServiceFields;
	/** Whether it carries any attribute of Hearth's taxonomies (categories, access facts). */
	hasHearthAttributes: boolean;
	/** HSDS fields it has that Hearth does not keep. */
	leftOut: string[];
}

export interface ParsedOrganization {
	index: number;
	fields: OrganizationFields;
	leftOut: string[];
}

export interface ParsedLocation {
	index: number;
	/** `organizationId` is the organisation the file names, if any: checked by the preview. */
	fields: LocationFields;
	leftOut: string[];
}

export interface ParsedDocument {
	services: ParsedService[];
	organizations: ParsedOrganization[];
	locations: ParsedLocation[];
	invalid: InvalidRecord[];
}

/** Why a whole file cannot be imported. */
export type FileProblem =
	| 'import.fileTooLarge'
	| 'import.fileNotJson'
	| 'import.fileNotHsds'
	| 'import.fileEmpty'
	| 'import.fileTooMany';

export type Result<T> = { ok: true; value: T } | { ok: false; error: FileProblem };

// ---------------------------------------------------------------------------------------------
// Reading the file

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/**
 * Makes parsed JSON storable as jsonb: PostgreSQL refuses a NUL character and half a surrogate
 * pair. A NUL becomes another control character, so the record holding it is still reported as
 * having hidden characters rather than silently changed; half a pair becomes U+FFFD, as a
 * browser would send it. Returns null when the document nests deeper than any HSDS document.
 */
function storable(value: unknown, depth = 0): Json | undefined {
	if (depth > MAX_DEPTH) return undefined;
	if (typeof value === 'string') return value.toWellFormed().replaceAll('\u0000', '\u0001');
	if (Array.isArray(value)) {
		const items: Json[] = [];
		for (const item of value) {
			const kept = storable(item, depth + 1);
			if (kept === undefined) return undefined;
			items.push(kept);
		}
		return items;
	}
	if (value !== null && typeof value === 'object') {
		const object: { [key: string]: Json } = {};
		for (const [key, item] of Object.entries(value)) {
			const kept = storable(item, depth + 1);
			if (kept === undefined) return undefined;
			Object.defineProperty(object, storable(key) as string, {
				value: kept,
				enumerable: true,
				writable: true,
				configurable: true
			});
		}
		return object;
	}
	if (typeof value === 'number') return Number.isFinite(value) ? value : null;
	if (typeof value === 'boolean' || value === null) return value;
	return null;
}

/** Reads an uploaded file as JSON: at most 1 MB of UTF-8, ready to stage. */
export function readHsdsFile(bytes: Uint8Array): Result<Json> {
	if (bytes.byteLength > MAX_FILE_BYTES) return { ok: false, error: 'import.fileTooLarge' };
	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		return { ok: false, error: 'import.fileNotJson' };
	}
	let parsed: unknown;
	try {
		parsed = JSON.parse(text.replace(/^\uFEFF/, ''));
	} catch {
		return { ok: false, error: 'import.fileNotJson' };
	}
	const kept = storable(parsed);
	if (kept === undefined) return { ok: false, error: 'import.fileNotHsds' };
	return { ok: true, value: kept };
}

// ---------------------------------------------------------------------------------------------
// Checking one record's fields

type Raw = Record<string, unknown>;

function isObject(value: unknown): value is Raw {
	return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function own(object: Raw, key: string): unknown {
	return Object.hasOwn(object, key) ? object[key] : undefined;
}

// As the forms refuse them: control codes and marks that reverse the direction of text.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
const DIRECTION_OVERRIDE = /[\u202A-\u202E\u2066-\u2069]/;

/** A value from the file, safe and short enough to quote back in a message. */
function quoted(value: unknown): string {
	const text = typeof value === 'string' ? value : JSON.stringify(value ?? null);
	const clean = text
		.replace(new RegExp(CONTROL.source, 'g'), ' ')
		.replace(new RegExp(DIRECTION_OVERRIDE.source, 'g'), '')
		.trim();
	return [...clean].length > 60 ? `${[...clean].slice(0, 59).join('')}…` : clean;
}

function issue(
	ctx: z.RefinementCtx,
	key: MessageKey,
	params: Record<string, string | number> = {}
) {
	ctx.addIssue({ code: 'custom', message: key, params });
}

/** Lowercase UUID text, or null when the value is not one. */
function uuidOf(value: unknown): string | null {
	if (typeof value !== 'string') return null;
	const id = value.trim().toLowerCase();
	return isUuid(id) ? id : null;
}

/** A record's own id: required, a UUID (Hearth's identifiers are UUIDs, as HSDS asks). */
const recordId = z
	.unknown()
	.optional()
	.transform((value, ctx) => {
		if (value === undefined || value === null || value === '') {
			issue(ctx, 'import.problemNoId');
			return z.NEVER;
		}
		const id = uuidOf(value);
		if (!id) {
			issue(ctx, 'import.problemIdNotUuid', { value: quoted(value) });
			return z.NEVER;
		}
		return id;
	});

/** The id of a child or of a record referred to: may be absent, must be a UUID if given. */
const optionalId = z
	.unknown()
	.optional()
	.transform((value, ctx) => {
		if (value === undefined || value === null || value === '') return null;
		const id = uuidOf(value);
		if (!id) issue(ctx, 'import.problemChildIdNotUuid', { value: quoted(value) });
		return id;
	});

interface TextRules {
	max: number;
	multiline?: boolean;
	required?: MessageKey;
}

/** Trimmed text; a line break in a one-line field becomes a space. */
function text(rules: TextRules) {
	return z
		.unknown()
		.optional()
		.transform((value, ctx) => {
			if (value !== undefined && value !== null && typeof value !== 'string') {
				issue(ctx, 'import.problemNotText');
				return '';
			}
			let result = (value ?? '').trim();
			result = rules.multiline
				? result.replace(/\r\n?/g, '\n')
				: result.replace(/\s*[\r\n]+\s*/g, ' ');
			if (rules.required && result === '') issue(ctx, rules.required);
			if ([...result].length > rules.max) issue(ctx, 'import.problemTooLong', { max: rules.max });
			if (CONTROL.test(result) || DIRECTION_OVERRIDE.test(result)) {
				issue(ctx, 'import.problemHiddenCharacters');
			}
			return result;
		});
}

const emailText = text({ max: EMAIL_MAX }).superRefine((value, ctx) => {
	if (value !== '' && !z.email().safeParse(value).success) issue(ctx, 'import.problemEmail');
});

/**
 * A web address people can open: http or https only, never javascript: or data:. As the
 * directory's forms check it (places.schemas.ts), kept here so the job runner, which imports
 * this module outside SvelteKit, does not load the forms.
 */
const webAddress = text({ max: TEXT_MAX }).superRefine((value, ctx) => {
	if (value !== '' && !isWebAddress(value)) issue(ctx, 'import.problemWebAddress');
});

const statuses = ['active', 'inactive', 'defunct', 'temporarily closed'] as const;

/** HSDS requires a status; a file that leaves it out means the service runs. */
const status = z
	.unknown()
	.optional()
	.transform((value, ctx): ServiceStatus => {
		if (value === undefined || value === null || value === '') return 'active';
		const wanted = typeof value === 'string' ? value.trim().toLowerCase().replace(/\s+/g, ' ') : '';
		const found = statuses.find((each) => each === wanted);
		if (!found) issue(ctx, 'import.problemStatus', { value: quoted(value) });
		return found ?? 'active';
	});

/** A list of items, each checked by its own schema; problems keep the item's place. */
function list<T>(item: z.ZodType<T>) {
	return z
		.unknown()
		.optional()
		.transform((value, ctx) => {
			if (value === undefined || value === null) return [];
			if (!Array.isArray(value)) {
				issue(ctx, 'import.problemNotList');
				return [];
			}
			const items: T[] = [];
			value.forEach((each, index) => {
				const result = item.safeParse(each);
				if (result.success) items.push(result.data);
				else {
					for (const found of result.error.issues) {
						ctx.addIssue({
							code: 'custom',
							message: found.message,
							params: found.code === 'custom' ? found.params : { notObject: 1 },
							path: [index, ...found.path]
						});
					}
				}
			});
			return items;
		});
}

/** Only the first item is kept, so only the first is checked. */
function first<T>(item: z.ZodType<T>) {
	return z
		.unknown()
		.optional()
		.transform((value, ctx): T | null => {
			if (value === undefined || value === null) return null;
			if (!Array.isArray(value)) {
				issue(ctx, 'import.problemNotList');
				return null;
			}
			if (value.length === 0) return null;
			const result = item.safeParse(value[0]);
			if (result.success) return result.data;
			for (const found of result.error.issues) {
				ctx.addIssue({
					code: 'custom',
					message: found.message,
					params: found.code === 'custom' ? found.params : { notObject: 1 },
					path: [0, ...found.path]
				});
			}
			return null;
		});
}

const phone = z.looseObject({ number: text({ max: SHORT_MAX }) });

const amount = z
	.unknown()
	.optional()
	.transform((value, ctx) => {
		if (value === undefined || value === null || value === '') return null;
		const number = typeof value === 'string' ? Number(value.trim()) : value;
		if (typeof number !== 'number' || !Number.isFinite(number)) {
			issue(ctx, 'import.problemNotNumber');
			return null;
		}
		return number;
	});

const costOption = z.looseObject({ option: text({ max: SHORT_MAX }), amount });

const languageCode = z
	.unknown()
	.optional()
	.transform((value, ctx) => {
		if (value === undefined || value === null || value === '') return null;
		const code = typeof value === 'string' ? value.trim() : '';
		if (/^[a-z]{2,3}(-[a-z0-9]{1,8})*$/i.test(code)) {
			try {
				return Intl.getCanonicalLocales(code)[0] ?? null;
			} catch {
				// Not a language tag after all: answered below.
			}
		}
		issue(ctx, 'import.problemLanguage', { value: quoted(value) });
		return null;
	});

const language = z.looseObject({ code: languageCode });

const requiredDocument = z.looseObject({
	id: optionalId,
	document: text({ max: TEXT_MAX, multiline: true })
});

const weekdays = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;

/**
 * A time of day as HSDS writes it ('09:30', '09:30:00', '09:30:00Z', '09:30+01:00') as Hearth
 * keeps it ('09:30'). The offset is dropped: a centre's hours are wall-clock times in its own
 * zone. '24:00' closes at midnight, which Hearth writes as '00:00'.
 */
export function hsdsTime(value: string): string | null {
	const match = /^(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(?:Z|[+-]\d{2}(?::?\d{2})?)?$/i.exec(
		value.trim()
	);
	if (!match) return null;
	const hours = Number(match[1]);
	const minutes = Number(match[2]);
	const seconds = Number(match[3] ?? 0);
	if (hours === 24 && minutes === 0 && seconds === 0) return '00:00';
	if (hours > 23 || minutes > 59 || seconds > 59) return null;
	return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}

interface WeeklySchedule {
	id: string | null;
	/** Null when it is not a weekly opening Hearth can keep (the preview says it was left out). */
	weekly: { days: number[]; opens: string; closes: string } | null;
}

/**
 * A schedule becomes weekly hours when it repeats every week on named days between two times.
 * HSDS has no way to say that an opening runs past midnight, so, as docs/hsds.md says and as
 * Hearth's own hours work, a closing time at or before the opening time is the next morning
 * (the same time is 24 hours): times alone never end before they start. What can be wrong is a
 * time that is not a time, a day that is not a day, only one of the two times, or dates of validity
 * that end before they begin.
 */
const schedule = z
	.looseObject({
		id: optionalId,
		freq: z.unknown().optional(),
		interval: z.unknown().optional(),
		byday: z.unknown().optional(),
		opens_at: z.unknown().optional(),
		closes_at: z.unknown().optional(),
		valid_from: z.unknown().optional(),
		valid_to: z.unknown().optional(),
		dtstart: z.unknown().optional(),
		until: z.unknown().optional()
	})
	.transform((raw, ctx): WeeklySchedule => {
		// The dates a schedule holds between can be the wrong way round: that one can end before
		// it starts, and nobody could say which date was meant.
		for (const [start, end] of [
			[raw.valid_from, raw.valid_to],
			[raw.dtstart, raw.until]
		]) {
			const from = typeof start === 'string' ? Date.parse(start) : NaN;
			const to = typeof end === 'string' ? Date.parse(end) : NaN;
			if (from > to) issue(ctx, 'import.problemEndsBeforeStart');
		}
		const freq = typeof raw.freq === 'string' ? raw.freq.trim().toUpperCase() : '';
		const interval = raw.interval === undefined || raw.interval === null ? 1 : Number(raw.interval);
		if (freq !== 'WEEKLY' || interval !== 1) return { id: raw.id, weekly: null };
		const days: number[] = [];
		const byday = typeof raw.byday === 'string' ? raw.byday : '';
		for (const part of byday.split(',')) {
			const code = part.trim().toUpperCase();
			if (code === '') continue;
			const day = weekdays.indexOf(code as (typeof weekdays)[number]) + 1;
			if (day === 0) issue(ctx, 'import.problemDay', { value: quoted(part) });
			else if (!days.includes(day)) days.push(day);
		}
		const time = (field: 'opens_at' | 'closes_at') => {
			const value = raw[field];
			if (value === undefined || value === null || value === '') return null;
			const read = typeof value === 'string' ? hsdsTime(value) : null;
			if (!read) {
				ctx.addIssue({
					code: 'custom',
					message: 'import.problemTime',
					params: { value: quoted(value) },
					path: [field]
				});
			}
			return read ?? '';
		};
		const opens = time('opens_at');
		const closes = time('closes_at');
		if ((opens === null) !== (closes === null)) issue(ctx, 'import.problemTimeMissing');
		if (days.length === 0 || opens === null || closes === null) return { id: raw.id, weekly: null };
		return { id: raw.id, weekly: { days, opens, closes } };
	});

const serviceAtLocation = z
	.looseObject({ id: optionalId, location_id: optionalId, location: z.unknown().optional() })
	.transform((raw) => ({
		id: raw.id,
		// A location that is not valid is reported as a record of its own.
		locationId: isObject(raw.location) ? uuidOf(own(raw.location, 'id')) : raw.location_id
	}));

const categoryTermIds = new Map<string, CategoryCode>(
	// Migration 0005 seeds the terms in this order with these fixed identifiers.
	categoryCodes.map((code, index) => [
		`0196a3c0-0000-7000-8000-${(index + 1).toString(16).padStart(12, '0')}`,
		code
	])
);
const accessTermIds = new Map<string, AccessCode>(
	(Object.entries(accessTerms) as [AccessCode, { id: string }][]).map(([code, term]) => [
		term.id,
		code
	])
);

function namesTaxonomy(term: Raw, taxonomy: { id: string; name: string }): boolean {
	const detail = own(term, 'taxonomy_detail');
	const named = [own(term, 'taxonomy'), own(term, 'taxonomy_id')];
	if (isObject(detail)) named.push(own(detail, 'id'), own(detail, 'name'));
	return named.some(
		(value) =>
			typeof value === 'string' &&
			[taxonomy.id, taxonomy.name.toLowerCase()].includes(value.trim().toLowerCase())
	);
}

type HearthAttribute = { category: CategoryCode } | { access: AccessCode } | null;

/** An attribute is Hearth's when its term is one of Hearth's: by identifier, or by code. */
const attribute = z
	.looseObject({ taxonomy_term_id: z.unknown().optional(), taxonomy_term: z.unknown().optional() })
	.transform((raw): HearthAttribute => {
		const term = isObject(raw.taxonomy_term) ? raw.taxonomy_term : {};
		const id = uuidOf(raw.taxonomy_term_id) ?? uuidOf(own(term, 'id'));
		const category = id ? categoryTermIds.get(id) : undefined;
		if (category) return { category };
		const access = id ? accessTermIds.get(id) : undefined;
		if (access) return { access };
		const code = typeof own(term, 'code') === 'string' ? (term.code as string).trim() : '';
		if (isCategoryCode(code) && namesTaxonomy(term, hearthTaxonomy)) return { category: code };
		if (Object.hasOwn(accessTerms, code) && namesTaxonomy(term, accessTaxonomy)) {
			return { access: code as AccessCode };
		}
		return null;
	});

const serviceSchema = z.looseObject({
	id: recordId,
	name: text({ max: NAME_MAX, required: 'import.problemNoName' }),
	description: text({ max: TEXT_MAX, multiline: true }),
	status,
	url: webAddress,
	email: emailText,
	phones: first(phone),
	eligibility_description: text({ max: TEXT_MAX, multiline: true }),
	application_process: text({ max: TEXT_MAX, multiline: true }),
	fees_description: text({ max: TEXT_MAX, multiline: true }),
	interpretation_services: text({ max: TEXT_MAX, multiline: true }),
	organization_id: optionalId,
	cost_options: first(costOption),
	languages: list(language),
	required_documents: list(requiredDocument),
	schedules: list(schedule),
	service_at_locations: list(serviceAtLocation),
	attributes: list(attribute)
});

const organizationSchema = z.looseObject({
	id: recordId,
	name: text({ max: NAME_MAX, required: 'import.problemNoName' }),
	description: text({ max: TEXT_MAX, multiline: true }),
	email: emailText,
	website: webAddress,
	phones: first(phone)
});

const country = text({ max: SHORT_MAX }).transform((value, ctx) => {
	if (value === '') return '';
	const code = value.toUpperCase();
	if (!/^[A-Z]{2}$/.test(code)) issue(ctx, 'import.problemCountry', { value: quoted(value) });
	return code;
});

const address = z.looseObject({
	address_1: text({ max: TEXT_MAX }),
	city: text({ max: TEXT_MAX }),
	postal_code: text({ max: SHORT_MAX }),
	country
});

const accessibility = z.looseObject({ description: text({ max: TEXT_MAX, multiline: true }) });

const locationSchema = z.looseObject({
	id: recordId,
	name: text({ max: NAME_MAX }),
	transportation: text({ max: TEXT_MAX, multiline: true }),
	organization_id: optionalId,
	addresses: first(address),
	accessibility: list(accessibility)
});

/** Turns zod's issues into problems in plain words, each naming the HSDS field at fault. */
function problemsOf(error: z.ZodError): Problem[] {
	const problems: Problem[] = [];
	const seen = new Set<string>();
	for (const found of error.issues) {
		const field = found.path
			.map((part, index) =>
				typeof part === 'number' ? `[${part}]` : `${index > 0 ? '.' : ''}${String(part)}`
			)
			.join('');
		const params: Record<string, string | number> = { field };
		let key: MessageKey;
		if (found.code === 'custom' && !(found.params as Raw | undefined)?.notObject) {
			key = found.message as MessageKey;
			Object.assign(params, found.params);
		} else {
			key = field === '' ? 'import.problemNotRecord' : 'import.problemNotObject';
		}
		const signature = JSON.stringify([key, params]);
		if (seen.has(signature)) continue;
		seen.add(signature);
		problems.push({ key, params });
	}
	return problems;
}

// ---------------------------------------------------------------------------------------------
// What a record has that Hearth does not keep

function isEmpty(value: unknown): boolean {
	return (
		value === undefined ||
		value === null ||
		(typeof value === 'string' && value.trim() === '') ||
		(Array.isArray(value) && value.length === 0) ||
		(isObject(value) && Object.keys(value).length === 0)
	);
}

// Links between HSDS tables, which the nesting already says.
const LINKS = new Set([
	'id',
	'service_id',
	'organization_id',
	'location_id',
	'service_at_location_id',
	'contact_id',
	'phone_id',
	'link_id',
	'last_modified'
]);

/** The keys of an object that are filled in but not in `kept`, as HSDS paths. */
function unkept(object: unknown, kept: readonly string[], path: string): string[] {
	if (!isObject(object)) return [];
	return Object.keys(object)
		.filter((key) => !kept.includes(key) && !LINKS.has(key) && !isEmpty(object[key]))
		.map((key) => `${path}${key}`);
}

/** For a list of which Hearth keeps only the first: the rest, and the first's other fields. */
function unkeptFirst(value: unknown, kept: readonly string[], field: string): string[] {
	if (!Array.isArray(value) || value.length === 0) return [];
	const found = unkept(value[0], kept, `${field}[0].`);
	if (value.slice(1).some((each) => !isEmpty(each))) found.push(`${field}[1…]`);
	return found;
}

function unkeptEach(value: unknown, kept: readonly string[], field: string): string[] {
	if (!Array.isArray(value)) return [];
	return value.flatMap((each) => unkept(each, kept, `${field}[].`));
}

const SERVICE_KEPT = [
	'name',
	'description',
	'status',
	'url',
	'email',
	'phones',
	'eligibility_description',
	'application_process',
	'fees_description',
	'cost_options',
	'interpretation_services',
	'languages',
	'required_documents',
	'schedules',
	'service_at_locations',
	'attributes',
	'organization'
] as const;

const COST_NAMES: Record<string, ServiceCost> = {
	free: 'free',
	'low cost': 'low_cost',
	'low-cost': 'low_cost',
	fee: 'fee'
};

function serviceLeftOut(raw: Raw, service: z.infer<typeof serviceSchema>): string[] {
	const found = unkept(raw, SERVICE_KEPT, '');
	found.push(...unkeptFirst(own(raw, 'phones'), ['number'], 'phones'));
	const costs = own(raw, 'cost_options');
	found.push(...unkeptFirst(costs, ['option', 'amount'], 'cost_options'));
	const cost = service.cost_options;
	if (cost && cost.option !== '' && !COST_NAMES[cost.option.toLowerCase()]) {
		found.push('cost_options[0].option');
	}
	if (cost && cost.amount !== null && cost.amount !== 0) found.push('cost_options[0].amount');
	found.push(...unkeptEach(own(raw, 'languages'), ['code', 'name'], 'languages'));
	found.push(...unkeptEach(own(raw, 'required_documents'), ['document'], 'required_documents'));
	const schedules = own(raw, 'schedules');
	service.schedules.forEach((each, index) => {
		const rawSchedule = Array.isArray(schedules) ? schedules[index] : undefined;
		if (each.weekly) {
			found.push(
				...unkept(
					rawSchedule,
					['freq', 'interval', 'byday', 'opens_at', 'closes_at', 'wkst'],
					'schedules[].'
				)
			);
		} else found.push(`schedules[${index}]`);
	});
	found.push(...unkeptEach(own(raw, 'service_at_locations'), ['location'], 'service_at_locations'));
	if (service.attributes.some((each) => each === null)) found.push('attributes[]');
	return [...new Set(found)];
}

function organizationLeftOut(raw: Raw): string[] {
	const found = unkept(
		raw,
		['name', 'description', 'email', 'website', 'phones', 'services', 'locations'],
		''
	);
	found.push(...unkeptFirst(own(raw, 'phones'), ['number'], 'phones'));
	return [...new Set(found)];
}

function locationLeftOut(raw: Raw): string[] {
	const found = unkept(
		raw,
		['name', 'transportation', 'addresses', 'accessibility', 'location_type'],
		''
	);
	found.push(
		...unkeptFirst(
			own(raw, 'addresses'),
			['address_1', 'city', 'postal_code', 'country', 'address_type'],
			'addresses'
		)
	);
	found.push(...unkeptEach(own(raw, 'accessibility'), ['description'], 'accessibility'));
	return [...new Set(found)];
}

// ---------------------------------------------------------------------------------------------
// Recognising the document and its records

const SERVICE_MARKS = [
	'status',
	'organization',
	'service_at_locations',
	'schedules',
	'eligibility_description',
	'application_process',
	'fees_description',
	'fees',
	'cost_options',
	'required_documents',
	'interpretation_services',
	'service_areas',
	'program',
	'wait_time',
	'alert',
	'minimum_age',
	'maximum_age'
];
const ORGANIZATION_MARKS = [
	'services',
	'locations',
	'website',
	'legal_status',
	'tax_status',
	'year_incorporated',
	'parent_organization_id',
	'organization_identifiers',
	'logo',
	'programs'
];

// Records of other kinds: taxonomies, their terms, locations on their own.
const OTHER_MARKS = [
	'version',
	'code',
	'taxonomy',
	'taxonomy_detail',
	'term_uri',
	'parent_id',
	'location_type',
	'latitude',
	'longitude'
];

type Kind = 'service' | 'organization' | 'serviceAtLocation';

/**
 * What an item of a document is. HSDS requires a service's status and an organisation's
 * description, so an object with a name and a description but no status and nothing else that
 * only services have is an organisation.
 */
function kindOf(item: unknown): Kind | null {
	if (!isObject(item)) return null;
	if (isObject(own(item, 'service'))) return 'serviceAtLocation';
	const has = (keys: string[]) => keys.some((key) => Object.hasOwn(item, key));
	if (Object.hasOwn(item, 'status')) return 'service';
	if (has(ORGANIZATION_MARKS)) return 'organization';
	if (has(SERVICE_MARKS)) return 'service';
	if (has(OTHER_MARKS)) return null;
	if (typeof own(item, 'name') === 'string' && typeof own(item, 'description') === 'string') {
		return 'organization';
	}
	return null;
}

function asList(value: unknown): unknown[] {
	return Array.isArray(value) ? value : [];
}

interface Walked {
	services: { raw: unknown; organizationRef: unknown }[];
	organizations: unknown[];
	locations: { raw: unknown; organizationRef: unknown }[];
}

/** Every record in the document, nested ones too, in the order they appear. */
function walk(items: unknown[], kinds: Kind[]): Walked {
	const walked: Walked = { services: [], organizations: [], locations: [] };
	const addService = (raw: unknown, organizationRef?: unknown) => {
		let ref = organizationRef;
		if (isObject(raw)) {
			const organization = own(raw, 'organization');
			if (isObject(organization)) {
				walked.organizations.push(organization);
				for (const place of asList(own(organization, 'locations'))) {
					walked.locations.push({ raw: place, organizationRef: own(organization, 'id') });
				}
				ref ??= own(organization, 'id');
			}
			ref ??= own(raw, 'organization_id');
			for (const place of asList(own(raw, 'service_at_locations'))) {
				if (isObject(place) && isObject(own(place, 'location'))) {
					walked.locations.push({ raw: own(place, 'location'), organizationRef: undefined });
				}
			}
		}
		walked.services.push({ raw, organizationRef: ref });
	};
	// A list of services at locations names a service once per location: one service, given at
	// each of them.
	const atLocations = new Map<string, Raw>();
	items.forEach((item, index) => {
		const kind = kinds[index];
		if (kind === 'organization' && isObject(item)) {
			walked.organizations.push(item);
			for (const place of asList(own(item, 'locations'))) {
				walked.locations.push({ raw: place, organizationRef: own(item, 'id') });
			}
			for (const service of asList(own(item, 'services'))) addService(service, own(item, 'id'));
		} else if (kind === 'serviceAtLocation' && isObject(item)) {
			const service = own(item, 'service') as Raw;
			const place = Object.fromEntries(Object.entries(item).filter(([key]) => key !== 'service'));
			const key = uuidOf(own(service, 'id'));
			const known = key ? atLocations.get(key) : undefined;
			if (known) {
				(known.service_at_locations as unknown[]).push(place);
				const location = own(place, 'location');
				if (isObject(location))
					walked.locations.push({ raw: location, organizationRef: undefined });
			} else {
				const merged: Raw = {
					...service,
					service_at_locations: [...asList(own(service, 'service_at_locations')), place]
				};
				if (key) atLocations.set(key, merged);
				addService(merged);
			}
		} else addService(item);
	});
	return walked;
}

function displayName(raw: unknown): string | undefined {
	const name = isObject(raw) ? own(raw, 'name') : undefined;
	if (typeof name !== 'string' || name.trim() === '') return undefined;
	const clean = quoted(name.replace(/\s+/g, ' '));
	return clean || undefined;
}

function displayId(raw: unknown): string | undefined {
	const id = isObject(raw) ? own(raw, 'id') : undefined;
	return typeof id === 'string' && id.trim() !== '' ? quoted(id) : undefined;
}

function invalidRecord(kind: RecordKind, index: number, raw: unknown, problems: Problem[]) {
	return { kind, index, id: displayId(raw), name: displayName(raw), problems };
}

/** Records of one kind, each once: the first valid one with an id wins. */
function checkOnce<T extends { id: string }, P>(
	kind: RecordKind,
	raws: unknown[],
	check: (raw: unknown) => z.ZodSafeParseResult<T>,
	build: (data: T, raw: Raw, index: number) => P,
	invalid: InvalidRecord[]
): Map<string, P> {
	const valid = new Map<string, P>();
	const failed = new Map<string, InvalidRecord>();
	const anonymous: InvalidRecord[] = [];
	let index = 0;
	for (const raw of raws) {
		const id = isObject(raw) ? uuidOf(own(raw, 'id')) : null;
		if (id && valid.has(id)) continue;
		const result = check(raw);
		if (result.success) {
			valid.set(result.data.id, build(result.data, raw as Raw, index));
			if (id) failed.delete(id);
		} else if (!id || !failed.has(id)) {
			const record = invalidRecord(kind, index, raw, problemsOf(result.error));
			if (id) failed.set(id, record);
			else anonymous.push(record);
		}
		index += 1;
	}
	invalid.push(...[...failed.values(), ...anonymous].sort((a, b) => a.index - b.index));
	return valid;
}

/** The cost as docs/hsds.md says: a named option, else the amount, else the fees' words. */
function costOf(option: z.infer<typeof costOption> | null, feesDescription: string): ServiceCost {
	if (option) {
		const named = COST_NAMES[option.option.toLowerCase()];
		if (named) return named;
		if (option.amount === 0) return 'free';
		return 'fee';
	}
	if (feesDescription === '') return 'free';
	return /\bfree\b/i.test(feesDescription) ||
		/(gratis|gratuit|darmow|bezpłatn|مجان)/iu.test(feesDescription)
		? 'free'
		: 'fee';
}

type WeeklyRow = ServiceFields['weekly'][number];

const rowOrder = (a: WeeklyRow, b: WeeklyRow) =>
	a.weekday - b.weekday ||
	a.opens.localeCompare(b.opens) ||
	a.closes.localeCompare(b.closes) ||
	a.id.localeCompare(b.id);

/**
 * Recognises an HSDS document (a service, a list of services as a page or a bare array, an
 * organisation with its services and locations, a list of organisations, or services at
 * locations) and checks each record in it, without the database.
 */
export function parseHsdsDocument(json: unknown): Result<ParsedDocument> {
	let items: unknown[];
	let single = false;
	if (Array.isArray(json)) items = json;
	else if (isObject(json) && Array.isArray(own(json, 'contents')))
		items = own(json, 'contents') as unknown[];
	else if (isObject(json)) {
		items = [json];
		single = true;
	} else return { ok: false, error: 'import.fileNotHsds' };
	if (items.length === 0) return { ok: false, error: 'import.fileEmpty' };

	const found = items.map(kindOf);
	const listKind = found.find((kind) => kind !== null);
	if (!listKind || (single && found[0] === null)) return { ok: false, error: 'import.fileNotHsds' };
	const walked = walk(
		items,
		found.map((kind) => kind ?? listKind)
	);
	const distinct = (raws: unknown[]) =>
		new Set(raws.map((raw, index) => (isObject(raw) && uuidOf(own(raw, 'id'))) || index)).size;
	if (
		walked.services.length > MAX_RECORDS ||
		distinct(walked.organizations) > MAX_RECORDS ||
		distinct(walked.locations.map((each) => each.raw)) > MAX_RECORDS
	) {
		return { ok: false, error: 'import.fileTooMany' };
	}

	const invalid: InvalidRecord[] = [];
	const organizations = checkOnce(
		'organization',
		walked.organizations,
		(raw) => organizationSchema.safeParse(raw),
		(data, raw, index): ParsedOrganization => ({
			index,
			fields: {
				id: data.id,
				name: data.name,
				description: data.description,
				email: data.email,
				website: data.website,
				phone: data.phones?.number ?? ''
			},
			leftOut: organizationLeftOut(raw)
		}),
		invalid
	);
	const locationRefs = new Map<unknown, unknown>(
		walked.locations.map((each) => [each.raw, each.organizationRef])
	);
	const locations = checkOnce(
		'location',
		walked.locations.map((each) => each.raw),
		(raw) => locationSchema.safeParse(raw),
		(data, raw, index): ParsedLocation => {
			const accessText = data.accessibility
				.map((each) => each.description)
				.filter((each) => each !== '')
				.join('\n\n');
			return {
				index,
				fields: {
					id: data.id,
					organizationId: data.organization_id ?? uuidOf(locationRefs.get(raw)),
					name: data.name,
					address1: data.addresses?.address_1 ?? '',
					city: data.addresses?.city ?? '',
					postalCode: data.addresses?.postal_code ?? '',
					country: data.addresses?.country ?? '',
					transportation: data.transportation,
					accessibility: accessText
				},
				leftOut: locationLeftOut(raw)
			};
		},
		invalid
	);
	for (const location of locations.values()) {
		if ([...location.fields.accessibility].length > TEXT_MAX) {
			locations.delete(location.fields.id);
			invalid.push(
				invalidRecord(
					'location',
					location.index,
					{ id: location.fields.id, name: location.fields.name },
					[{ key: 'import.problemTooLong', params: { field: 'accessibility', max: TEXT_MAX } }]
				)
			);
		}
	}
	const invalidIds = new Set(invalid.flatMap((each) => (each.id ? [each.id.toLowerCase()] : [])));

	const services: ParsedService[] = [];
	const seenServices = new Set<string>();
	// Identifiers of the rows services bring, by table: unique in the whole file.
	const documentIds = new Set<string>();
	const placeIds = new Set<string>();
	const weeklyIds = new Set<string>();
	walked.services.forEach(({ raw, organizationRef }, index) => {
		const result = serviceSchema.safeParse(raw);
		if (!result.success) {
			invalid.push(invalidRecord('service', index, raw, problemsOf(result.error)));
			return;
		}
		const data = result.data;
		const problems: Problem[] = [];
		if (seenServices.has(data.id)) {
			problems.push({ key: 'import.problemDuplicate', params: { value: data.id } });
		}
		seenServices.add(data.id);
		const leftOut = serviceLeftOut(raw as Raw, data);

		const claim = (ids: Set<string>, id: string, field: string) => {
			if (ids.has(id)) {
				problems.push({ key: 'import.problemIdUsedTwice', params: { value: id, field } });
			}
			ids.add(id);
		};
		const documents = data.required_documents
			.filter((each) => each.document !== '')
			.map((each, position) => ({
				id: each.id ?? derivedId(data.id, `required-document/${position}`),
				document: each.document
			}));
		for (const document of documents) claim(documentIds, document.id, 'required_documents');

		const places: ServiceFields['locations'] = [];
		data.service_at_locations.forEach((place) => {
			if (!place.locationId || invalidIds.has(place.locationId)) {
				leftOut.push('service_at_locations[]');
				return;
			}
			if (places.some((each) => each.locationId === place.locationId)) return;
			const id = place.id ?? derivedId(data.id, `service-at-location/${place.locationId}`);
			claim(placeIds, id, 'service_at_locations');
			places.push({ id, locationId: place.locationId });
		});

		const weekly: ServiceFields['weekly'] = [];
		data.schedules.forEach((each, position) => {
			if (!each.weekly) return;
			const { days, opens, closes } = each.weekly;
			const scheduleId = each.id ?? derivedId(data.id, `schedule/${position}`);
			for (const weekday of days) {
				if (
					weekly.some(
						(row) => row.weekday === weekday && row.opens === opens && row.closes === closes
					)
				) {
					continue;
				}
				// A schedule on one day keeps its identifier (the export writes one per day); one on
				// several days becomes a row per day.
				let id = days.length === 1 ? scheduleId : derivedId(scheduleId, `weekday/${weekday}`);
				if (weeklyIds.has(id)) id = derivedId(data.id, `schedule/${position}/weekday/${weekday}`);
				weeklyIds.add(id);
				weekly.push({ id, weekday, opens, closes });
			}
		});
		weekly.sort(rowOrder);

		const categories = new Set<CategoryCode>();
		const access = new Set<AccessCode>();
		for (const found of data.attributes) {
			if (found && 'category' in found) categories.add(found.category);
			if (found && 'access' in found) access.add(found.access);
		}
		let organizationId = uuidOf(organizationRef) ?? data.organization_id;
		if (
			(organizationRef !== undefined && organizationRef !== null && !uuidOf(organizationRef)) ||
			(organizationId && invalidIds.has(organizationId))
		) {
			organizationId = null;
			leftOut.push('organization');
		}

		if (problems.length > 0) {
			invalid.push(invalidRecord('service', index, raw, problems));
			return;
		}
		const languages = [
			...new Set(data.languages.flatMap((each) => (each.code ? [each.code] : [])))
		];
		services.push({
			index,
			fields: {
				id: data.id,
				organizationId,
				name: data.name,
				description: data.description,
				texts: [],
				status: data.status,
				url: data.url,
				email: data.email,
				phone: data.phones?.number ?? '',
				eligibility: data.eligibility_description,
				applicationProcess: data.application_process,
				cost: costOf(data.cost_options, data.fees_description),
				feesDescription: data.fees_description,
				languages,
				interpretationAvailable: access.has('interpretation-available'),
				interpretationNotes: data.interpretation_services,
				noIdAsked: access.has('no-id-asked'),
				walkIn: access.has('walk-in'),
				isPublic: false,
				documents,
				categories: categoryCodes.filter((code) => categories.has(code)),
				locations: places.sort((a, b) => a.id.localeCompare(b.id)),
				weekly,
				exceptions: []
			},
			hasHearthAttributes: categories.size > 0 || access.size > 0,
			leftOut: [...new Set(leftOut)]
		});
	});

	return {
		ok: true,
		value: {
			services,
			organizations: [...organizations.values()],
			locations: [...locations.values()],
			invalid
		}
	};
}

// ---------------------------------------------------------------------------------------------
// Previewing against the directory

export interface PreviewEntry {
	kind: RecordKind;
	id: string;
	name: string;
	/** For an update: the HSDS fields whose values change. */
	changes: string[];
	leftOut: string[];
}

export interface ImportCounts {
	added: number;
	updated: number;
	unchanged: number;
	invalid: number;
}

export interface ImportPreview {
	added: PreviewEntry[];
	updated: PreviewEntry[];
	unchanged: PreviewEntry[];
	invalid: InvalidRecord[];
	/** What confirming writes, in an order the foreign keys accept. */
	plan: {
		organizations: OrganizationFields[];
		locations: LocationFields[];
		services: ServiceFields[];
	};
}

export function countsOf(preview: ImportPreview): ImportCounts {
	return {
		added: preview.added.length,
		updated: preview.updated.length,
		unchanged: preview.unchanged.length,
		invalid: preview.invalid.length
	};
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function changedFields<T>(
	wanted: T,
	existing: T,
	fields: readonly (readonly [keyof T, string])[]
): string[] {
	return [
		...new Set(fields.filter(([key]) => !same(wanted[key], existing[key])).map(([, hsds]) => hsds))
	];
}

const ORGANIZATION_FIELDS = [
	['name', 'name'],
	['description', 'description'],
	['email', 'email'],
	['website', 'website'],
	['phone', 'phones']
] as const satisfies readonly (readonly [keyof OrganizationFields, string])[];

const LOCATION_FIELDS = [
	['organizationId', 'organization_id'],
	['name', 'name'],
	['address1', 'addresses'],
	['city', 'addresses'],
	['postalCode', 'addresses'],
	['country', 'addresses'],
	['transportation', 'transportation'],
	['accessibility', 'accessibility']
] as const satisfies readonly (readonly [keyof LocationFields, string])[];

const SERVICE_FIELDS = [
	['organizationId', 'organization_id'],
	['name', 'name'],
	['description', 'description'],
	['status', 'status'],
	['url', 'url'],
	['email', 'email'],
	['phone', 'phones'],
	['eligibility', 'eligibility_description'],
	['applicationProcess', 'application_process'],
	['cost', 'cost_options'],
	['feesDescription', 'fees_description'],
	['languages', 'languages'],
	['interpretationNotes', 'interpretation_services'],
	['interpretationAvailable', 'attributes'],
	['noIdAsked', 'attributes'],
	['walkIn', 'attributes'],
	['categories', 'attributes'],
	['documents', 'required_documents'],
	['locations', 'service_at_locations'],
	['weekly', 'schedules']
] as const satisfies readonly (readonly [keyof ServiceFields, string])[];

/** A service's rows in one order, to compare what the file says with what is there. */
function comparable(fields: ServiceFields): ServiceFields {
	return {
		...fields,
		locations: [...fields.locations].sort((a, b) => a.id.localeCompare(b.id)),
		weekly: [...fields.weekly].sort(rowOrder)
	};
}

function withoutDate<T extends { updatedAt: Date }>(record: T): Omit<T, 'updatedAt'> {
	const fields: Partial<T> = { ...record };
	delete fields.updatedAt;
	return fields as Omit<T, 'updatedAt'>;
}

const hours = (weekly: ServiceFields['weekly']) =>
	weekly.map((row) => `${row.weekday} ${row.opens} ${row.closes}`).sort();

interface Elsewhere {
	services: Set<string>;
	organizations: Set<string>;
	locations: Set<string>;
	servicesAtLocations: Set<string>;
}

/**
 * Which identifiers another centre already holds. Identifiers are unique across the whole
 * Hearth, so these cannot be imported here. Only ids are read, outside any centre's scope: run
 * it on a handle that is not scoped to a centre.
 */
async function heldElsewhere(
	db: Db,
	centreId: string,
	ids: { services: string[]; organizations: string[]; locations: string[]; places: string[] }
): Promise<Elsewhere> {
	const find = async (
		table: 'services' | 'organizations' | 'locations' | 'service_at_locations',
		wanted: string[]
	) => {
		if (wanted.length === 0) return new Set<string>();
		const rows = await db
			.selectFrom(table)
			.select('id')
			.where('id', 'in', wanted)
			.where('centre_id', '<>', centreId)
			.execute();
		return new Set(rows.map((row) => row.id));
	};
	const [services, organizations, locations, servicesAtLocations] = await Promise.all([
		find('services', ids.services),
		find('organizations', ids.organizations),
		find('locations', ids.locations),
		find('service_at_locations', ids.places)
	]);
	return { services, organizations, locations, servicesAtLocations };
}

const otherCentre = (): Problem => ({ key: 'import.problemOtherCentre', params: {} });

/**
 * What importing the parsed document would do in this centre: each record added, updated or
 * unchanged, or invalid here (its identifier belongs to another centre, or to another record).
 * Run on a handle not scoped to a centre (see `heldElsewhere`); reads only.
 */
export async function previewImport(
	db: Db,
	centreId: string,
	parsed: ParsedDocument
): Promise<ImportPreview> {
	const serviceIds = parsed.services.map((each) => each.fields.id);
	const organizationIds = [
		...new Set([
			...parsed.organizations.map((each) => each.fields.id),
			...parsed.locations.flatMap((each) => each.fields.organizationId ?? []),
			...parsed.services.flatMap((each) => each.fields.organizationId ?? [])
		])
	];
	const locationIds = [
		...new Set([
			...parsed.locations.map((each) => each.fields.id),
			...parsed.services.flatMap((each) => each.fields.locations.map((place) => place.locationId))
		])
	];
	const placeIds = parsed.services.flatMap((each) =>
		each.fields.locations.map((place) => place.id)
	);
	const documentIds = parsed.services.flatMap((each) => each.fields.documents.map((doc) => doc.id));
	const weeklyIds = parsed.services.flatMap((each) => each.fields.weekly.map((row) => row.id));

	const elsewhere = await heldElsewhere(db, centreId, {
		services: serviceIds,
		organizations: organizationIds,
		locations: locationIds,
		places: placeIds
	});
	const here = await inCentre(db, centreId, async (trx) => {
		const owners = async (
			table: 'service_documents' | 'service_schedules' | 'service_at_locations',
			ids: string[]
		) => {
			if (ids.length === 0) return new Map<string, string>();
			const rows = await trx
				.selectFrom(table)
				.select(['id', 'service_id'])
				.where('centre_id', '=', centreId)
				.where('id', 'in', ids)
				.execute();
			return new Map(rows.map((row) => [row.id, row.service_id]));
		};
		const [services, organizations, locations, documents, weekly, places] = await Promise.all([
			readServices(trx, centreId, serviceIds),
			readOrganizations(trx, centreId, organizationIds),
			readLocations(trx, centreId, locationIds),
			owners('service_documents', documentIds),
			owners('service_schedules', weeklyIds),
			owners('service_at_locations', placeIds)
		]);
		return {
			services: new Map(services.map((each) => [each.id, each])),
			organizations: new Map(organizations.map((each) => [each.id, each])),
			locations: new Map(locations.map((each) => [each.id, each])),
			documents,
			weekly,
			places
		};
	});

	const preview: ImportPreview = {
		added: [],
		updated: [],
		unchanged: [],
		invalid: [...parsed.invalid],
		plan: { organizations: [], locations: [], services: [] }
	};
	const outcome = <T extends { id: string }>(
		kind: RecordKind,
		fields: T,
		name: string,
		existing: T | undefined,
		compare: readonly (readonly [keyof T, string])[],
		leftOut: string[],
		write: (fields: T) => void
	) => {
		const entry: PreviewEntry = { kind, id: fields.id, name, changes: [], leftOut };
		if (!existing) {
			preview.added.push(entry);
			write(fields);
			return;
		}
		entry.changes = changedFields(fields, existing, compare);
		if (entry.changes.length === 0) preview.unchanged.push(entry);
		else {
			preview.updated.push(entry);
			write(fields);
		}
	};

	const usableOrganizations = new Set(here.organizations.keys());
	for (const organization of parsed.organizations) {
		const { fields } = organization;
		if (elsewhere.organizations.has(fields.id)) {
			preview.invalid.push(
				invalidRecord('organization', organization.index, fields, [otherCentre()])
			);
			continue;
		}
		usableOrganizations.add(fields.id);
		const existing = here.organizations.get(fields.id);
		outcome(
			'organization',
			fields,
			fields.name,
			existing && {
				id: existing.id,
				name: existing.name,
				description: existing.description,
				email: existing.email,
				website: existing.website,
				phone: existing.phone
			},
			ORGANIZATION_FIELDS,
			organization.leftOut,
			(write) => preview.plan.organizations.push(write)
		);
	}

	/** The organisation named, if it can be linked; else what is there now, and a note. */
	const organizationFor = (named: string | null, current: string | null, leftOut: string[]) => {
		if (named === null) return current;
		if (usableOrganizations.has(named)) return named;
		leftOut.push('organization_id');
		return current;
	};

	const usableLocations = new Set(here.locations.keys());
	for (const location of parsed.locations) {
		const { fields } = location;
		if (elsewhere.locations.has(fields.id)) {
			preview.invalid.push(invalidRecord('location', location.index, fields, [otherCentre()]));
			continue;
		}
		usableLocations.add(fields.id);
		const current = here.locations.get(fields.id);
		const leftOut = [...location.leftOut];
		const wanted: LocationFields = {
			...fields,
			organizationId: organizationFor(
				fields.organizationId,
				current?.organizationId ?? null,
				leftOut
			)
		};
		outcome(
			'location',
			wanted,
			fields.name || fields.address1,
			current && withoutDate(current),
			LOCATION_FIELDS,
			[...new Set(leftOut)],
			(write) => preview.plan.locations.push(write)
		);
	}

	for (const service of parsed.services) {
		const { fields } = service;
		const current = here.services.get(fields.id);
		const problems: Problem[] = [];
		if (elsewhere.services.has(fields.id)) problems.push(otherCentre());
		const taken = (owner: string | undefined) => owner !== undefined && owner !== fields.id;
		for (const document of fields.documents) {
			if (taken(here.documents.get(document.id))) {
				problems.push({
					key: 'import.problemIdTaken',
					params: { value: document.id, field: 'required_documents' }
				});
			}
		}
		for (const place of fields.locations) {
			if (elsewhere.servicesAtLocations.has(place.id) || taken(here.places.get(place.id))) {
				problems.push({
					key: 'import.problemIdTaken',
					params: { value: place.id, field: 'service_at_locations' }
				});
			}
		}
		if (problems.length > 0) {
			preview.invalid.push(invalidRecord('service', service.index, fields, problems));
			continue;
		}
		const leftOut = [...service.leftOut];
		const locations = fields.locations.filter((place) => {
			if (usableLocations.has(place.locationId)) return true;
			leftOut.push('service_at_locations[]');
			return false;
		});
		// Weekly rows are Hearth's own: one whose id another service has gets one of its own.
		let weekly = fields.weekly.map((row) =>
			taken(here.weekly.get(row.id))
				? { ...row, id: derivedId(fields.id, `weekly/${row.id}`) }
				: row
		);
		// The same hours keep the rows they have, so importing again changes nothing.
		if (current && same(hours(weekly), hours(current.weekly))) weekly = current.weekly;
		const wanted: ServiceFields = {
			...fields,
			organizationId: organizationFor(
				fields.organizationId,
				current?.organizationId ?? null,
				leftOut
			),
			locations,
			weekly,
			// Names in other languages, publishing and closures on dates are Hearth's own.
			texts: current?.texts ?? [],
			isPublic: current?.isPublic ?? false,
			exceptions: current?.exceptions ?? []
		};
		// A file from a directory that does not use Hearth's taxonomies says nothing about
		// categories or access; what the centre set stays.
		if (current && !service.hasHearthAttributes) {
			wanted.categories = current.categories;
			wanted.noIdAsked = current.noIdAsked;
			wanted.walkIn = current.walkIn;
			wanted.interpretationAvailable = current.interpretationAvailable;
		}
		outcome(
			'service',
			comparable(wanted),
			fields.name,
			current && comparable(withoutDate(current)),
			SERVICE_FIELDS,
			[...new Set(leftOut)],
			(write) => preview.plan.services.push(write)
		);
	}

	const byKind = (a: PreviewEntry, b: PreviewEntry) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind];
	preview.added.sort(byKind);
	preview.updated.sort(byKind);
	preview.unchanged.sort(byKind);
	preview.invalid.sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.index - b.index);
	return preview;
}

const KIND_ORDER: Record<RecordKind, number> = { service: 0, organization: 1, location: 2 };

// ---------------------------------------------------------------------------------------------
// Staging and applying

/** A file name to show again: no path, no hidden characters, not too long. */
function cleanFileName(name: string): string {
	const base = name.split(/[\\/]/).pop() ?? '';
	return quoted(base).slice(0, 120) || 'hsds.json';
}

/** Keeps an uploaded document until its uploader confirms it (or a day passes). */
export async function stageImport(
	db: Db,
	centreId: string,
	actorId: string,
	fileName: string,
	document: unknown
): Promise<string> {
	const id = uuidv7();
	await inCentre(db, centreId, (trx) =>
		trx
			.insertInto('directory_imports')
			.values({
				centre_id: centreId,
				id,
				uploaded_by: actorId,
				file_name: cleanFileName(fileName),
				document: JSON.stringify(document)
			})
			.execute()
	);
	return id;
}

export interface StagedImport {
	id: string;
	fileName: string;
	document: unknown;
	appliedAt: Date | null;
}

/** A staged import, for the person who uploaded it only. */
export async function readStagedImport(
	db: Db,
	centreId: string,
	actorId: string,
	importId: string
): Promise<StagedImport> {
	if (!isUuid(importId)) throw new NotFoundError('import');
	const row = await inCentre(db, centreId, (trx) =>
		trx
			.selectFrom('directory_imports')
			.select(['id', 'uploaded_by', 'file_name', 'document', 'applied_at'])
			.where('centre_id', '=', centreId)
			.where('id', '=', importId)
			.executeTakeFirst()
	);
	if (!row) throw new NotFoundError('import');
	if (row.uploaded_by !== actorId) throw new ForbiddenError('import');
	return { id: row.id, fileName: row.file_name, document: row.document, appliedAt: row.applied_at };
}

function isUniqueViolation(error: unknown): boolean {
	return (error as { code?: string } | null)?.code === '23505';
}

/**
 * Applies a staged import in one transaction: every valid record the preview would add or
 * update, nothing unchanged (so importing the same file again touches nothing), and the audit.
 * Refused for another person's import or one already applied. Any database error, such as
 * another centre taking an identifier meanwhile, rolls back everything.
 */
export async function applyImport(
	db: Db,
	centreId: string,
	actorId: string,
	importId: string
): Promise<ImportCounts> {
	if (!isUuid(importId)) throw new NotFoundError('import');
	try {
		return await db.transaction().execute(async (trx) => {
			const staged = await inCentre(trx, centreId, (scoped) =>
				scoped
					.selectFrom('directory_imports')
					.select(['uploaded_by', 'document', 'applied_at'])
					.where('centre_id', '=', centreId)
					.where('id', '=', importId)
					.forUpdate()
					.executeTakeFirst()
			);
			if (!staged) throw new NotFoundError('import');
			if (staged.uploaded_by !== actorId) throw new ForbiddenError('import');
			if (staged.applied_at) throw new RuleError('import.alreadyApplied');
			const parsed = parseHsdsDocument(staged.document);
			if (!parsed.ok) throw new RuleError(parsed.error);
			const preview = await previewImport(trx, centreId, parsed.value);
			const counts = countsOf(preview);
			await inCentre(trx, centreId, async (scoped) => {
				for (const organization of preview.plan.organizations) {
					await writeOrganization(scoped, centreId, organization);
				}
				for (const location of preview.plan.locations) {
					await writeLocation(scoped, centreId, location);
				}
				for (const service of preview.plan.services) {
					await writeService(scoped, centreId, service);
				}
				// Once applied, the file itself is no longer needed (it may name a partner's staff).
				await scoped
					.updateTable('directory_imports')
					.set({ applied_at: new Date(), document: JSON.stringify({}) })
					.where('centre_id', '=', centreId)
					.where('id', '=', importId)
					.execute();
				await recordAudit(scoped, {
					action: 'directory.imported',
					centreId,
					actorId,
					subjectId: importId,
					detail: { ...counts }
				});
			});
			return counts;
		});
	} catch (error) {
		if (isUniqueViolation(error)) throw new RuleError('import.conflict');
		throw error;
	}
}

/** Forgets uploaded documents after a day, applied or not. Runs across all centres. */
export async function pruneStagedImports(db: Db, now = new Date()): Promise<number> {
	const deleted = await db
		.deleteFrom('directory_imports')
		.where('created_at', '<', new Date(now.getTime() - 86_400_000))
		.executeTakeFirst();
	return Number(deleted.numDeletedRows);
}
