import type { Kysely } from 'kysely';
import type { TaskList } from './platform/jobs';
import type { Database } from './schema';
import { pruneChildcare } from './centres/childcare';
import { forgetPastSignUps } from './centres/events';
import { pruneEndedShifts } from './centres/rota';
import { pruneStagedImports } from './directory/hsds-import';
import { pruneExpiredSignIns } from './identity/identity.service';
import { pruneMissedSessions } from './learning/courses';

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
	'29 4 * * * learning:prune-missed'
].join('\n');
