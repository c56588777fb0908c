/** The types of file Hearth keeps: photos and scanned documents. */
export type KeptFileType = 'image/jpeg' | 'image/png' | 'image/webp' | 'application/pdf';

/**
 * The type a file's first bytes show, whatever its name or stated type claim: a file that says
 * it is a JPEG and is not is refused by every caller.
 */
export function fileType(bytes: Buffer): KeptFileType | null {
	if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) {
		return 'image/jpeg';
	}
	if (bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) {
		return 'image/png';
	}
	if (
		bytes.length >= 12 &&
		bytes.subarray(0, 4).toString('latin1') === 'RIFF' &&
		bytes.subarray(8, 12).toString('latin1') === 'WEBP'
	) {
		return 'image/webp';
	}
	if (bytes.subarray(0, 5).toString('latin1') === '%PDF-') return 'application/pdf';
	return null;
}

/**
 * The largest file kept as evidence or a payslip photo. Request bodies over 2 MB are refused
 * before they reach a form, so every upload form holds only the file: nothing else is lost.
 */
export const KEPT_FILE_MAX_BYTES = 1_500_000;
