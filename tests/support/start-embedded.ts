// Starts the embedded PostgreSQL in the folder given and waits to be killed: a test kills this
// process with SIGKILL to leave the server running, as after a crash.
import { startEmbeddedPostgres } from '../../src/lib/server/platform/embedded-postgres';
import { setLogLevel } from '../../src/lib/server/platform/logger';

setLogLevel('silent');
const server = await startEmbeddedPostgres(process.argv[2] as string);
process.stdout.write(`ready ${server.url}\n`);
setInterval(() => {}, 60_000);
