/**
 * Languages offered as ticks on the service form: those most spoken by people who come to UK
 * worker centres. Any other BCP 47 code can be typed in; this list only saves typing.
 */
export const commonLanguages = [
	'en',
	'am',
	'ar',
	'bg',
	'bn',
	'es',
	'fa',
	'fr',
	'hi',
	'it',
	'ku',
	'lt',
	'ne',
	'pa',
	'pl',
	'ps',
	'pt',
	'ro',
	'ru',
	'so',
	'sq',
	'ta',
	'ti',
	'tl',
	'tr',
	'uk',
	'ur',
	'vi',
	'yo',
	'zh'
] as const;
