import { sql, type Kysely, type RawBuilder } from 'kysely';
import { locales as hearthLocales, isLocale, type Locale } from '../../i18n/locales';
import { translator } from '../../i18n/translate';
import { smsWithStop } from '../../messages/sms-stop';
import { requireRole, type Actor } from '../identity/identity.service';
import type { Role } from '../identity/identity.tables';
import { recordAudit } from '../platform/audit';
import { inCentre } from '../platform/database';
import { NotFoundError, RuleError } from '../platform/errors';
import { uuidv7 } from '../platform/ids';
import type { Database, Db } from '../schema';
import { smsFit, smsText, type BroadcastInput, type SmsFit } from './broadcasts.schemas';
import type {
	BroadcastTexts,
	BroadcastTopic,
	Channel,
	MessageState,
	Segment
} from './messages.tables';
import { requestDelivery } from './outbox';

/**
 * Broadcasts: a message written once per language for a segment of members, previewed, then
 * queued for the whole segment in one statement. Who receives what follows the members' own
 * choices (contracts: a member without settings has the inbox only and the reminders topic); the
 * delivery itself is the outbox's.
 */

export const COMPOSERS: Role[] = ['organiser', 'coordinator'];
export const BROADCASTS_PER_PAGE = 20;
/** The most campaigns, courses or areas offered to choose a segment from. */
const CHOICES_MAX = 100;

/** What the status and the list count: a queued message held for quiet hours is 'waiting'. */
export const DELIVERY_STATES = [
	'queued',
	'waiting',
	'sent',
	'failed',
	'stopped',
	'printed'
] as const;
export type DeliveryState = (typeof DELIVERY_STATES)[number];
export type DeliveryCounts = Record<DeliveryState, number>;

export interface Broadcast extends BroadcastInput {
	id: string;
	state: 'draft' | 'queued';
	createdAt: Date;
	queuedAt: Date | null;
}

export interface BroadcastSummary {
	id: string;
	topic: BroadcastTopic;
	subject: string;
	state: 'draft' | 'queued';
	createdAt: Date;
	queuedAt: Date | null;
	delivery: DeliveryCounts;
}

export interface BroadcastList {
	broadcasts: BroadcastSummary[];
	page: number;
	pages: number;
	total: number;
}

export interface SegmentChoices {
	campaigns: { id: string; title: string }[];
	courses: { id: string; title: string }[];
	areas: string[];
}

export interface PreviewRow {
	language: string;
	channel: Channel;
	count: number;
	/** Of these, how many are in their quiet hours right now and will wait for them to end. */
	waiting: number;
}

export interface PreviewText {
	locale: Locale;
	subject: string;
	body: string;
	/** The text message as it leaves, stop line and all. */
	sms: string;
	smsFit: SmsFit;
}

export interface BroadcastPreview {
	broadcast: Broadcast;
	/** A campaign's or course's name, for saying who the segment is. */
	segmentName: string;
	matched: number;
	receiving: number;
	/** Matched, but chose no channel of this broadcast for its topic. */
	notReceiving: number;
	waiting: number;
	rows: PreviewRow[];
	texts: PreviewText[];
}

export interface PrintEntry {
	name: string;
	language: Locale;
	subject: string;
	body: string;
}

function emptyCounts(): DeliveryCounts {
	return { queued: 0, waiting: 0, sent: 0, failed: 0, stopped: 0, printed: 0 };
}

function deliveryState(state: MessageState, heldForQuiet: boolean): DeliveryState {
	if (state === 'queued') return heldForQuiet ? 'waiting' : 'queued';
	// A message being handed over right now is still on its way.
	return state === 'sending' ? 'queued' : state;
}

async function broadcastRow(trx: Db, centreId: string, id: string, lock = false) {
	let select = trx
		.selectFrom('broadcasts')
		.selectAll()
		.where('centre_id', '=', centreId)
		.where('id', '=', id);
	if (lock) select = select.forUpdate();
	const row = await select.executeTakeFirst();
	if (!row) throw new NotFoundError('broadcast');
	return row;
}

