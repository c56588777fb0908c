// Applies pending migrations and stops (npm run migrate). The server also applies them on start.
import path from 'node:path';
import { ConfigError, loadConfig } from '../src/lib/server/platform/config';
import { readMigrationFolder } from '../src/lib/server/platform/migrations';
import { startPlatform } from '../src/lib/server/platform/runtime';

const root = path.resolve(import.meta.dirname, '..');

try {
	const platform = await startPlatform({
		config: loadConfig(),
		migrations: readMigrationFolder(path.join(root, 'migrations'))
	});
	await platform.stop();
	process.stdout.write('The database is up to date.\n');
} catch (error) {
	const known = error instanceof ConfigError || (error as Error).name === 'MigrationError';
	process.stderr.write(`${known ? '' : 'Migration failed: '}${(error as Error).message}\n`);
	process.exitCode = 1;
}
