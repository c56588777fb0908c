import { describe, expect, it } from 'vitest';
import { fileType } from './file-types';

describe('the type of a file, from its first bytes', () => {
	it('knows JPEG, PNG, WebP and PDF', () => {
		expect(fileType(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0]))).toBe('image/jpeg');
		expect(fileType(Buffer.from('89504e470d0a1a0a0000', 'hex'))).toBe('image/png');
		expect(fileType(Buffer.from('RIFF\u0000\u0000\u0000\u0000WEBPVP8 ', 'latin1'))).toBe(
			'image/webp'
		);
		expect(fileType(Buffer.from('%PDF-1.7\n'))).toBe('application/pdf');
	});

	it('refuses what only claims to be one of them', () => {
		expect(fileType(Buffer.from('not a jpeg at all, just text named payslip.jpg'))).toBeNull();
		expect(fileType(Buffer.from('<svg onload="alert(1)"></svg>'))).toBeNull();
		expect(fileType(Buffer.from('GIF89a'))).toBeNull();
		expect(fileType(Buffer.alloc(0))).toBeNull();
	});
});
