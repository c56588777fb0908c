import { describe, expect, it } from 'vitest';
import { smsSize } from './sms';

describe('smsSize', () => {
	it('fits 160 plain characters in one part and splits the 161st into parts of 153', () => {
		expect(smsSize('a'.repeat(160))).toEqual({ encoding: 'gsm', length: 160, parts: 1 });
		expect(smsSize('a'.repeat(161))).toEqual({ encoding: 'gsm', length: 161, parts: 2 });
		expect(smsSize('a'.repeat(306)).parts).toBe(2);
		expect(smsSize('a'.repeat(307)).parts).toBe(3);
	});

	it('counts the euro sign and brackets twice, as the extension table needs', () => {
		expect(smsSize('€10 [now]')).toEqual({ encoding: 'gsm', length: 12, parts: 1 });
	});

	it('sends Arabic, Polish and Romanian letters outside GSM as UCS-2, 70 then 67 a part', () => {
		expect(smsSize('ا'.repeat(70))).toEqual({ encoding: 'ucs2', length: 70, parts: 1 });
		expect(smsSize('ł'.repeat(71)).parts).toBe(2);
		expect(smsSize('ș'.repeat(135)).parts).toBe(3);
	});

	it('takes no part for an empty text', () => {
		expect(smsSize('').parts).toBe(0);
	});
});