function toBroadcast(row: Awaited<ReturnType<typeof broadcastRow>>): Broadcast {
	return {
		id: row.id,
		topic: row.topic,
		segment: row.segment,
		channels: row.channels,
		locales: row.locales.filter(isLocale),
		texts: row.texts,
		state: row.state,
		createdAt: row.created_at,
		queuedAt: row.queued_at
	};
}

/** The broadcast's subject in its first language, for lists. */
function mainSubject(locales: string[], texts: BroadcastTexts): string {
	const first = texts[locales[0] ?? ''];
	return first?.subject || first?.body.slice(0, 80) || '';
}

async function centreLocales(trx: Db, centreId: string): Promise<Locale[]> {
	const row = await trx
		.selectFrom('centres')
		.select('locales')
		.where('id', '=', centreId)
		.executeTakeFirstOrThrow();
	return row.locales.filter(isLocale);
}

/** Refuses a segment naming a campaign, course or language the centre does not have. */
async function checkSegment(trx: Db, centreId: string, segment: Segment): Promise<void> {
	const exists =
		segment.kind === 'campaign'
			? trx
					.selectFrom('campaigns')
					.select('id')
					.where('centre_id', '=', centreId)
					.where('id', '=', segment.value)
			: segment.kind === 'course'
				? trx
						.selectFrom('courses')
						.select('id')
						.where('centre_id', '=', centreId)
						.where('id', '=', segment.value)
				: null;
	if (exists && !(await exists.executeTakeFirst()))
		throw new RuleError('broadcasts.segmentUnknown');
	if (segment.kind === 'language') {
		const known = await centreLocales(trx, centreId);
		if (!(known as string[]).includes(segment.value)) {
			throw new RuleError('broadcasts.segmentUnknown');
		}
	}
}

export async function listBroadcasts(
	db: Kysely<Database>,
	actor: Actor,
	options: { page: number }
): Promise<BroadcastList> {
	requireRole(actor, ...COMPOSERS);
	return inCentre(db, actor.centreId, async (trx) => {
		const counted = await trx
			.selectFrom('broadcasts')
			.select((eb) => eb.fn.countAll<number>().as('total'))
			.where('centre_id', '=', actor.centreId)
			.executeTakeFirstOrThrow();
		const total = Number(counted.total);
		const pages = Math.max(1, Math.ceil(total / BROADCASTS_PER_PAGE));
		const page = Math.min(Math.max(1, options.page), pages);
		const rows = await trx
			.selectFrom('broadcasts')
			.select(['id', 'topic', 'locales', 'texts', 'state', 'created_at', 'queued_at'])
			.where('centre_id', '=', actor.centreId)
			.orderBy('created_at', 'desc')
			.orderBy('id', 'desc')
			.limit(BROADCASTS_PER_PAGE)
			.offset((page - 1) * BROADCASTS_PER_PAGE)
			.execute();
		const counts = new Map(rows.map((row) => [row.id, emptyCounts()]));
		if (rows.length > 0) {
			const states = await trx
				.selectFrom('messages')
				.select([
					'broadcast_id',
					'state',
					'held_for_quiet',
					(eb) => eb.fn.countAll<number>().as('n')
				])
				.where('centre_id', '=', actor.centreId)
				.where(
					'broadcast_id',
					'in',
					rows.map((row) => row.id)
				)
				.groupBy(['broadcast_id', 'state', 'held_for_quiet'])
				.execute();
			for (const row of states) {
				const into = counts.get(row.broadcast_id ?? '');
				if (into) into[deliveryState(row.state, row.held_for_quiet)] += Number(row.n);
			}
		}
		return {
			broadcasts: rows.map((row) => ({
				id: row.id,
				topic: row.topic,
				subject: mainSubject(row.locales, row.texts),
				state: row.state,
				createdAt: row.created_at,
				queuedAt: row.queued_at,
				delivery: counts.get(row.id) ?? emptyCounts()
			})),
			page,
			pages,
			total
		};
	});
}

