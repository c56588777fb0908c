// Queues one job in a committed transaction, then kills its own process outright, as a crash
// would: a test then checks the job still runs, once.
import { createDatabase, createPool } from '../../src/lib/server/platform/database';
import { addJob } from '../../src/lib/server/platform/jobs';
import type { Database } from '../../src/lib/server/schema';

const [url, label] = process.argv.slice(2) as [string, string];
const pool = createPool(url, 1);
await createDatabase<Database>(pool)
	.transaction()
	.execute((trx) => addJob(trx, 'test:record', { label }, { key: label }));
process.kill(process.pid, 'SIGKILL');
