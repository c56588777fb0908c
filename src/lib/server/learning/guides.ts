import { sql, type Kysely } from 'kysely';
import { isLocale, type Locale } from '../../i18n/locales';
import type { Centre } from '../centres/centres.service';
import { instantToLocal } from '../centres/opening-hours';
import { requireRole, type Actor } from '../identity/identity.service';
import { recordAudit } from '../platform/audit';
import { inCentre } from '../platform/database';
import { NotFoundError, RuleError } from '../platform/errors';
import { uuidv7 } from '../platform/ids';
import type { Database, Db } from '../schema';
import { parseGuide, wordCount, type GuideBlock } from './guide-markdown';
import type { GuideTextInput, NewGuideInput } from './guides.schemas';
import { topics } from './guides.schemas';
import type { GuideTopic } from './guides.tables';

// Reading a guide writes nothing and logs nothing about the reader: no audit event, no row, no
// reader id anywhere in this module. Only a coordinator's changes to the library are audited.

export interface StarterGuide {
	slug: string;
	topic: GuideTopic;
	position: number;
	locale: Locale;
	title: string;
	body: string;
	writtenOn: string;
	reviewBy: string;
}

const starterFiles = import.meta.glob<string>('./starter-guides/*/*.md', {
	query: '?raw',
	import: 'default',
	eager: true
});

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A starter guide file: a block of `key: value` lines between `---` lines, then the body. */
export function parseStarterGuide(path: string, source: string): StarterGuide {
	const match = /\/([a-z]{2})\/([^/]+)\.md$/.exec(path);
	const head = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(source.replace(/\r\n?/g, '\n'));
	if (!match || !head) throw new Error(`Starter guide ${path} has no front matter`);
	const fields = new Map<string, string>();
	for (const line of (head[1] ?? '').split('\n')) {
		const colon = line.indexOf(':');
		if (colon > 0) fields.set(line.slice(0, colon).trim(), line.slice(colon + 1).trim());
	}
	const [, locale = '', slug = ''] = match;
	const guide = {
		slug,
		topic: fields.get('topic') as GuideTopic,
		position: Number(fields.get('position') ?? 0),
		locale: locale as Locale,
		title: fields.get('title') ?? '',
		body: (head[2] ?? '').trim(),
		writtenOn: fields.get('written') ?? '',
		reviewBy: fields.get('review') ?? ''
	};
	if (
		!SLUG.test(slug) ||
		!isLocale(locale) ||
		!(topics as readonly string[]).includes(guide.topic) ||
		!guide.title ||
		!DATE.test(guide.writtenOn) ||
		!DATE.test(guide.reviewBy)
	) {
		throw new Error(`Starter guide ${path} is missing its slug, topic, title or dates`);
	}
	return guide;
}

/** The starter set every new centre gets, in the languages it is written in (English). */
export const starterGuides: readonly StarterGuide[] = Object.entries(starterFiles)
	.map(([path, source]) => parseStarterGuide(path, source))
	.sort((a, b) => a.slug.localeCompare(b.slug));

/**
 * Gives a centre's library the starter set, once: the first call for a centre copies it, every
 * later one does nothing, even after the coordinator has removed some starter guides. Two first
 * readers at once copy it once, because the second waits on the first one's row.
 */
export async function ensureLibrary(db: Db, centreId: string): Promise<void> {
	await inCentre(db, centreId, async (trx) => {
		// Every reading passes here: a plain read first, so that reading writes nothing.
		const library = await trx
			.selectFrom('guide_libraries')
			.select('centre_id')
			.where('centre_id', '=', centreId)
			.executeTakeFirst();
		if (library) return;
		const started = await trx
			.insertInto('guide_libraries')
			.values({ centre_id: centreId })
			.onConflict((conflict) => conflict.column('centre_id').doNothing())
			.returning('centre_id')
			.executeTakeFirst();
		if (!started) return;
		const ids = new Map<string, string>();
		for (const starter of starterGuides) {
			let id = ids.get(starter.slug);
			if (!id) {
				id = uuidv7();
				ids.set(starter.slug, id);
				await trx
					.insertInto('guides')
					.values({
						centre_id: centreId,
						id,
						slug: starter.slug,
						topic: starter.topic,
						position: starter.position
					})
					.execute();
			}
			await trx
				.insertInto('guide_texts')
				.values({
					centre_id: centreId,
					guide_id: id,
					locale: starter.locale,
					title: starter.title,
					body: starter.body,
					written_on: starter.writtenOn,
					review_by: starter.reviewBy,
					translated_from: null
				})
				.execute();
		}
	});
}

