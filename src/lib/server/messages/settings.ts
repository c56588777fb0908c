import { requireRole, type Actor } from '../identity/identity.service';
import { recordAudit } from '../platform/audit';
import { seal } from '../platform/crypto';
import { inCentre } from '../platform/database';
import { NotFoundError } from '../platform/errors';
import type { Db } from '../schema';
import { memberSettings, phoneKey, type MemberSettings } from './member-settings';
import type { SettingsInput } from './settings.schemas';

export type { MemberSettings };
export {
	defaultLanguage,
	memberSettings,
	normalisePhone,
	phoneKey,
	wants
} from './member-settings';

const ANYONE = ['member', 'adviser', 'organiser', 'coordinator'] as const;

/** The signed-in person's own message settings at their centre, opened for their eyes. */
export async function ownSettings(
	db: Db,
	actor: Actor,
	secretKey: Buffer
): Promise<MemberSettings> {
	requireRole(actor, ...ANYONE);
	const settings = await inCentre(db, actor.centreId, (trx) =>
		memberSettings(trx, actor.centreId, actor.accountId, secretKey)
	);
	if (!settings) throw new NotFoundError('member');
	return settings;
}

/**
 * Saves what the person chose. An address or number left empty is removed, not kept switched
 * off. The audit names that settings changed, never what they are.
 */
export async function saveSettings(
	db: Db,
	actor: Actor,
	input: SettingsInput,
	secretKey: Buffer
): Promise<void> {
	requireRole(actor, ...ANYONE);
	const columns = {
		language: input.language,
		inbox_on: input.inboxOn,
		email_sealed: input.email ? seal(input.email, secretKey) : null,
		email_on: input.emailOn && input.email !== null,
		phone_sealed: input.phone ? seal(input.phone, secretKey) : null,
		phone_key: input.phone ? phoneKey(input.phone, secretKey) : null,
		sms_on: input.smsOn && input.phone !== null,
		print_on: input.printOn,
		topics: input.topics,
		quiet_from: input.quietFrom,
		quiet_until: input.quietFrom ? input.quietUntil : null,
		area: input.area,
		updated_at: new Date()
	};
	await inCentre(db, actor.centreId, async (trx) => {
		await trx
			.insertInto('message_settings')
			.values({ centre_id: actor.centreId, account_id: actor.accountId, ...columns })
			.onConflict((conflict) => conflict.columns(['centre_id', 'account_id']).doUpdateSet(columns))
			.execute();
		await recordAudit(trx, {
			action: 'messages.settings_saved',
			centreId: actor.centreId,
			actorId: actor.accountId,
			subjectId: actor.accountId
		});
	});
}
