import type { Kysely } from 'kysely';
import type { Actor } from '../identity/identity.service';
import { open, openBytes, seal, sealBytes } from '../platform/crypto';
import { inCentre } from '../platform/database';
import { NotFoundError, RuleError } from '../platform/errors';
import { fileType, KEPT_FILE_MAX_BYTES } from '../platform/file-types';
import { uuidv7 } from '../platform/ids';
import type { Database } from '../schema';
import type { EvidenceType } from './casework.tables';
import { addCaseEvent, auditCase, caseAccess, caseTeamAccess } from './cases';

/**
 * Evidence for a case: payslips, rotas, letters, photos. Its type is read from its first bytes,
 * never from its name or the type the browser claimed, and the file and its name are sealed.
 * Only the member and the case team can fetch it; each fetch by the team is audited.
 */

export interface EvidenceUpload {
	bytes: Buffer;
	/** A short name the adviser gave, else the file's own name. */
	name: string;
}

/** The name kept for a file: the one given, else the file's own, else the day it was added. */
export function evidenceName(given: string, fileName: string, fallback: string): string {
	const own = fileName
		.replace(/[\u0000-\u001F\u007F\u202A-\u202E\u2066-\u2069]/g, '')
		.trim()
		.slice(0, 100);
	return given || own || fallback;
}

export async function addEvidence(
	db: Kysely<Database>,
	actor: Actor,
	caseId: string,
	upload: EvidenceUpload,
	key: Buffer
): Promise<string> {
	if (upload.bytes.length === 0) throw new RuleError('cases.fileMissing');
	if (upload.bytes.length > KEPT_FILE_MAX_BYTES) throw new RuleError('cases.fileTooLarge');
	const type = fileType(upload.bytes);
	if (!type) throw new RuleError('cases.fileType');
	return inCentre(db, actor.centreId, async (trx) => {
		await caseTeamAccess(trx, actor, caseId);
		const id = uuidv7();
		await trx
			.insertInto('case_evidence')
			.values({
				centre_id: actor.centreId,
				id,
				case_id: caseId,
				name: seal(upload.name, key),
				content: sealBytes(upload.bytes, key),
				content_type: type,
				byte_size: upload.bytes.length,
				added_by: actor.accountId
			})
			.execute();
		await addCaseEvent(trx, actor, caseId, 'evidence_added', { name: upload.name }, key);
		await auditCase(trx, actor, 'evidence_added', caseId, { evidence: id, type });
		return id;
	});
}

export interface EvidenceFile {
	name: string;
	type: EvidenceType;
	bytes: Buffer;
}

/** One piece of evidence, opened, for the member or the case team; the team's read is audited. */
export async function readEvidence(
	db: Kysely<Database>,
	actor: Actor,
	caseId: string,
	evidenceId: string,
	key: Buffer
): Promise<EvidenceFile> {
	return inCentre(db, actor.centreId, async (trx) => {
		const { readerIsMember } = await caseAccess(trx, actor, caseId);
		const row = await trx
			.selectFrom('case_evidence')
			.select(['name', 'content', 'content_type'])
			.where('centre_id', '=', actor.centreId)
			.where('case_id', '=', caseId)
			.where('id', '=', evidenceId)
			.executeTakeFirst();
		if (!row) throw new NotFoundError('evidence');
		if (!readerIsMember) {
			await auditCase(trx, actor, 'evidence_read', caseId, { evidence: evidenceId });
		}
		return {
			name: open(row.name, key),
			type: row.content_type,
			bytes: openBytes(row.content, key)
		};
	});
}