/** Campaigns, courses and the areas members gave, to choose a segment from. */
export async function segmentChoices(
	db: Kysely<Database>,
	actor: Actor,
	locale: Locale
): Promise<SegmentChoices> {
	requireRole(actor, ...COMPOSERS);
	return inCentre(db, actor.centreId, async (trx) => {
		const campaigns = await trx
			.selectFrom('campaigns')
			.select(['id', 'locales', 'texts'])
			.where('centre_id', '=', actor.centreId)
			.where('state', '=', 'active')
			.orderBy('started_on', 'desc')
			.limit(CHOICES_MAX)
			.execute();
		const courses = await trx
			.selectFrom('courses')
			.select(['id', 'title'])
			.where('centre_id', '=', actor.centreId)
			.orderBy('title')
			.limit(CHOICES_MAX)
			.execute();
		const areas = await trx
			.selectFrom('message_settings')
			.select((eb) => [sql<string>`min(area)`.as('area'), eb.fn.countAll<number>().as('n')])
			.where('centre_id', '=', actor.centreId)
			.where('area', '<>', '')
			.groupBy(sql`lower(area)`)
			.orderBy('n', 'desc')
			.limit(CHOICES_MAX)
			.execute();
		return {
			campaigns: campaigns.map((row) => ({
				id: row.id,
				title: row.texts[locale]?.title ?? row.texts[row.locales[0] ?? '']?.title ?? ''
			})),
			courses: courses.map((row) => ({ id: row.id, title: row.title })),
			areas: areas.map((row) => row.area).sort((a, b) => a.localeCompare(b))
		};
	});
}

export async function createBroadcast(
	db: Kysely<Database>,
	actor: Actor,
	input: BroadcastInput
): Promise<string> {
	requireRole(actor, ...COMPOSERS);
	const id = uuidv7();
	await inCentre(db, actor.centreId, async (trx) => {
		await checkSegment(trx, actor.centreId, input.segment);
		await trx
			.insertInto('broadcasts')
			.values({
				centre_id: actor.centreId,
				id,
				topic: input.topic,
				segment: JSON.stringify(input.segment) as unknown as Segment,
				channels: input.channels,
				locales: input.locales,
				texts: JSON.stringify(input.texts) as unknown as BroadcastTexts,
				created_by: actor.accountId
			})
			.execute();
	});
	return id;
}

/** Changes a draft; once queued, a broadcast is what its members received and stays so. */
export async function updateBroadcast(
	db: Kysely<Database>,
	actor: Actor,
	id: string,
	input: BroadcastInput
): Promise<void> {
	requireRole(actor, ...COMPOSERS);
	await inCentre(db, actor.centreId, async (trx) => {
		const row = await broadcastRow(trx, actor.centreId, id, true);
		if (row.state !== 'draft') throw new RuleError('broadcasts.alreadySent');
		await checkSegment(trx, actor.centreId, input.segment);
		await trx
			.updateTable('broadcasts')
			.set({
				topic: input.topic,
				segment: JSON.stringify(input.segment) as unknown as Segment,
				channels: input.channels,
				locales: input.locales,
				texts: JSON.stringify(input.texts) as unknown as BroadcastTexts
			})
			.where('centre_id', '=', actor.centreId)
			.where('id', '=', id)
			.execute();
	});
}

export async function readBroadcast(
	db: Kysely<Database>,
	actor: Actor,
	id: string
): Promise<Broadcast> {
	requireRole(actor, ...COMPOSERS);
	return inCentre(db, actor.centreId, async (trx) =>
		toBroadcast(await broadcastRow(trx, actor.centreId, id))
	);
}

/**
 * Every member of the segment with their choices, the defaults filled in for a member who never
 * saved any, and whether they receive this broadcast at all. Columns: account_id, language (the
 * message's: theirs if written in it, else the broadcast's first), quiet (in quiet hours at
 * `now`), receives, and one boolean per channel (on for them, chosen for this broadcast, topic in).
 */
