import type { Kysely } from 'kysely';
import type { TaskList } from './platform/jobs';
import type { Database } from './schema';
import { pruneExpiredSignIns } from './identity/identity.service';
import { pruneStagedImports } from './directory/hsds-import';

/** The jobs Hearth runs, by name; a module adds its tasks here. */
export function taskList(db: Kysely<Database>): TaskList {
	return {
		'identity:prune': async () => {
			await pruneExpiredSignIns(db);
		},
		'directory:prune-imports': async () => {
			await pruneStagedImports(db);
		}
	};
}

/** Recurring jobs, in graphile-worker's crontab format. */
export const crontab = ['17 * * * * identity:prune', '43 * * * * directory:prune-imports'].join(
	'\n'
);
