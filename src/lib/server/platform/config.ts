import path from 'node:path';
import { z } from 'zod';

/** A sentence that names the variable at fault, shown when start-up must stop. */
export class ConfigError extends Error {
	override name = 'ConfigError';
}

const postgresUrl = z
	.string()
	.trim()
	.refine((value) => {
		try {
			const url = new URL(value);
			return (
				(url.protocol === 'postgres:' || url.protocol === 'postgresql:') && url.hostname !== ''
			);
		} catch {
			return false;
		}
	});

const webAddress = z
	.string()
	.trim()
	.refine((value) => {
		try {
			const url = new URL(value);
			return url.protocol === 'http:' || url.protocol === 'https:';
		} catch {
			return false;
		}
	});

const smtpAddress = z
	.string()
	.trim()
	.refine((value) => {
		try {
			const url = new URL(value);
			return (url.protocol === 'smtp:' || url.protocol === 'smtps:') && url.hostname !== '';
		} catch {
			return false;
		}
	});

const positiveInteger = (fallback: number) =>
	z
		.string()
		.trim()
		.regex(/^\d+$/)
		.transform(Number)
		.pipe(z.number().int().positive())
		.optional()
		.transform((value) => value ?? fallback);

const schema = z.object({
	PORT: positiveInteger(3000).pipe(z.number().max(65535)),
	DATABASE_URL: postgresUrl.optional(),
	HEARTH_DATA_DIR: z.string().trim().min(1).optional(),
	HEARTH_SECRET_KEY: z
		.string()
		.trim()
		.regex(/^[A-Za-z0-9+/_-]{43}=?$/)
		.optional(),
	HEARTH_JOBS: z.enum(['in-process', 'separate']).optional().default('in-process'),
	HEARTH_DEMO: z.enum(['0', '1', 'true', 'false']).optional(),
	HEARTH_SESSION_IDLE_MINUTES: positiveInteger(30),
	HEARTH_SESSION_MAX_HOURS: positiveInteger(12),
	LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).optional().default('info'),
	HEARTH_CLOCK_START: z.iso.datetime({ offset: true }).optional(),
	ORIGIN: webAddress.optional(),
	HEARTH_PUBLIC_URL: webAddress.optional(),
	HEARTH_SMTP_URL: smtpAddress.optional(),
	HEARTH_MAIL_FROM: z.string().trim().min(3).max(200).optional(),
	HEARTH_SMS_GATEWAY_URL: webAddress.optional(),
	HEARTH_SMS_GATEWAY_TOKEN: z.string().trim().min(1).optional(),
	HEARTH_SMS_INBOUND_TOKEN: z.string().trim().min(16).optional(),
	HEARTH_EMAIL_PER_MINUTE: positiveInteger(600),
	HEARTH_SMS_PER_MINUTE: positiveInteger(60)
});

const sentences: Record<keyof z.input<typeof schema>, string> = {
	PORT: 'PORT must be a whole number between 1 and 65535, for example 3000.',
	DATABASE_URL:
		'DATABASE_URL must be a PostgreSQL address such as postgres://user:password@host:5432/hearth.',
	HEARTH_DATA_DIR: 'HEARTH_DATA_DIR must name a folder, for example ./data.',
	HEARTH_SECRET_KEY:
		'HEARTH_SECRET_KEY must be 32 random bytes in base64, for example from: openssl rand -base64 32.',
	HEARTH_JOBS: 'HEARTH_JOBS must be "in-process" or "separate".',
	HEARTH_DEMO: 'HEARTH_DEMO must be 1 or 0.',
	HEARTH_SESSION_IDLE_MINUTES: 'HEARTH_SESSION_IDLE_MINUTES must be a whole number of minutes.',
	HEARTH_SESSION_MAX_HOURS: 'HEARTH_SESSION_MAX_HOURS must be a whole number of hours.',
	LOG_LEVEL: 'LOG_LEVEL must be one of debug, info, warn, error or silent.',
	HEARTH_CLOCK_START:
		'HEARTH_CLOCK_START must be a date and time with its offset, for example 2026-11-21T01:00:00Z.',
	ORIGIN: 'ORIGIN must be a web address such as https://hearth.example.org.',
	HEARTH_PUBLIC_URL: 'HEARTH_PUBLIC_URL must be a web address such as https://hearth.example.org.',
	HEARTH_SMTP_URL:
		'HEARTH_SMTP_URL must be a mail server address such as smtp://user:password@mail.example.org:587.',
	HEARTH_MAIL_FROM:
		'HEARTH_MAIL_FROM must be the sender of messages, for example Hearth <hearth@example.org>.',
	HEARTH_SMS_GATEWAY_URL:
		'HEARTH_SMS_GATEWAY_URL must be a web address such as https://sms.example.org/messages.',
	HEARTH_SMS_GATEWAY_TOKEN: 'HEARTH_SMS_GATEWAY_TOKEN must not be empty when it is set.',
	HEARTH_SMS_INBOUND_TOKEN:
		'HEARTH_SMS_INBOUND_TOKEN must be at least 16 characters, for example from: openssl rand -hex 24.',
	HEARTH_EMAIL_PER_MINUTE: 'HEARTH_EMAIL_PER_MINUTE must be a whole number of emails a minute.',
	HEARTH_SMS_PER_MINUTE: 'HEARTH_SMS_PER_MINUTE must be a whole number of text messages a minute.'
};

