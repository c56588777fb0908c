import type { Kysely } from 'kysely';
import type { TaskList } from './platform/jobs';
import type { Database } from './schema';
import { pruneChildcare } from './centres/childcare';
import { forgetPastSignUps } from './centres/events';
import { pruneEndedShifts } from './centres/rota';
import { pruneStagedImports } from './directory/hsds-import';
import { pruneExpiredSignIns } from './identity/identity.service';
import { pruneMissedSessions } from './learning/courses';
import { pruneSupport } from './support/appointments';
import { closeDueVotes } from './governance/ballots';
import { getPlatform, hasPlatform } from './platform/runtime';
import { emptyClosedQueues } from './support/drop-in';
import { shuffleAnswers } from './governance/surveys';
import { forgetPetitionAddresses } from './organising/petitions';
import { deliverDueMessages } from './messages/outbox';

/** The jobs Hearth runs, by name; a module adds its tasks here. */
export function taskList(db: Kysely<Database>): TaskList {
	return {
		'identity:prune': async () => {
			await pruneExpiredSignIns(db);
		},
		'directory:prune-imports': async () => {
			await pruneStagedImports(db);
		},
		// A child's first name lives only as long as the session needs it.
		'childcare:prune': async () => {
			await pruneChildcare(db);
		},
		'events:forget-sign-ups': async () => {
			await forgetPastSignUps(db, new Date());
		},
		// Ended shifts go, so the rota never becomes a record of who turned up.
		'rota:prune': async () => {
			await pruneEndedShifts(db);
		},
		'learning:prune-missed': async () => {
			await pruneMissedSessions(db);
		},
		// Past appointments go after 90 days; nothing records whether anyone came.
		'support:prune': async () => {
			await pruneSupport(db, new Date());
		},
		// A vote closes at its time and its result is published, even if nobody looks at it.
		'ballots:close-due': async () => {
			const { secretKey, now } = getPlatform();
			await closeDueVotes(db, secretKey, now());
		},
		// The order answers were stored in must not tell when each came.
		'surveys:shuffle': async () => {
			await shuffleAnswers(db);
		},
		// How often one address signed a petition matters for a day only.
		'petitions:forget-addresses': async () => {
			await forgetPetitionAddresses(db, hasPlatform() ? getPlatform().now() : new Date());
		},
		// At closing the drop-in queue empties, names and all. Closing is told by Hearth's own clock,
		// which HEARTH_CLOCK_START may have moved, or a queue would empty in the middle of its night.
		'drop-in:empty': async () => {
			await emptyClosedQueues(db, hasPlatform() ? getPlatform().now() : new Date());
		},
		// Messages leave when due; held ones when the member's quiet hours end (each minute).
		'messages:drain': async () => {
			const { config, secretKey, now } = getPlatform();
			await deliverDueMessages(db, { config, secretKey, now: now() });
		}
	};
}

/** Recurring jobs, in graphile-worker's crontab format. */
export const crontab = [
	'17 * * * * identity:prune',
	'43 * * * * directory:prune-imports',
	'*/10 * * * * childcare:prune',
	'11 4 * * * events:forget-sign-ups',
	'23 4 * * * rota:prune',
	'29 4 * * * learning:prune-missed',
	'37 4 * * * support:prune',
	'* * * * * ballots:close-due',
	'37 3 * * * surveys:shuffle',
	'*/5 * * * * drop-in:empty',
	'7 * * * * petitions:forget-addresses',
	'* * * * * messages:drain ?queue=messages&jobKey=messages:drain'
].join('\n');
