import type { MessageKey } from '$lib/i18n/messages/en';
import type { GuideTopic } from '$lib/server/learning/guides.tables';

export const topicLabel: Record<GuideTopic, MessageKey> = {
	work: 'guides.topicWork',
	care: 'guides.topicCare',
	home: 'guides.topicHome',
	stopped: 'guides.topicStopped',
	other: 'guides.topicOther'
};
