import type { MessageKey } from '$lib/i18n/messages/en';

/** The catalogue key naming what a person wants help with, or an adviser helps with. */
export function topicKey(topic: string): MessageKey {
	return `supportTopic.${topic}` as MessageKey;
}

const PART_KEYS: Record<string, MessageKey> = {
	day: 'advisers.partDay',
	evening: 'advisers.partEvening',
	night: 'advisers.partNight'
};

export function partKey(part: string): MessageKey {
	return PART_KEYS[part] ?? 'advisers.partDay';
}

const MODE_KEYS: Record<string, MessageKey> = {
	in_person: 'appointments.modeInPerson',
	phone: 'appointments.modePhone',
	online: 'appointments.modeOnline'
};

export function modeKey(mode: string): MessageKey {
	return MODE_KEYS[mode] ?? 'appointments.modeInPerson';
}

/** Languages named in the reader's language, in their alphabetical order. */
export function languageOptions(codes: readonly string[], locale: string) {
	const names = new Intl.DisplayNames([locale], { type: 'language' });
	return codes
		.map((code) => ({ value: code, label: names.of(code) ?? code }))
		.sort((a, b) => a.label.localeCompare(b.label, locale));
}

export function languageList(codes: readonly string[], locale: string): string {
	return languageOptions(codes, locale)
		.map((option) => option.label)
		.join(', ');
}
