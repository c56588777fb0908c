import nodemailer from 'nodemailer';

/** Messages on their way at once in one drain; the SMTP sender keeps as many connections. */
export const SENDING_LANES = 4;

export interface OutgoingEmail {
	to: string;
	subject: string;
	text: string;
	/** The whole Message-ID header, '<message id@hearth>': the same on every attempt. */
	messageId: string;
	stopUrl: string;
}

export interface OutgoingSms {
	to: string;
	text: string;
	idempotencyKey: string;
}

/** `error` names what went wrong in the provider's terms only: never an address or a text. */
export type SendOutcome = { ok: true } | { ok: false; retry: boolean; error: string };

export interface ChannelSenders {
	email?: (mail: OutgoingEmail) => Promise<SendOutcome>;
	sms?: (sms: OutgoingSms) => Promise<SendOutcome>;
}

const SEND_TIMEOUT_MS = 15_000;

/**
 * Sends plain-text mail through one SMTP server. SMTP's own codes decide a retry: 4xx means
 * "not now" and is tried again, 5xx means the server will never take this mail. A connection that
 * fails or times out is tried again too.
 */
export function smtpSender(
	smtpUrl: string,
	from: string
): { send: NonNullable<ChannelSenders['email']>; close(): void } {
	const server = new URL(smtpUrl);
	const secure = server.protocol === 'smtps:';
	// Connections kept open for the whole run, one per sending lane: opening one per mail cost
	// about 110 ms each.
	const transport = nodemailer.createTransport({
		pool: true,
		maxConnections: SENDING_LANES,
		host: server.hostname,
		port: server.port ? Number(server.port) : secure ? 465 : 587,
		secure,
		auth: server.username
			? {
					user: decodeURIComponent(server.username),
					pass: decodeURIComponent(server.password)
				}
			: undefined,
		connectionTimeout: SEND_TIMEOUT_MS,
		greetingTimeout: SEND_TIMEOUT_MS,
		socketTimeout: SEND_TIMEOUT_MS
	});
	return {
		async send(mail) {
			try {
				await transport.sendMail({
					from,
					to: mail.to,
					subject: mail.subject,
					text: mail.text,
					messageId: mail.messageId,
					headers: {
						'List-Unsubscribe': `<${mail.stopUrl}>`,
						'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click'
					}
				});
				return { ok: true };
			} catch (error) {
				const { responseCode, code } = error as { responseCode?: number; code?: string };
				if (typeof responseCode === 'number') {
					return { ok: false, retry: responseCode < 500, error: `smtp ${responseCode}` };
				}
				return { ok: false, retry: true, error: `smtp ${code ?? 'connection failed'}` };
			}
		},
		close() {
			transport.close();
		}
	};
}

/**
 * Sends through a gateway speaking Hearth's contract (docs/sms-gateway.md): POST JSON
 * { to, text, idempotency_key } with a bearer token. 2xx is sent; 429, 5xx and a network failure
 * are tried again with the same key; any other answer will not change and is not retried.
 */
export function smsGatewaySender(
	gatewayUrl: string,
	token: string | undefined
): NonNullable<ChannelSenders['sms']> {
	return async (sms) => {
		let response: Response;
		try {
			response = await fetch(gatewayUrl, {
				method: 'POST',
				headers: {
					'content-type': 'application/json',
					...(token ? { authorization: `Bearer ${token}` } : {})
				},
				body: JSON.stringify({ to: sms.to, text: sms.text, idempotency_key: sms.idempotencyKey }),
				signal: AbortSignal.timeout(SEND_TIMEOUT_MS)
			});
		} catch (error) {
			const name = (error as Error).name === 'TimeoutError' ? 'timeout' : 'network error';
			return { ok: false, retry: true, error: `gateway ${name}` };
		}
		// The body is not needed; reading it frees the connection.
		await response.arrayBuffer().catch(() => undefined);
		if (response.ok) return { ok: true };
		const retry = response.status === 429 || response.status >= 500;
		return { ok: false, retry, error: `gateway ${response.status}` };
	};
}
