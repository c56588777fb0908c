import { createHmac } from 'node:crypto';
import { isLocale, type Locale } from '../../i18n/locales';
import { open } from '../platform/crypto';
import type { Db } from '../schema';
import type { Channel, Topic } from './messages.tables';

/** What one member asked for, with the defaults of a member who never chose. */
export interface MemberSettings {
	saved: boolean;
	language: Locale;
	inboxOn: boolean;
	email: string | null;
	emailOn: boolean;
	phone: string | null;
	smsOn: boolean;
	printOn: boolean;
	topics: Topic[];
	/** 'HH:MM' on the centre's clock, both or neither. */
	quietFrom: string | null;
	quietUntil: string | null;
	area: string;
}

/** The first of a person's languages that Hearth speaks, else the centre's first, else English. */
export function defaultLanguage(accountLanguages: string[], centreLocales: string[]): Locale {
	return accountLanguages.find(isLocale) ?? centreLocales.find(isLocale) ?? ('en' satisfies Locale);
}

/**
 * A member's settings, opened. Runs inside the caller's centre transaction. `undefined` when the
 * account is not a member of the centre.
 */
export async function memberSettings(
	trx: Db,
	centreId: string,
	accountId: string,
	secretKey: Buffer
): Promise<MemberSettings | undefined> {
	const person = await trx
		.selectFrom('centre_people')
		.innerJoin('accounts', 'accounts.id', 'centre_people.account_id')
		.innerJoin('centres', 'centres.id', 'centre_people.centre_id')
		.leftJoin('message_settings', (join) =>
			join
				.onRef('message_settings.centre_id', '=', 'centre_people.centre_id')
				.onRef('message_settings.account_id', '=', 'centre_people.account_id')
		)
		.select([
			'accounts.languages as accountLanguages',
			'centres.locales as centreLocales',
			'message_settings.account_id as savedFor',
			'message_settings.language',
			'message_settings.inbox_on',
			'message_settings.email_sealed',
			'message_settings.email_on',
			'message_settings.phone_sealed',
			'message_settings.sms_on',
			'message_settings.print_on',
			'message_settings.topics',
			'message_settings.quiet_from',
			'message_settings.quiet_until',
			'message_settings.area'
		])
		.where('centre_people.centre_id', '=', centreId)
		.where('centre_people.account_id', '=', accountId)
		.executeTakeFirst();
	if (!person) return undefined;
	if (!person.savedFor) {
		return {
			saved: false,
			language: defaultLanguage(person.accountLanguages, person.centreLocales),
			inboxOn: true,
			email: null,
			emailOn: false,
			phone: null,
			smsOn: false,
			printOn: false,
			topics: ['reminders'],
			quietFrom: null,
			quietUntil: null,
			area: ''
		};
	}
	return {
		saved: true,
		language: isLocale(person.language)
			? person.language
			: defaultLanguage(person.accountLanguages, person.centreLocales),
		inboxOn: person.inbox_on ?? true,
		email: person.email_sealed ? open(person.email_sealed, secretKey) : null,
		emailOn: (person.email_on ?? false) && person.email_sealed !== null,
		phone: person.phone_sealed ? open(person.phone_sealed, secretKey) : null,
		smsOn: (person.sms_on ?? false) && person.phone_sealed !== null,
		printOn: person.print_on ?? false,
		topics: person.topics ?? ['reminders'],
		quietFrom: person.quiet_from?.slice(0, 5) ?? null,
		quietUntil: person.quiet_until?.slice(0, 5) ?? null,
		area: person.area ?? ''
	};
}

/** Whether a message on this channel and topic may go to the member now. */
export function wants(settings: MemberSettings, channel: Channel, topic: Topic): boolean {
	if (!settings.topics.includes(topic)) return false;
	if (channel === 'inbox') return settings.inboxOn;
	if (channel === 'email') return settings.emailOn && settings.email !== null;
	if (channel === 'sms') return settings.smsOn && settings.phone !== null;
	return settings.printOn;
}

/**
 * A keyed hash of a number in E.164 form: an inbound STOP finds every member with that number
 * without any number being stored open or searchable without the key.
 */
export function phoneKey(e164: string, secretKey: Buffer): Buffer {
	return createHmac('sha256', secretKey).update(`hearth.phone\0${e164}`).digest();
}

/**
 * A UK or international number in E.164 form, or null. UK numbers may be written as they are
 * dialled at home (07700 900123); others need their country code (+33 6 12 34 56 78 or 0033…).
 */
export function normalisePhone(input: string): string | null {
	let value = input
		.trim()
		.replace(/\(0\)/g, '')
		.replace(/[\s().-]/g, '');
	if (value.startsWith('00')) value = `+${value.slice(2)}`;
	else if (/^0\d{9,10}$/.test(value)) value = `+44${value.slice(1)}`;
	if (!/^\+[1-9]\d{7,14}$/.test(value)) return null;
	// A UK number is ten digits after its country code; the form alone cannot check other countries.
	if (value.startsWith('+44') && !/^\+44[1-9]\d{8,9}$/.test(value)) return null;
	return value;
}
