/**
 * How many parts a text message takes. Texts in the GSM 7-bit alphabet fit 160 characters in
 * one part and 153 in each part of a longer one (the rest carries the joining header); the
 * characters of the extension table take two places. Any other character (Arabic, Romanian ș and
 * ț, Polish ł…) sends the whole text as UCS-2: 70 characters in one part, 67 in each of several,
 * counting a character outside the basic plane as two.
 */

const GSM_BASIC =
	'@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?' +
	'¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
const GSM_EXTENDED = '^{}\\[~]|€\f';

const basic = new Set(GSM_BASIC);
const extended = new Set(GSM_EXTENDED);

/** Text messages longer than this many parts are refused: they cost the centre and arrive broken. */
export const SMS_MAX_PARTS = 3;

export interface SmsSize {
	encoding: 'gsm' | 'ucs2';
	/** Places used: GSM septets, or UCS-2 code units. */
	length: number;
	parts: number;
}

export function smsSize(text: string): SmsSize {
	let septets = 0;
	let gsm = true;
	for (const char of text) {
		if (basic.has(char)) septets += 1;
		else if (extended.has(char)) septets += 2;
		else {
			gsm = false;
			break;
		}
	}
	if (gsm) return { encoding: 'gsm', length: septets, parts: partsFor(septets, 160, 153) };
	const units = text.length;
	return { encoding: 'ucs2', length: units, parts: partsFor(units, 70, 67) };
}

function partsFor(length: number, single: number, each: number): number {
	if (length === 0) return 0;
	return length <= single ? 1 : Math.ceil(length / each);
}