function segmentMembers(centreId: string, broadcast: Broadcast, now: Date): RawBuilder<unknown> {
	const { segment, topic, channels } = broadcast;
	const chosen = (channel: Channel) => sql.lit(channels.includes(channel));
	const filter =
		segment.kind === 'campaign'
			? sql`exists (select 1 from campaign_supporters s where s.centre_id = cp.centre_id
				and s.account_id = cp.account_id and s.campaign_id = ${segment.value}::uuid)`
			: segment.kind === 'course'
				? sql`exists (select 1 from course_enrolments e where e.centre_id = cp.centre_id
					and e.account_id = cp.account_id and e.course_id = ${segment.value}::uuid
					and e.status = 'enrolled')`
				: segment.kind === 'area'
					? sql`lower(trim(ms.area)) = lower(${segment.value.trim()})`
					: segment.kind === 'role'
						? sql`exists (select 1 from centre_roles r where r.centre_id = cp.centre_id
							and r.account_id = cp.account_id and r.role = ${segment.value})`
						: sql`true`;
	const languageFilter = segment.kind === 'language' ? sql`language = ${segment.value}` : sql`true`;
	return sql`
		with settings as (
			select cp.account_id,
				coalesce(
					ms.language,
					(select known.l from unnest(a.languages) with ordinality as known(l, n)
						where known.l = any(${sql.val([...hearthLocales])}::text[]) order by known.n limit 1),
					c.locales[1],
					'en'
				) as language,
				coalesce(ms.inbox_on, true) as inbox_on,
				coalesce(ms.email_on, false) as email_on,
				coalesce(ms.sms_on, false) as sms_on,
				coalesce(ms.print_on, false) as print_on,
				${topic} = any(coalesce(ms.topics, array['reminders']::text[])) as topic_on,
				coalesce(
					case when ms.quiet_from <= ms.quiet_until
						then local.at >= ms.quiet_from and local.at < ms.quiet_until
						else local.at >= ms.quiet_from or local.at < ms.quiet_until end,
					false
				) as quiet
			from centre_people cp
			join accounts a on a.id = cp.account_id
			join centres c on c.id = cp.centre_id
			cross join lateral (select (${now}::timestamptz at time zone c.time_zone)::time as at) local
			left join message_settings ms
				on ms.centre_id = cp.centre_id and ms.account_id = cp.account_id
			where cp.centre_id = ${centreId}::uuid and ${filter}
		),
		members as (
			select account_id, quiet,
				case when language = any(${sql.val(broadcast.locales)}::text[]) then language
					else ${broadcast.locales[0] ?? 'en'} end as message_language,
				topic_on and inbox_on and ${chosen('inbox')} as inbox,
				topic_on and email_on and ${chosen('email')} as email,
				topic_on and sms_on and ${chosen('sms')} as sms,
				topic_on and print_on and ${chosen('print')} as print
			from settings where ${languageFilter}
		)`;
}

/** One row per message the broadcast makes: member, channel, language, quiet right now. */
const DELIVERIES = sql`
	select m.account_id, m.message_language as language, ch.channel,
		m.quiet and ch.channel in ('email', 'sms') as waits
	from members m
	cross join lateral (values ('inbox', m.inbox), ('email', m.email), ('sms', m.sms), ('print', m.print))
		as ch(channel, wanted)
	where ch.wanted`;

async function segmentName(trx: Db, centreId: string, segment: Segment, locale: Locale) {
	if (segment.kind === 'campaign') {
		const row = await trx
			.selectFrom('campaigns')
			.select(['locales', 'texts'])
			.where('centre_id', '=', centreId)
			.where('id', '=', segment.value)
			.executeTakeFirst();
		return row ? (row.texts[locale]?.title ?? row.texts[row.locales[0] ?? '']?.title ?? '') : '';
	}
	if (segment.kind === 'course') {
		const row = await trx
			.selectFrom('courses')
			.select('title')
			.where('centre_id', '=', centreId)
			.where('id', '=', segment.value)
			.executeTakeFirst();
		return row?.title ?? '';
	}
	return segment.value;
}