interface TextRow {
	guide_id: string;
	locale: string;
	title: string;
	body: string;
	written_on: string;
	review_by: string;
	translated_from: string | null;
	updated_at: Date;
}

/**
 * The language to show a guide in: the one asked for, else the reader's, else English (the
 * starter set's), else the centre's own, else any.
 */
export function chooseText<T extends { locale: string }>(
	texts: readonly T[],
	reader: Locale,
	centreLocale: Locale,
	wanted: string | null = null
): T | undefined {
	for (const locale of [wanted, reader, 'en', centreLocale]) {
		const found = locale ? texts.find((text) => text.locale === locale) : undefined;
		if (found) return found;
	}
	return texts[0];
}

const today = (centre: Centre, now: Date) => instantToLocal(now, centre.timeZone).date;

export interface GuideListEntry {
	slug: string;
	title: string;
	locale: string;
	/** Shown in another language than the reader's: the list says which. */
	otherLanguage: boolean;
}

export interface GuideListSection {
	topic: GuideTopic;
	guides: GuideListEntry[];
}

async function guidesWithTexts(trx: Db, centreId: string) {
	const [guides, texts] = await Promise.all([
		trx
			.selectFrom('guides')
			.select(['id', 'slug', 'topic', 'position'])
			.where('centre_id', '=', centreId)
			.orderBy('position')
			.orderBy('slug')
			.execute(),
		trx
			.selectFrom('guide_texts')
			.select([
				'guide_id',
				'locale',
				'title',
				'body',
				'written_on',
				'review_by',
				'translated_from',
				'updated_at'
			])
			.where('centre_id', '=', centreId)
			.execute()
	]);
	const byGuide = new Map<string, TextRow[]>();
	for (const text of texts) {
		const list = byGuide.get(text.guide_id) ?? [];
		list.push(text);
		byGuide.set(text.guide_id, list);
	}
	return guides.map((guide) => ({ ...guide, texts: byGuide.get(guide.id) ?? [] }));
}

/** The library for a reader: each topic's guides, in the reader's language where there is one. */
export async function listGuides(
	db: Kysely<Database>,
	centre: Centre,
	reader: Locale
): Promise<GuideListSection[]> {
	await ensureLibrary(db, centre.id);
	const guides = await inCentre(db, centre.id, (trx) => guidesWithTexts(trx, centre.id));
	const sections: GuideListSection[] = [];
	for (const topic of topics) {
		const entries = guides
			.filter((guide) => guide.topic === topic)
			.flatMap((guide) => {
				const text = chooseText(guide.texts, reader, centre.defaultLocale);
				return text
					? [
							{
								slug: guide.slug,
								title: text.title,
								locale: text.locale,
								otherLanguage: text.locale !== reader
							}
						]
					: [];
			});
		if (entries.length > 0) sections.push({ topic, guides: entries });
	}
	return sections;
}

export interface GuidePage {
	slug: string;
	topic: GuideTopic;
	locale: string;
	title: string;
	blocks: GuideBlock[];
	writtenOn: string;
	reviewBy: string;
	/** The review date has passed: some facts may be out of date. */
	reviewDue: boolean;
	translatedFrom: string | null;
	/** The text it was translated from has been rewritten since the translation was made. */
	sourceNewer: boolean;
	/** Shown in another language than the reader's, because there is none in theirs. */
	otherLanguage: boolean;
	/** Every language the guide is written in, to offer the others. */
	languages: string[];
}

