import type { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
	to: string[];
	subject: string;
	text: string;
	messageId: string;
	headers: Map<string, unknown>;
}

/** Waits until `list` holds `count` entries, or fails naming what arrived. */
export async function waitForCount<T>(
	list: T[],
	count: number,
	timeoutMs: number,
	what: string
): Promise<T[]> {
	const deadline = Date.now() + timeoutMs;
	while (list.length < count) {
		if (Date.now() > deadline) {
			throw new Error(`Expected ${count} ${what}, ${list.length} arrived in ${timeoutMs} ms`);
		}
		await new Promise((resolve) => setTimeout(resolve, 25));
	}
	return list.slice();
}

/**
 * Each header as sent (unfolded text), by lower-case name; headers mailparser structures
 * (from, to, date…) as it parsed them, for the rest.
 */
function rawHeaders(
	lines: readonly { key: string; line: string }[],
	parsed: Map<string, unknown>
): Map<string, unknown> {
	const headers = new Map<string, unknown>(parsed);
	for (const { key, line } of lines) {
		const value = line
			.slice(line.indexOf(':') + 1)
			.replace(/\r?\n[ \t]+/g, ' ')
			.trim();
		if (!parsed.has(key) || key.startsWith('list-')) headers.set(key, value);
	}
	return headers;
}

/**
 * A real SMTP server on 127.0.0.1 that keeps every mail it accepts, parsed. `rejectFirst`
 * answers the first n mails with `rejectCode` (451 by default: try again later).
 */
export async function startSmtpServer(
	options: { rejectFirst?: number; rejectCode?: number } = {}
): Promise<{
	url: string;
	port: number;
	received: ReceivedMail[];
	waitFor(count: number, timeoutMs?: number): Promise<ReceivedMail[]>;
	close(): Promise<void>;
}> {
	const received: ReceivedMail[] = [];
	let rejectionsLeft = options.rejectFirst ?? 0;
	const server = new SMTPServer({
		authOptional: true,
		disabledCommands: ['STARTTLS', 'AUTH'],
		logger: false,
		onData(stream, session, callback) {
			const recipients = session.envelope.rcptTo.map((rcpt) => rcpt.address);
			simpleParser(stream)
				.then((mail) => {
					if (rejectionsLeft > 0) {
						rejectionsLeft -= 1;
						const error = new Error('Not now') as Error & { responseCode: number };
						error.responseCode = options.rejectCode ?? 451;
						callback(error);
						return;
					}
					received.push({
						to: recipients,
						subject: mail.subject ?? '',
						text: mail.text ?? '',
						messageId: mail.messageId ?? '',
						headers: rawHeaders(mail.headerLines, mail.headers)
					});
					callback();
				})
				.catch((error: Error) => callback(error));
		}
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const port = (server.server.address() as AddressInfo).port;
	return {
		url: `smtp://127.0.0.1:${port}`,
		port,
		received,
		waitFor: (count, timeoutMs = 5000) => waitForCount(received, count, timeoutMs, 'mails'),
		close: () => new Promise<void>((resolve) => server.close(() => resolve()))
	};
}
