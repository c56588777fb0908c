import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { describeEachDatabase } from '../../../../tests/support/database';
import { centreDetails, newCentre } from '../../../../tests/support/fixtures';
import { createCentre, type Centre } from '../centres/centres.service';
import type { Actor } from '../identity/identity.service';
import { createDatabase, createPool, inCentre } from '../platform/database';
import { ForbiddenError, NotFoundError, RuleError } from '../platform/errors';
import type { Database, Db } from '../schema';
import { wordCount } from './guide-markdown';
import {
	createGuide,
	ensureLibrary,
	guideForEditing,
	guidesForManaging,
	listGuides,
	readGuide,
	removeGuide,
	removeGuideText,
	saveGuideText,
	slugFrom,
	starterGuides
} from './guides';
import { BODY_MAX_BYTES, guideTextSchema, newGuideSchema } from './guides.schemas';

const NOW = new Date('2026-11-22T12:00:00Z');

const coordinatorOf = (centreId: string): Actor => ({
	accountId: '00000000-0000-7000-8000-000000000001',
	centreId,
	roles: ['member', 'coordinator']
});

const text = (extra: Partial<Record<string, string>> = {}) => ({
	title: 'Salariul minim',
	body: '## Tarife\n\n- **12,71 £** pe oră',
	writtenOn: '2026-11-22',
	reviewBy: '2027-03-31',
	translatedFrom: 'en',
	...extra
});

async function count(db: Db, centreId: string, table: 'guides' | 'guide_texts'): Promise<number> {
	return inCentre(db, centreId, async (trx) => {
		const { total } = await trx
			.selectFrom(table)
			.select((eb) => eb.fn.countAll<string>().as('total'))
			.where('centre_id', '=', centreId)
			.executeTakeFirstOrThrow();
		return Number(total);
	});
}

async function guideId(db: Db, centreId: string, slug: string): Promise<string> {
	return inCentre(db, centreId, async (trx) => {
		const row = await trx
			.selectFrom('guides')
			.select('id')
			.where('centre_id', '=', centreId)
			.where('slug', '=', slug)
			.executeTakeFirstOrThrow();
		return row.id;
	});
}

describe('the starter set', () => {
	it('covers work, live-in care, housing and being stopped, in English, in plain words', () => {
		const slugs = starterGuides.map((guide) => guide.slug);
		for (const slug of [
			'minimum-wage',
			'payslips',
			'holiday-pay',
			'sick-pay',
			'breaks-and-rest',
			'dismissal',
			'live-in-carers',
			'deposits',
			'notices-and-eviction',
			'repairs',
			'stopped-by-police',
			'stopped-by-immigration-officers'
		]) {
			expect(slugs).toContain(slug);
		}
		for (const guide of starterGuides) {
			expect(guide.locale, guide.slug).toBe('en');
			expect(guide.reviewBy > guide.writtenOn, guide.slug).toBe(true);
			const words = wordCount(guide.body);
			expect(words, guide.slug).toBeGreaterThanOrEqual(250);
			expect(words, guide.slug).toBeLessThanOrEqual(500);
			expect(guideTextSchema('en').safeParse({ ...guide, translatedFrom: '' }).success).toBe(true);
		}
	});

	it('gives the minimum wage rates in force from 1 April 2026, with their date', () => {
		// GOV.UK's rates from 1 April 2026 (21 and over, 18 to 20, 16 to 17, apprentice).
		const guide = starterGuides.find((each) => each.slug === 'minimum-wage');
		expect(guide?.body).toContain('1 April 2026');
		for (const rate of ['£12.71', '£10.85', '£8.00']) expect(guide?.body).toContain(rate);
		// The 2026 accommodation offset was not confirmed: the guide gives no figure for it.
		const figures = guide?.body.match(/£\d+(\.\d+)?/g) ?? [];
		expect(new Set(figures)).toEqual(new Set(['£12.71', '£10.85', '£8.00']));
		expect(guide?.reviewBy).toBe('2027-03-31');
	});

	it('sends people who are stopped to a lawyer or the centre, as general information only', () => {
		for (const slug of ['stopped-by-police', 'stopped-by-immigration-officers']) {
			const body = starterGuides.find((each) => each.slug === slug)?.body ?? '';
			expect(body).toContain('not legal advice');
			expect(body).toMatch(/lawyer|solicitor/);
			expect(body).toContain('centre');
		}
	});
});