/**
 * One guide for a reader. `wanted` is a language the reader picked from the guide's others;
 * without it, the reader's own language is shown when there is a text in it.
 */
export async function readGuide(
	db: Kysely<Database>,
	centre: Centre,
	slug: string,
	reader: Locale,
	wanted: string | null,
	now: Date
): Promise<GuidePage> {
	if (!SLUG.test(slug) || slug.length > 80) throw new NotFoundError();
	await ensureLibrary(db, centre.id);
	return inCentre(db, centre.id, async (trx) => {
		const guide = await trx
			.selectFrom('guides')
			.select(['id', 'slug', 'topic'])
			.where('centre_id', '=', centre.id)
			.where('slug', '=', slug)
			.executeTakeFirst();
		if (!guide) throw new NotFoundError();
		const texts = await trx
			.selectFrom('guide_texts')
			.select(['locale', 'title', 'body', 'written_on', 'review_by', 'translated_from'])
			.where('centre_id', '=', centre.id)
			.where('guide_id', '=', guide.id)
			.orderBy('locale')
			.execute();
		const text = chooseText(texts, reader, centre.defaultLocale, wanted);
		if (!text) throw new NotFoundError();
		const source = text.translated_from
			? texts.find((other) => other.locale === text.translated_from)
			: undefined;
		return {
			slug: guide.slug,
			topic: guide.topic,
			locale: text.locale,
			title: text.title,
			blocks: parseGuide(text.body),
			writtenOn: text.written_on,
			reviewBy: text.review_by,
			reviewDue: text.review_by < today(centre, now),
			translatedFrom: text.translated_from,
			sourceNewer: !!source && source.written_on > text.written_on,
			otherLanguage: text.locale !== reader && !texts.some((other) => other.locale === reader),
			languages: texts.map((other) => other.locale)
		};
	});
}

// Coordinator's side.

/** The languages a guide may be written in at this centre: those it offers, and English. */
export function guideLocales(centre: Centre): Locale[] {
	return centre.locales.includes('en') ? centre.locales : ['en', ...centre.locales];
}

export interface ManagedText {
	locale: string;
	title: string;
	writtenOn: string;
	reviewBy: string;
	reviewDue: boolean;
	translatedFrom: string | null;
	words: number;
	/** Changes with every save: a link with it is never answered from a browser's copy. */
	version: number;
}

export interface ManagedGuide {
	id: string;
	slug: string;
	topic: GuideTopic;
	texts: ManagedText[];
}

export async function guidesForManaging(
	db: Kysely<Database>,
	actor: Actor,
	centre: Centre,
	now: Date
): Promise<ManagedGuide[]> {
	requireRole(actor, 'coordinator');
	await ensureLibrary(db, actor.centreId);
	const guides = await inCentre(db, actor.centreId, (trx) => guidesWithTexts(trx, actor.centreId));
	const day = today(centre, now);
	const order = new Map(topics.map((topic, index) => [topic, index]));
	return guides
		.sort((a, b) => (order.get(a.topic) ?? 0) - (order.get(b.topic) ?? 0))
		.map((guide) => ({
			id: guide.id,
			slug: guide.slug,
			topic: guide.topic,
			texts: guide.texts
				.sort((a, b) => a.locale.localeCompare(b.locale))
				.map((text) => ({
					locale: text.locale,
					title: text.title,
					writtenOn: text.written_on,
					reviewBy: text.review_by,
					reviewDue: text.review_by < day,
					translatedFrom: text.translated_from,
					words: wordCount(text.body),
					version: text.updated_at.getTime()
				}))
		}));
}