/** Who will receive what if the broadcast were sent at `now`, and each language's text. */
export async function previewBroadcast(
	db: Kysely<Database>,
	actor: Actor,
	broadcastId: string,
	now: Date,
	locale: Locale = 'en'
): Promise<BroadcastPreview> {
	requireRole(actor, ...COMPOSERS);
	return inCentre(db, actor.centreId, async (trx) => {
		const broadcast = toBroadcast(await broadcastRow(trx, actor.centreId, broadcastId));
		const members = segmentMembers(actor.centreId, broadcast, now);
		const totals = await sql<{ matched: string; receiving: string }>`
			${members}
			select count(*) as matched,
				count(*) filter (where inbox or email or sms or print) as receiving
			from members`.execute(trx);
		const grouped = await sql<{ language: string; channel: Channel; n: string; waiting: string }>`
			${members}, deliveries as (${DELIVERIES})
			select language, channel, count(*) as n, count(*) filter (where waits) as waiting
			from deliveries group by language, channel`.execute(trx);
		const matched = Number(totals.rows[0]?.matched ?? 0);
		const receiving = Number(totals.rows[0]?.receiving ?? 0);
		const order = (channel: Channel) => broadcast.channels.indexOf(channel);
		const rows = grouped.rows
			.map((row) => ({
				language: row.language,
				channel: row.channel,
				count: Number(row.n),
				waiting: Number(row.waiting)
			}))
			.sort(
				(a, b) =>
					broadcast.locales.indexOf(a.language as Locale) -
						broadcast.locales.indexOf(b.language as Locale) || order(a.channel) - order(b.channel)
			);
		return {
			broadcast,
			segmentName: await segmentName(trx, actor.centreId, broadcast.segment, locale),
			matched,
			receiving,
			notReceiving: matched - receiving,
			waiting: rows.reduce((sum, row) => sum + row.waiting, 0),
			rows,
			texts: broadcast.locales.map((textLocale) => {
				const texts = broadcast.texts[textLocale];
				return {
					locale: textLocale,
					subject: texts?.subject ?? '',
					body: texts?.body ?? '',
					sms: smsWithStop(smsText(texts), translator(textLocale)),
					smsFit: smsFit(smsText(texts), textLocale)
				};
			})
		};
	});
}

/**
 * Queues the broadcast for its whole segment in one statement, so that a hundred thousand
 * members take seconds. A second send queues nothing new (the unique key); a first send that
 * would reach nobody is refused and leaves the draft as it was.
 */
export async function queueBroadcast(
	db: Kysely<Database>,
	actor: Actor,
	broadcastId: string,
	now: Date
): Promise<{ queued: number }> {
	requireRole(actor, ...COMPOSERS);
	return inCentre(db, actor.centreId, async (trx) => {
		const broadcast = toBroadcast(await broadcastRow(trx, actor.centreId, broadcastId, true));
		const members = segmentMembers(actor.centreId, broadcast, now);
		// A UUIDv7 made in the database: `now` in milliseconds over the first six bytes of a
		// random UUID, then the version bits.
		const millis = now.getTime();
		const inserted = await sql`
			${members}, deliveries as (${DELIVERIES})
			insert into messages (centre_id, id, account_id, broadcast_id, channel, language, not_before)
			select ${actor.centreId}::uuid,
				encode(set_bit(set_bit(overlay(uuid_send(gen_random_uuid())
					placing substring(int8send(${millis}::bigint) from 3) from 1 for 6), 52, 1), 53, 1),
					'hex')::uuid,
				d.account_id, ${broadcastId}::uuid, d.channel, d.language, ${now}::timestamptz
			from deliveries d
			on conflict do nothing`.execute(trx);
		const queued = Number(inserted.numAffectedRows ?? 0);
		if (broadcast.state === 'draft') {
			if (queued === 0) {
				const matched = await sql<{
					n: string;
				}>`${members} select count(*) as n from members`.execute(trx);
				throw new RuleError(
					Number(matched.rows[0]?.n ?? 0) === 0
						? 'broadcasts.nobodyMatches'
						: 'broadcasts.nobodyReceives'
				);
			}
			await trx
				.updateTable('broadcasts')
				.set({ state: 'queued', queued_at: now })
				.where('centre_id', '=', actor.centreId)
				.where('id', '=', broadcastId)
				.execute();
		}
		if (queued > 0) await requestDelivery(trx);
		await recordAudit(trx, {
			action: 'messages.broadcast_queued',
			centreId: actor.centreId,
			actorId: actor.accountId,
			subjectId: broadcastId,
			detail: { queued }
		});
		return { queued };
	});
}

