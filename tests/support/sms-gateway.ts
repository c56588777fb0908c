import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { waitForCount } from './smtp';

export interface ReceivedSms {
	to: string;
	text: string;
	idempotencyKey: string;
}

/**
 * A text message gateway speaking Hearth's contract (docs/sms-gateway.md) on 127.0.0.1. It keeps
 * one message per idempotency key, as a provider that dedupes would, and counts every request.
 * `failFirst` answers 503 to the first n requests; `token` makes it ask for that bearer token.
 */
export async function startSmsGateway(
	options: { failFirst?: number; token?: string } = {}
): Promise<{
	url: string;
	received: ReceivedSms[];
	requests: number;
	waitFor(count: number, timeoutMs?: number): Promise<ReceivedSms[]>;
	close(): Promise<void>;
}> {
	const received: ReceivedSms[] = [];
	const seen = new Set<string>();
	let failuresLeft = options.failFirst ?? 0;
	const gateway = {
		url: '',
		received,
		requests: 0,
		waitFor: (count: number, timeoutMs = 5000) =>
			waitForCount(received, count, timeoutMs, 'text messages'),
		close: () =>
			new Promise<void>((resolve) => {
				server.close(() => resolve());
				server.closeAllConnections();
			})
	};

	function answer(response: http.ServerResponse, status: number, body: Record<string, unknown>) {
		response.writeHead(status, { 'content-type': 'application/json' });
		response.end(JSON.stringify(body));
	}

	const server = http.createServer((request, response) => {
		const chunks: Buffer[] = [];
		request.on('data', (chunk: Buffer) => chunks.push(chunk));
		request.on('end', () => {
			gateway.requests += 1;
			if (request.method !== 'POST') return answer(response, 405, { error: 'method' });
			if (options.token && request.headers.authorization !== `Bearer ${options.token}`) {
				return answer(response, 401, { error: 'token' });
			}
			if (failuresLeft > 0) {
				failuresLeft -= 1;
				return answer(response, 503, { error: 'busy' });
			}
			let body: { to?: unknown; text?: unknown; idempotency_key?: unknown };
			try {
				body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
			} catch {
				return answer(response, 400, { error: 'json' });
			}
			const { to, text, idempotency_key: key } = body;
			if (typeof to !== 'string' || typeof text !== 'string' || typeof key !== 'string') {
				return answer(response, 400, { error: 'fields' });
			}
			if (!seen.has(key)) {
				seen.add(key);
				received.push({ to, text, idempotencyKey: key });
			}
			answer(response, 202, { id: key });
		});
	});
	server.keepAliveTimeout = 100;
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	gateway.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/messages`;
	return gateway;
}