describe('the guide form', () => {
	const messages = (input: Record<string, string>) =>
		Object.fromEntries(
			(guideTextSchema('ro').safeParse(input).error?.issues ?? []).map((issue) => [
				issue.path[0],
				issue.message
			])
		);

	it('names each problem in a message of its own', () => {
		expect(
			messages({ title: ' ', body: '', writtenOn: '2026-02-30', reviewBy: 'soon' })
		).toMatchObject({
			title: 'guides.titleRequired',
			body: 'guides.bodyRequired',
			writtenOn: 'guides.writtenOnInvalid',
			reviewBy: 'guides.reviewByInvalid'
		});
		expect(messages(text({ reviewBy: '2026-11-21' }))).toEqual({
			reviewBy: 'guides.reviewBeforeWritten'
		});
		expect(messages(text({ translatedFrom: 'ro' }))).toEqual({
			translatedFrom: 'guides.translatedFromInvalid'
		});
		expect(messages(text({ translatedFrom: 'xx' }))).toEqual({
			translatedFrom: 'guides.translatedFromInvalid'
		});
		expect(messages(text({ title: 'x'.repeat(201) }))).toEqual({ title: 'guides.titleTooLong' });
	});

	it('counts a body in bytes as stored, up to 100 KB, and reads line breaks as one', () => {
		const ascii = 'a'.repeat(BODY_MAX_BYTES);
		expect(guideTextSchema('ro').safeParse(text({ body: ascii })).success).toBe(true);
		expect(messages(text({ body: `${ascii}b` }))).toEqual({ body: 'guides.bodyTooLong' });
		// Two bytes each: half as many letters fill it.
		expect(messages(text({ body: 'ș'.repeat(BODY_MAX_BYTES / 2 + 1) }))).toEqual({
			body: 'guides.bodyTooLong'
		});
		expect(messages(text({ body: 'x'.repeat(2_000_000) }))).toEqual({
			body: 'guides.bodyTooLong'
		});
		const parsed = guideTextSchema('ro').parse(text({ body: 'one\r\ntwo' }));
		expect(parsed.body).toBe('one\ntwo');
		expect(messages(text({ body: 'hidden\u202Eturn' }))).toEqual({ body: 'form.hiddenCharacters' });
	});

	it('asks a new guide for a topic and one of the languages Hearth speaks', () => {
		const result = newGuideSchema.safeParse({ ...text(), topic: 'gossip', locale: 'tlh' });
		const fields = Object.fromEntries(
			(result.error?.issues ?? []).map((issue) => [issue.path[0], issue.message])
		);
		expect(fields).toMatchObject({ topic: 'guides.topicInvalid', locale: 'guides.localeInvalid' });
	});

	it('makes an address from a title', () => {
		expect(slugFrom('Live-in carers’ rights')).toBe('live-in-carers-rights');
		expect(slugFrom('Salariul minim în România')).toBe('salariul-minim-in-romania');
		expect(slugFrom('اعرف حقوقك')).toBe('guide');
	});
});