export interface GuideForEditing {
	id: string;
	slug: string;
	topic: GuideTopic;
	/** The guide's title in each language it is written in. */
	titles: { locale: string; title: string }[];
	/** The text in the language asked for, or null when it is not written in it yet. */
	text: {
		title: string;
		body: string;
		writtenOn: string;
		reviewBy: string;
		translatedFrom: string | null;
	} | null;
}

export async function guideForEditing(
	db: Kysely<Database>,
	actor: Actor,
	id: string,
	locale: string | null
): Promise<GuideForEditing> {
	requireRole(actor, 'coordinator');
	return inCentre(db, actor.centreId, async (trx) => {
		const guide = await trx
			.selectFrom('guides')
			.select(['id', 'slug', 'topic'])
			.where('centre_id', '=', actor.centreId)
			.where('id', '=', id)
			.executeTakeFirst();
		if (!guide) throw new NotFoundError();
		const texts = await trx
			.selectFrom('guide_texts')
			.select(['locale', 'title', 'body', 'written_on', 'review_by', 'translated_from'])
			.where('centre_id', '=', actor.centreId)
			.where('guide_id', '=', id)
			.orderBy('locale')
			.execute();
		const text = locale ? texts.find((each) => each.locale === locale) : undefined;
		return {
			...guide,
			titles: texts.map(({ locale, title }) => ({ locale, title })),
			text: text
				? {
						title: text.title,
						body: text.body,
						writtenOn: text.written_on,
						reviewBy: text.review_by,
						translatedFrom: text.translated_from
					}
				: null
		};
	});
}

function requireGuideLocale(centre: Centre, locale: string): void {
	if (!(guideLocales(centre) as string[]).includes(locale)) throw new NotFoundError();
}

/** Writes a guide in one language: a new translation, or a change to one already there. */
export async function saveGuideText(
	db: Kysely<Database>,
	actor: Actor,
	centre: Centre,
	id: string,
	locale: string,
	input: GuideTextInput
): Promise<void> {
	requireRole(actor, 'coordinator');
	requireGuideLocale(centre, locale);
	await inCentre(db, actor.centreId, async (trx) => {
		const guide = await trx
			.selectFrom('guides')
			.select('id')
			.where('centre_id', '=', actor.centreId)
			.where('id', '=', id)
			.forUpdate()
			.executeTakeFirst();
		if (!guide) throw new NotFoundError();
		if (input.translatedFrom) {
			const source = await trx
				.selectFrom('guide_texts')
				.select('locale')
				.where('centre_id', '=', actor.centreId)
				.where('guide_id', '=', id)
				.where('locale', '=', input.translatedFrom)
				.executeTakeFirst();
			if (!source) throw new RuleError('guides.translatedFromMissing');
		}
		const values = {
			title: input.title,
			body: input.body,
			written_on: input.writtenOn,
			review_by: input.reviewBy,
			translated_from: input.translatedFrom,
			updated_at: sql<Date>`now()`
		};
		await trx
			.insertInto('guide_texts')
			.values({ centre_id: actor.centreId, guide_id: id, locale, ...values })
			.onConflict((conflict) =>
				conflict.columns(['centre_id', 'guide_id', 'locale']).doUpdateSet(values)
			)
			.execute();
		await recordAudit(trx, {
			action: 'learning.guide_saved',
			centreId: actor.centreId,
			actorId: actor.accountId,
			subjectId: id,
			detail: { locale }
		});
	});
}

/**
 * Removes one language of a guide. The last one cannot go this way: a guide with no words would
 * vanish from the library unseen, so the coordinator removes the guide itself instead.
 */