export interface Config {
	port: number;
	/** Set when Hearth uses an external PostgreSQL server and starts none of its own. */
	databaseUrl: string | undefined;
	dataDir: string;
	secretKey: string | undefined;
	jobs: 'in-process' | 'separate';
	demo: boolean;
	sessionIdleMinutes: number;
	sessionMaxHours: number;
	logLevel: 'debug' | 'info' | 'warn' | 'error' | 'silent';
	/** Where Hearth's clock starts, when it should not be the real time (trying, testing). */
	clockStart: Date | undefined;
	/** Where Hearth is reached from outside, for links in messages (stop links). */
	publicUrl: string;
	/** Email is offered to members only when a mail server is set. */
	smtpUrl: string | undefined;
	mailFrom: string;
	/** Text messages are offered only when a gateway is set (docs/sms-gateway.md). */
	smsGatewayUrl: string | undefined;
	smsGatewayToken: string | undefined;
	/** The bearer token the gateway sends with an inbound STOP; without it none is accepted. */
	smsInboundToken: string | undefined;
	emailPerMinute: number;
	smsPerMinute: number;
}

/** Reads and checks the environment; throws a ConfigError naming the first variable at fault. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
	const present = Object.fromEntries(
		Object.keys(schema.shape).map((key) => [key, env[key] === '' ? undefined : env[key]])
	);
	const parsed = schema.safeParse(present);
	if (!parsed.success) {
		const key = parsed.error.issues[0]?.path[0] as keyof typeof sentences;
		throw new ConfigError(sentences[key] ?? 'The configuration could not be read.');
	}
	const value = parsed.data;
	const publicUrl = (
		value.HEARTH_PUBLIC_URL ??
		value.ORIGIN ??
		`http://localhost:${value.PORT}`
	).replace(/\/+$/, '');
	return {
		port: value.PORT,
		databaseUrl: value.DATABASE_URL,
		dataDir: path.resolve(value.HEARTH_DATA_DIR ?? 'data'),
		secretKey: value.HEARTH_SECRET_KEY,
		jobs: value.HEARTH_JOBS,
		demo: value.HEARTH_DEMO === '1' || value.HEARTH_DEMO === 'true',
		sessionIdleMinutes: value.HEARTH_SESSION_IDLE_MINUTES,
		sessionMaxHours: value.HEARTH_SESSION_MAX_HOURS,
		logLevel: value.LOG_LEVEL,
		clockStart: value.HEARTH_CLOCK_START ? new Date(value.HEARTH_CLOCK_START) : undefined,
		publicUrl,
		smtpUrl: value.HEARTH_SMTP_URL,
		mailFrom: value.HEARTH_MAIL_FROM ?? `Hearth <hearth@${new URL(publicUrl).hostname}>`,
		smsGatewayUrl: value.HEARTH_SMS_GATEWAY_URL,
		smsGatewayToken: value.HEARTH_SMS_GATEWAY_TOKEN,
		smsInboundToken: value.HEARTH_SMS_INBOUND_TOKEN,
		emailPerMinute: value.HEARTH_EMAIL_PER_MINUTE,
		smsPerMinute: value.HEARTH_SMS_PER_MINUTE
	};
}
