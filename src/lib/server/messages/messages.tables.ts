import type { Generated } from 'kysely';

export const CHANNELS = ['inbox', 'email', 'sms', 'print'] as const;
export type Channel = (typeof CHANNELS)[number];

/** Topics a member opts into; 'reminders' are about their own sign-ups and appointments. */
export const TOPICS = ['reminders', 'centre', 'campaigns', 'actions', 'courses'] as const;
export type Topic = (typeof TOPICS)[number];
/** Topics a broadcast can have: every topic but the member's own reminders. */
export const BROADCAST_TOPICS = ['centre', 'campaigns', 'actions', 'courses'] as const;
export type BroadcastTopic = (typeof BROADCAST_TOPICS)[number];

export const SEGMENT_KINDS = [
	'everyone',
	'language',
	'campaign',
	'course',
	'area',
	'role'
] as const;
export type SegmentKind = (typeof SEGMENT_KINDS)[number];
export interface Segment {
	kind: SegmentKind;
	/** The language code, campaign id, course id, area or role; '' for everyone. */
	value: string;
}

export type MessageState = 'queued' | 'sending' | 'sent' | 'failed' | 'stopped' | 'printed';

/** Texts per language: {"pt": {"subject": "…", "body": "…", "sms": "…"}}. */
export type BroadcastTexts = Record<string, { subject: string; body: string; sms: string }>;

export interface MessageSettingsTable {
	centre_id: string;
	account_id: string;
	language: string;
	inbox_on: Generated<boolean>;
	email_sealed: string | null;
	email_on: Generated<boolean>;
	phone_sealed: string | null;
	phone_key: Buffer | null;
	sms_on: Generated<boolean>;
	print_on: Generated<boolean>;
	topics: Generated<Topic[]>;
	/** 'HH:MM:SS' on the centre's clock; both set or both null. */
	quiet_from: string | null;
	quiet_until: string | null;
	area: Generated<string>;
	updated_at: Generated<Date>;
}

export interface BroadcastsTable {
	centre_id: string;
	id: string;
	topic: BroadcastTopic;
	segment: Segment;
	channels: Channel[];
	locales: string[];
	texts: BroadcastTexts;
	state: Generated<'draft' | 'queued'>;
	created_by: string | null;
	created_at: Generated<Date>;
	queued_at: Date | null;
}

export interface MessagesTable {
	centre_id: string;
	id: string;
	account_id: string;
	broadcast_id: string | null;
	reminder_key: string | null;
	channel: Channel;
	language: string;
	subject_sealed: string | null;
	body_sealed: string | null;
	state: Generated<MessageState>;
	attempts: Generated<number>;
	not_before: Generated<Date>;
	held_for_quiet: Generated<boolean>;
	last_error: string | null;
	queued_at: Generated<Date>;
	sent_at: Date | null;
	read_at: Date | null;
}

export interface MessagesTables {
	message_settings: MessageSettingsTable;
	broadcasts: BroadcastsTable;
	messages: MessagesTable;
}
