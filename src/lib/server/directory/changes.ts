import { requireRole, type Actor } from '../identity/identity.service';
import { recordAudit, type AuditEvent } from '../platform/audit';
import { inCentre } from '../platform/database';
import type { Db } from '../schema';

/**
 * Every change a coordinator makes to the directory: the role checked, the change made in the
 * centre's scope, and audited in the same transaction under the record's id (ids only, never
 * what was written).
 */
export async function changeDirectory<T>(
	db: Db,
	actor: Actor,
	audit: { action: string; subjectId: string; detail?: AuditEvent['detail'] },
	change: (trx: Db) => Promise<T>
): Promise<T> {
	requireRole(actor, 'coordinator');
	return inCentre(db, actor.centreId, async (trx) => {
		const result = await change(trx);
		await recordAudit(trx, {
			action: audit.action,
			centreId: actor.centreId,
			actorId: actor.accountId,
			subjectId: audit.subjectId,
			detail: audit.detail
		});
		return result;
	});
}
