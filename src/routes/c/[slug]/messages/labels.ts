import type { MessageKey } from '$lib/i18n/messages/en';
import type { Channel, Topic } from '$lib/server/messages/messages.tables';

export const CHANNEL_KEYS: Record<Channel, MessageKey> = {
	inbox: 'messages.channelInbox',
	email: 'messages.channelEmail',
	sms: 'messages.channelSms',
	print: 'messages.channelPrint'
};

export const TOPIC_KEYS: Record<Topic, MessageKey> = {
	reminders: 'messages.topicReminders',
	centre: 'messages.topicCentre',
	campaigns: 'messages.topicCampaigns',
	actions: 'messages.topicActions',
	courses: 'messages.topicCourses'
};

/** A date and time as the reader's language writes it, on the centre's clock. */
export function sentOn(date: Date, locale: string, timeZone: string): string {
	return new Intl.DateTimeFormat(locale, {
		dateStyle: 'medium',
		timeStyle: 'short',
		timeZone
	}).format(date);
}