/** How many messages of the broadcast are in each state, per channel. */
export async function broadcastStatus(
	db: Kysely<Database>,
	actor: Actor,
	broadcastId: string
): Promise<{ broadcast: Broadcast; channels: { channel: Channel; counts: DeliveryCounts }[] }> {
	requireRole(actor, ...COMPOSERS);
	return inCentre(db, actor.centreId, async (trx) => {
		const broadcast = toBroadcast(await broadcastRow(trx, actor.centreId, broadcastId));
		const rows = await trx
			.selectFrom('messages')
			.select(['channel', 'state', 'held_for_quiet', (eb) => eb.fn.countAll<number>().as('n')])
			.where('centre_id', '=', actor.centreId)
			.where('broadcast_id', '=', broadcastId)
			.groupBy(['channel', 'state', 'held_for_quiet'])
			.execute();
		const channels = broadcast.channels.map((channel) => ({ channel, counts: emptyCounts() }));
		for (const row of rows) {
			const into = channels.find((entry) => entry.channel === row.channel);
			if (into) into.counts[deliveryState(row.state, row.held_for_quiet)] += Number(row.n);
		}
		return { broadcast, channels };
	});
}

/**
 * The paper list: the members waiting for this broadcast on paper, by chosen name, each with the
 * message in their language. Reading names is audited with the count only.
 */
export async function printList(
	db: Kysely<Database>,
	actor: Actor,
	broadcastId: string
): Promise<{ broadcast: Broadcast; entries: PrintEntry[]; printed: number }> {
	requireRole(actor, ...COMPOSERS);
	return inCentre(db, actor.centreId, async (trx) => {
		const broadcast = toBroadcast(await broadcastRow(trx, actor.centreId, broadcastId));
		const rows = await trx
			.selectFrom('messages as m')
			.innerJoin('accounts as a', 'a.id', 'm.account_id')
			.select(['a.chosen_name', 'm.language', 'm.state'])
			.where('m.centre_id', '=', actor.centreId)
			.where('m.broadcast_id', '=', broadcastId)
			.where('m.channel', '=', 'print')
			.where('m.state', 'in', ['queued', 'printed'])
			.orderBy(sql`lower(a.chosen_name)`)
			.execute();
		const waiting = rows.filter((row) => row.state === 'queued');
		await recordAudit(trx, {
			action: 'messages.print_list_read',
			centreId: actor.centreId,
			actorId: actor.accountId,
			subjectId: broadcastId,
			detail: { people: waiting.length }
		});
		return {
			broadcast,
			printed: rows.length - waiting.length,
			entries: waiting.map((row) => {
				const language = isLocale(row.language) ? row.language : (broadcast.locales[0] ?? 'en');
				const texts = broadcast.texts[language];
				return {
					name: row.chosen_name,
					language,
					subject: texts?.subject ?? '',
					body: texts?.body ?? ''
				};
			})
		};
	});
}

/** Marks the paper list as printed: those messages have left, on paper. */
export async function markPrinted(
	db: Kysely<Database>,
	actor: Actor,
	broadcastId: string,
	now: Date
): Promise<number> {
	requireRole(actor, ...COMPOSERS);
	return inCentre(db, actor.centreId, async (trx) => {
		await broadcastRow(trx, actor.centreId, broadcastId);
		const updated = await trx
			.updateTable('messages')
			.set({ state: 'printed', sent_at: now })
			.where('centre_id', '=', actor.centreId)
			.where('broadcast_id', '=', broadcastId)
			.where('channel', '=', 'print')
			.where('state', '=', 'queued')
			.executeTakeFirst();
		const printed = Number(updated.numUpdatedRows);
		await recordAudit(trx, {
			action: 'messages.broadcast_printed',
			centreId: actor.centreId,
			actorId: actor.accountId,
			subjectId: broadcastId,
			detail: { printed }
		});
		return printed;
	});
}
