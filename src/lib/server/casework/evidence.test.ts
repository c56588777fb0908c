import type { Kysely } from 'kysely';
import { describe, expect, it } from 'vitest';
import type { Actor } from '../identity/identity.service';
import { RuleError } from '../platform/errors';
import { KEPT_FILE_MAX_BYTES } from '../platform/file-types';
import type { Database } from '../schema';
import { addEvidence, evidenceName } from './evidence';

const actor: Actor = { accountId: 'a', centreId: 'c', roles: ['member', 'adviser'] };
const key = Buffer.alloc(32);
// A refused file never reaches the database: any use of this one would fail the test.
const noDatabase = new Proxy(
	{},
	{
		get() {
			throw new Error('The database was used for a refused file');
		}
	}
) as Kysely<Database>;

async function refusal(bytes: Buffer): Promise<string | undefined> {
	const error = await addEvidence(noDatabase, actor, 'case', { bytes, name: 'x' }, key).then(
		() => undefined,
		(reason: unknown) => reason
	);
	return error instanceof RuleError ? error.code : undefined;
}

describe('evidence files', () => {
	it('refuses a file by what its bytes are, whatever its name claims', async () => {
		expect(await refusal(Buffer.from('Dear Sir, this is only text'))).toBe('cases.fileType');
		expect(await refusal(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBe(
			'cases.fileType'
		);
	});

	it('refuses an empty file, and one over the size Hearth keeps', async () => {
		expect(await refusal(Buffer.alloc(0))).toBe('cases.fileMissing');
		const jpegOverLimit = Buffer.concat([
			Buffer.from([0xff, 0xd8, 0xff]),
			Buffer.alloc(KEPT_FILE_MAX_BYTES)
		]);
		expect(await refusal(jpegOverLimit)).toBe('cases.fileTooLarge');
	});

	it('names a file by the name given, else its own without hidden characters, else the day', () => {
		expect(evidenceName('Payslip March', 'IMG_0042.jpg', '2026-11-20')).toBe('Payslip March');
		expect(evidenceName('', 'IMG_0042.jpg', '2026-11-20')).toBe('IMG_0042.jpg');
		expect(evidenceName('', 'gpj.\u202Eexe', '2026-11-20')).toBe('gpj.exe');
		expect(evidenceName('', '\u0000\u0007', '2026-11-20')).toBe('2026-11-20');
		expect(evidenceName('', 'x'.repeat(300), 'd')).toHaveLength(100);
	});
});