describeEachDatabase('rights library', (database) => {
	async function romanianCentre(name: string): Promise<Centre> {
		return createCentre(database().db, {
			...centreDetails(name),
			defaultLocale: 'en',
			locales: ['en', 'ro', 'ar']
		});
	}

	it('copies the starter set once on first use, and never again', async () => {
		const { db } = database();
		const centre = await newCentre(db, 'Starter Centre');
		expect(await count(db, centre.id, 'guides')).toBe(0);
		const sections = await listGuides(db, centre, 'en');
		expect(sections.map((section) => section.topic)).toEqual(['work', 'care', 'home', 'stopped']);
		expect(await count(db, centre.id, 'guides')).toBe(starterGuides.length);

		const actor = coordinatorOf(centre.id);
		await removeGuide(db, actor, await guideId(db, centre.id, 'payslips'));
		await ensureLibrary(db, centre.id);
		await listGuides(db, centre, 'en');
		expect(await count(db, centre.id, 'guides')).toBe(starterGuides.length - 1);
	});

	it('copies it once when many readers open the library at the same time', async () => {
		const { db, url } = database();
		const centre = await newCentre(db, 'Crowded Centre');
		const pool = createPool(url, 20);
		const crowd = createDatabase<Database>(pool);
		try {
			await Promise.all(Array.from({ length: 30 }, () => listGuides(crowd, centre, 'en')));
		} finally {
			await crowd.destroy();
		}
		expect(await count(db, centre.id, 'guides')).toBe(starterGuides.length);
		expect(await count(db, centre.id, 'guide_texts')).toBe(starterGuides.length);
	});

	it('shows a reader their language, else English marked as such', async () => {
		const { db } = database();
		const centre = await romanianCentre('Bilingual Centre');
		const actor = coordinatorOf(centre.id);
		await ensureLibrary(db, centre.id);
		const id = await guideId(db, centre.id, 'minimum-wage');
		await saveGuideText(db, actor, centre, id, 'ro', guideTextSchema('ro').parse(text()));

		const list = await listGuides(db, centre, 'ro');
		const work = list.find((section) => section.topic === 'work')?.guides ?? [];
		expect(work.find((guide) => guide.slug === 'minimum-wage')).toEqual({
			slug: 'minimum-wage',
			title: 'Salariul minim',
			locale: 'ro',
			otherLanguage: false
		});
		expect(work.find((guide) => guide.slug === 'payslips')).toMatchObject({
			title: 'Payslips',
			locale: 'en',
			otherLanguage: true
		});

		const page = await readGuide(db, centre, 'minimum-wage', 'ro', null, NOW);
		expect(page).toMatchObject({
			locale: 'ro',
			title: 'Salariul minim',
			translatedFrom: 'en',
			writtenOn: '2026-11-22',
			reviewBy: '2027-03-31',
			reviewDue: false,
			sourceNewer: false,
			otherLanguage: false,
			languages: ['en', 'ro']
		});
		expect(page.blocks[0]).toEqual({
			kind: 'heading',
			level: 2,
			spans: [{ text: 'Tarife', strong: false }]
		});
		// Asked for English by a Romanian reader: English, with no "not in your language" notice.
		expect(await readGuide(db, centre, 'minimum-wage', 'ro', 'en', NOW)).toMatchObject({
			locale: 'en',
			otherLanguage: false
		});
		// An Arabic reader gets English, marked as another language.
		expect(await readGuide(db, centre, 'payslips', 'ar', null, NOW)).toMatchObject({
			locale: 'en',
			otherLanguage: true
		});
		// After its date, a guide says it is due for checking.
		expect(
			await readGuide(db, centre, 'minimum-wage', 'ro', null, new Date('2027-04-01T12:00:00Z'))
		).toMatchObject({ reviewDue: true });
	});

	it('tells a translation’s reader when the original has been rewritten since', async () => {
		const { db } = database();
		const centre = await romanianCentre('Changing Centre');
		const actor = coordinatorOf(centre.id);
		await ensureLibrary(db, centre.id);
		const id = await guideId(db, centre.id, 'sick-pay');
		await saveGuideText(db, actor, centre, id, 'ro', guideTextSchema('ro').parse(text()));
		const english = await guideForEditing(db, actor, id, 'en');
		await saveGuideText(
			db,
			actor,
			centre,
			id,
			'en',
			guideTextSchema('en').parse({
				...english.text,
				writtenOn: '2027-01-10',
				reviewBy: '2027-12-31',
				translatedFrom: ''
			})
		);
		expect(await readGuide(db, centre, 'sick-pay', 'ro', null, NOW)).toMatchObject({
			sourceNewer: true
		});
	});

	it('keeps each centre’s guides to itself, and unknown addresses as not found', async () => {
		const { db } = database();
		const ours = await romanianCentre('Our Centre');
		const theirs = await romanianCentre('Their Centre');
		await ensureLibrary(db, ours.id);
		await ensureLibrary(db, theirs.id);
		const theirId = await guideId(db, theirs.id, 'deposits');
		const actor = coordinatorOf(ours.id);
		await expect(guideForEditing(db, actor, theirId, 'en')).rejects.toThrow(NotFoundError);
		await expect(
			saveGuideText(db, actor, ours, theirId, 'ro', guideTextSchema('ro').parse(text()))
		).rejects.toThrow(NotFoundError);
		await expect(removeGuide(db, actor, theirId)).rejects.toThrow(NotFoundError);
		for (const slug of ['no-such-guide', '../deposits', 'Deposits', 'a'.repeat(81)]) {
			await expect(readGuide(db, ours, slug, 'en', null, NOW)).rejects.toThrow(NotFoundError);
		}
		// Row-level security hides the other centre's rows even from a query that forgets to ask.
		const seen = await inCentre(db, ours.id, (trx) =>
			trx.selectFrom('guide_texts').select('centre_id').distinct().execute()
		);
		expect(seen.map((row) => row.centre_id)).toEqual([ours.id]);
	});

	it('lets only a coordinator change the library', async () => {
		const { db } = database();
		const centre = await romanianCentre('Guarded Centre');
		await ensureLibrary(db, centre.id);
		const id = await guideId(db, centre.id, 'repairs');
		const adviser: Actor = { ...coordinatorOf(centre.id), roles: ['member', 'adviser'] };
		await expect(guidesForManaging(db, adviser, centre, NOW)).rejects.toThrow(ForbiddenError);
		await expect(
			saveGuideText(db, adviser, centre, id, 'ro', guideTextSchema('ro').parse(text()))
		).rejects.toThrow(ForbiddenError);
		await expect(removeGuide(db, adviser, id)).rejects.toThrow(ForbiddenError);
	});

	it('writes a guide in a language the centre offers, from a text that exists', async () => {
		const { db } = database();
		const centre = await romanianCentre('Careful Centre');
		const actor = coordinatorOf(centre.id);
		await ensureLibrary(db, centre.id);
		const id = await guideId(db, centre.id, 'dismissal');
		// Polish is not offered here.
		await expect(
			saveGuideText(db, actor, centre, id, 'pl', guideTextSchema('pl').parse(text()))
		).rejects.toThrow(NotFoundError);
		// Translated "from Arabic", which the guide is not written in.
		await expect(
			saveGuideText(
				db,
				actor,
				centre,
				id,
				'ro',
				guideTextSchema('ro').parse(text({ translatedFrom: 'ar' }))
			)
		).rejects.toThrow(new RuleError('guides.translatedFromMissing'));
	});

	it('removes a language but never a guide’s last one, and unlinks translations from it', async () => {
		const { db } = database();
		const centre = await romanianCentre('Tidy Centre');
		const actor = coordinatorOf(centre.id);
		await ensureLibrary(db, centre.id);
		const id = await guideId(db, centre.id, 'holiday-pay');
		await saveGuideText(db, actor, centre, id, 'ro', guideTextSchema('ro').parse(text()));
		await removeGuideText(db, actor, id, 'en');
		const left = await guideForEditing(db, actor, id, 'ro');
		expect(left.titles.map((each) => each.locale)).toEqual(['ro']);
		expect(left.text?.translatedFrom).toBeNull();
		await expect(removeGuideText(db, actor, id, 'ro')).rejects.toThrow(
			new RuleError('guides.lastLanguage')
		);
		await expect(removeGuideText(db, actor, id, 'ar')).rejects.toThrow(NotFoundError);
	});

	it('adds new guides under addresses of their own', async () => {
		const { db } = database();
		const centre = await romanianCentre('Growing Centre');
		const actor = coordinatorOf(centre.id);
		const input = newGuideSchema.parse({
			...text({ title: 'Minimum wage' }),
			topic: 'work',
			locale: 'en'
		});
		const first = await createGuide(db, actor, centre, input);
		const second = await createGuide(db, actor, centre, input);
		const slugs = await inCentre(db, centre.id, (trx) =>
			trx
				.selectFrom('guides')
				.select(['id', 'slug'])
				.where('id', 'in', [first, second])
				.orderBy('slug')
				.execute()
		);
		// The starter guide already has "minimum-wage".
		expect(slugs.map((row) => row.slug)).toEqual(['minimum-wage-2', 'minimum-wage-3']);
		const polish = newGuideSchema.parse({ ...text(), topic: 'other', locale: 'pl' });
		await expect(createGuide(db, actor, centre, polish)).rejects.toThrow(
			new RuleError('guides.localeInvalid')
		);
	});

	it('records nothing about who reads what', async () => {
		const { db } = database();
		const centre = await romanianCentre('Quiet Centre');
		await ensureLibrary(db, centre.id);
		// Every table, row by row: reading changes none of them, and adds no audit event.
		const snapshot = async () => {
			const { rows: tables } = await sql<{ name: string }>`
				select table_name as name from information_schema.tables
				where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`.execute(db);
			const counts: Record<string, string> = {};
			for (const { name } of tables) {
				const { rows } = await sql<{
					total: string;
					digest: string | null;
				}>`select count(*) as total, md5(string_agg(t::text, '' order by t::text)) as digest from ${sql.table(name)} t`.execute(
					db
				);
				counts[name] = `${rows[0]?.total}:${rows[0]?.digest}`;
			}
			return counts;
		};
		const before = await snapshot();
		await listGuides(db, centre, 'ro');
		await readGuide(db, centre, 'minimum-wage', 'ro', null, NOW);
		await readGuide(db, centre, 'stopped-by-police', 'ar', 'en', NOW);
		expect(await snapshot()).toEqual(before);
	});
});
