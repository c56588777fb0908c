import type { MessageKey } from './i18n/messages/en';

/** The problems of a submitted form: a catalogue key for each field at fault. */
export type FieldErrors = Partial<Record<string, MessageKey>>;
/** The text a person submitted, kept to fill the form again. */
export type FormValues = Record<string, string | string[]>;

export function firstValue(values: FormValues | undefined, name: string): string {
	const value = values?.[name];
	return Array.isArray(value) ? (value[0] ?? '') : (value ?? '');
}

export function allValues(values: FormValues | undefined, name: string): string[] {
	const value = values?.[name];
	return Array.isArray(value) ? value : value ? [value] : [];
}
