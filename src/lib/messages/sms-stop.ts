import type { Translate } from '../i18n/translate';

/** The text message as it leaves: every one says how to stop them, in the member's language. */
export function smsWithStop(text: string, t: Translate): string {
	return `${text.trim()} ${t('messages.smsStop')}`;
}
