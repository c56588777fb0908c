// Starts Hearth: builds it on first run, then serves it. Run with `node` (npm start does), so
// that signals reach this process and shutdown finishes requests and stops the database.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const handlerFile = path.join(root, 'build', 'handler.js');

if (process.argv.includes('--demo')) process.env.HEARTH_DEMO = '1';
process.env.BODY_SIZE_LIMIT ??= '2M';

if (!fs.existsSync(handlerFile)) {
	process.stdout.write('Building Hearth for the first run…\n');
	const built = spawnSync(
		process.execPath,
		[path.join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build'],
		{
			cwd: root,
			stdio: 'inherit'
		}
	);
	if (built.status !== 0) {
		process.stderr.write('The build failed; see the messages above.\n');
		process.exit(1);
	}
}

// Without ORIGIN, each request's own address is its origin: the protocol is the one this server
// speaks (plain HTTP; TLS belongs to a proxy, which should then set ORIGIN), the host is the one
// the browser asked for. Form posts from this address then pass SvelteKit's same-origin check on
// localhost and on a centre's own network alike, while posts from other sites still fail.
const ownProtocolHeader = 'x-hearth-protocol';
if (!process.env.ORIGIN) {
	delete process.env.ORIGIN;
	process.env.PROTOCOL_HEADER = ownProtocolHeader;
}

const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? '0.0.0.0';
const { handler } = await import(handlerFile);

const server = http.createServer((request, response) => {
	if (!process.env.ORIGIN) request.headers[ownProtocolHeader] = 'http';
	handler(request, response);
});
server.keepAliveTimeout = 5_000;

let stopping = false;
function shutdown(reason) {
	if (stopping) return;
	stopping = true;
	// Finish the requests in flight, then let the platform close the jobs and the database.
	server.close(() => process.emit('sveltekit:shutdown', reason));
	server.closeIdleConnections();
	setTimeout(() => server.closeAllConnections(), 20_000).unref();
	setTimeout(() => process.exit(1), 45_000).unref();
}
process.on('SIGTERM', () => shutdown('SIGTERM'));
process.on('SIGINT', () => shutdown('SIGINT'));

server.listen(port, host, () => {
	const page = ['1', 'true'].includes(process.env.HEARTH_DEMO ?? '') ? '/c/demo' : '';
	process.stdout.write(`Hearth is ready at http://localhost:${port}${page}\n`);
});
