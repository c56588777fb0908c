// The floor for bench/run.js: Node's own HTTP server answering every request with a response
// captured from Hearth, held in memory, so that only Hearth's own work separates the two.
//
// Usage: node bench/bare-server.js SPEC_FILE, where SPEC_FILE is JSON { headers, bodyFile }.
// Prints "listening PORT" once it accepts connections on 127.0.0.1.
import fs from 'node:fs';
import http from 'node:http';

const spec = JSON.parse(fs.readFileSync(process.argv[2] ?? '', 'utf8'));
const body = fs.readFileSync(spec.bodyFile);
const headers = { ...spec.headers, 'content-length': String(body.length) };

const server = http.createServer((request, response) => {
	request.resume();
	response.writeHead(200, headers);
	response.end(body);
});
// The same idle limit as scripts/start.js gives Hearth.
server.keepAliveTimeout = 5_000;

server.listen(0, '127.0.0.1', () => {
	process.stdout.write(`listening ${server.address().port}\n`);
});

process.on('SIGTERM', () => {
	server.close(() => process.exit(0));
	server.closeAllConnections();
});
