import { sql, type Kysely } from 'kysely';
import type { Database } from '../schema';
import {
	countCentres,
	createCentre,
	forgetCentre,
	type Centre,
	type CentreDetails
} from '../centres/centres.service';
import {
	addPersonToCentre,
	createCoordinator,
	newPassphraseHash,
	type SignedIn
} from '../identity/identity.service';
import { seedDemo } from '../demo/demo.service';
import { recordAudit } from '../platform/audit';
import { ForbiddenError, RuleError } from '../platform/errors';

/** Set-up is offered until the first real centre exists (a demo centre does not count). */
export async function needsSetUp(db: Kysely<Database>): Promise<boolean> {
	return (await countCentres(db, false)) === 0;
}

/**
 * Anyone may look around the demo while a Hearth has no real centre yet; once it has, the demo
 * (whose coordinator's passphrase is public) is not offered to strangers any more.
 */
export async function openDemo(db: Kysely<Database>, now: Date): Promise<Centre> {
	if (!(await needsSetUp(db))) throw new ForbiddenError('demo');
	return seedDemo(db, now);
}

/**
 * Creates the first centre and its first coordinator, who also becomes the network steward.
 * Two people submitting at once cannot both succeed.
 */
export async function setUpFirstCentre(
	db: Kysely<Database>,
	input: CentreDetails & { chosenName: string; passphrase: string }
): Promise<{ centre: Centre; accountId: string }> {
	const passphraseHash = await newPassphraseHash(input.passphrase, input.chosenName);
	const made = await db.transaction().execute(async (trx) => {
		await sql`select pg_advisory_xact_lock(hashtext('hearth.setup'))`.execute(trx);
		if ((await countCentres(trx, false)) > 0) throw new RuleError('alreadySetUp');
		const centre = await createCentre(trx, input);
		const accountId = await createCoordinator(trx, centre.id, {
			chosenName: input.chosenName,
			passphraseHash,
			steward: true
		});
		await recordAudit(trx, { action: 'centres.created', centreId: centre.id, actorId: accountId });
		return { centre, accountId };
	});
	forgetCentre();
	return made;
}

/** A network steward opens another centre and becomes its first coordinator. */
export async function openCentre(
	db: Kysely<Database>,
	steward: SignedIn,
	details: CentreDetails
): Promise<Centre> {
	if (!steward.isSteward) throw new ForbiddenError('steward');
	const opened = await db.transaction().execute(async (trx) => {
		const centre = await createCentre(trx, details);
		await addPersonToCentre(trx, centre.id, steward.accountId, ['member', 'coordinator']);
		await recordAudit(trx, {
			action: 'centres.created',
			centreId: centre.id,
			actorId: steward.accountId
		});
		return centre;
	});
	forgetCentre();
	return opened;
}
