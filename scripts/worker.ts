// Runs Hearth's jobs in a process of their own (npm run worker), for deployments that set
// HEARTH_JOBS=separate on their web servers.
import path from 'node:path';
import { ConfigError, loadConfig } from '../src/lib/server/platform/config';
import { log } from '../src/lib/server/platform/logger';
import { readMigrationFolder } from '../src/lib/server/platform/migrations';
import { setPlatform, startPlatform } from '../src/lib/server/platform/runtime';
import { crontab, taskList } from '../src/lib/server/tasks';

const root = path.resolve(import.meta.dirname, '..');

try {
	const platform = await startPlatform({
		config: loadConfig(),
		migrations: readMigrationFolder(path.join(root, 'migrations')),
		jobs: { tasks: taskList, crontab }
	});
	// Tasks read the secret key, the configuration and the clock from the running platform, as
	// they do inside the web server.
	setPlatform(platform);
	log.info('worker.ready');
	const stop = () => void platform.stop().then(() => log.info('worker.stopped'));
	process.once('SIGTERM', stop);
	process.once('SIGINT', stop);
} catch (error) {
	process.stderr.write(
		`${error instanceof ConfigError ? '' : 'The worker could not start: '}${(error as Error).message}\n`
	);
	process.exitCode = 1;
}