export async function removeGuideText(
	db: Kysely<Database>,
	actor: Actor,
	id: string,
	locale: string
): Promise<void> {
	requireRole(actor, 'coordinator');
	await inCentre(db, actor.centreId, async (trx) => {
		const guide = await trx
			.selectFrom('guides')
			.select('id')
			.where('centre_id', '=', actor.centreId)
			.where('id', '=', id)
			.forUpdate()
			.executeTakeFirst();
		if (!guide) throw new NotFoundError();
		const texts = await trx
			.selectFrom('guide_texts')
			.select('locale')
			.where('centre_id', '=', actor.centreId)
			.where('guide_id', '=', id)
			.execute();
		if (!texts.some((text) => text.locale === locale)) throw new NotFoundError();
		if (texts.length === 1) throw new RuleError('guides.lastLanguage');
		await trx
			.deleteFrom('guide_texts')
			.where('centre_id', '=', actor.centreId)
			.where('guide_id', '=', id)
			.where('locale', '=', locale)
			.execute();
		// A translation made from the text removed keeps its words, but no longer points at it.
		await trx
			.updateTable('guide_texts')
			.set({ translated_from: null })
			.where('centre_id', '=', actor.centreId)
			.where('guide_id', '=', id)
			.where('translated_from', '=', locale)
			.execute();
		await recordAudit(trx, {
			action: 'learning.guide_text_removed',
			centreId: actor.centreId,
			actorId: actor.accountId,
			subjectId: id,
			detail: { locale }
		});
	});
}

/** An address for a guide from its title: plain letters and digits, else a numbered one. */
export function slugFrom(title: string): string {
	const slug = title
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 60)
		.replace(/-+$/, '');
	return slug || 'guide';
}

/** Adds a guide written in one language; returns its id. */
export async function createGuide(
	db: Kysely<Database>,
	actor: Actor,
	centre: Centre,
	input: NewGuideInput
): Promise<string> {
	requireRole(actor, 'coordinator');
	if (!(guideLocales(centre) as string[]).includes(input.locale)) {
		throw new RuleError('guides.localeInvalid');
	}
	await ensureLibrary(db, actor.centreId);
	return inCentre(db, actor.centreId, async (trx) => {
		// One new guide at a time per centre, so two with the same title get different addresses.
		await trx
			.selectFrom('guide_libraries')
			.select('centre_id')
			.where('centre_id', '=', actor.centreId)
			.forUpdate()
			.execute();
		const base = slugFrom(input.title);
		const taken = new Set(
			(
				await trx
					.selectFrom('guides')
					.select('slug')
					.where('centre_id', '=', actor.centreId)
					.where('slug', 'like', `${base}%`)
					.execute()
			).map((row) => row.slug)
		);
		let slug = base;
		for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
		const last = await trx
			.selectFrom('guides')
			.select((eb) => eb.fn.max('position').as('position'))
			.where('centre_id', '=', actor.centreId)
			.where('topic', '=', input.topic)
			.executeTakeFirst();
		const id = uuidv7();
		await trx
			.insertInto('guides')
			.values({
				centre_id: actor.centreId,
				id,
				slug,
				topic: input.topic,
				position: Number(last?.position ?? 0) + 1
			})
			.execute();
		await trx
			.insertInto('guide_texts')
			.values({
				centre_id: actor.centreId,
				guide_id: id,
				locale: input.locale,
				title: input.title,
				body: input.body,
				written_on: input.writtenOn,
				review_by: input.reviewBy,
				translated_from: null
			})
			.execute();
		await recordAudit(trx, {
			action: 'learning.guide_created',
			centreId: actor.centreId,
			actorId: actor.accountId,
			subjectId: id,
			detail: { locale: input.locale }
		});
		return id;
	});
}

/** Removes a guide in every language. */
export async function removeGuide(db: Kysely<Database>, actor: Actor, id: string): Promise<void> {
	requireRole(actor, 'coordinator');
	await inCentre(db, actor.centreId, async (trx) => {
		const removed = await trx
			.deleteFrom('guides')
			.where('centre_id', '=', actor.centreId)
			.where('id', '=', id)
			.executeTakeFirst();
		if (Number(removed.numDeletedRows) === 0) throw new NotFoundError();
		await recordAudit(trx, {
			action: 'learning.guide_removed',
			centreId: actor.centreId,
			actorId: actor.accountId,
			subjectId: id
		});
	});
}
