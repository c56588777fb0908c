import type { MessageKey } from '$lib/i18n/messages/en';
import type { Translate } from '$lib/i18n/translate';
import { localeNames, isLocale } from '$lib/i18n/locales';
import type {
	BroadcastTopic,
	Channel,
	Segment,
	SegmentKind
} from '$lib/server/messages/messages.tables';
import type { DeliveryState } from '$lib/server/messages/broadcasts';

export const TOPIC_KEYS: Record<BroadcastTopic, MessageKey> = {
	centre: 'broadcasts.topicCentre',
	campaigns: 'broadcasts.topicCampaigns',
	actions: 'broadcasts.topicActions',
	courses: 'broadcasts.topicCourses'
};

export const CHANNEL_KEYS: Record<Channel, MessageKey> = {
	inbox: 'broadcasts.channelInbox',
	email: 'broadcasts.channelEmail',
	sms: 'broadcasts.channelSms',
	print: 'broadcasts.channelPrint'
};

export const SEGMENT_KEYS: Record<SegmentKind, MessageKey> = {
	everyone: 'broadcasts.segmentEveryone',
	language: 'broadcasts.segmentLanguage',
	campaign: 'broadcasts.segmentCampaign',
	course: 'broadcasts.segmentCourse',
	area: 'broadcasts.segmentArea',
	role: 'broadcasts.segmentRole'
};

export const STATE_KEYS: Record<DeliveryState, MessageKey> = {
	queued: 'broadcasts.stateQueued',
	waiting: 'broadcasts.stateWaiting',
	sent: 'broadcasts.stateSent',
	failed: 'broadcasts.stateFailed',
	stopped: 'broadcasts.stateStopped',
	printed: 'broadcasts.statePrinted'
};

const DESCRIBE_KEYS: Record<SegmentKind, MessageKey> = {
	everyone: 'broadcasts.describeEveryone',
	language: 'broadcasts.describeLanguage',
	campaign: 'broadcasts.describeCampaign',
	course: 'broadcasts.describeCourse',
	area: 'broadcasts.describeArea',
	role: 'broadcasts.describeRole'
};

const ROLE_KEYS: Record<string, MessageKey> = {
	member: 'roles.member',
	adviser: 'roles.adviser',
	organiser: 'roles.organiser',
	coordinator: 'roles.coordinator'
};

/** Who a segment is, in words: "supporters of Pay the riders". */
export function describeSegment(t: Translate, segment: Segment, name: string): string {
	const shown =
		segment.kind === 'language' && isLocale(segment.value)
			? localeNames[segment.value]
			: segment.kind === 'role' && ROLE_KEYS[segment.value]
				? t(ROLE_KEYS[segment.value] as MessageKey)
				: name;
	return t(DESCRIBE_KEYS[segment.kind], { name: shown });
}

export const STATE_ORDER = Object.keys(STATE_KEYS) as DeliveryState[];
